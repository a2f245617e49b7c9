import Casework

extension PeriodReport {
    /// Writes the report as an Excel workbook (`.xlsx`) at `path`, replacing any file there.
    ///
    /// One sheet per form, named after the form's code (`01/TTr` → `01-TTr`: Excel forbids `/`), then a sheet of
    /// every figure (`Chỉ tiêu` / `Figures`). A form's sheet has: with a ``heading``, the national header (the
    /// issuing body and the number on the left; Quốc hiệu, Tiêu ngữ, place and date on the right) and a blank row;
    /// the code and title, the period, the legal basis (each merged across the form's width); then the form's
    /// header with its merged cells (row heights for the wrapped captions); then the column codes; then the
    /// values; with a heading, the recipients and the signature block. It prints as filed: A4 landscape, one
    /// page wide, the header and codes repeated on every page, "Trang N/M" at the foot. Cells hold exact numbers: counts and đồng with format `#,##0`;
    /// `million_vnd` columns hold the đồng and show them in triệu with `#,##0.000,,`; `m2` columns hold square
    /// metres (dm² ÷ 100) with `#,##0.00`. Labels are in `language`.
    ///
    /// - Throws: ``ReportError``: `.io` when the file cannot be written, `.valueTooLarge` for a value above 2^53
    ///   (a spreadsheet number could not hold it exactly), `.spreadsheet` when libxlsxwriter refuses a cell.
    public func writeXLSX(to path: String, language: Language = .vi) throws(ReportError) {
        let book = try XLSXWorkbook(path: path)
        var names = XLSXSheetNames()
        for form in forms {
            try writeSheet(form, named: names.make(from: form.code), in: book, language: language)
        }
        try writeFigures(named: names.make(from: language.words.figure), in: book, language: language)
        try book.close()
    }

    private func writeSheet(_ form: FormLayout, named sheet: String, in book: XLSXWorkbook, language: Language)
        throws(ReportError)
    {
        try book.addSheet(named: sheet)
        let layout = HeaderLayout(form)
        let last = max(0, layout.columnCount - 1)
        // Narrow columns for wide forms: the sheet is fitted to the page's width, so narrower columns print larger.
        let width = layout.columnCount > 12 ? 9 : 14
        try book.setColumnWidth(sheet: sheet, first: 0, last: last, width: width)
        var top = 0
        if let heading { top = try writeHeading(heading, sheet: sheet, last: last, in: book) }
        let lines = ["\(form.code): \(form.title)", language.text(for: period), form.basis]
        for (offset, text) in lines.enumerated() where !text.isEmpty {
            try book.write(
                text, sheet: sheet, row: top + offset, column: 0, lastRow: top + offset, lastColumn: last,
                style: offset == 0 ? .title : .caption)
        }
        top += lines.count
        for cell in layout.placements {
            try book.write(
                cell.text, sheet: sheet, row: top + cell.row, column: cell.column,
                lastRow: top + cell.row + cell.rows - 1, lastColumn: cell.column + cell.span - 1, style: .header)
        }
        for (row, lines) in PeriodReport.headerLines(layout, columnWidth: width).enumerated() {
            try book.setRowHeight(sheet: sheet, row: top + row, points: Double(lines) * 15 + 3)
        }
        let codes = top + layout.rowCount, values = codes + 1
        try book.setUpPrinting(sheet: sheet, repeatFirst: top, repeatLast: codes, footer: "&CTrang &P/&N")
        for (index, column) in form.columns.enumerated() {
            try book.write(column.code, sheet: sheet, row: codes, column: index, style: .code)
            let value = figures[column.figure]
            switch column.unit {
            case .count, .vnd:
                try book.write(exact: value, sheet: sheet, row: values, column: index, style: .integer)
            case .millionVND:
                try book.write(exact: value, sheet: sheet, row: values, column: index, style: .millions)
            case .squareMetres:
                try book.write(exact: value, divisor: 100, sheet: sheet, row: values, column: index, style: .squareMetres)
            }
        }
        if let heading { try writeSignature(heading, sheet: sheet, from: values + 2, last: last, in: book) }
    }

    /// The national header (left: the governing and the issuing body, the number; right: Quốc hiệu, Tiêu ngữ, the
    /// place and date) over rows 0–2, and a blank row; returns the first row after it. A form narrower than four
    /// columns stacks the two halves.
    private func writeHeading(_ heading: ReportHeading, sheet: String, last: Int, in book: XLSXWorkbook)
        throws(ReportError) -> Int
    {
        let left = [heading.governingBody, heading.body, heading.number]
        let right = [
            DocumentHeading.nation, DocumentHeading.motto, DocumentHeading.dateLine(place: heading.place, on: generatedOn),
        ]
        let styles: [XLSXWorkbook.Style] = [.strong, .strong, .caption]
        let rightStyles: [XLSXWorkbook.Style] = [.strong, .strong, .note]
        if last >= 3 {
            let split = (last + 1) * 2 / 5
            for row in 0..<3 {
                if !left[row].isEmpty {
                    try book.write(
                        left[row], sheet: sheet, row: row, column: 0, lastRow: row, lastColumn: split - 1,
                        style: styles[row])
                }
                try book.write(
                    right[row], sheet: sheet, row: row, column: split, lastRow: row, lastColumn: last,
                    style: rightStyles[row])
            }
            return 4
        }
        var row = 0
        for (text, style) in zip(right + left, rightStyles + styles) where !text.isEmpty {
            try book.write(text, sheet: sheet, row: row, column: 0, lastRow: row, lastColumn: last, style: style)
            row += 1
        }
        return row + 1
    }

