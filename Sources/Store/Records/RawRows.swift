import Casework
import Foundation
import GRDB
import GRDBSQLite

/// Steps a prepared statement with SQLite's C API and reads its columns without building GRDB `Row`s or
/// intermediate values: the reading loop of bulk work (`rules diff` reads a million cases in a few seconds).
///
/// Use it only on a statement of the current connection (`db.cachedStatement`), inside the connection's access; it
/// resets the statement before binding and after the last row, so GRDB can use the statement again.
struct RawRows {
    let statement: OpaquePointer

    /// Binds `arguments` (64-bit integers and text) and prepares to step.
    init(_ statement: Statement, _ arguments: [RawArgument]) {
        self.statement = statement.sqliteStatement
        sqlite3_reset(self.statement)
        sqlite3_clear_bindings(self.statement)
        for (offset, argument) in arguments.enumerated() {
            let index = Int32(offset + 1)
            switch argument {
            case .null:
                sqlite3_bind_null(self.statement, index)
            case .integer(let value):
                sqlite3_bind_int64(self.statement, index, value)
            case .blob(let bytes):
                bytes.withUnsafeBytes { buffer in
                    // SQLITE_TRANSIENT, as for text.
                    _ = sqlite3_bind_blob(
                        self.statement, index, buffer.baseAddress, Int32(buffer.count),
                        unsafeBitCast(-1, to: sqlite3_destructor_type.self))
                }
            case .text(let text):
                var text = text
                text.withUTF8 { bytes in
                    // SQLITE_TRANSIENT: SQLite copies the bytes before this closure returns.
                    _ = sqlite3_bind_text(
                        self.statement, index, UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self),
                        Int32(bytes.count), unsafeBitCast(-1, to: sqlite3_destructor_type.self))
                }
            }
        }
    }

    /// Moves to the next row: `true` on a row, `false` after the last (the statement is then reset).
    ///
    /// - Throws: `DatabaseError` for anything but a row or the end.
    func next() throws -> Bool {
        let code = sqlite3_step(statement)
        if code == SQLITE_ROW { return true }
        sqlite3_reset(statement)
        if code == SQLITE_DONE { return false }
        throw DatabaseError(resultCode: ResultCode(rawValue: code))
    }

    /// Resets the statement after stopping before its last row.
    func reset() { sqlite3_reset(statement) }

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(statement, column) == SQLITE_NULL }

    func integer(_ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }

    /// Calls `body` with the column's text bytes (valid only inside `body`); empty for NULL.
    func withText<T>(_ column: Int32, _ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        let pointer = sqlite3_column_text(statement, column)
        let count = Int(sqlite3_column_bytes(statement, column))
        return try body(UnsafeRawBufferPointer(start: pointer, count: pointer == nil ? 0 : count))
    }

    /// Calls `body` with the column's bytes as a blob (valid only inside `body`); empty for NULL.
    func withBlob<T>(_ column: Int32, _ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        let pointer = sqlite3_column_blob(statement, column)
        let count = Int(sqlite3_column_bytes(statement, column))
        return try body(UnsafeRawBufferPointer(start: pointer, count: pointer == nil ? 0 : count))
    }

    func text(_ column: Int32) -> String { withText(column) { String(decoding: $0, as: UTF8.self) } }

    /// The column as a date `YYYY-MM-DD`; `nil` for NULL or any other text.
    func date(_ column: Int32) -> CalendarDate? { withText(column) { CalendarDate(utf8: $0) } }

    /// Whether the column's text is exactly `literal`.
    func textEquals(_ column: Int32, _ literal: StaticString) -> Bool {
        withText(column) { bytes in
            literal.withUTF8Buffer { expected in
                bytes.elementsEqual(UnsafeRawBufferPointer(expected))
            }
        }
    }
}

/// An argument bound by ``RawRows``.
enum RawArgument {
    case null
    case integer(Int64)
    case blob([UInt8])
    case text(String)

    /// The text, or NULL for `nil`.
    static func optionalText(_ text: String?) -> RawArgument { text.map { .text($0) } ?? .null }
}

/// Texts that repeat across rows (codes, sectors), each made into a `String` once: a lookup by the bytes' hash
/// instead of an allocation per row. Keeps at most ``limit`` texts; past that, new texts are made every time.
struct TextCache {
    static let limit = 4_096
    private var entries: [UInt64: [String]] = [:]
    private var count = 0

    mutating func text(_ bytes: UnsafeRawBufferPointer) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325   // FNV-1a
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        if let candidates = entries[hash] {
            for candidate in candidates where Self.equal(candidate, bytes) { return candidate }
        }
        let made = String(decoding: bytes, as: UTF8.self)
        if count < Self.limit {
            entries[hash, default: []].append(made)
            count += 1
        }
        return made
    }

    private static func equal(_ text: String, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            guard utf8.count == bytes.count else { return false }
            guard let left = utf8.baseAddress, let right = bytes.baseAddress else { return true }   // both empty
            return memcmp(left, right, bytes.count) == 0
        }
    }
}
