import Casework
import GRDBSQLite

/// The seal of one row: SHA-256 over the row's table, rowid, the journal entry that last wrote it, and every column.
///
/// The bytes hashed are netstrings (`<length>:<bytes>,`, as the journal's own hash uses):
///
/// 1. `thanhtra-row-v1`
/// 2. the table's name
/// 3. the rowid in ASCII decimal
/// 4. the sequence of the journal entry that last wrote the row, in ASCII decimal
/// 5. one per column in the table's order (`SELECT *`): a type letter and the value — `n` and nothing for NULL,
///    `i` and ASCII decimal for an integer, `r` and the 16 hex digits of the IEEE-754 bit pattern for a real,
///    `t` and the UTF-8 bytes for text, `b` and the bytes for a blob — as `<letter><length>:<bytes>,`.
///
/// A row seal binds a row's contents to its place and to the entry that wrote it: change any column, move the row to
/// another rowid or claim another entry wrote it, and the seal no longer matches.
struct RowSealer {
    static let formatTag = "thanhtra-row-v1"

    /// Reused between rows so that hashing a row allocates only the digest.
    private var buffer: [UInt8] = []

    init() { buffer.reserveCapacity(512) }

    /// The seal of the row the raw `statement` is positioned on, whose columns `firstColumn..<columnCount` are the
    /// table's columns in order.
    mutating func seal(
        table: String, rowID: Int64, sequence: Int64, statement: OpaquePointer, firstColumn: Int32,
        columnCount: Int32
    ) -> [UInt8] {
        buffer.removeAll(keepingCapacity: true)
        appendNetstring(Self.formatTag.utf8)
        appendNetstring(table.utf8)
        appendDecimalNetstring(rowID)
        appendDecimalNetstring(sequence)
        var column = firstColumn
        while column < columnCount {
            switch sqlite3_column_type(statement, column) {
            case SQLITE_NULL:
                buffer.append(UInt8(ascii: "n"))
                appendNetstring(EmptyCollection<UInt8>())
            case SQLITE_INTEGER:
                buffer.append(UInt8(ascii: "i"))
                appendDecimalNetstring(sqlite3_column_int64(statement, column))
            case SQLITE_FLOAT:
                buffer.append(UInt8(ascii: "r"))
                let bits = sqlite3_column_double(statement, column).bitPattern
                let digits = Array("0123456789abcdef".utf8)
                buffer.append(contentsOf: "16:".utf8)
                for shift in stride(from: 60, through: 0, by: -4) { buffer.append(digits[Int((bits >> UInt64(shift)) & 0xF)]) }
                buffer.append(UInt8(ascii: ","))
            case SQLITE_TEXT:
                buffer.append(UInt8(ascii: "t"))
                let pointer = sqlite3_column_text(statement, column)
                let count = Int(sqlite3_column_bytes(statement, column))
                appendNetstring(UnsafeRawBufferPointer(start: pointer, count: pointer == nil ? 0 : count))
            default:
                buffer.append(UInt8(ascii: "b"))
                let pointer = sqlite3_column_blob(statement, column)
                let count = Int(sqlite3_column_bytes(statement, column))
                appendNetstring(UnsafeRawBufferPointer(start: pointer, count: pointer == nil ? 0 : count))
            }
            column += 1
        }
        return buffer.withUnsafeBytes { bytes in
            var hasher = SHA256.Hasher()
            hasher.update(bytes)
            return hasher.finalize()
        }
    }

    private mutating func appendDecimal(_ value: Int) {
        appendDecimal(Int64(value))
    }

    private mutating func appendDecimal(_ value: Int64) {
        if value < 0 { buffer.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { out in
            repeat {
                out[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            buffer.append(contentsOf: out[(20 - count)...])
        }
    }

    /// `<length>:<decimal>,` for an integer.
    private mutating func appendDecimalNetstring(_ value: Int64) {
        var length = value < 0 ? 1 : 0
        var magnitude = value.magnitude
        repeat {
            length += 1
            magnitude /= 10
        } while magnitude > 0
        appendDecimal(length)
        buffer.append(UInt8(ascii: ":"))
        appendDecimal(value)
        buffer.append(UInt8(ascii: ","))
    }

    private mutating func appendNetstring<C: Collection<UInt8>>(_ bytes: C) {
        appendDecimal(bytes.count)
        buffer.append(UInt8(ascii: ":"))
        buffer.append(contentsOf: bytes)
        buffer.append(UInt8(ascii: ","))
    }
}

/// The state digest: the sum of the seals of every sealed row, each read as a big-endian 256-bit number, modulo 2²⁵⁶.
///
/// A sum can be kept up to date per command — subtract a row's old seal, add its new one — in time proportional to
/// the rows the command wrote, whatever the size of the store; and a full recomputation (`journal verify`) needs no
/// order. Each journal entry records the digest after its command, so the seals themselves are bound to the chain.
struct StateDigest: Equatable, Sendable {
    /// Little-endian limbs: `limbs[0]` is the least significant 64 bits.
    private(set) var limbs: [UInt64] = [0, 0, 0, 0]

    init() {}

    /// The digest written as 64 hex digits, or `nil` when the text is not such.
    init?(hex: String) {
        let bytes = Array(hex.utf8)
        guard bytes.count == 64 else { return nil }
        for limb in 0..<4 {
            var value: UInt64 = 0
            for index in 0..<16 {
                let c = bytes[(3 - limb) * 16 + index]
                let digit: UInt8
                switch c {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = c - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = c - UInt8(ascii: "a") + 10
                default: return nil
                }
                value = value << 4 | UInt64(digit)
            }
            limbs[limb] = value
        }
    }

    /// 64 lowercase hex digits, most significant first.
    var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for limb in limbs.reversed() {
            for shift in stride(from: 60, through: 0, by: -4) { out.append(digits[Int((limb >> UInt64(shift)) & 0xF)]) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func limbs(of seal: UnsafeRawBufferPointer) -> [UInt64] {
        precondition(seal.count == 32, "a seal is 32 bytes")
        var result: [UInt64] = [0, 0, 0, 0]
        for limb in 0..<4 {
            var value: UInt64 = 0
            for index in 0..<8 { value = value << 8 | UInt64(seal[(3 - limb) * 8 + index]) }
            result[limb] = value
        }
        return result
    }

    /// Adds a 32-byte seal.
    mutating func add(_ seal: UnsafeRawBufferPointer) {
        let other = Self.limbs(of: seal)
        var carry = false
        for index in 0..<4 {
            let (partial, overflow1) = limbs[index].addingReportingOverflow(other[index])
            let (sum, overflow2) = partial.addingReportingOverflow(carry ? 1 : 0)
            limbs[index] = sum
            carry = overflow1 || overflow2
        }
    }

    /// Subtracts a 32-byte seal.
    mutating func subtract(_ seal: UnsafeRawBufferPointer) {
        let other = Self.limbs(of: seal)
        var borrow = false
        for index in 0..<4 {
            let (partial, overflow1) = limbs[index].subtractingReportingOverflow(other[index])
            let (difference, overflow2) = partial.subtractingReportingOverflow(borrow ? 1 : 0)
            limbs[index] = difference
            borrow = overflow1 || overflow2
        }
    }

    mutating func add(_ seal: [UInt8]) { seal.withUnsafeBytes { add($0) } }
    mutating func subtract(_ seal: [UInt8]) { seal.withUnsafeBytes { subtract($0) } }
}
