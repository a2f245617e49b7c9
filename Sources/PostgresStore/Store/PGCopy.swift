import Casework
import Foundation
import Logging
import PostgresNIO

/// Rows for `COPY … FROM STDIN` in PostgreSQL's text format, encoded as they are added: one line per row, fields
/// separated by a tab, `\N` for NULL, and a backslash, tab, newline or carriage return inside a value escaped
/// (PostgreSQL's "text format" rules), in buffers of about 256 KiB that ``PGSession/copy(into:columns:rows:)`` sends.
///
/// ```swift
/// var rows = PGCopyRows()
/// rows.row { $0.int(id); $0.text(name); $0.date(nil) }
/// try session.copy(into: "subject", columns: ["id", "name", "openedon"], rows: rows)
/// ```
struct PGCopyRows: Sendable {
    private(set) var buffers: [ByteBuffer] = []
    private var current = ByteBufferAllocator().buffer(capacity: PGCopyRows.bufferSize)
    /// Rows added so far.
    private(set) var count = 0

    /// The size a buffer is sent at.
    static let bufferSize = 256 * 1024

    /// Adds one row whose fields `fields` writes in the order of the COPY's columns.
    mutating func row(_ fields: (inout Fields) throws -> Void) rethrows {
        var line = Fields(buffer: current)
        current = ByteBuffer()   // `line` owns the bytes while it writes, so appending does not copy them
        try fields(&line)
        current = line.finished()
        count += 1
        if current.readableBytes >= Self.bufferSize {
            buffers.append(current)
            current = ByteBufferAllocator().buffer(capacity: Self.bufferSize)
        }
    }

    /// Every buffer to send, the last one included.
    var all: [ByteBuffer] { current.readableBytes > 0 ? buffers + [current] : buffers }

    /// The fields of one row, written in column order.
    struct Fields {
        fileprivate var buffer: ByteBuffer
        private var first = true

        fileprivate init(buffer: ByteBuffer) { self.buffer = buffer }

        fileprivate mutating func finished() -> ByteBuffer {
            buffer.writeInteger(UInt8(ascii: "\n"))
            return buffer
        }

        private mutating func separate() {
            if first { first = false } else { buffer.writeInteger(UInt8(ascii: "\t")) }
        }

        /// A TEXT value, or NULL.
        mutating func text(_ value: String?) {
            separate()
            guard let value else { return null() }
            // Most values need no escape: written whole, not byte by byte.
            if !value.utf8.contains(where: Self.needsEscape) {
                buffer.writeString(value)
                return
            }
            for byte in value.utf8 {
                switch byte {
                case UInt8(ascii: "\\"): buffer.writeBytes([UInt8(ascii: "\\"), UInt8(ascii: "\\")])
                case UInt8(ascii: "\t"): buffer.writeBytes([UInt8(ascii: "\\"), UInt8(ascii: "t")])
                case UInt8(ascii: "\n"): buffer.writeBytes([UInt8(ascii: "\\"), UInt8(ascii: "n")])
                case UInt8(ascii: "\r"): buffer.writeBytes([UInt8(ascii: "\\"), UInt8(ascii: "r")])
                default: buffer.writeInteger(byte)
                }
            }
        }

        /// A byte the text format escapes: backslash, tab, newline, carriage return (all below 0x5D; UTF-8's
        /// multi-byte sequences are all 0x80 and above).
        private static func needsEscape(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r")
        }

        /// A BIGINT value, or NULL.
        mutating func int(_ value: Int64?) {
            separate()
            guard let value else { return null() }
            buffer.writeString(String(value))
        }

        /// A DATE value (`YYYY-MM-DD`, which every connection reads as ISO), or NULL.
        mutating func date(_ value: CalendarDate?) {
            separate()
            guard let value else { return null() }
            buffer.writeString(value.description)
        }

        /// A BOOLEAN value.
        mutating func bool(_ value: Bool) {
            separate()
            buffer.writeInteger(value ? UInt8(ascii: "t") : UInt8(ascii: "f"))
        }

        /// A BYTEA value in the hex form (`\\x` and two hex digits a byte, the backslash escaped for the text format).
        mutating func bytes(_ value: [UInt8]) {
            separate()
            buffer.writeBytes([UInt8(ascii: "\\"), UInt8(ascii: "\\"), UInt8(ascii: "x")])
            let digits = Array("0123456789abcdef".utf8)
            for byte in value { buffer.writeBytes([digits[Int(byte >> 4)], digits[Int(byte & 0x0f)]]) }
        }

