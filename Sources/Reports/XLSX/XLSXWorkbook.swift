import CXLSXWriter

/// One libxlsxwriter workbook being written: every C call of Reports lives in this file.
///
/// libxlsxwriter builds the workbook in memory (and temporary files) and writes the `.xlsx` at ``close()``.
/// The object has a single owner and is not `Sendable`; it frees the C workbook in `deinit` if it was not closed.
final class XLSXWorkbook {
    /// How a cell looks; each style becomes one libxlsxwriter format, made on first use.
    enum Style: Hashable {
        /// Bold, larger: the sheet's title.
        case title
        /// Bold, centred, no border: the national header and the issuing body.
        case strong
        /// Italic, centred, no border: the place and date, the signature's hint.
        case note
        /// Left-aligned, wrapped, no border: the recipients.
        case plain
        /// Centred plain text: the period and basis lines.
        case caption
        /// Bold, centred, wrapped, bordered: header cells.
        case header
        /// Italic, centred, bordered: the column codes.
        case code
        /// Bordered plain text: labels.
        case text
        /// Bordered `#,##0`: counts and đồng.
        case integer
        /// Bordered `#,##0.000,,`: đồng shown in triệu đồng (the two trailing commas divide by 10^6 for display
        /// only; the cell keeps the exact đồng).
        case millions
        /// Bordered `#,##0.00`: square metres.
        case squareMetres
    }

    /// The largest integer a spreadsheet number (an IEEE double) holds exactly: 2^53.
    static let largestExactInteger: Int64 = 1 << 53

    let path: String
    private var workbook: UnsafeMutablePointer<lxw_workbook>?
    private var formats: [Style: UnsafeMutablePointer<lxw_format>] = [:]
    private var sheets: [String: UnsafeMutablePointer<lxw_worksheet>] = [:]

    /// Starts a workbook that ``close()`` will write to `path`.
    /// - Throws: ``ReportError`` (`.io`) when libxlsxwriter cannot allocate it.
    init(path: String) throws(ReportError) {
        self.path = path
        guard let workbook = workbook_new(path) else {
            throw ReportError(kind: .io, what: "cannot start the workbook", location: path, hint: "check free memory")
        }
        self.workbook = workbook
    }

    deinit {
        if let workbook { lxw_workbook_free(workbook) }
    }

    /// Adds a sheet; `name` must already be a valid Excel sheet name (see ``XLSXSheetNames``).
    /// - Throws: ``ReportError`` (`.spreadsheet`) when libxlsxwriter refuses the name.
    func addSheet(named name: String) throws(ReportError) {
        guard let workbook, let sheet = workbook_add_worksheet(workbook, name) else {
            throw ReportError(
                kind: .spreadsheet, what: "cannot add a sheet named '\(name)'", location: path,
                hint: "sheet names have at most 31 characters, none of [ ] : * ? / \\, and must be unique")
        }
        sheets[name] = sheet
    }

    /// Sets the width (in characters) of columns `first...last` of `sheet`.
    func setColumnWidth(sheet: String, first: Int, last: Int, width: Int) throws(ReportError) {
        try check(
            worksheet_set_column(try self.sheet(sheet), lxw_col_t(first), lxw_col_t(last), Double(width), nil),
            sheet: sheet, row: 0, column: first)
    }

    /// Sets the height of `row` of `sheet` in points (Excel's default is 15).
    func setRowHeight(sheet: String, row: Int, points: Double) throws(ReportError) {
        try check(worksheet_set_row(try self.sheet(sheet), lxw_row_t(row), points, nil), sheet: sheet, row: row, column: 0)
    }

    /// Sets up `sheet` to print as an official form is filed: A4 landscape (paper 9), fitted to one page wide and
    /// as many tall as it needs, centred, the rows `repeatFirst...repeatLast` repeated at the top of every page, and
    /// `footer` (Excel's codes: `&P` the page, `&N` the pages) at the bottom.
    func setUpPrinting(sheet: String, repeatFirst: Int, repeatLast: Int, footer: String) throws(ReportError) {
        let target = try self.sheet(sheet)
        worksheet_set_landscape(target)
        worksheet_set_paper(target, 9)  // 9 = A4 210 × 297 mm
        worksheet_set_margins(target, 0.5, 0.5, 0.6, 0.6)  // inches
        worksheet_center_horizontally(target)
        worksheet_fit_to_pages(target, 1, 0)  // 1 page wide, as many tall as needed
        try check(
            worksheet_repeat_rows(target, lxw_row_t(repeatFirst), lxw_row_t(repeatLast)), sheet: sheet,
            row: repeatFirst, column: 0)
        try check(worksheet_set_footer(target, footer), sheet: sheet, row: 0, column: 0)
    }

    /// Writes text to one cell (0-based row and column).
    func write(_ text: String, sheet: String, row: Int, column: Int, style: Style) throws(ReportError) {
        let target = try self.sheet(sheet), format = self.format(style)
        try check(
            worksheet_write_string(target, lxw_row_t(row), lxw_col_t(column), text, format),
            sheet: sheet, row: row, column: column)
    }

