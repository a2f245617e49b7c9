public import Casework
public import Foundation

/// Writes CSV records (RFC 4180, LF line ends, UTF-8 without BOM) to a file handle, buffered.
///
/// A field is quoted when it contains the separator, a quote, CR or LF; quotes inside are doubled.
/// Call ``flush()`` when done.
public struct CSVWriter {
    private let handle: FileHandle
    private var buffer: [UInt8] = []

    /// A writer appending to `handle`.
    public init(handle: FileHandle) {
        self.handle = handle
        buffer.reserveCapacity(64 * 1024)
    }

    /// Appends one record.
    ///
    /// - Throws: What the file handle throws when the buffer is written.
    public mutating func write(_ fields: [String]) throws {
        buffer += Self.line(fields).utf8
        if buffer.count >= 64 * 1024 { try flush() }
    }

    /// Writes what is buffered.
    ///
    /// - Throws: What the file handle throws.
    public mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// One record as CSV text with its LF.
    public static func line(_ fields: [String]) -> String {
        fields.map(escaped).joined(separator: ",") + "\n"
    }

    /// The field, quoted if needed.
    public static func escaped(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
