import Foundation

/// Printing helpers: aligned tables for people, stable JSON for scripts, diagnostics on stderr.
enum Output {
    /// Where standard output goes while set: the ``OutputSink`` of one line of `thanhtra batch`, which reports what
    /// the line printed in its result. Unset, output goes to the process's stdout.
    @TaskLocal static var sink: OutputSink?

    /// Writes `text` as it is (no newline added) to stdout, or to the batch line's sink. Every command's standard
    /// output goes through here.
    static func write(_ text: String) {
        if let sink { sink.append(text) } else { print(text, terminator: "") }
    }

    static func line(_ text: String = "") { write(text + "\n") }

    static func error(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }

    /// Where a rule's `print` goes: stderr, marked as coming from the rules.
    @Sendable static func ruleLog(_ text: String) { error("rules: \(text)") }

    /// Pretty JSON with sorted keys, so output is stable between runs.
    static func json(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        line(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// Columns aligned by character count (Vietnamese letters with diacritics count as one).
    static func table(_ header: [String], _ rows: [[String]]) {
        tableLines(header, rows).forEach { line($0) }
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
