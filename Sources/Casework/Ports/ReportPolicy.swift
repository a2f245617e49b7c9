/// The reporting questions the rule pack answers: the period windows, the official forms' layout, the
/// consistency checks and the narrative. Figures themselves come from the store (``ReportStore``).
public protocol ReportPolicy {
    /// The window of `kind` (`monthly`, `quarterly`, `half-year`, `nine-months`, `annual`) named by `spec`.
    ///
    /// - Throws: ``InputError`` (field `period`) when the pack refuses the spec.
    func reportPeriod(kind: String, spec: String) throws -> ReportPeriod

    /// The spec of the period of `kind` just before `spec` (`2026-Q1` → `2025-Q4`), as the pack steps back; `nil`
    /// when there is none.
    ///
    /// - Throws: ``InputError`` (field `period`) when the pack refuses `spec`.
    func reportPeriodBefore(kind: String, spec: String) throws -> String?

    /// The spec of the period of `kind` that holds `day` (the pack's windows need not follow calendar months).
    ///
    /// - Throws: ``InputError`` (field `period`) when no period of `kind` holds it.
    func reportSpec(kind: String, containing day: CalendarDate) throws -> String

    /// The official forms in force on `on` (the period's last day).
    func reportForms(on: CalendarDate) throws -> [FormLayout]

    /// The scopes the forms in force on `on` report apart (``FigureScope``): which inspection categories form 01/TTr
    /// and 02/TTr each count. Empty when the pack has none: every figure then counts every inspection.
    func reportScopes(on: CalendarDate) throws -> [FigureScope]

    /// The printed report's heading and signature block for `period`; `nil` when the pack gives none.
    func reportHeading(for period: ReportPeriod) throws -> ReportHeading?

    /// The words for the inspection categories, levels and fields the figures of a report ending on `on` carry.
    func reportLabels(on: CalendarDate) throws -> ReportLabels

    /// The bodies (cơ quan) that share the store, whose codes cases and inspections carry (``PenaltyCase/body``,
    /// ``Inspection/body``) and a report of one body names (``ReportPeriod/body``): each with its name. Empty when
    /// the store serves one body.
    func reportBodies(on: CalendarDate) throws -> [ReportLabels.Entry]

    /// The consistency checks of a period's figures.
    func reportChecks(_ figures: PeriodFigures) throws -> [FigureCheck]

    /// The narrative paragraph, in `language` (`vi` or `en`).
    func reportNarrative(_ figures: PeriodFigures, language: String) throws -> String
}

extension ReportPolicy {
    /// No scopes: a policy that does not split its forms by inspection category.
    public func reportScopes(on: CalendarDate) throws -> [FigureScope] { [] }

    /// No heading: the report prints without the official document's heading.
    public func reportHeading(for period: ReportPeriod) throws -> ReportHeading? { nil }

    /// No labels: the per-category, per-level and per-field figures print with their codes.
    public func reportLabels(on: CalendarDate) throws -> ReportLabels { .empty }

    /// No bodies: the store serves one body, and no case or inspection names one.
    public func reportBodies(on: CalendarDate) throws -> [ReportLabels.Entry] { [] }
}

/// An official report form (biểu mẫu) as the rule pack lays it out (`report.forms`): merged header rows, and
/// columns mapped to figures. The host never hard-codes a form: the pack decides the layout, and every form reads
/// the same ``PeriodFigures``. See `docs/rule-contract.md`, section "Reports". Filed reports keep the forms they
/// were made with.
///
/// ```swift
/// let form = FormLayout(
///     code: "01/TTr", title: "Tổng hợp kết quả thanh tra hành chính", basis: "Thông tư 01/2024/TT-TTCP",
///     header: [[.init("Số cuộc thanh tra", span: 2)], [.init("Tổng số"), .init("Kỳ trước chuyển sang")]],
///     columns: [.init(code: "1", figure: Figure.total, unit: .count),
///               .init(code: "2", figure: Figure.carriedOver, unit: .count)])
/// ```
public struct FormLayout: Sendable, Codable, Equatable {
    /// One cell of a form's header, possibly merged over several columns and rows.
    public struct HeaderCell: Sendable, Codable, Equatable {
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

