import Foundation
import Testing

/// `rules diff` and `case recompute` through the built binary: cases made with `case open` and `case decide`, then a
/// copy of rules/ with one frame changed. "Today" is 2026-11-23.
@Suite("thanhtra rules diff and case recompute — end to end")
struct RulesDiffCLITests {
    /// An initialized database with an organization (#1) and a person (#2) and three cases:
    /// #1 (organization) decided and delivered with ND125-2020-D24-K4-b and ND125-2020-D22-K2;
    /// #2 (person) open with ND125-2020-D24-K4-b; #3 (person) open with a labour code only.
    func prepared() throws -> CLIHarness {
        let cli = try CLIHarness()
        for arguments in [
            ["init"],
            ["subject", "add", "--tax-code", "0101234567", "--name", "Công ty TNHH Xây dựng Hồng Hà"],
            ["subject", "add", "--id-number", "001089012345", "--name", "Nguyễn Văn Minh"],
            [
                "case", "open", "--subject", "1", "--record", "BB-12/2026", "--record-on", "2026-10-20",
                "--violation", "ND125-2020-D24-K4-b,committed=2026-10-01",
                "--violation", "ND125-2020-D22-K2,committed=2026-09-15,gain=12.000.000",
            ],
            ["case", "decide", "1", "--number", "15/QĐ-XPHC", "--on", "2026-10-25", "--signer", "chanh_thanh_tra_so"],
            ["case", "deliver", "1", "--on", "2026-10-27"],
            [
                "case", "open", "--subject", "2", "--record", "BB-20/2026", "--record-on", "2026-11-20",
                "--violation", "ND125-2020-D24-K4-b,committed=2026-11-01",
            ],
            [
                "case", "open", "--subject", "2", "--record", "BB-21/2026", "--record-on", "2026-11-21",
                "--violation", "ND12-2022-D9-K2,committed=2026-11-01",
            ],
        ] {
            let run = try cli.run(arguments)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
        }
        return cli
    }

    /// A copy of rules/ in the test folder with `edit` applied to `path`.
    func candidate(_ cli: CLIHarness, editing path: String, _ edit: (String) -> String) throws -> URL {
        let folder = cli.directory.appendingPathComponent("candidate")
        try FileManager.default.copyItem(at: CLIHarness.repository.appendingPathComponent("rules"), to: folder)
        let file = folder.appendingPathComponent(path)
        try edit(try String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: true, encoding: .utf8)
        return folder
    }

    /// Raises the frame of ND125-2020-D24-K4-b from 4–8 to 5–9 million đồng.
    func raisedFrame(_ text: String) -> String {
        let start = text.range(of: "code = \"ND125-2020-D24-K4-b\"")!
        let frame = text.range(of: "frame_min_vnd = 4000000, frame_max_vnd = 8000000", range: start.upperBound..<text.endIndex)!
        return text.replacingCharacters(in: frame, with: "frame_min_vnd = 5000000, frame_max_vnd = 9000000")
    }

    @Test func aChangedFrameMovesTheCasesWithThatCodeAndThePeriodTotals() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let folder = try candidate(cli, editing: "penalty/catalog/nd125_2020.lua", raisedFrame)

        let diff = try cli.run("rules", "diff", "--against", folder.path)
        #expect(diff.status == 0, "\(diff.stderr)")
        let lines = diff.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Case 1 (organization, frame stated for organizations, no circumstance): the average 6 → 7 million.
        // Case 2 (person: half the frame): 3.000.000 → 3.500.000. Case 3 (labour) does not move.
        #expect(lines.contains { $0.hasPrefix("1  BB-12/2026  decided  41.000.000 đ  42.000.000 đ  +1.000.000 đ") })
        #expect(lines.contains { $0.hasPrefix("2  BB-20/2026  open     3.000.000 đ   3.500.000 đ   +500.000 đ") })
        #expect(!diff.stdout.contains("BB-21/2026"))
        #expect(diff.stdout.contains("3 case(s) compared, 2 changed: 2 fine(s), 0 decision deadline(s), 0 payment due date(s)\n"))
        #expect(diff.stdout.contains("\nhoa_don   2      2        44.000.000 đ  45.500.000 đ  +1.500.000 đ\n"))
        #expect(diff.stdout.contains("\nlao_dong  1      0        "))
        #expect(diff.stdout.hasPrefix("candidate "))
        #expect(diff.stderr.isEmpty, "\(diff.stderr)")

