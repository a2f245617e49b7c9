public import Casework

/// Everything one period's report shows, as plain values: the renderers (``PeriodReport/renderTable(language:)``,
/// ``PeriodReport/renderCSV(language:byteOrderMark:)``, ``PeriodReport/renderJSON()``,
/// ``PeriodReport/renderHTML(language:)``, ``PeriodReport/writeXLSX(to:language:)``) are pure functions of it.
///
/// The figures come from the store (SQL); the forms, checks and narrative from the rule pack.
public struct PeriodReport: Sendable, Equatable {
    /// The reporting window, half-open: `from ≤ day < before`.
    public var period: ReportPeriod
    /// The period's figures; each value an exact integer (count, đồng or dm²).
    public var figures: PeriodFigures
    /// The official forms in force on the period's last day.
    public var forms: [FormLayout]
    /// The pack's consistency checks over ``figures``.
    public var checks: [FigureCheck]
    /// The pack's paragraph for the written report.
    public var narrative: String
    /// Earlier periods' figures, oldest first, for the chart; renderers use at most the last 12.
    public var history: [PeriodFigures]
    /// The rule pack's hash, so a printed report says which rules made it.
    public var packHash: String
    /// The day the report was made.
    public var generatedOn: CalendarDate
    /// For a filed report, the journal head it was made from (`SEQ:HASH`), printed in the footer.
    public var journalHead: String?
    /// The scopes of its scoped figures (`hanh_chinh:inspections.total`), whose titles label them.
    public var scopes: [FigureScope] = []
    /// The official document's heading and signature block (the pack's `report.heading`); without it the report
    /// prints with a plain title.
    public var heading: ReportHeading?
    /// The pack's words for the codes of the per-category, per-level and per-field figures (``ReportLabels``).
    public var labels: ReportLabels = .empty

    /// Creates a report from plain values; forms, checks, narrative and history default to empty.
    public init(
        period: ReportPeriod, figures: PeriodFigures, forms: [FormLayout] = [], checks: [FigureCheck] = [],
        narrative: String = "", history: [PeriodFigures] = [], packHash: String, generatedOn: CalendarDate
    ) {
        self.period = period
        self.figures = figures
        self.forms = forms
        self.checks = checks
        self.narrative = narrative
        self.history = history
        self.packHash = packHash
        self.generatedOn = generatedOn
    }

    /// The figure names to list, in report order: ``Figure/all`` first, then the scoped figures (scope by scope, in
    /// ``Figure/inspectionFigures`` order), then any other name present in the figures (per-category and
    /// per-level counts), sorted.
    public var figureNames: [String] {
        var listed = Set(Figure.all)
        var names = Figure.all
        let scopeCodes = scopes.map(\.code) + Set(figures.values.keys.compactMap { Figure.splitScoped($0)?.scope })
            .subtracting(scopes.map(\.code)).sorted()
        for code in scopeCodes {
            for figure in Figure.inspectionFigures {
                let name = Figure.scoped(figure, in: code)
                if figures.values[name] != nil, listed.insert(name).inserted { names.append(name) }
            }
        }
        return names + figures.values.keys.filter { !listed.contains($0) }.sorted()
    }

    /// The label of `figure` in `language`: a scoped figure's label names its scope (`Tổng số cuộc thanh tra —
    /// thanh tra hành chính`); a per-category, per-level or per-field figure says the pack's words for its code
    /// (`Số cuộc thanh tra lĩnh vực đất đai`), never the code, when the pack has them (``labels``).
    public func label(for figure: String, language: Language) -> String {
        if let (prefix, entry) = labels.entry(for: figure) {
            let words = language == .vi ? entry.vi : entry.en
            switch (prefix, language) {
            case (Figure.fieldPrefix, .vi): return "Số cuộc thanh tra lĩnh vực \(words)"
            case (Figure.fieldPrefix, .en): return "Inspections in the field of \(words)"
            case (_, .vi): return "Số cuộc thanh tra — \(words)"
            case (_, .en): return "Inspections — \(words)"
            }
        }
        let base = language.label(for: figure)
        guard let (code, _) = Figure.splitScoped(figure) else { return base }
        let scope = scopes.first { $0.code == code }
        let title = scope.map { language == .vi ? $0.vi : $0.en } ?? code
        return "\(base) — \(title)"
    }

    /// The periods the chart shows: the last 12 of ``history``, oldest first.
    public var chartHistory: [PeriodFigures] { Array(history.suffix(12)) }
}
