public import Casework
import Foundation

/// A fixed set of worker threads that run the synchronous use cases (SQLite reads and writes, the Lua rule engine),
/// so that neither the NIO event loops nor Swift's cooperative pool ever block on them.
///
/// Each thread owns a ``Worker``: its own rule engine, built on that thread by the factory the composition root
/// gives, on first use, and never shared (a `RuleEngine` is not thread-safe). Jobs wait in one queue of at most
/// ``maximumQueued``; past that a request is refused at once with ``WorkerPoolError/busy`` (the server answers 503)
/// instead of piling up. ``shutdown()`` lets queued jobs finish and stops the threads.
///
/// ```swift
/// let pool = WorkerPool(threads: 2, maximumQueued: 256, makePolicy: factory)
/// let page = try await pool.run { worker in try Registry(store: store).penaltyCasePage(filter) }
/// ```
public final class WorkerPool: @unchecked Sendable {
    // @unchecked Sendable: `jobs`, `stopping` and `running` are read and written only while `condition` is locked;
    // the threads are created in `init` and only joined afterwards.

    /// One job: runs on a worker thread with that thread's ``Worker``.
    private typealias Job = @Sendable (Worker) -> Void

    private let condition = NSCondition()
    private var jobs: [Job] = []
    private var head = 0
    private var stopping = false
    private var running: Int
    private let finished = DispatchSemaphore(value: 0)
    /// How many jobs may wait; more are refused.
    public let maximumQueued: Int
    /// How many threads run jobs.
    public let threadCount: Int

    /// Starts `threads` worker threads.
    ///
    /// - Parameters:
    ///   - threads: At least 1.
    ///   - maximumQueued: Jobs that may wait beyond the running ones.
    ///   - makePolicy: Builds one rule engine; called once per thread, on that thread, the first time a job there
    ///     asks for the policy.
    ///   - packHash: The hash of the pack in force, asked before every use of a worker's engine: when it differs from
    ///     the engine's own (``Casework/PenaltyPolicy/packHash``), the worker builds a new one with `makePolicy`
    ///     (a pack activated while the server runs). `nil`: the first engine is kept.
    public init(
        threads: Int, maximumQueued: Int, makePolicy: @escaping @Sendable () throws -> any InspectoratePolicy,
        packHash: (@Sendable () -> String)? = nil
    ) {
        threadCount = max(1, threads)
        self.maximumQueued = max(1, maximumQueued)
        running = threadCount
        for index in 0..<threadCount {
            let thread = Thread { [self] in
                Thread.current.name = "thanhtra-worker-\(index + 1)"  // set on the thread itself: Linux keeps it so
                let worker = Worker(makePolicy: makePolicy, packHash: packHash)
                while let job = next() { job(worker) }
                condition.lock()
                running -= 1
                let last = running == 0
                condition.unlock()
                if last { finished.signal() }
            }
            thread.start()
        }
    }

    /// Runs `body` on a worker thread and returns its result, suspending (not blocking) the caller meanwhile.
    ///
    /// - Throws: ``WorkerPoolError/busy`` when the queue is full, ``WorkerPoolError/stopped`` after ``shutdown()``;
    ///   what `body` throws.
    public func run<T: Sendable>(_ body: @escaping @Sendable (Worker) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            condition.lock()
            defer { condition.unlock() }
            guard !stopping else { return continuation.resume(throwing: WorkerPoolError.stopped) }
            guard jobs.count - head < maximumQueued else { return continuation.resume(throwing: WorkerPoolError.busy) }
            jobs.append { worker in continuation.resume(with: Result { try body(worker) }) }
            condition.signal()
        }
    }

    /// How many jobs wait for a thread now.
    public var waiting: Int {
        condition.lock()
        defer { condition.unlock() }
        return jobs.count - head
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

    /// The next job, or `nil` once stopping and the queue is empty.
    private func next() -> Job? {
        condition.lock()
        defer { condition.unlock() }
        while head == jobs.count && !stopping { condition.wait() }
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
