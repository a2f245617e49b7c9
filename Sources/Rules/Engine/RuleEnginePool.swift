import Casework
import Foundation

/// Warm rule engines for batch work: one per worker, so evaluation uses every core without ever creating a Lua
/// state per case.
///
/// ```swift
/// let pool = try RuleEnginePool(pack: pack, workers: 2)
/// let fines = try pool.map(cases) { engine, item in try engine.assess(item) }
/// ```
///
/// Each worker index owns exactly one engine, created on first use and kept for the pool's life.
public final class RuleEnginePool: Sendable {
    /// The pack every engine runs.
    public let pack: RulePack
    /// How many engines (and worker threads) the pool uses at most.
    public let workers: Int
    private let limits: RuleLimits
    private let log: @Sendable (String) -> Void
    private let slots: [Slot]

    /// One engine and its lock.
    ///
    /// `@unchecked Sendable`: `engine` is read and written only while `lock` is held, and a `RuleEngine` is used
    /// by one thread at a time, the one holding the lock.
    private final class Slot: @unchecked Sendable {
        let lock = NSLock()
        var engine: RuleEngine?
    }

    /// - Parameter workers: defaults to the number of active cores.
    /// - Throws: ``RuleError`` when the pack does not load (the first engine is built eagerly to find out).
    public init(
        pack: RulePack, workers: Int? = nil, limits: RuleLimits = .init(),
        log: @escaping @Sendable (String) -> Void = { _ in }
    ) throws(RuleError) {
        self.pack = pack
        self.workers = max(1, workers ?? ProcessInfo.processInfo.activeProcessorCount)
        self.limits = limits
        self.log = log
        self.slots = (0..<self.workers).map { _ in Slot() }
        slots[0].engine = try RuleEngine(pack: pack, limits: limits, log: log)
    }

    /// Runs `body` on the engine of worker `index`, creating it on first use.
    public func withEngine<T>(worker index: Int, _ body: (RuleEngine) throws -> T) throws -> T {
        let slot = slots[index % slots.count]
        slot.lock.lock()
        defer { slot.lock.unlock() }
        if let engine = slot.engine { return try body(engine) }
        let engine = try RuleEngine(pack: pack, limits: limits, log: log)
        slot.engine = engine
        return try body(engine)
    }

    /// Applies `transform` to every item on all workers and returns the results in the items' order.
    ///
    /// Items are split into contiguous chunks, one per worker. The first error (in item order) is rethrown after
    /// all workers finish.
    public func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], _ transform: @Sendable (RuleEngine, Item) throws -> Result
    ) throws -> [Result] {
        let count = items.count
        guard count > 0 else { return [] }
        let parts = min(workers, count)
        let chunk = (count + parts - 1) / parts
        let results = ResultBuffer<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let range = (part * chunk)..<min(count, (part + 1) * chunk)
            do {
                try withEngine(worker: part) { engine in
                    for index in range { results.set(index, .success(try transform(engine, items[index]))) }
                }
            } catch {
                results.set(range.lowerBound, .failure(error))
            }
        }
        return try results.collect()
    }
}

/// Results written by several workers at distinct indices.
///
/// `@unchecked Sendable`: every index is written by exactly one worker, and reads happen after
/// `concurrentPerform` has returned; the lock makes each write visible.
private final class ResultBuffer<Result>: @unchecked Sendable {
    private var values: [Swift.Result<Result, any Error>?]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: Swift.Result<Result, any Error>) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }
    func collect() throws -> [Result] {
        var out: [Result] = []
        out.reserveCapacity(values.count)
        for value in values {
            switch value {
            case .success(let result)?: out.append(result)
            case .failure(let error)?: throw error
            case nil: continue  // after a failure earlier in the same chunk
            }
        }
        return out
    }
}
