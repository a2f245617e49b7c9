import Casework

/// An official report form (biểu mẫu) as the rule pack returns it from `report.forms`.
///
/// The host never hard-codes a form: the pack decides the layout, and every form reads the same
/// ``PeriodFigures``. See `docs/rule-contract.md`, section "Reports".
///
/// ```swift
/// let form = ReportForm(
///     code: "01/TTr", title: "Tổng hợp kết quả thanh tra hành chính", basis: "Thông tư 01/2024/TT-TTCP",
///     header: [[HeaderCell("Số cuộc thanh tra", span: 2)], [HeaderCell("Tổng số"), HeaderCell("Kỳ trước chuyển sang")]],
///     columns: [FormColumn(code: "1", figure: Figure.total, unit: .count),
///               FormColumn(code: "2", figure: Figure.carriedOver, unit: .count)])
/// ```
public struct ReportForm: Sendable, Equatable, Codable {
    /// The form's number, e.g. `01/TTr`.
    public var code: String
    /// The form's title, e.g. `Tổng hợp kết quả thanh tra hành chính`.
    public var title: String
    /// The legal basis that prescribes the form, e.g. `Thông tư 01/2024/TT-TTCP`.
    public var basis: String
    /// Header rows, top to bottom; each row lists its cells left to right, skipping the columns that a cell of
    /// an earlier row still covers (the HTML table model). See ``HeaderLayout``.
    public var header: [[HeaderCell]]
    /// The data columns, left to right: which figure each shows and how.
    public var columns: [FormColumn]

    /// Creates a form from the pack's values.
    public init(code: String, title: String, basis: String, header: [[HeaderCell]], columns: [FormColumn]) {
        self.code = code
        self.title = title
        self.basis = basis
        self.header = header
        self.columns = columns
    }
}

/// One cell of a form's header, possibly merged over several columns and rows.
public struct HeaderCell: Sendable, Equatable, Codable {
    /// The caption.
    public var text: String
    /// How many columns the cell covers; at least 1.
    public var span: Int
    /// How many header rows the cell covers; at least 1.
    public var rows: Int

    /// Creates a cell; `span` and `rows` below 1 are taken as 1.
    public init(_ text: String, span: Int = 1, rows: Int = 1) {
        self.text = text
        self.span = max(1, span)
        self.rows = max(1, rows)
    }
}

/// One data column of a form: its printed number, the figure it shows and the unit to print it in.
public struct FormColumn: Sendable, Equatable, Codable {
    /// The column's number as printed under the header, e.g. `1`, `10`, `(3)=(4)+(5)`.
    public var code: String
    /// The figure's name (``Figure``), e.g. `inspections.total`.
    public var figure: String
    /// How the value is printed.
    public var unit: FormUnit

    /// Creates a column.
    public init(code: String, figure: String, unit: FormUnit) {
        self.code = code
        self.figure = figure
        self.unit = unit
    }
}

/// How a form prints a figure's value. The figure itself stays an exact integer (count, đồng or dm²).
public enum FormUnit: String, Sendable, Equatable, Codable, CaseIterable {
    /// A count: `1.234`.
    case count
    /// Đồng: `1.500.000`.
    case vnd
    /// Triệu đồng from đồng, rounded half away from zero to ``MoneyText/millionDecimals`` places: `1,500`.
    case millionVND = "million_vnd"
    /// Square metres from square decimetres, exact to two places: `1.234,56`.
    case squareMetres = "m2"
}