    /// One data column: its printed number, the figure it shows and the unit to print it in.
    public struct Column: Sendable, Codable, Equatable {
        /// The column's number as printed under the header, e.g. `1`, `10`, `(3)=(4)+(5)`.
        public var code: String
        /// The figure it shows (a name from ``Figure``), e.g. `inspections.total`.
        public var figure: String
        /// How the value is printed; one of the figure's ``Figure/Unit/formUnits``.
        public var unit: FormUnit

        public init(code: String, figure: String, unit: FormUnit) {
            self.code = code
            self.figure = figure
            self.unit = unit
        }

        private enum CodingKeys: String, CodingKey { case code, figure, unit }

        /// Reads a stored column. A unit no ``FormUnit`` names (a report filed before packs' units were checked)
        /// prints as a count, as it did when it was filed, so a filed report renders as it always has.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            code = try container.decode(String.self, forKey: .code)
            figure = try container.decode(String.self, forKey: .figure)
            unit = FormUnit(rawValue: try container.decode(String.self, forKey: .unit)) ?? .count
        }
    }

    /// The form's number, e.g. `01/TTr`.
    public var code: String
    /// The form's title, e.g. `Tổng hợp kết quả thanh tra hành chính`.
    public var title: String
    /// The legal basis that prescribes the form, e.g. `Thông tư 01/2024/TT-TTCP`.
    public var basis: String
    /// Header rows, top to bottom; each row lists its cells left to right, skipping the columns that a cell of
    /// an earlier row still covers (the HTML table model).
    public var header: [[HeaderCell]]
    /// The data columns, left to right.
    public var columns: [Column]

    public init(code: String, title: String, basis: String, header: [[HeaderCell]], columns: [Column]) {
        self.code = code
        self.title = title
        self.basis = basis
        self.header = header
        self.columns = columns
    }
}

/// One consistency check the rule pack ran over a period's figures (`report.checks`).
public struct FigureCheck: Sendable, Codable, Equatable {
    /// A stable name, e.g. `total_is_carried_over_plus_opened`.
    public var name: String
    /// Whether the figures pass.
    public var isOK: Bool
    /// What the check says, for people.
    public var text: String
    public init(name: String, isOK: Bool, text: String) {
        self.name = name
        self.isOK = isOK
        self.text = text
    }
}

/// The heading and signature block of a printed report (NĐ 30/2020/NĐ-CP Phụ lục I), in the pack's words
/// (`report.heading`): who reports and at which level, the number, the place, the title, who signs and who receives
/// it. The renderers print the national header (Quốc hiệu, Tiêu ngữ) and the date themselves.
public struct ReportHeading: Sendable, Codable, Equatable {
    /// The reporting body, e.g. `Thanh tra tỉnh Nghệ An`.
    public var body: String
    /// The body above it (cơ quan chủ quản), e.g. `UBND TỈNH NGHỆ AN`; empty for none.
    public var governingBody: String
    /// `province` (a body reporting its own work) or `sector` (the whole sector's report), as the pack says.
    public var level: String
    /// The number line, e.g. `Số:        /BC-TTr` (the văn thư writes the number when the report is issued).
    public var number: String
    /// The place before the date, e.g. `Nghệ An`; empty prints the date alone.
    public var place: String
    /// The document's kind, e.g. `BÁO CÁO`, and what it is about, e.g. `Kết quả công tác thanh tra quý 3/2026 …`.
    public var title: String
    public var subtitle: String
    /// The signer's title (`CHÁNH THANH TRA`) and name (empty leaves the line for a hand-written name).
    public var signerTitle: String
    public var signerName: String
    /// The recipients (Nơi nhận), one per line.
    public var recipients: [String]

    public init(
        body: String, governingBody: String = "", level: String, number: String, place: String = "", title: String,
        subtitle: String, signerTitle: String, signerName: String = "", recipients: [String] = []
    ) {
        self.body = body
        self.governingBody = governingBody
        self.level = level
        self.number = number
        self.place = place
        self.title = title
        self.subtitle = subtitle
        self.signerTitle = signerTitle
        self.signerName = signerName
        self.recipients = recipients
    }
}
