import Foundation
import Testing

/// Dates and subjects as people write them, and lists that say when they are cut short (issue "everyday use").
@Suite struct EverydayInputCLITests {
    func withSubjects(_ count: Int) throws -> CLIHarness {
        let cli = try CLIHarness()
        #expect(try cli.run("init").status == 0)
        for i in 0..<count {
            let taxCode = "01" + String(format: "%08d", 1_234_560 + i)
            #expect(try cli.run("subject", "add", "--tax-code", taxCode, "--name", "Công ty số \(i)").status == 0)
        }
        return cli
    }

    @Test func aSubjectIsNamedByItsTaxCodeWhereverItsNumberIsAccepted() throws {
        let cli = try withSubjects(2)
        defer { cli.removeAll() }
        let shown = try cli.run("subject", "show", "0101234561", "--format", "json")
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("\"identifier\" : \"0101234561\"") || shown.stdout.contains("\"identifier\":\"0101234561\""), "\(shown.stdout)")
        #expect(shown.stdout.contains("Công ty số 1"))
        #expect(try cli.run("subject", "show", "#2").stdout.contains("Công ty số 1"))

        let opened = try cli.run(
            "case", "open", "--subject", "0101234560", "--record", "BB-1/2026", "--record-on", "20/11/2026",
            "--violation", "ND125-2020-D24-K4-b", "--committed", "01/11/2026")
        #expect(opened.status == 0, "\(opened.stderr)")
        let listed = try cli.run("case", "list", "--subject", "0101234560", "--format", "json")
        #expect(listed.stdout.contains("BB-1/2026"))
        #expect(try cli.run("case", "list", "--subject", "0101234561", "--format", "json").stdout.contains("BB-1/2026") == false)

        let unknown = try cli.run("case", "list", "--subject", "0109999999")
        #expect(unknown.status == 1)
        #expect(unknown.stderr.hasPrefix("error: no subject with tax code or ID number 0109999999"), "\(unknown.stderr)")
        // Nine digits: an old ID card, or a tax code a spreadsheet cut; the hint says which to try.
        let cut = try cli.run("subject", "show", "101234561")
        #expect(cut.status == 1)
        #expect(cut.stderr.contains("write 0101234561"), "\(cut.stderr)")
        let nonsense = try cli.run("subject", "show", "01-0123")
        #expect(nonsense.status == 64)
    }

    @Test func datesAreAcceptedAsVietnameseDocumentsWriteThem() throws {
        let cli = try withSubjects(1)
        defer { cli.removeAll() }
        let slashed = try cli.run("case", "list", "--from", "21/11/2026", "--format", "json")
        #expect(slashed.status == 0, "\(slashed.stderr)")
        let wrong = try cli.run("case", "list", "--from", "31/11/2026")
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("write YYYY-MM-DD or DD/MM/YYYY"), "\(wrong.stderr)")
    }

    @Test func aListCutShortSaysHowManyThereAreAndLimitZeroShowsAll() throws {
        let cli = try withSubjects(4)
        defer { cli.removeAll() }
        let cut = try cli.run("subject", "list", "--limit", "3")
        #expect(cut.status == 0)
        #expect(cut.stderr.contains("showing 3 of 4 subjects; --limit 0 for all"), "\(cut.stderr)")
        let all = try cli.run("subject", "list", "--limit", "0", "--format", "json")
        #expect(all.stderr.isEmpty, "\(all.stderr)")
        #expect(all.stdout.components(separatedBy: "\"identifier\"").count - 1 == 4)
        let whole = try cli.run("subject", "list")
        #expect(whole.stderr.isEmpty, "nothing is cut: \(whole.stderr)")
    }
}
