import Foundation
import Synchronization
import Testing

/// Many `thanhtra` processes writing to one PostgreSQL database at once (issue 13 item 6): nothing acknowledged is
/// lost, the journal stays one intact chain, and two payers of the same fine never both pay it.
///
/// Needs a server: run under `scripts/with-postgres.sh`; skipped with the reason printed otherwise (failing in CI).
@Suite("PostgreSQL — many processes at once")
struct PostgresConcurrencyCLITests {
    /// A fresh database on the test server and a harness whose commands use it; dropped afterwards.
    static func withDatabase(_ body: (CLIHarness) throws -> Void) throws {
        try #require(PostgresCLITests.isAvailable, "no PostgreSQL server: PGHOST is not set, and this run requires PostgreSQL")
        let database = try PostgresCLITests.createDatabase("thanhtra_many")
        defer { PostgresCLITests.dropDatabase(database) }
        var cli = try CLIHarness()
        defer { cli.removeAll() }
        cli.environment["THANHTRA_DB"] = PostgresCLITests.url(database: database)
        #expect(try cli.run("init").status == 0)
        try body(cli)
    }

    @Test(.enabled(if: PostgresCLITests.runs))
    func eightProcessesOfTwoHundredWritesLoseNothingAndKeepOneChain() throws {
        try Self.withDatabase { cli in
            let initial = try #require(
                try cli.run("journal", "verify").stdout.firstMatch(of: /journal intact: (\d+) entries/).flatMap { Int($0.1) })
            // When 8 processes each register 200 people, one command per line of a batch (each its own transaction)
            let processes = 8
            let writes = 200
            let failures = Mutex<[String]>([])
            DispatchQueue.concurrentPerform(iterations: processes) { process in
                let input = (0..<writes).map { index in
                    let number = String(format: "%03d%09d", process, index)
                    return #"{"argv": ["subject", "add", "--id-number", "\#(number)", "--name", "Người \#(process)-\#(index)"]}"#
                }.joined(separator: "\n") + "\n"
                do {
                    let result = try cli.run(["batch"], stdin: input)
                    let acknowledged = result.stdout.split(separator: "\n").filter { $0.contains(#""ok":true"#) }.count
                    if result.status != 0 || acknowledged != writes {
                        failures.withLock { $0.append("process \(process): \(acknowledged) ok, \(result.stderr)") }
                    }
                } catch {
                    failures.withLock { $0.append("process \(process): \(error)") }
                }
            }

            // Then every acknowledged write is there once, and the journal is one chain of init's entries and 1600
            #expect(failures.withLock { $0 } == [])
            let listed = try cli.run("subject", "list", "--limit", "0", "--format", "json")
            let subjects = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [Any])
            #expect(subjects.count == processes * writes)
            let verify = try cli.run("journal", "verify")
            #expect(verify.status == 0, "\(verify.stderr)")
            #expect(verify.stdout.hasPrefix("journal intact: \(initial + processes * writes) entries, head "), "\(verify.stdout)")
        }
    }

    @Test(.enabled(if: PostgresCLITests.runs))
    func twoProcessesPayingTheSameFineNeverBothPayIt() throws {
        try Self.withDatabase { cli in
            #expect(try cli.run("subject", "add", "--tax-code", "0101234567", "--name", "Công ty A").status == 0)
            let cases = 4
            for number in 1...cases {
                #expect(
                    try cli.run(
                        "case", "open", "--subject", "1", "--record", "BB-\(number)/2026", "--record-on", "2026-10-20",
                        "--place", "Hà Nội", "--violation", "ND125-2020-D24-K4-b,committed=2026-10-01"
                    ).status == 0)
                #expect(
                    try cli.run(
                        "case", "decide", "\(number)", "--number", "\(number)/QĐ-XPHC", "--on", "2026-10-25", "--signer",
                        "chanh_thanh_tra_so"
                    ).status == 0)
                #expect(try cli.run("case", "deliver", "\(number)", "--on", "2026-10-27").status == 0)
            }
            for number in 1...cases {
                // What the whole fine is, from the case itself.
                let shown = try cli.run("case", "show", "\(number)", "--format", "json")
                let json = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
                let decision = try #require(json["decision"] as? [String: Any], "\(shown.stdout)")
                let fine = try #require(decision["totalFineVND"] as? Int, "\(decision.keys)")
                // When two processes pay all of it at once, with different receipts
                let results = Mutex<[Int32]>([])
                DispatchQueue.concurrentPerform(iterations: 2) { payer in
                    let paid = try? cli.run(
                        "case", "pay", "\(number)", "--amount", "\(fine)", "--on", "2026-11-02", "--receipt",
                        "BL-\(number)-\(payer)")
                    results.withLock { $0.append(paid?.status ?? -1) }
                }
                // Then exactly one is accepted, and the case holds one payment of the fine
                #expect(results.withLock { $0.sorted() } == [0, 1], "case \(number)")
                let after = try cli.run("case", "show", "\(number)", "--format", "json")
                let payments = (try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [String: Any])?["payments"]
                #expect((payments as? [Any])?.count == 1, "case \(number): \(after.stdout)")
            }
            #expect(try cli.run("journal", "verify").status == 0)
        }
    }
}
