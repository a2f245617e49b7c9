import Foundation
import Testing

/// Spreadsheets as clerks save them (issue 17 item 6): semicolons from Excel under Vietnamese settings, a row-number
/// column, every problem of a row at once, a bounded screen with every bad row in a rejects file, and a file that
/// writes dates month first refused with its lines.
@Suite("thanhtra import — spreadsheets as they come")
struct SpreadsheetImportCLITests {
    func prepared() throws -> CLIHarness {
        let cli = try CLIHarness()
        #expect(try cli.run("init").status == 0)
        #expect(try cli.run("subject", "add", "--tax-code", "0101234567", "--name", "Công ty TNHH Hồng Hà").status == 0)
        return cli
    }

    func write(_ text: String, to name: String, in cli: CLIHarness) throws -> String {
        let path = cli.directory.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aSemicolonFileWithAnSTTColumnImports() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        try cli.run("init")
        // Given what Excel saves under Vietnamese settings: a BOM, semicolons, a row-number column, a comma in a name
        let file = try write(
            "\u{FEFF}STT;Loại;Mã số thuế;Tên;Địa chỉ\r\n1;tổ chức;0100000001;Công ty A, TNHH;Hà Nội\r\n2;tổ chức;0100000002;Công ty B;Huế\r\n",
            to: "doi-tuong.csv", in: cli)

        let result = try cli.run("import", file, "--kind", "subjects")

        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("read 2 rows from \(file): imported 2, rejected 0\n"), "\(result.stdout)")
        let list = try cli.run("subject", "list", "--format", "json")
        let subjects = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]]
        #expect(subjects?.map { $0["name"] as? String } == ["Công ty A, TNHH", "Công ty B"])
    }

    @Test func everyProblemOfASubjectRowIsReportedAtOnce() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        try cli.run("init")
        // Given a subject row with a short tax code and no name, and a good row
        let file = try write(
            "Loại,Mã số thuế,Số định danh,Tên,Địa chỉ\ntổ chức,01234,,,Hà Nội\ncá nhân,,001085012345,Nguyễn Văn An,\n",
            to: "doi-tuong.csv", in: cli)

        let result = try cli.run("import", file, "--kind", "subjects")

        // Then both problems of line 2 are listed in one round, and nothing is imported
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix(
                "\(file):2: Mã số thuế: tax code must be 10 digits, or 10 digits, a hyphen and 3 digits for a branch; got \"01234\"\n"
                    + "\(file):2: Tên: a name is required\n"), "\(result.stderr)")
        #expect(try cli.sqlite("SELECT COUNT(*) FROM subject") == "0\n")
    }

    @Test func aCasesFileWithSemicolonsAndHashColumnImports() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let file = try write(
            """
            #;so bien ban;ma so thue;ngay lap bien ban;hanh vi vi pham
            1;BB-1;0101234567;20/10/2026;ND125-2020-D24-K4-b

            """, to: "vu-viec.csv", in: cli)
        let result = try cli.run("import", file, "--kind", "cases")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("read 1 rows from \(file): imported 1, rejected 0\n"), "\(result.stdout)")
    }

    @Test func everyProblemOfARowIsReportedAtOnce() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        // Given a row with a bad record date, a bad yes/no cell and a bad fine
        let file = try write(
            """
            so bien ban,ma so thue,ngay lap bien ban,hanh vi vi pham,phuc tap,so quyet dinh,ngay quyet dinh,tien phat
            BB-1,0101234567,2026-13-01,ND125-2020-D24-K4-b,maybe,QĐ-1,2026-10-25,"1,5"

            """, to: "bad.csv", in: cli)

        let result = try cli.run("import", file, "--kind", "cases")

        // Then each problem has its line, in column order, and the rejects file has them all in one reason
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix(
                """
                \(file):2: ngay lap bien ban: "2026-13-01" is not a date; write YYYY-MM-DD or DD/MM/YYYY
                \(file):2: phuc tap: "maybe" is neither yes (x, có, yes) nor no (không, no)
                \(file):2: tien phat: "1,5" is not an amount of đồng; write 1500000 or 1.500.000
                error: 1 of 1 rows of \(file) are bad (listed above); every bad row, with its line and reasons, is in \(cli.directory.path)/bad.rejects.csv; nothing was imported

                """), "\(result.stderr)")
        let rejects = try String(contentsOfFile: cli.directory.appendingPathComponent("bad.rejects.csv").path, encoding: .utf8)
        #expect(
            rejects.hasSuffix(
                "QĐ-1,2026-10-25,\"1,5\",2,\"ngay lap bien ban: \"\"2026-13-01\"\" is not a date; write YYYY-MM-DD or DD/MM/YYYY | "
                    + "phuc tap: \"\"maybe\"\" is neither yes (x, có, yes) nor no (không, no) | "
                    + "tien phat: \"\"1,5\"\" is not an amount of đồng; write 1500000 or 1.500.000\"\n"), "\(rejects)")
    }

    @Test func atMostFiftyProblemsAreShownAndEveryBadRowIsInTheRejectsFile() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        // Given 60 rows, each with an unregistered tax code
        let rows = (1...60).map { "BB-\($0),0109999999,2026-10-20,ND125-2020-D24-K4-b\n" }.joined()
        let file = try write("so bien ban,ma so thue,ngay lap bien ban,hanh vi vi pham\n" + rows, to: "many.csv", in: cli)

        let result = try cli.run("import", file, "--kind", "cases")

        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("\(file):") }.count == 50)
        #expect(lines.first == "\(file):2: tax code 0109999999 is not registered; register the subjects first (thanhtra import FILE --kind subjects)")
        #expect(result.stderr.contains("error: 60 of 60 rows of \(file) are bad (listed above; 10 more problem(s) not shown); every bad row"))
        let rejects = try String(contentsOfFile: cli.directory.appendingPathComponent("many.rejects.csv").path, encoding: .utf8)
        let rejectLines = rejects.split(separator: "\n")
        #expect(rejectLines.count == 61, "the header and the 60 rows")
        #expect(rejectLines.first == "so bien ban,ma so thue,ngay lap bien ban,hanh vi vi pham,line,reason")
        #expect(rejectLines.last?.hasPrefix("BB-60,0109999999,2026-10-20,ND125-2020-D24-K4-b,61,tax code 0109999999 is not registered") == true)
        #expect(try cli.sqlite("SELECT COUNT(*) FROM penaltyCase") == "0\n")
    }

    @Test func aFileMixingDateOrdersIsRefusedWithItsLines() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let file = try write(
            """
            so bien ban,ma so thue,ngay lap bien ban,hanh vi vi pham
            BB-1,0101234567,25/10/2026,ND125-2020-D24-K4-b
            BB-2,0101234567,03/04/2026,ND125-2020-D24-K4-b
            BB-3,0101234567,10/25/2026,ND125-2020-D24-K4-b

            """, to: "mixed.csv", in: cli)

        let result = try cli.run("import", file, "--kind", "cases")

        #expect(result.status == 1)
        #expect(
            result.stderr == """
                error: \(file) mixes date orders: day first (25/10/2026) on line(s) 2, month first (10/25/2026) on line(s) 4; nothing was imported
                  help: a date such as 03/04/2026 cannot be read safely in such a file; write every date as DD/MM/YYYY or YYYY-MM-DD (in Excel: Format Cells → Date, locale Vietnamese) and import again

                """, "\(result.stderr)")
        #expect(try cli.sqlite("SELECT COUNT(*) FROM penaltyCase") == "0\n")
    }

    @Test func aFileWrittenMonthFirstIsRefusedToo() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let file = try write(
            """
            so bien ban,ma so thue,ngay lap bien ban,hanh vi vi pham
            BB-1,0101234567,10/20/2026,ND125-2020-D24-K4-b
            BB-2,0101234567,10/03/2026,ND125-2020-D24-K4-b

            """, to: "us.csv", in: cli)
        let result = try cli.run("import", file, "--kind", "cases")
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: \(file) writes dates month first (10/20/2026) on line(s) 2; nothing was imported\n"), "\(result.stderr)")
    }
}
