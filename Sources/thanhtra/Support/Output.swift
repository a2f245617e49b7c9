import Foundation
import Glibc
import Reports

/// Printing helpers: aligned tables for people, stable JSON for scripts, diagnostics on stderr.
///
/// Every text written for a terminal goes through ``escaped(_:keepingLineBreaks:)``: a control character stored in
/// the database (an ESC typed into a name before input was checked, say) is shown as `\e` or `\x07` and never
/// reaches the terminal raw. JSON is escaped by its encoder.
enum Output {
    /// Where standard output goes while set: the ``OutputSink`` of one line of `thanhtra batch`, which reports what
    /// the line printed in its result. Unset, output goes to the process's stdout.
    @TaskLocal static var sink: OutputSink?

    /// Writes `text` as it is (no newline added, nothing escaped: CSV and JSON streams). Every command's standard
    /// output goes through here or ``raw(_:)``.
    static func write(_ text: String) { raw(text) }

    static func line(_ text: String = "") { raw(escaped(text, keepingLineBreaks: true) + "\n") }

    static func error(_ text: String) {
        _ = writeAll(Array((escaped(text, keepingLineBreaks: true) + "\n").utf8), to: STDERR_FILENO)
    }

    /// The first error met writing stdout (an `errno`), reported by ``finish()``. The CLI runs one command at a
    /// time on one thread (batch included), so this is never written concurrently.
    nonisolated(unsafe) private static var stdoutError: Int32 = 0

    /// Text written as is: to the batch line's ``sink`` when one is set, else on stdout (unbuffered, straight to
    /// file descriptor 1); a write error is remembered for ``finish()``.
    static func raw(_ text: String) {
        if let sink {
            sink.append(text)
            return
        }
        if !writeAll(Array(text.utf8), to: STDOUT_FILENO), stdoutError == 0 { stdoutError = errno }
    }

    /// Whether every byte was written.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress.map { $0 + offset }, $0.count - offset) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }

    /// Whether everything written to stdout arrived; called once before the process exits, so that
    /// `thanhtra … > /dev/full` exits 1 instead of 0.
    ///
    /// - Returns: `nil` when all went well, else the error's text.
    static func finish() -> String? {
        guard stdoutError != 0 else { return nil }
        let reason = Wording.systemReason(stdoutError)
        stdoutError = 0
        guard Wording.commandLine == .en else {
            return "lỗi: không ghi được đầu ra chuẩn: \(reason.vietnamese)\n  gợi ý: kiểm tra ổ đĩa hoặc tệp nhận đầu ra"
        }
        return "error: cannot write standard output: \(reason.english)\n  help: check the disk or the file the output is sent to"
    }

    /// `text` with every control character written visibly: ESC as `\e`, TAB as `\t`, CR as `\r`, LF as `\n`
    /// (unless `keepingLineBreaks`), other C0 characters and DEL as `\xHH`, C1 characters as `\u{HHHH}`.
    static func escaped(_ text: String, keepingLineBreaks: Bool) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) && !(keepingLineBreaks && $0 == "\n") }) else {
            return text
        }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isControl(scalar), !(keepingLineBreaks && scalar == "\n") else {
                out.append(scalar)
                continue
            }
            let visible: String
            switch scalar.value {
            case 0x1B: visible = "\\e"
            case 0x09: visible = "\\t"
            case 0x0D: visible = "\\r"
            case 0x0A: visible = "\\n"
            case 0x80...0x9F: visible = "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default:
                let digits = String(scalar.value, radix: 16)
                visible = "\\x" + (digits.count < 2 ? "0" : "") + digits
            }
            out.append(contentsOf: visible.unicodeScalars)
        }
        return String(out)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// Where a rule's `print` goes: stderr, marked as coming from the rules.
    @Sendable static func ruleLog(_ text: String) { error("rules: \(text)") }

    /// Pretty JSON with sorted keys, so output is stable between runs.
    static func json(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        raw(String(decoding: try encoder.encode(value), as: UTF8.self) + "\n")
    }

    /// Columns aligned by character count (Vietnamese letters with diacritics count as one).
    static func table(_ header: [String], _ rows: [[String]]) {
        raw(tableLines(header, rows).map { $0 + "\n" }.joined())
    }

    /// The lines of ``table(_:_:)``, for commands that print more around them; `trimmed` drops the spaces that
    /// pad empty cells at the end of a line.
    static func tableLines(trimmed: Bool = false, _ header: [String], _ rows: [[String]]) -> [String] {
        let lines = untrimmedTableLines(header, rows)
        guard trimmed else { return lines }
        return lines.map { line in
            var text = Substring(line)
            while text.last == " " { text.removeLast() }
            return String(text)
        }
    }

    private static func untrimmedTableLines(_ header: [String], _ rows: [[String]]) -> [String] {
        let rows = rows.map { $0.map { escaped($0, keepingLineBreaks: false) } }
        var widths = header.map(\.count)
        for row in rows { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) } }
        func render(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                i == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - cell.count)
            }.joined(separator: "  ")
        }
        return [render(header), render(widths.map { String(repeating: "-", count: $0) })] + rows.map(render)
    }
}
