/// The reporting questions the rule pack answers: the period windows, the official forms' layout, the
/// consistency checks and the narrative. Figures themselves come from the store (``ReportStore``).
public protocol ReportPolicy {
    /// The window of `kind` (`monthly`, `quarterly`, `half-year`, `nine-months`, `annual`) named by `spec`.
    ///
    /// - Throws: ``InputError`` (field `period`) when the pack refuses the spec.
    func reportPeriod(kind: String, spec: String) throws -> ReportPeriod

    /// The official forms in force on `on` (the period's last day).
    func reportForms(on: CalendarDate) throws -> [FormLayout]

    /// The consistency checks of a period's figures.
    func reportChecks(_ figures: PeriodFigures) throws -> [FigureCheck]

    /// The narrative paragraph, in `language` (`vi` or `en`).
    func reportNarrative(_ figures: PeriodFigures, language: String) throws -> String
}

/// An official form as the pack lays it out: merged header rows, and columns mapped to figures.
public struct FormLayout: Sendable, Codable, Equatable {
    public struct HeaderCell: Sendable, Codable, Equatable {
        public var text: String
        /// Columns the cell spans (≥ 1).
        public var span: Int
        /// Header rows the cell spans (≥ 1).
        public var rows: Int
        public init(text: String, span: Int = 1, rows: Int = 1) {
            self.text = text
            self.span = span
            self.rows = rows
        }
    }
    public struct Column: Sendable, Codable, Equatable {
        /// The column's number on the form ("1", "10").
        public var code: String
        /// The figure it shows (a name from ``Figure``).
        public var figure: String
        /// `count`, `vnd`, `million_vnd` or `m2`.
        public var unit: String
        public init(code: String, figure: String, unit: String) {
            self.code = code
            self.figure = figure
            self.unit = unit
        }
    }
    public var code: String
    public var title: String
    public var basis: String
    public var header: [[HeaderCell]]
    public var columns: [Column]
    public init(code: String, title: String, basis: String, header: [[HeaderCell]], columns: [Column]) {
        self.code = code
        self.title = title
        self.basis = basis
        self.header = header
        self.columns = columns
    }
}

/// One consistency check of a report, as the pack states it.
public struct FigureCheck: Sendable, Codable, Equatable {
    public var name: String
    public var isOK: Bool
    public var text: String
    public init(name: String, isOK: Bool, text: String) {
        self.name = name
        self.isOK = isOK
        self.text = text
    }
}
