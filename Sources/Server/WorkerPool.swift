public import Casework
import Foundation

/// A fixed set of worker threads that run the synchronous use cases (SQLite reads and writes, the Lua rule engine),
/// so that neither the NIO event loops nor Swift's cooperative pool ever block on them.
///
/// Each thread owns a ``Worker``: its own rule engine, built on that thread by the factory the composition root
/// gives, on first use, and never shared (a `RuleEngine` is not thread-safe). Jobs wait in a queue of at most
/// ``maximumQueued``; past that a request is refused at once with ``WorkerPoolError/busy`` (the server answers 503)
/// instead of piling up. ``shutdown()`` lets queued jobs finish and stops the threads.
///
/// **Lanes.** With `writeThreads` > 0, the jobs of requests that change something (``Lane/write``, set for the
/// request by ``WorkerLaneMiddleware`` from its method) run on threads of their own, in a queue of their own: a read
/// never waits behind a write's commit (SQLite syncs its log to disk on each), and the writes, which the store
/// serializes anyway, queue here rather than in the store's busy wait. With 0, one queue serves both, as before.
///
/// ```swift
/// let pool = WorkerPool(threads: 2, writeThreads: 1, maximumQueued: 256, makePolicy: factory)
/// let page = try await pool.run { worker in try Registry(store: store).penaltyCasePage(filter) }
/// ```
public final class WorkerPool: @unchecked Sendable {
    // @unchecked Sendable: the queues, `stopping` and `running` are read and written only while `condition` is
    // locked; the threads are created in `init` and only joined afterwards.

    /// Which threads a job runs on.
    public enum Lane: Sendable {
        /// The pool's threads (``threadCount``): reads, and everything when the pool has no write threads.
        case read
        /// The write threads (``writeThreadCount``), when there are any.
        case write
    }

    /// The lane ``run(_:)`` puts a job in, set for a whole request by ``WorkerLaneMiddleware``.
    @TaskLocal public static var lane: Lane = .read

    /// One job: runs on a worker thread with that thread's ``Worker``.
    private typealias Job = @Sendable (Worker) -> Void

    /// The jobs of one lane, oldest first.
    private struct Queue {
        var jobs: [Job] = []
        var head = 0
        var count: Int { jobs.count - head }

        mutating func append(_ job: @escaping Job) { jobs.append(job) }

        mutating func next() -> Job? {
            guard head < jobs.count else { return nil }
            let job = jobs[head]
            head += 1
            if head > 1024 && head * 2 > jobs.count {
                jobs.removeFirst(head)
                head = 0
            }
            return job
        }
    }

    private let condition = NSCondition()
    private var queues: [Queue] = [Queue(), Queue()]
    private var stopping = false
    private var running: Int
    private let finished = DispatchSemaphore(value: 0)
    /// How many jobs may wait in each lane; more are refused.
    public let maximumQueued: Int
    /// How many threads run the read lane's jobs.
    public let threadCount: Int
    /// How many threads run the write lane's jobs; 0: writes share the read lane's threads.
    public let writeThreadCount: Int

