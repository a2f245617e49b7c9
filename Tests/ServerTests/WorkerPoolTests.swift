import Casework
import Dispatch
import Foundation
import Glibc
import Server
import Synchronization
import Testing

/// The pool the use cases run on: off the caller's thread, bounded, each thread with its own engine.
@Suite struct WorkerPoolTests {
    /// A policy factory that must not be called: these jobs never ask for the engine.
    static let noPolicy: @Sendable () throws -> any InspectoratePolicy = {
        throw CancellationError()
    }

    @Test func jobsRunOnTheFixedThreadsTwoAtATimeAndReturnTheirResults() async throws {
        let pool = WorkerPool(threads: 2, maximumQueued: 8, makePolicy: Self.noPolicy)
        defer { pool.shutdown() }
        let caller = UInt(pthread_self())
        // Two jobs that each wait for the other: they finish only if two threads run them at once.
        let first = DispatchSemaphore(value: 0)
        let second = DispatchSemaphore(value: 0)
        async let a: UInt = pool.run { _ in first.signal(); second.wait(); return UInt(pthread_self()) }
        async let b: UInt = pool.run { _ in second.signal(); first.wait(); return UInt(pthread_self()) }
        let threads = try await [a, b]
        #expect(Set(threads).count == 2)
        let more = try await withThrowingTaskGroup(of: UInt.self) { group in
            for _ in 0..<6 { group.addTask { try await pool.run { _ in UInt(pthread_self()) } } }
            return try await group.reduce(into: Set<UInt>()) { $0.insert($1) }
        }
        #expect(more.isSubset(of: Set(threads)), "no thread beyond the pool's two")
        #expect(!more.contains(caller))
        await #expect(throws: CancellationError.self) { try await pool.run { worker in _ = try worker.policy() } }
    }

    @Test func aFullQueueRefusesAtOnceInsteadOfWaiting() async throws {
        let pool = WorkerPool(threads: 1, maximumQueued: 1, makePolicy: Self.noPolicy)
        let (release, blocking) = try await Self.occupy(pool)  // the only thread is busy
        let queued = Task { try await pool.run { _ in 42 } }
        // Once the second job sits in the queue (it cannot run yet), a third is refused at once.
        for _ in 0..<1_000 where pool.waiting < 1 { try await Task.sleep(for: .milliseconds(2)) }
        #expect(pool.waiting == 1)
        await #expect(throws: WorkerPoolError.busy) { try await pool.run { _ in 0 } }
        release.signal()
        try await blocking.value
        #expect(try await queued.value == 42)
        pool.shutdown()
        await #expect(throws: WorkerPoolError.stopped) { try await pool.run { _ in 1 } }
    }

    /// Occupies one thread of `lane` until the returned semaphore is signalled; returns once the job runs. Waits
    /// without blocking a thread of Swift's cooperative pool (the tests share its few threads, and the job is
    /// queued by a task that needs one).
    static func occupy(
        _ pool: WorkerPool, lane: WorkerPool.Lane = .read
    ) async throws -> (release: DispatchSemaphore, job: Task<Void, any Error>) {
        let release = DispatchSemaphore(value: 0)
        let started = Mutex(false)
        let job = Task { try await pool.run(lane: lane) { _ in started.withLock { $0 = true }; release.wait() } }
        for _ in 0..<5_000 where !started.withLock({ $0 }) { try await Task.sleep(for: .milliseconds(2)) }
        #expect(started.withLock { $0 }, "the job started")
        return (release, job)
    }

    /// The name of the thread a job runs on.
    static func threadName(_ pool: WorkerPool, lane: WorkerPool.Lane? = nil) async throws -> String {
        if let lane { return try await pool.run(lane: lane) { _ in Thread.current.name ?? "" } }
        return try await pool.run { _ in Thread.current.name ?? "" }
    }

    @Test func aWriteRunsOnTheWriteLaneWhileEveryReadThreadIsBusy() async throws {
        let pool = WorkerPool(threads: 1, writeThreads: 1, maximumQueued: 8, makePolicy: Self.noPolicy)
        defer { pool.shutdown() }
        #expect(pool.writeThreadCount == 1)
        // Given the only read thread busy until released
        let (release, blocking) = try await Self.occupy(pool)
        // When a job of the write lane comes — by the request's lane or named — it runs at once, on the writer
        let byRequest = try await WorkerPool.$lane.withValue(.write) { try await Self.threadName(pool) }
        #expect(byRequest == "thanhtra-w1")
        #expect(try await Self.threadName(pool, lane: .write) == "thanhtra-w1")
        // and a read waits for the read thread
        let read = Task { try await Self.threadName(pool) }
        for _ in 0..<1_000 where pool.waiting < 1 { try await Task.sleep(for: .milliseconds(2)) }
        #expect(pool.waiting == 1)
        release.signal()
        try await blocking.value
        let readThread = try await read.value
        #expect(readThread == "thanhtra-r1", "the read ran on \(readThread.isEmpty ? "an unnamed thread" : readThread)")
    }

    @Test func withoutWriteThreadsTheWriteLaneRunsOnTheReadThreads() async throws {
        let pool = WorkerPool(threads: 1, maximumQueued: 8, makePolicy: Self.noPolicy)
        defer { pool.shutdown() }
        #expect(pool.writeThreadCount == 0)
        let name = try await WorkerPool.$lane.withValue(.write) { try await Self.threadName(pool) }
        #expect(name == "thanhtra-r1")
    }

    @Test func eachLaneRefusesPastItsOwnQueueAndShutdownFinishesBoth() async throws {
        let pool = WorkerPool(threads: 1, writeThreads: 1, maximumQueued: 1, makePolicy: Self.noPolicy)
        let (release, blocking) = try await Self.occupy(pool, lane: .write)  // the writer is busy
        let queued = Task { try await pool.run(lane: .write) { _ in 7 } }
        for _ in 0..<1_000 where pool.waiting < 1 { try await Task.sleep(for: .milliseconds(2)) }
        await #expect(throws: WorkerPoolError.busy) { try await pool.run(lane: .write) { _ in 0 } }
        // The read lane's queue is its own: a read still runs
        #expect(try await pool.run { _ in 5 } == 5)
        release.signal()
        try await blocking.value
        #expect(try await queued.value == 7)
        pool.shutdown()
        await #expect(throws: WorkerPoolError.stopped) { try await pool.run(lane: .write) { _ in 1 } }
    }
}
