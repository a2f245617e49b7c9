import Foundation
import Testing

@Suite("thanhtra import --kind subjects — end to end")
struct ImportCLITests {
    /// Writes `text` to `name` in the test folder and returns its path.
    func write(_ text: String, to name: String, in cli: CLIHarness) throws -> String {
        let path = cli.directory.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func journal(_ cli: CLIHarness) throws -> [[String: Any]] {
        let shown = try cli.run("journal", "show", "--format", "json", "--limit", "1000")
        return try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [[String: Any]] ?? []
    }

    func payload(_ entry: [String: Any]) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data((entry["payload"] as? String ?? "").utf8)) as? [String: Any] ?? [:]
    }

    @Test func aGoodFileIsImportedInBatchesEachJournaledWithTheFileHash() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        try cli.run("init")
        // Given 5 subjects, Vietnamese headers with a BOM and CRLF, a quoted name with a comma
        let text = "\u{FEFF}Loại,Mã số thuế,Tên,Địa chỉ\r\n"
            + (1...5).map { "tổ chức,010000000\($0),\"Công ty \($0), TNHH\",Hà Nội\r\n" }.joined()
        let file = try write(text, to: "subjects.csv", in: cli)

        // When it is imported 2 rows per batch
        let result = try cli.run("import", file, "--kind", "subjects", "--batch-size", "2")

        // Then 5 subjects exist, in 3 journal entries with the file's SHA-256 and line ranges
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("read 5 rows from \(file): imported 5, rejected 0\n"))
        #expect(result.stderr.isEmpty, "no progress line when stderr is not a terminal")
        let hash = try Self.sha256(of: file)
        let batches = try journal(cli).filter { $0["command"] as? String == "import subjects" }
        #expect(batches.count == 3)
        let payloads = try batches.map(payload)
        #expect(payloads.map { $0["sha256"] as? String } == [hash, hash, hash])
        #expect(payloads.map { $0["firstLine"] as? Int } == [2, 4, 6])
        #expect(payloads.map { $0["lastLine"] as? Int } == [3, 5, 6])
        let list = try cli.run("subject", "list", "--format", "json")
        let subjects = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]]
        #expect(subjects?.count == 5)
        #expect(subjects?.first?["name"] as? String == "Công ty 1, TNHH")
        #expect(try cli.run("journal", "verify").status == 0)
    }

    @Test func aFileWithBadRowsImportsNothingAndListsEveryBadLine() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        try cli.run("init")
        try cli.run("subject", "add", "--tax-code", "0101234567", "--name", "Đã có")
        let file = try write(
            """
            kind,identifier,name
            organization,0100000001,Good
            organization,0101234567,Registered
            person,12,Short ID
            organization,0100000002,
            organization,0100000001,Again

            """, to: "bad.csv", in: cli)

        let result = try cli.run("import", file, "--kind", "subjects")

        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr == """
                \(file):3: tax code 0101234567 is already registered as #1
                \(file):4: identifier: citizen ID number must be 12 digits (or 9 for an old CMND); got "12"
                \(file):5: name: a name is required
                \(file):6: tax code 0100000001 is already on line 2
                error: 4 of 5 rows of \(file) are bad (listed above); every bad row, with its line and reasons, is in \(cli.directory.path)/bad.rejects.csv; nothing was imported
                  help: fix them and import again, or pass --skip-bad FILE to import the good rows and write the bad ones to FILE

                """)
        #expect(try cli.sqlite("SELECT COUNT(*) FROM subject") == "1\n")
        #expect(try journal(cli).allSatisfy { $0["command"] as? String != "import subjects" })
    }

    @Test func skipBadImportsTheGoodRowsAndWritesTheRejectsWithTheirReason() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        try cli.run("init")
        let file = try write(
            """
            ma so thue,ten,dia chi
            0100000001,Good,"Số 1, Hà Nội"
            01000000,"Bad ""short"" code",Huế
            0100000002,Also good,

            """, to: "mixed.csv", in: cli)
        let rejects = cli.directory.appendingPathComponent("rejects.csv").path

        let result = try cli.run("import", file, "--kind", "subjects", "--skip-bad", rejects)

        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("read 3 rows from \(file): imported 2, rejected 1 (written to \(rejects))\n"))
        #expect(
            try String(contentsOfFile: rejects, encoding: .utf8) == #"""
                ma so thue,ten,dia chi,line,reason
                01000000,"Bad ""short"" code",Huế,3,"ma so thue: tax code must be 10 digits, or 10 digits, a hyphen and 3 digits for a branch; got ""01000000"""

                """#)
        #expect(try cli.sqlite("SELECT identifier FROM subject ORDER BY id") == "0100000001\n0100000002\n")
    }

    @Test func aMalformedFileNamesTheLine() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        try cli.run("init")
        let file = try write("mst,ten\n0100000001,A\n0100000002,\"never closed\n", to: "broken.csv", in: cli)
        let result = try cli.run("import", file, "--kind", "subjects")
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: \(file):3: a quoted field is never closed\n"))
        #expect(try cli.sqlite("SELECT COUNT(*) FROM subject") == "0\n")
    }

    /// The file's SHA-256 by `sha256sum`, independent of Casework's.
    static func sha256(of path: String) throws -> String {
        String(try CLIHarness.tool("/usr/bin/sha256sum", [path]).output.prefix(64))
    }
}
