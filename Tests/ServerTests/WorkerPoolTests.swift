import Casework
import Dispatch
import Foundation
import Glibc
import Server
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
        let release = DispatchSemaphore(value: 0)
        let started = DispatchSemaphore(value: 0)
        let blocking = Task { try await pool.run { _ in started.signal(); release.wait() } }
        started.wait()  // the only thread is busy
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
}