        private mutating func null() { buffer.writeBytes([UInt8(ascii: "\\"), UInt8(ascii: "N")]) }
    }
}

extension PGSession {
    /// Sends `rows` to `table`'s `columns` with one `COPY … FROM STDIN` (text format), blocking the calling thread
    /// until the server has taken them all, as every other call of the session does. Triggers and constraints apply
    /// as to an `INSERT`; inside the caller's transaction, so a later error rolls the rows back with it.
    ///
    /// PostgresNIO's COPY is `async` only, while the store's calls block. The COPY therefore runs as a task on the
    /// connection's ``PGCopyExecutor``, a thread of its own, and this thread waits for it: never on Swift's
    /// cooperative pool, which may have no thread left when the callers waiting on it are themselves on the pool (the
    /// test runner on two cores, a server's tasks).
    ///
    /// - Parameters:
    ///   - table: the table's name in lower case (PostgresNIO quotes it).
    ///   - columns: its columns in lower case, in the order each row gives them.
    /// - Throws: PostgresNIO's `PSQLError` (the store translates it at its boundary).
    func copy(into table: String, columns: [String], rows: PGCopyRows) throws {
        guard rows.count > 0 else { return }
        try requireOpen()
        let connection = self.connection
        let logger = self.logger
        let buffers = rows.all
        try copyExecutor.wait {
            try await connection.copyFrom(table: table, columns: columns, logger: logger) { writer in
                for buffer in buffers { try await writer.write(buffer) }
            }
        }
    }

    /// `count` new values of `table`'s identity column `id`, in ascending order, taken from its sequence (so no other
    /// writer gets them, even outside thanhtra): the IDs of rows a ``copy(into:columns:rows:)`` then writes with
    /// their IDs given, since a COPY returns nothing. Needs only USAGE on the sequence, which the application role
    /// has (`db grant`).
    ///
    /// - Throws: PostgresNIO's `PSQLError`.
    func reserveIDs(_ count: Int, of table: String) throws -> [Int64] {
        guard count > 0 else { return [] }
        return try rows(
            """
            SELECT nextval(pg_get_serial_sequence(\(table), 'id')) AS id FROM generate_series(1, \(Int64(count)))
            """
        ).map { try $0.int64("id") }.sorted()
    }
}

/// A thread of its own that runs Swift tasks (a `TaskExecutor`), so that a thread blocked in a store call can wait
/// for async PostgresNIO work (``PGSession/copy(into:columns:rows:)``) without needing a thread of Swift's cooperative
/// pool. Each store has one, shared by its connections (``PGConnectionPool``); its thread starts with the first COPY
/// and ends with the store. The work it runs only awaits the connection's event loop and never blocks, so the COPYs
/// of several connections interleave on it.
///
/// `@unchecked Sendable`: `jobs`, `thread` and `stopping` are read and changed only while holding `condition`.
final class PGCopyExecutor: TaskExecutor, @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
    private var thread: Thread?
    private var stopping = false

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    /// Runs the queued jobs until ``stop()``.
    private func serve() {
        while true {
            condition.lock()
            while jobs.isEmpty && !stopping { condition.wait() }
            if jobs.isEmpty {
                condition.unlock()
                return
            }
            let job = jobs.removeFirst()
            condition.unlock()
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }

    /// Runs `operation` as a task on this executor's thread (started if it is not running) and blocks the calling
    /// thread until the task ends.
    ///
    /// - Throws: What `operation` throws.
    func wait(_ operation: @escaping @Sendable () async throws -> Void) throws {
        condition.lock()
        precondition(!stopping, "a COPY after its store was released")
        if thread == nil {
            let started = Thread { [self] in serve() }
            started.name = "thanhtra.postgres.copy"
            thread = started
            started.start()
        }
        precondition(Thread.current != thread, "a COPY waited for on the COPY executor's own thread would never end")
        condition.unlock()
        let done = DispatchSemaphore(value: 0)
        let outcome = Outcome()
        Task(executorPreference: self) {
            do { try await operation() } catch { outcome.error = error }
            done.signal()
        }
        done.wait()
        if let error = outcome.error { throw error }
    }

    /// Lets the thread end once the jobs queued are run (the store is being released).
    func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        condition.unlock()
    }

    /// The error a task ended with, handed to the thread that waited for it.
    ///
    /// `@unchecked Sendable`: written by the task before it signals, read by the waiter after the signal.
    private final class Outcome: @unchecked Sendable {
        var error: (any Error)?
    }
}