    /// The signature block from row `first`: the recipients on the left, the signer's title, the hint and the name
    /// on the right.
    private func writeSignature(_ heading: ReportHeading, sheet: String, from first: Int, last: Int, in book: XLSXWorkbook)
        throws(ReportError)
    {
        let split = last >= 3 ? (last + 1) * 2 / 5 : 0
        let leftLast = max(0, split - 1)
        let signer: [(String, XLSXWorkbook.Style)] = [
            (heading.signerTitle, .strong), (DocumentHeading.signatureHint, .note), ("", .plain), ("", .plain),
            (heading.signerName, .strong),
        ]
        var row = first
        if split > 0 {
            try book.write(DocumentHeading.recipients, sheet: sheet, row: row, column: 0, lastRow: row, lastColumn: leftLast, style: .plain)
            for (offset, recipient) in heading.recipients.enumerated() {
                try book.write(
                    "- \(recipient)", sheet: sheet, row: row + 1 + offset, column: 0, lastRow: row + 1 + offset,
                    lastColumn: leftLast, style: .plain)
            }
        }
        for (text, style) in signer {
            if !text.isEmpty {
                try book.write(text, sheet: sheet, row: row, column: split, lastRow: row, lastColumn: last, style: style)
            }
            row += 1
        }
        if split == 0 {
            try book.write(DocumentHeading.recipients, sheet: sheet, row: row, column: 0, style: .plain)
            for (offset, recipient) in heading.recipients.enumerated() {
                try book.write("- \(recipient)", sheet: sheet, row: row + 1 + offset, column: 0, style: .plain)
            }
        }
    }

    /// How many lines of text each header row needs when its cells wrap in columns `columnWidth` characters wide:
    /// a cell over `span` columns holds about `span × columnWidth − 1` characters a line, and a cell over several
    /// rows shares its lines among them. At least 1 per row.
    static func headerLines(_ layout: HeaderLayout, columnWidth: Int) -> [Int] {
        var lines = Array(repeating: 1, count: layout.rowCount)
        for cell in layout.placements {
            let perLine = max(1, cell.span * columnWidth - 1)
            let words = cell.text.split(separator: " ")
            // Greedy word wrap: a word never splits, so a long word takes a line of its own.
            var count = 1, used = 0
            for word in words {
                let length = word.count
                if used == 0 {
                    used = length
                } else if used + 1 + length <= perLine {
                    used += 1 + length
                } else {
                    count += 1
                    used = length
                }
            }
            let share = (count + cell.rows - 1) / cell.rows
            for row in cell.row..<min(layout.rowCount, cell.row + cell.rows) { lines[row] = max(lines[row], share) }
        }
        return lines
    }

    private func writeFigures(named sheet: String, in book: XLSXWorkbook, language: Language) throws(ReportError) {
        let words = language.words
        try book.addSheet(named: sheet)
        try book.setColumnWidth(sheet: sheet, first: 0, last: 0, width: 50)
        try book.setColumnWidth(sheet: sheet, first: 1, last: 2, width: 20)
        try book.write(words.report, sheet: sheet, row: 0, column: 0, lastRow: 0, lastColumn: 2, style: .title)
        try book.write(
            language.text(for: period), sheet: sheet, row: 1, column: 0, lastRow: 1, lastColumn: 2, style: .caption)
        for (column, caption) in [words.figure, words.value, words.unit].enumerated() {
            try book.write(caption, sheet: sheet, row: 3, column: column, style: .header)
        }
        for (index, name) in figureNames.enumerated() {
            let row = 4 + index
            try book.write(label(for: name, language: language), sheet: sheet, row: row, column: 0, style: .text)
            switch Figure.unit(of: name) {
            case .count:
                try book.write(exact: figures[name], sheet: sheet, row: row, column: 1, style: .integer)
                try book.write(language.caption(for: .count), sheet: sheet, row: row, column: 2, style: .text)
            case .vnd:
                try book.write(exact: figures[name], sheet: sheet, row: row, column: 1, style: .integer)
                try book.write(language.caption(for: .vnd), sheet: sheet, row: row, column: 2, style: .text)
            case .squareDecimetres:
                try book.write(
                    exact: figures[name], divisor: 100, sheet: sheet, row: row, column: 1, style: .squareMetres)
                try book.write(language.caption(for: .squareMetres), sheet: sheet, row: row, column: 2, style: .text)
            }
        }
    }
}

/// Valid, unique Excel sheet names: at most 31 characters, none of `[ ] : * ? / \` (each becomes `-`), no
/// apostrophe at either end, not empty; a repeated name gets ` (2)`, ` (3)`, …
struct XLSXSheetNames {
    private var used: Set<String> = []

    mutating func make(from text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append("[]:*?/\\".unicodeScalars.contains(scalar) ? "-" : scalar)
        }
        var base = String(scalars)
        while base.hasPrefix("'") { base.removeFirst() }
        while base.hasSuffix("'") { base.removeLast() }
        if base.isEmpty { base = "Sheet" }
        var candidate = XLSXSheetNames.truncated(base, to: 31), number = 2
        // Excel compares sheet names without regard to case.
        while used.contains(candidate.lowercased()) {
            let suffix = " (\(number))"
            candidate = XLSXSheetNames.truncated(base, to: 31 - suffix.unicodeScalars.count) + suffix
            number += 1
        }
        used.insert(candidate.lowercased())
        return candidate
    }

    private static func truncated(_ text: String, to count: Int) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.prefix(count))
        return String(scalars)
    }
}
