/// A period report as it was filed upward: every figure, the records behind each, the forms, checks and narrative
/// — frozen, so it renders the same forever, and identified by a SHA-256 over its content.
///
/// `report restatements` compares a filed report's figures and members with what the store says today.
public struct FiledReport: Sendable, Codable, Equatable {
    public var figures: PeriodFigures
    /// Figure name → the records behind it at filing time.
    public var members: [String: [FigureMembers.Member]]
    /// The previous periods' figures, for the chart.
    public var history: [PeriodFigures]
    public var forms: [FormLayout]
    public var checks: [FigureCheck]
    public var narrative: String
    /// `vi` or `en`: the language the narrative and labels were filed in.
    public var language: String
    public var packHash: String
    public var generatedOn: CalendarDate
    /// Set when filed.
    public var filedOn: CalendarDate?
    /// Lowercase hex SHA-256 of the report's canonical JSON with `hash` empty; set when filed.
    public var hash: String
    /// The journal head the report was made from, `SEQ:HASH` (the head entry's sequence and full hash); set when
    /// filed, `nil` on reports filed before thanhtra recorded it. Printed on the report, so that
    /// `thanhtra journal verify --head SEQ:HASH` can later prove the database still holds that entry (a truncated
    /// tail of the journal is caught only against a head kept elsewhere).
    public var journalHead: String?
    /// The scopes its forms were split by (``FigureScope``): which inspection categories `hanh_chinh:…` counted;
    /// `nil` on reports made before forms were split (and then absent from the sealed JSON).
    public var scopes: [FigureScope]?
    /// The heading and signature block it prints with (``ReportHeading``); `nil` on reports made before reports
    /// carried one (and then absent from the sealed JSON).
    public var heading: ReportHeading?
    /// The words its per-category, per-level and per-field figures print with (``ReportLabels``); `nil` on reports
    /// made before reports carried them (and then absent from the sealed JSON).
    public var labels: ReportLabels?

    public init(
        figures: PeriodFigures, members: [String: [FigureMembers.Member]], history: [PeriodFigures], forms: [FormLayout],
        checks: [FigureCheck], narrative: String, language: String, packHash: String, generatedOn: CalendarDate,
        filedOn: CalendarDate? = nil, hash: String = "", journalHead: String? = nil, scopes: [FigureScope]? = nil,
        heading: ReportHeading? = nil, labels: ReportLabels? = nil
    ) {
        self.heading = heading
        self.labels = labels
        self.journalHead = journalHead
        self.scopes = scopes
        self.figures = figures
        self.members = members
        self.history = history
        self.forms = forms
        self.checks = checks
        self.narrative = narrative
        self.language = language
        self.packHash = packHash
        self.generatedOn = generatedOn
        self.filedOn = filedOn
        self.hash = hash
    }

    public var period: ReportPeriod { figures.period }
}

/// One figure a later change moved, with the records that moved it.
public struct Restatement: Sendable, Codable, Equatable {
    public var period: ReportPeriod
    public var figure: String
    public var filed: Int64
    public var now: Int64
    /// Records whose contribution changed: `filed` and `now` are their values then and now (0 when absent).
    public var moved: [Moved]

    public struct Moved: Sendable, Codable, Equatable {
        public var kind: FigureMembers.Kind
        public var id: Int64
        public var label: String
        public var filed: Int64
        public var now: Int64
    }

    /// The figures of `filed` that differ from `current`, with the members that differ.
    public static func compare(_ filed: FiledReport, with current: PeriodFigures, members: [String: [FigureMembers.Member]])
        -> [Restatement]
    {
        let names = Set(filed.figures.values.keys).union(current.values.keys).sorted()
        var out: [Restatement] = []
        for name in names where filed.figures[name] != current[name] {
            struct Key: Hashable { var kind: FigureMembers.Kind; var id: Int64; var label: String }
            var then: [Key: Int64] = [:]
            var now: [Key: Int64] = [:]
            for m in filed.members[name] ?? [] { then[Key(kind: m.kind, id: m.id, label: m.label), default: 0] += m.value }
            for m in members[name] ?? [] { now[Key(kind: m.kind, id: m.id, label: m.label), default: 0] += m.value }
            let moved = Set(then.keys).union(now.keys)
                .filter { then[$0, default: 0] != now[$0, default: 0] }
                .sorted { ($0.kind.rawValue, $0.id, $0.label) < ($1.kind.rawValue, $1.id, $1.label) }
                .map { Moved(kind: $0.kind, id: $0.id, label: $0.label, filed: then[$0, default: 0], now: now[$0, default: 0]) }
            out.append(Restatement(period: filed.period, figure: name, filed: filed.figures[name], now: current[name], moved: moved))
        }
        return out
    }
}

/// Filed reports in the store.
public protocol FiledReportStore: Sendable {
    /// Files `report` (its hash computed by the caller), journaled as `report file` with the hash.
    ///
    /// - Throws: ``StoreError`` `.duplicate` when that period is already filed: a filed report never changes.
    func fileReport(_ report: FiledReport, context: CommandContext) throws
    /// The filed report of a period, if any.
    func filedReport(kind: String, label: String) throws -> FiledReport?
    /// Every filed report, oldest period first.
    func filedReports() throws -> [FiledReport]
}