        let json = try cli.run("rules", "diff", "--against", folder.path, "--format", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let totals = try #require(object["totals"] as? [String: Any])
        #expect(totals["casesChanged"] as? Int == 2 && totals["differenceVND"] as? Int == 1_500_000)
        let changes = try #require(object["changes"] as? [[String: Any]])
        #expect(changes.map { $0["recordNumber"] as? String } == ["BB-12/2026", "BB-20/2026"])
        #expect((changes.first?["fine"] as? [String: Any])?["new"] as? Int == 42_000_000)

        let csv = try cli.run("rules", "diff", "--against", folder.path, "--format", "csv")
        #expect(
            csv.stdout == """
                row,case,record,state,sector,cases,cases_changed,old_fine_vnd,new_fine_vnd,difference_vnd,old_decision_due_on,new_decision_due_on,old_payment_due_on,new_payment_due_on,new_problems
                case,1,BB-12/2026,decided,,,,41000000,42000000,1000000,,,,,
                case,2,BB-20/2026,open,,,,3000000,3500000,500000,,,,,
                sector,,,,hoa_don,2,2,44000000,45500000,1500000,,,,,
                sector,,,,lao_dong,1,0,22500000,22500000,0,,,,,
                total,,,,,3,2,66500000,68000000,1500000,,,,,

                """)
    }

    @Test func aPeriodLimitsTheCasesAndADeadlineChangeShowsItsShift() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        // Ten days instead of seven to decide a simple case.
        let folder = try candidate(cli, editing: "penalty/deadlines.lua") {
            $0.replacingOccurrences(of: "local days, why = 7, \"07 ngày", with: "local days, why = 10, \"10 ngày")
        }
        let diff = try cli.run("rules", "diff", "--against", folder.path, "--from", "2026-11-01", "--to", "2026-12-01")
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(diff.stdout.contains("cases: open, decided, settled, record made 2026-11-01 … 2026-11-30"))
        #expect(diff.stdout.contains("2026-11-27 → 2026-11-30 (+3 days)"))
        #expect(diff.stdout.contains("2 case(s) compared, 2 changed: 0 fine(s), 2 decision deadline(s), 0 payment due date(s)"))
        #expect(!diff.stdout.contains("BB-12/2026"))
    }

    @Test func theCandidateCanBeAGitRevisionOfTheRulesFolder() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        // Given a git repository whose rules/ had the raised frame in its first commit and the bundled one now.
        let repository = cli.directory.appendingPathComponent("repo")
        let rules = repository.appendingPathComponent("rules")
        try FileManager.default.createDirectory(at: repository, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLIHarness.repository.appendingPathComponent("rules"), to: rules)
        let catalog = rules.appendingPathComponent("penalty/catalog/nd125_2020.lua")
        let bundled = try String(contentsOf: catalog, encoding: .utf8)
        try raisedFrame(bundled).write(to: catalog, atomically: true, encoding: .utf8)
        let git = { (arguments: [String]) throws -> Void in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-C", repository.path, "-c", "user.name=t", "-c", "user.email=t@example.org"] + arguments
            process.environment = cli.environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "git \(arguments)")
        }
        try git(["init", "-q"])
        try git(["add", "rules"])
        try git(["commit", "-q", "-m", "raised frame"])
        try bundled.write(to: catalog, atomically: true, encoding: .utf8)
        try git(["commit", "-q", "-a", "-m", "bundled frame"])

        // When the diff names the first commit, with the work tree's rules/ as the pack in force
        let diff = try cli.run("rules", "diff", "--rules", rules.path, "--against-rev", "HEAD~1")
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(diff.stdout.contains("3 case(s) compared, 2 changed: 2 fine(s)"))
        // and a revision that does not exist is an error that says so.
        let missing = try cli.run("rules", "diff", "--rules", rules.path, "--against-rev", "no-such-rev")
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("error: cannot find revision no-such-rev"))
    }

    @Test func aCandidateWithErrorsIsRefusedWithTheirLocations() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let folder = try candidate(cli, editing: "penalty/money.lua") { $0.replacingOccurrences(of: "local M = {}", with: "local M = {(") }
        let diff = try cli.run("rules", "diff", "--against", folder.path)
        #expect(diff.status == 1)
        #expect(diff.stderr.contains("--> rules/penalty/money.lua:"))
        #expect(diff.stderr.contains("error: the candidate pack (\(folder.path)) has 1 error(s); nothing was compared"))
        #expect(diff.stdout.isEmpty)
    }

    @Test func badFlagsAreUsageErrors() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let neither = try cli.run("rules", "diff")
        #expect(neither.status == 64)
        #expect(neither.stderr.contains("give the candidate pack with exactly one of --against DIR or --against-rev REV"))
        let both = try cli.run("rules", "diff", "--against", "x", "--period", "monthly:2026-10", "--from", "2026-01-01")
        #expect(both.status == 64)
    }

    @Test func recomputeListsDeadlinesOverdueDaysAndTheSurcharge() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let run = try cli.run("case", "recompute", "--as-of", "2026-11-23")
        #expect(run.status == 0, "\(run.stderr)")
        // Case 1: 41.000.000 đ due 2026-11-06, unpaid: 16 days (11-07 … 11-22) × 0,05 % = 328.000 đ.
        #expect(run.stdout.contains("1  BB-12/2026  decided  payment   2026-11-06    2026-11-06       17 days  41.000.000 đ  328.000 đ (16 d)  328.000 đ"))
        #expect(run.stdout.contains("2  BB-20/2026  open     decision  2026-11-27    2026-11-27"))
        #expect(run.stdout.contains("3 case(s): 1 overdue (0 decision, 1 payment); 0 deadline(s) differ from the rules now\n"))
        #expect(run.stdout.contains("outstanding fines 41.000.000 đ; surcharge accrued 328.000 đ, still owed 328.000 đ\n"))

        let later = try cli.run("case", "recompute", "--as-of", "2026-12-10", "--overdue", "--format", "csv")
        #expect(
            later.stdout == """
                case,record,state,deadline,stored_due_on,due_on,days_overdue,outstanding_vnd,surcharge_vnd,surcharge_days,surcharge_owed_vnd
                1,BB-12/2026,decided,payment,2026-11-06,2026-11-06,34,41000000,676500,33,676500
                2,BB-20/2026,open,decision,2026-11-27,2026-11-27,13,0,0,0,0
                3,BB-21/2026,open,decision,2026-11-30,2026-11-30,10,0,0,0,0

                """)
        // Nothing was written.
        let journal = try cli.run("journal", "show", "--format", "json", "--limit", "1000")
        #expect(!journal.stdout.contains("recompute"))
    }
}