    /// Writes text over a merged range (inclusive corners); a single cell is written without merging, since
    /// Excel refuses one-cell merges.
    func write(
        _ text: String, sheet: String, row: Int, column: Int, lastRow: Int, lastColumn: Int, style: Style
    ) throws(ReportError) {
        if lastRow == row && lastColumn == column {
            return try write(text, sheet: sheet, row: row, column: column, style: style)
        }
        let target = try self.sheet(sheet), format = self.format(style)
        try check(
            worksheet_merge_range(
                target, lxw_row_t(row), lxw_col_t(column), lxw_row_t(lastRow), lxw_col_t(lastColumn), text, format),
            sheet: sheet, row: row, column: column)
    }

    /// Writes an exact integer (a count, đồng or dm²) as a spreadsheet number.
    ///
    /// `worksheet_write_number` takes a C `double`, which holds every integer up to 2^53 (about 9 × 10^15) exactly.
    /// Larger magnitudes would be rounded, so they are refused rather than written wrong: a report never shows a
    /// value it does not hold. (9 × 10^15 đồng is far above any real amount.)
    /// - Parameter divisor: 1, or 100 to write dm² as m² (a land area, not money; the quotient is the double
    ///   nearest the exact decimal, which Excel shows exactly with its 15 significant digits).
    /// - Throws: ``ReportError`` (`.valueTooLarge`) above 2^53.
    func write(exact value: Int64, divisor: Int64 = 1, sheet: String, row: Int, column: Int, style: Style)
        throws(ReportError)
    {
        guard value.magnitude <= XLSXWorkbook.largestExactInteger.magnitude else {
            throw ReportError(
                kind: .valueTooLarge,
                what: "\(value) is too large for a spreadsheet number (at most 2^53 = 9.007.199.254.740.992)",
                location: "\(path), sheet '\(sheet)', cell \(XLSXWorkbook.cellName(row: row, column: column))",
                hint: "use the CSV or JSON report, which keep every digit")
        }
        let target = try self.sheet(sheet), format = self.format(style)
        let number = Double(value) / Double(divisor)
        try check(
            worksheet_write_number(target, lxw_row_t(row), lxw_col_t(column), number, format),
            sheet: sheet, row: row, column: column)
    }

    /// Writes the `.xlsx` file and frees the workbook.
    /// - Throws: ``ReportError`` (`.io`) when the file cannot be created or written.
    func close() throws(ReportError) {
        guard let workbook else { return }
        self.workbook = nil  // workbook_close frees it, whatever it returns
        let status = workbook_close(workbook)
        guard status == LXW_NO_ERROR else {
            throw ReportError(
                kind: .io, what: "cannot write the workbook (\(XLSXWorkbook.message(status)))", location: path,
                hint: "check that the folder exists and is writable")
        }
    }

    /// `A1`-style name of a 0-based cell: (3, 27) → `AB4`.
    static func cellName(row: Int, column: Int) -> String {
        var letters = "", n = column + 1
        while n > 0 {
            let digit = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + digit))) + letters
            n = (n - 1) / 26
        }
        return letters + String(row + 1)
    }

    // MARK: - Private

    private func sheet(_ name: String) throws(ReportError) -> UnsafeMutablePointer<lxw_worksheet> {
        guard let sheet = sheets[name] else {
            throw ReportError(kind: .spreadsheet, what: "no sheet named '\(name)'", location: path)
        }
        return sheet
    }

    private func check(_ status: lxw_error, sheet: String, row: Int, column: Int) throws(ReportError) {
        guard status != LXW_NO_ERROR else { return }
        throw ReportError(
            kind: .spreadsheet, what: "the spreadsheet library refused a cell (\(XLSXWorkbook.message(status)))",
            location: "\(path), sheet '\(sheet)', cell \(XLSXWorkbook.cellName(row: row, column: column))",
            hint: "check the form's header: merged cells may overlap")
    }

    private static func message(_ status: lxw_error) -> String {
        guard let text = lxw_strerror(status) else { return "error \(status.rawValue)" }
        return String(cString: text)
    }

    private func format(_ style: Style) -> UnsafeMutablePointer<lxw_format>? {
        if let format = formats[style] { return format }
        guard let workbook, let format = workbook_add_format(workbook) else { return nil }
        let centre = UInt8(LXW_ALIGN_CENTER.rawValue), middle = UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue)
        let thin = UInt8(LXW_BORDER_THIN.rawValue)
        switch style {
        case .title:
            format_set_bold(format)
            format_set_font_size(format, 14)
            format_set_align(format, centre)
        case .caption:
            format_set_align(format, centre)
        case .strong:
            format_set_bold(format)
            format_set_align(format, centre)
        case .note:
            format_set_italic(format)
            format_set_align(format, centre)
        case .plain:
            format_set_text_wrap(format)
        case .header:
            format_set_bold(format)
            format_set_align(format, centre)
            format_set_align(format, middle)
            format_set_text_wrap(format)
            format_set_border(format, thin)
        case .code:
            format_set_italic(format)
            format_set_align(format, centre)
            format_set_border(format, thin)
        case .text:
            format_set_border(format, thin)
        case .integer:
            format_set_num_format(format, "#,##0")
            format_set_border(format, thin)
        case .millions:
            format_set_num_format(format, "#,##0.000,,")
            format_set_border(format, thin)
        case .squareMetres:
            format_set_num_format(format, "#,##0.00")
            format_set_border(format, thin)
        }
        formats[style] = format
        return format
    }
}
