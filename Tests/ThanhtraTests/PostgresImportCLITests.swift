import Foundation
import Testing

/// `import --kind subjects` through the built binary on a SQLite file and on a PostgreSQL database, where the rows go
/// in by array `INSERT`s: the same file gives the same register, the same output and refusals, and the same journal payloads.
///
/// Needs a server, as ``PostgresCLITests``: run under `scripts/with-postgres.sh`.
@Suite("PostgreSQL — import of subjects end to end")
struct PostgresImportCLITests {
    @Test(.enabled(if: PostgresCLITests.runs))
    func theSameFileGivesTheSameRegisterOnBothStores() throws {
        try #require(
            PostgresCLITests.isAvailable, "no PostgreSQL server: PGHOST is not set, and this run requires PostgreSQL")
        let database = try PostgresCLITests.createDatabase("thanhtra_cli")
        defer { PostgresCLITests.dropDatabase(database) }
        let sqlite = try CLIHarness()
        defer { sqlite.removeAll() }
        var postgres = try CLIHarness()
        defer { postgres.removeAll() }
        postgres.environment["THANHTRA_DB"] = PostgresCLITests.url(database: database)

        // A register of 250 rows with Vietnamese headers, quoted commas and quotes, backslashes and a branch code.
        let rows = (1...250).map { number -> String in
            switch number {
            case 1: return #"tổ chức,0100000001,"Công ty ""Đông Á"", chi nhánh \ Hải Phòng",Hải Phòng"#
            case 2: return #"tổ chức,0100000002-001,Chi nhánh Công ty Sông Đà,"Số 5\n, ngõ 3""#
            case 3: return "cá nhân,001089012345,Nguyễn Văn Minh,Hà Nội"
            default: return "tổ chức,\(String(format: "01%08d", number)),Công ty TNHH số \(number),Hà Nội"
            }
        }
        let text = "Loại,Mã số thuế,Tên,Địa chỉ\n" + rows.joined(separator: "\n") + "\n"
        let bad = "Loại,Mã số thuế,Tên,Địa chỉ\ntổ chức,0100000004,Đã có,Huế\ntổ chức,0100000999,Mới,Huế\n"
        for cli in [sqlite, postgres] {
            try Data(text.utf8).write(to: cli.directory.appendingPathComponent("subjects.csv"))
            try Data(bad.utf8).write(to: cli.directory.appendingPathComponent("again.csv"))
        }

        func masked(_ output: String, _ cli: CLIHarness) -> String {
            output.replacingOccurrences(of: cli.directory.path, with: "DIR")
        }
        let steps: [[String]] = [
            ["init"],
            ["import", "subjects.csv", "--kind", "subjects", "--batch-size", "100"],
            // One row registered already: nothing of the file is imported, on both.
            ["import", "again.csv", "--kind", "subjects"],
            ["subject", "list", "--search", "dong a"],
            ["subject", "list", "--search", "song da", "--format", "json"],
            ["subject", "list", "--limit", "1000", "--format", "json"],
        ]
        for step in steps {
            let onSQLite = try sqlite.run(step)
            let onPostgres = try postgres.run(step)
            let label = step.prefix(2).joined(separator: " ")
            #expect(onPostgres.status == onSQLite.status, "\(label): \(onPostgres.stderr)")
            if step != ["init"] {
                #expect(masked(onPostgres.stdout, postgres) == masked(onSQLite.stdout, sqlite), "\(label)")
                #expect(masked(onPostgres.stderr, postgres) == masked(onSQLite.stderr, sqlite), "\(label)")
            }
        }
        let listed = try postgres.run("subject", "list", "--limit", "1000", "--format", "json")
        let subjects = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        #expect(subjects.count == 250)
        #expect(subjects.contains { $0["name"] as? String == #"Công ty "Đông Á", chi nhánh \ Hải Phòng"# })
        #expect(subjects.contains { $0["address"] as? String == #"Số 5\n, ngõ 3"# })

        // The same journal: three batches of the file, with byte-identical payloads.
        func entries(_ cli: CLIHarness) throws -> [[String: Any]] {
            let shown = try cli.run("journal", "show", "--format", "json", "--limit", "1000")
            return try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [[String: Any]])
        }
        let onSQLite = try entries(sqlite).filter { $0["command"] as? String == "import subjects" }
        let onPostgres = try entries(postgres).filter { $0["command"] as? String == "import subjects" }
        #expect(onPostgres.count == 3)
        #expect(onPostgres.map { $0["payload"] as? String } == onSQLite.map { $0["payload"] as? String })
    }
}
