import Foundation
import Testing

/// Roles on the CLI's reads and imports once the database has accounts: `--as` must name an account whose role allows
/// the read or the import, as the server's pages and API (the application layer's `CaseworkAction` table): casework
/// by the case readers, reports by reporting, the chief and leadership, the journal by the chief and leadership; an
/// import by the roles of the use case it stands for. A database without accounts keeps the single-user behaviour.
@Suite("Read and import roles — end to end")
struct ReadRolesCLITests {
    @Test func readsAndImportsNeedARoleThatAllowsThem() throws {
        let cli = try CaseworkRolesCLITests().prepared()
        defer { cli.removeAll() }
        // The administrator does no casework: no case list, no journal, no report.
        for arguments in [["case", "list"], ["subject", "show", "1"], ["inspection", "list"], ["plan", "show", "2026"]] {
            let refused = try cli.run(arguments + ["--as", "admin"])
            #expect(refused.status == 1, "\(arguments)")
            #expect(
                refused.stderr.hasPrefix("error: admin may not do this (readCasework): no role of the account allows it\n"),
                "\(arguments): \(refused.stderr)")
            #expect(refused.stdout.isEmpty, "nothing read: \(refused.stdout)")
        }
        #expect(try cli.run("case", "list", "--as", "lan").status == 0, "a team lead reads cases")
        #expect(try cli.run("case", "show", "1", "--as", "thu").stdout.hasPrefix("case #1 — open\n"))

        let journal = try cli.run("journal", "show", "--as", "lan")
        #expect(journal.status == 1 && journal.stderr.contains("(readJournal)"), "\(journal.stderr)")
        #expect(try cli.run("journal", "verify", "--as", "binh").status == 0)

        let report = try cli.run("report", "monthly", "2026-11", "--as", "thu")
        #expect(report.status == 1 && report.stderr.contains("(readReports)"), "\(report.stderr)")
        #expect(try cli.run("report", "monthly", "2026-11", "--as", "bao").status == 0)

        // An import is refused before the file is read when the role does not allow its use case; nothing written.
        let file = cli.directory.appendingPathComponent("subjects.csv")
        try Data("Loại,Mã số thuế,Tên,Địa chỉ\ntổ chức,0107654321,Công ty Sông Đà,Hà Nội\n".utf8).write(to: file)
        let byCollections = try cli.run("import", file.path, "--kind", "subjects", "--as", "thu")
        #expect(byCollections.status == 1 && byCollections.stderr.contains("(addSubject)"), "\(byCollections.stderr)")
        #expect(!(try cli.run("subject", "list", "--as", "binh").stdout.contains("Sông Đà")))
        let byChief = try cli.run("import", file.path, "--kind", "subjects", "--as", "binh")
        #expect(byChief.status == 0, "\(byChief.stderr)")
        #expect(try cli.run("subject", "list", "--as", "binh").stdout.contains("Sông Đà"))
    }
}