    /// Starts `threads` worker threads, and `writeThreads` more for the write lane.
    ///
    /// - Parameters:
    ///   - threads: At least 1.
    ///   - writeThreads: Threads of the write lane; 0 (the default): none, every job in one queue.
    ///   - maximumQueued: Jobs that may wait beyond the running ones, in each lane.
    ///   - makePolicy: Builds one rule engine; called once per thread, on that thread, the first time a job there
    ///     asks for the policy.
    ///   - packHash: The hash of the pack in force, asked before every use of a worker's engine: when it differs from
    ///     the engine's own (``Casework/PenaltyPolicy/packHash``), the worker builds a new one with `makePolicy`
    ///     (a pack activated while the server runs). `nil`: the first engine is kept.
    public init(
        threads: Int, writeThreads: Int = 0, maximumQueued: Int,
        makePolicy: @escaping @Sendable () throws -> any InspectoratePolicy, packHash: (@Sendable () -> String)? = nil
    ) {
        threadCount = max(1, threads)
        writeThreadCount = max(0, writeThreads)
        self.maximumQueued = max(1, maximumQueued)
        running = threadCount + writeThreadCount
        for index in 0..<(threadCount + writeThreadCount) {
            let lane = index < threadCount ? 0 : 1
            // Named on the thread itself once `start()` has returned: Foundation's setter names the system thread
            // only after `start()` has recorded it, and a thread that ran first kept its starter's name
            // (`oot.default-qos`, seen in WorkerPoolTests under load). Linux keeps up to 15 bytes (a longer name is
            // refused), hence `thanhtra-r1`, `thanhtra-w1` (`top -H`).
            let name = lane == 0 ? "thanhtra-r\(index + 1)" : "thanhtra-w\(index - threadCount + 1)"
            let recorded = DispatchSemaphore(value: 0)
            let thread = Thread { [self] in
                recorded.wait()
                Thread.current.name = name
                let worker = Worker(makePolicy: makePolicy, packHash: packHash)
                while let job = next(lane: lane) { job(worker) }
                condition.lock()
                running -= 1
                let last = running == 0
                condition.unlock()
                if last { finished.signal() }
            }
            thread.start()
            recorded.signal()
        }
    }

    /// Runs `body` on a worker thread of `lane` (by default the request's, ``lane``) and returns its result,
    /// suspending (not blocking) the caller meanwhile.
    ///
    /// - Throws: ``WorkerPoolError/busy`` when the lane's queue is full, ``WorkerPoolError/stopped`` after
    ///   ``shutdown()``; what `body` throws.
    public func run<T: Sendable>(
        lane: Lane = WorkerPool.lane, _ body: @escaping @Sendable (Worker) throws -> T
    ) async throws -> T {
        let index = lane == .write && writeThreadCount > 0 ? 1 : 0
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            condition.lock()
            defer { condition.unlock() }
            guard !stopping else { return continuation.resume(throwing: WorkerPoolError.stopped) }
            guard queues[index].count < maximumQueued else { return continuation.resume(throwing: WorkerPoolError.busy) }
            queues[index].append { worker in continuation.resume(with: Result { try body(worker) }) }
            condition.broadcast()
        }
    }

    /// How many jobs wait for a thread now, in both lanes.
    public var waiting: Int {
        condition.lock()
        defer { condition.unlock() }
        return queues[0].count + queues[1].count
    }

    /// Refuses new jobs, lets the queued ones finish, and waits for every thread to stop.
    public func shutdown() {
        condition.lock()
        let already = stopping
        stopping = true
        condition.broadcast()
        condition.unlock()
        if !already { finished.wait() }
    }

    /// The next job of lane `lane` (0 read, 1 write), or `nil` once stopping and that queue is empty.
    private func next(lane: Int) -> Job? {
        condition.lock()
        defer { condition.unlock() }
        while queues[lane].count == 0 && !stopping { condition.wait() }
        return queues[lane].next()
    }
}

/// What a job gets on its worker thread: that thread's own rule engine.
public final class Worker {
    private let makePolicy: @Sendable () throws -> any InspectoratePolicy
    private let packHash: (@Sendable () -> String)?
    private var built: (any InspectoratePolicy)?

    init(
        makePolicy: @escaping @Sendable () throws -> any InspectoratePolicy, packHash: (@Sendable () -> String)? = nil
    ) {
        self.makePolicy = makePolicy
        self.packHash = packHash
    }

    /// This thread's rule engine, built on first use and kept warm; rebuilt when the pack in force is no longer the
    /// engine's (a pack activated meanwhile), so one job never mixes two packs.
    /// - Throws: what the factory throws (a pack that does not load).
    public func policy() throws -> any InspectoratePolicy {
        let wanted = packHash?()  // asked first, so a first engine is also built for the pack in force now
        if let built, wanted.map({ $0 == built.packHash }) ?? true { return built }
        let made = try makePolicy()
        built = made
        return made
    }
}

/// Why the pool did not run a job.
public enum WorkerPoolError: Error, Sendable, Equatable {
    /// The queue is full: the server is overloaded; the client may retry.
    case busy
    /// The pool is shutting down.
    case stopped
}
