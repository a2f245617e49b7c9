import Casework

extension PeriodReport {
    /// Writes the report as an Excel workbook (`.xlsx`) at `path`, replacing any file there.
    ///
    /// One sheet per form, named after the form's code (`01/TTr` → `01-TTr`: Excel forbids `/`), then a sheet of
    /// every figure (`Chỉ tiêu` / `Figures`). A form's sheet has: row 1 the code and title, row 2 the period,
    /// row 3 the legal basis (each merged across the form's width); then the form's header with its merged cells;
    /// then the column codes; then the values. Cells hold exact numbers: counts and đồng with format `#,##0`;
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
        try book.setColumnWidth(sheet: sheet, first: 0, last: last, width: 16)
        let lines = ["\(form.code): \(form.title)", language.text(for: period), form.basis]
        for (row, text) in lines.enumerated() where !text.isEmpty {
            try book.write(
                text, sheet: sheet, row: row, column: 0, lastRow: row, lastColumn: last,
                style: row == 0 ? .title : .caption)
        }
        let top = lines.count
        for cell in layout.placements {
            try book.write(
                cell.text, sheet: sheet, row: top + cell.row, column: cell.column,
                lastRow: top + cell.row + cell.rows - 1, lastColumn: cell.column + cell.span - 1, style: .header)
        }
        let codes = top + layout.rowCount, values = codes + 1
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
            try book.write(language.label(for: name), sheet: sheet, row: row, column: 0, style: .text)
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
