import Casework

extension PeriodReport {
    /// The report for a terminal: title, period line, every figure with its label and value (labels padded,
    /// values right-aligned), the checks (`✓`/`✗` and their text), the narrative, and a footer with the pack
    /// hash and the day it was made.
    ///
    /// Widths count characters (grapheme clusters), so Vietnamese letters with diacritics line up.
    /// Lines end with `\n`.
    public func renderTable(language: Language = .vi) -> String {
        let words = language.words
        var lines = [words.report, language.text(for: period), ""]
        let rows = figureNames.map { (label(for: $0, language: language), MoneyText.figure($0, value: figures[$0])) }
        let labelWidth = rows.map(\.0.count).max() ?? 0
        let valueWidth = rows.map(\.1.count).max() ?? 0
        for (label, value) in rows {
            lines.append(
                label + String(repeating: " ", count: labelWidth - label.count + 2)
                    + String(repeating: " ", count: valueWidth - value.count) + value)
        }
        if !checks.isEmpty {
            lines += ["", words.checks + ":"]
            lines += checks.map { ($0.isOK ? "  ✓ " : "  ⚠ ") + $0.text }
        }
        if !narrative.isEmpty {
            lines += ["", words.narrative + ":", narrative]
        }
        lines += ["", "\(words.generatedOn) \(language.text(for: generatedOn)) · \(words.pack) \(packHash)"]
        if let journalHead { lines += ["\(words.journalHead) \(journalHead)"] }
        return lines.joined(separator: "\n") + "\n"
    }
}
