import Casework
import Import

/// CSV records written to standard output through ``Output`` (so `batch` reports them as the line's output),
/// buffered in blocks of about 64 KiB.
struct CSVOutput {
    private var buffer = ""

    /// Appends one record.
    mutating func write(_ fields: [String]) {
        buffer += CSVWriter.line(fields)
        if buffer.utf8.count >= 64 * 1024 { flush() }
    }

    /// Writes what is buffered.
    mutating func flush() {
        guard !buffer.isEmpty else { return }
        Output.write(buffer)
        buffer = ""
    }
}
