import Foundation
import Testing

/// A kill at any moment leaves the store consistent, and nothing that was reported done is lost.
@Suite("Crash and concurrency safety — end to end", .serialized)
struct CrashSafetyTests {
    /// A small deterministic generator, so a failing run can be replayed with the same kill points.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func taxCode(_ i: Int) -> String {
        let digits = String(i)
        return "02" + String(repeating: "0", count: 8 - digits.count) + digits
    }

    @Test func sigkillAtManyPointsLosesNothingThatWasReportedDone() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        #expect(try cli.run("init").status == 0)

        // How long one write takes, start to exit, so kill points spread over a whole run.
        let clock = ContinuousClock()
        var first: CLIHarness.Run?
        let sample = try clock.measure {
            first = try cli.run("subject", "add", "--tax-code", CrashSafetyTests.taxCode(0), "--name", "mẫu")
        }
        #expect(first?.status == 0)
        var span = max(0.005, Double(sample.components.attoseconds) / 1e18 + Double(sample.components.seconds)) * 1.3

        var random = SplitMix(state: 20_261_123)
        var reportedDone: [String] = [CrashSafetyTests.taxCode(0)]
        var killed = 0
        let runs = 60
        for i in 1...runs {
            let code = CrashSafetyTests.taxCode(i)
            let (process, out, err) = try cli.start(
                ["subject", "add", "--tax-code", code, "--name", "Công ty số \(i)"])
            let delay = Double(random.next() % 1000) / 1000 * span
            usleep(useconds_t(delay * 1_000_000))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
            }
            let result = CLIHarness.finish(process, out, err)
            if result.signaled { killed += 1 }
            if !result.signaled && result.status == 0 && result.stdout.hasPrefix("registered subject #") {
                reportedDone.append(code)
            }
            // One sample may be far from what a busy machine takes later: every 10 runs, widen the kill window
            // while under a tenth of the runs so far completed, narrow it while under a tenth were killed, so
            // both outcomes happen however the load changes.
            if i % 10 == 0 {
                let done = reportedDone.count - 1, notDone = i - done
                if done * 10 < i { span *= 2 } else if notDone * 10 < i { span /= 2 }
            }
        }
        print("crash test: \(killed) of \(runs) runs killed, \(reportedDone.count) reported done")
        // Both outcomes must have happened for the test to mean anything.
        #expect(killed > 5, "only \(killed) of \(runs) runs were killed")
        #expect(reportedDone.count > 5, "only \(reportedDone.count) runs completed")

        // The database opens, the chain is intact, every reported write is there.
        let verify = try cli.run("journal", "verify")
        #expect(verify.status == 0, "\(verify.stderr)")
        let list = try cli.run("subject", "list", "--format", "json", "--limit", "1000")
        #expect(list.status == 0)
        let subjects = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]] ?? []
        let present = Set(subjects.compactMap { $0["identifier"] as? String })
        for code in reportedDone {
            #expect(present.contains(code), "subject \(code) was reported registered but is missing")
        }
        // Every subject present has exactly one journal entry, and no entry lacks its subject.
        let journaled = try cli.sqlite("SELECT count(*) FROM journal WHERE command = 'subject add'")
        #expect(journaled.trimmingCharacters(in: .whitespacesAndNewlines) == String(present.count))
        let integrity = try cli.sqlite("PRAGMA integrity_check")
        #expect(integrity == "ok\n")
    }

    @Test func twoProcessesWritingAtOnceLoseNoWrite() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        #expect(try cli.run("init").status == 0)

        // Two writers, each registering its own subjects as fast as it can.
        let perWriter = 25
        let outcomes = OutcomeLog()
        DispatchQueue.concurrentPerform(iterations: 2) { writer in
            for i in 0..<perWriter {
                let code = CrashSafetyTests.taxCode(1000 * (writer + 1) + i)
                let result = try? cli.run(["subject", "add", "--tax-code", code, "--name", "Writer \(writer) #\(i)"])
                outcomes.record(code: code, result: result)
            }
        }
        let (succeeded, busy, other) = outcomes.summary()
        #expect(other.isEmpty, "unexpected failures: \(other)")
        for message in busy {
            #expect(message.contains("database is busy"), "\(message)")
        }
        #expect(succeeded.count + busy.count == 2 * perWriter)

        let list = try cli.run("subject", "list", "--format", "json", "--limit", "1000")
        let subjects = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(Set(subjects.compactMap { $0["identifier"] as? String }) == Set(succeeded))
        #expect(try cli.run("journal", "verify").status == 0)
    }
}

/// Outcomes of concurrent runs. `@unchecked Sendable`: every access holds `lock`.
final class OutcomeLog: @unchecked Sendable {
    private let lock = NSLock()
    private var succeeded: [String] = []
    private var busy: [String] = []
    private var other: [String] = []

    func record(code: String, result: CLIHarness.Run?) {
        lock.lock()
        defer { lock.unlock() }
        guard let result else { return other.append("\(code): could not start") }
        if result.status == 0 {
            succeeded.append(code)
        } else if result.stderr.contains("busy") {
            busy.append(result.stderr)
        } else {
            other.append("\(code): exit \(result.status): \(result.stderr)")
        }
    }

    func summary() -> (succeeded: [String], busy: [String], other: [String]) {
        lock.lock()
        defer { lock.unlock() }
        return (succeeded, busy, other)
    }
}
