import Foundation
import Testing

/// Four-eyes rule packs through the built binary, on a CLI-only database (`init --four-eyes`, no accounts: the
/// actors are the `--as` names): a changed folder decides nothing until it is proposed and activated by another
/// account; then the active stored pack decides. "Today" is 2026-11-23.
@Suite("Four-eyes rule packs — end to end")
struct FourEyesCLITests {
    /// An initialized four-eyes database with one organization (#1) and an open case (#1) of ND125-2020-D24-K4-b
    /// (frame 4–8 million đồng for organizations).
    func prepared() throws -> CLIHarness {
        let cli = try CLIHarness()
        let created = try cli.run("init", "--four-eyes")
        #expect(created.stdout.hasSuffix("; four-eyes rule packs are on\n"), "\(created.stdout)\(created.stderr)")
        for arguments in [
            ["subject", "add", "--tax-code", "0101234567", "--name", "Công ty TNHH Xây dựng Hồng Hà"],
            [
                "case", "open", "--subject", "1", "--record", "BB-20/2026", "--record-on", "2026-11-20",
                "--violation", "ND125-2020-D24-K4-b,committed=2026-11-01",
            ],
        ] {
            let run = try cli.run(arguments)
            #expect(run.status == 0, "\(arguments): \(run.stderr)")
        }
        return cli
    }

    /// A copy of rules/ with the frame of ND125-2020-D24-K4-b raised from 4–8 to 5–9 million đồng (and, with
    /// `version`, the manifest's version changed too).
    func candidate(_ cli: CLIHarness, name: String, version: String? = nil) throws -> URL {
        let folder = cli.directory.appendingPathComponent(name)
        try FileManager.default.copyItem(at: CLIHarness.repository.appendingPathComponent("rules"), to: folder)
        let file = folder.appendingPathComponent("penalty/catalog/nd125_2020.lua")
        var text = try String(contentsOf: file, encoding: .utf8)
        let start = try #require(text.range(of: "code = \"ND125-2020-D24-K4-b\""))
        let frame = try #require(
            text.range(of: "frame_min_vnd = 4000000, frame_max_vnd = 8000000", range: start.upperBound..<text.endIndex))
        text = text.replacingCharacters(in: frame, with: "frame_min_vnd = 5000000, frame_max_vnd = 9000000")
        try text.write(to: file, atomically: true, encoding: .utf8)
        if let version {
            let manifest = folder.appendingPathComponent("init.lua")
            let original = try String(contentsOf: manifest, encoding: .utf8)
            let line = try #require(original.range(of: #"version = "[^"]*""#, options: .regularExpression))
            try original.replacingCharacters(in: line, with: "version = \"\(version)\"")
                .write(to: manifest, atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// The 12-digit hash a `rules propose` line starts with (`proposed 3f2a9c1b07d4 …`).
    func proposedHash(_ run: CLIHarness.Run) throws -> String {
        let words = run.stdout.split(separator: " ")
        #expect(words.first == "proposed", "\(run.stdout)\(run.stderr)")
        return String(try #require(words.dropFirst().first))
    }

    @Test func aChangedFolderDecidesNothingUntilAnotherAccountActivatesIt() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let folder = try candidate(cli, name: "candidate")

        // The folder on disk is not the active pack: a warning, and the stored pack decides (frame 4–8 million).
        let ignored = try cli.run("case", "preview", "1", "--rules", folder.path)
        #expect(ignored.status == 0, "\(ignored.stderr)")
        #expect(ignored.stderr.contains("is not the active rule pack; this database decides with the active pack"))
        #expect(ignored.stdout.contains("frame 4.000.000 đ – 8.000.000 đ: 6.000.000 đ"), "\(ignored.stdout)")

        // Proposed with its check, test and diff results.
        let proposed = try cli.run("rules", "propose", folder.path, "--as", "phapche")
        #expect(proposed.status == 0, "\(proposed.stderr)")
        let hash = try proposedHash(proposed)
        #expect(proposed.stdout.contains(": proposed by phapche; "), "\(proposed.stdout)")
        #expect(proposed.stdout.contains("; 1 of 1 case(s) change, fines +1.000.000 đ"), "\(proposed.stdout)")
        let listed = try cli.run("rules", "proposals", "--format", "json")
        let proposals = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        #expect(proposals.count == 1 && proposals[0]["status"] as? String == "proposed")
        #expect((proposals[0]["hash"] as? String)?.hasPrefix(hash) == true)

        // Still not deciding: proposed is not active.
        #expect(try cli.run("case", "preview", "1").stdout.contains("6.000.000 đ"))

        // The proposer cannot activate it; nothing changes.
        let own = try cli.run("rules", "activate", hash, "--as", "phapche")
        #expect(own.status == 1)
        #expect(own.stderr.hasPrefix("error: phapche proposed rule pack \(hash): another account activates or rejects it (four-eyes)\n"), "\(own.stderr)")

        // Another account can; the active stored pack then decides, and the journal names it.
        let activated = try cli.run("rules", "activate", hash, "--as", "duyet")
        #expect(activated.status == 0, "\(activated.stderr)")
        #expect(activated.stdout.hasPrefix("activated \(hash) "), "\(activated.stdout)")
        let preview = try cli.run("case", "preview", "1", "--on", "2026-11-23", "--signer", "chanh_thanh_tra_so")
        #expect(preview.stdout.contains("frame 5.000.000 đ – 9.000.000 đ: 7.000.000 đ"), "\(preview.stdout)\(preview.stderr)")
        let decided = try cli.run(
            "case", "decide", "1", "--number", "7/QĐ-XPHC", "--on", "2026-11-23", "--signer", "chanh_thanh_tra_so")
        #expect(decided.stdout == "decided case #1: decision 7/QĐ-XPHC, total fine 7.000.000 đ; now decided\n", "\(decided.stderr)")
        let journal = try cli.run("journal", "show", "--format", "json", "--limit", "1000")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(journal.stdout.utf8)) as? [[String: Any]])
        let decide = try #require(entries.last { $0["command"] as? String == "case decide" })
        #expect((decide["packHash"] as? String)?.hasPrefix(hash) == true)
    }

    @Test func aProposalIsRejectedWithItsReasonByAnotherAccount() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let folder = try candidate(cli, name: "candidate-2", version: "9.9.9")
        let hash = try proposedHash(try cli.run("rules", "propose", folder.path, "--as", "phapche"))
        let own = try cli.run("rules", "reject", hash, "--reason", "rút lại", "--as", "phapche")
        #expect(own.status == 1)
        let rejected = try cli.run("rules", "reject", hash, "--reason", "khung tiền phạt chưa có căn cứ", "--as", "duyet")
        #expect(rejected.status == 0, "\(rejected.stderr)")
        #expect(rejected.stdout.contains("9.9.9: rejected (proposed by phapche, decided by duyet)"), "\(rejected.stdout)")
        #expect(rejected.stdout.hasSuffix("; reason: khung tiền phạt chưa có căn cứ\n"))
        let again = try cli.run("rules", "activate", hash, "--as", "duyet")
        #expect(again.stderr.hasPrefix("error: rule pack \(hash) is rejected, not waiting for a decision\n"), "\(again.stderr)")
        #expect(try cli.run("case", "preview", "1").stdout.contains("6.000.000 đ"))
    }
}
