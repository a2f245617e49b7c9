public import Casework

extension PeriodReport {
    /// The figures as CSV: a header record `figure,label,unit,value`, then one record per figure in
    /// ``figureNames`` order.
    ///
    /// `unit` is `count`, `vnd` (đồng) or `dm2` (square decimetres), from the figure's name; `value` is the exact
    /// integer, without separators, so a spreadsheet or script reads it as a number. RFC 4180: CRLF after every
    /// record, fields with a comma, quote or line break quoted with quotes doubled.
    ///
    /// - Parameters:
    ///   - language: The labels' language.
    ///   - byteOrderMark: Put a UTF-8 BOM first, so that Excel reads the Vietnamese text as UTF-8.
    /// - Returns: The text; write it out as UTF-8 (`Array(text.utf8)`).
    public func renderCSV(language: Language = .vi, byteOrderMark: Bool = false) -> String {
        var records = [["figure", "label", "unit", "value"]]
        for name in figureNames {
            records.append([name, label(for: name, language: language), Figure.unit(of: name).rawValue, String(figures[name])])
        }
        return CSV.document(records, byteOrderMark: byteOrderMark)
    }
}

extension FormLayout {
    /// The form as CSV, one record per grid row, every record ``HeaderLayout/columnCount`` fields wide:
    /// the header rows, then the column codes, then the values.
    ///
    /// Merged header cells are flattened the way spreadsheets export them: the text once, in the cell's top-left
    /// slot, and the other slots it covers left empty (repeating the text would read as separate headings and
    /// double any count a script makes of them). Values are printed as on the paper form, in the column's unit
    /// without the unit name: `1.500.000` (đồng), `1.234,568` (triệu đồng), `1.234,56` (m²), `37` (count).
    ///
    /// - Parameters:
    ///   - figures: The period's figures; a figure the form names but `figures` lacks prints as 0.
    ///   - byteOrderMark: Put a UTF-8 BOM first, for Excel.
    public func renderCSV(figures: PeriodFigures, byteOrderMark: Bool = false) -> String {
        CSV.document(gridRecords(figures: figures), byteOrderMark: byteOrderMark)
    }

    /// Header grid, codes row and values row, each `columnCount` wide (shared with the XLSX writer's tests).
    func gridRecords(figures: PeriodFigures) -> [[String]] {
        let layout = HeaderLayout(self)
        func padded(_ row: [String]) -> [String] {
            row + Array(repeating: "", count: max(0, layout.columnCount - row.count))
        }
        return layout.grid() + [
            padded(columns.map(\.code)),
            padded(columns.map { MoneyText.cell(figures[$0.figure], unit: $0.unit) }),
        ]
    }
}
