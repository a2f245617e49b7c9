import ArgumentParser
import Casework
import Dispatch
import Foundation
import Rules

/// Figure 1: fine evaluations per second through Rules, from Casework values, with the sandbox limits on.
struct FineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fine",
        abstract: "Evaluate COUNT generated fines through Rules (penalty.fine_amount) on WORKERS warm engines.",
        discussion: """
            Prints one line, the same as scripts/bench/lua_fine_host.c:
              evaluations=N seconds=S rate=R checksum=C
            The records are made before the clock starts; the time covers evaluation only, engines warm.
            """)

    @Option(help: "The rules folder.") var rules: String = "rules"
    @Option(help: "How many evaluations.") var count: Int = 1_000_000
    @Option(help: "Worker threads, one warm engine each (default: every core).") var workers: Int?

    func run() throws {
        guard count > 0 else { throw ValidationError("--count must be at least 1") }
        let pack = try RulePack.load(from: rules)
        let pool = try RuleEnginePool(pack: pack, workers: workers)
        let records = (0..<count).map(FineRecords.record)
        // Warm every engine (loading the pack is not what this figure measures).
        for worker in 0..<pool.workers {
            _ = try pool.withEngine(worker: worker) { try $0.fineAmount(records[0]) }
        }
        let parts = pool.workers
        let chunk = (count + parts - 1) / parts
        let sums = SumBuffer(parts: parts)
        let start = now()
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let range = (part * chunk)..<Swift.min(count, (part + 1) * chunk)
            do {
                let sum = try pool.withEngine(worker: part) { engine -> UInt64 in
                    var sum: UInt64 = 0
                    for amount in try engine.fineAmounts(records[range]) {
                        sum &+= UInt64(amount.fineVND.rawValue) &+ (amount.isWarning ? 1 : 0)
                    }
                    return sum
                }
                sums.set(part, .success(sum))
            } catch {
                sums.set(part, .failure(error))
            }
        }
        let seconds = now() - start
        let checksum = try sums.total()
        print("evaluations=\(count) seconds=\(String(format: "%.6f", seconds)) rate=\(Int(Double(count) / seconds)) "
            + "checksum=\(checksum)")
    }
}

/// One result per worker. `@unchecked Sendable`: each part is written by one worker, under the lock, and read after
/// `concurrentPerform` returns.
private final class SumBuffer: @unchecked Sendable {
    private var values: [Result<UInt64, any Error>?]
    private let lock = NSLock()
    init(parts: Int) { values = Array(repeating: nil, count: parts) }
    func set(_ part: Int, _ value: Result<UInt64, any Error>) {
        lock.lock()
        values[part] = value
        lock.unlock()
    }
    func total() throws -> UInt64 {
        try values.reduce(UInt64(0)) { sum, value in try sum &+ (value?.get() ?? 0) }
    }
}
