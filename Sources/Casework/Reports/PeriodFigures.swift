/// How a form prints a figure's value. The figure itself stays an exact integer (count, đồng or dm²).
public enum FormUnit: String, Sendable, Equatable, Codable, CaseIterable {
    /// A count: `1.234`.
    case count
    /// Đồng: `1.500.000`.
    case vnd
    /// Triệu đồng from đồng, rounded half away from zero to three places: `1,500`.
    case millionVND = "million_vnd"
    /// Square metres from square decimetres, exact to two places: `1.234,56`.
    case squareMetres = "m2"
}

/// A part of the inspections that a form reports on its own, as the pack names it (`report.scopes`): form 01/TTr
/// counts only administrative inspections, form 02/TTr only specialized ones. A scope is a list of inspection
/// categories (the pack's codes, e.g. `hanh_chinh`); under the 2025 law's single category the pack's settings say
/// which form its inspections go to. Every figure of ``Figure/inspectionFigures`` restricted to a scope is reported
/// as ``Figure/scoped(_:in:)`` (`hanh_chinh:inspections.total`), with its own drill-down.
public struct FigureScope: Sendable, Codable, Equatable {
    /// The scope's code, the prefix of its figures (`hanh_chinh`); no `:`.
    public var code: String
    /// What people read: `thanh tra hành chính` / `administrative inspection`.
    public var vi: String
    public var en: String
    /// The inspection categories it covers (the pack's codes); an inspection counts in a scope when its category
    /// is one of these.
    public var categories: [String]

    public init(code: String, vi: String, en: String, categories: [String]) {
        self.code = code
        self.vi = vi
        self.en = en
        self.categories = categories
    }
}

/// The figures of one period: every value an exact integer, with what it counts (ids) for drill-down.
public struct PeriodFigures: Sendable, Codable, Equatable {
    public var period: ReportPeriod
    /// Figure name → value (count, đồng or dm²).
    public var values: [String: Int64]

    public init(period: ReportPeriod, values: [String: Int64]) {
        self.period = period
        self.values = values
    }

    public subscript(_ name: String) -> Int64 { values[name] ?? 0 }
}

/// What stands behind one figure: the inspections, penalty cases, findings, recommendations or follow-ups.
public struct FigureMembers: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable { case inspection, penaltyCase, finding, recommendation, followUp, payment }
    public struct Member: Sendable, Codable, Equatable {
        public var kind: Kind
        public var id: Int64
        /// The member's contribution to the figure (1 for counts, the amount for money and land).
        public var value: Int64
        /// A short description for people: the case's record number, the inspection's content.
        public var label: String
        public init(kind: Kind, id: Int64, value: Int64, label: String) {
            self.kind = kind
            self.id = id
            self.value = value
            self.label = label
        }
    }
    public var figure: String
    public var period: ReportPeriod
    public var members: [Member]
    public init(figure: String, period: ReportPeriod, members: [Member]) {
        self.figure = figure
        self.period = period
        self.members = members
    }
}

/// The store's side of reports: figures and their drill-down members.
///
/// **The figure contract.** For every store, every figure of ``Figure/all`` and every period (a single day, a
/// month, a year, any half-open range `[from, before)`):
///
/// ```
/// figures(for: period)[name] == members(of: name, in: period).members.reduce(0) { $0 + $1.value }
/// ```
///
/// A figure's value is the sum of its members' values (1 for a count, đồng for money, dm² for land), computed
/// from the records as they stand when asked; ``figures(for:named:)`` agrees with ``figures(for:)`` on every name
/// it returns. How a store keeps a figure fast over millions of cases (SQLite keeps daily rollups maintained by
/// triggers, docs/performance.md) is its own business and never shows in a value. The store conformance suite
/// (`Tests/StoreConformanceTests`, `ReportFigureConformanceTests`) checks the rule on random histories for
/// every day and period.
public protocol ReportStore: Sendable {
    /// Every figure of ``Figure/all`` plus per-category and per-level counts, for `period`.
    ///
    /// Each value of ``Figure/all`` equals the sum of ``members(of:in:)``'s values (the figure contract above).
    func figures(for period: ReportPeriod) throws -> PeriodFigures
    /// The records behind `figure` in `period`: the sum of their values equals the figure (the figure contract).
    func members(of figure: String, in period: ReportPeriod) throws -> FigureMembers
    /// Only the fixed figures `names` (of ``Figure/all``) for `period`, each equal to its value in
    /// ``figures(for:)``; others are absent.
    func figures(for period: ReportPeriod, named names: [String]) throws -> PeriodFigures
    /// ``figures(for:named:)`` for each of `periods`, in their order: a report's history, read together (SQLite reads
    /// them in one transaction, each statement compiled once for all the periods).
    func figures(for periods: [ReportPeriod], named names: [String]) throws -> [PeriodFigures]
    /// The figures of ``Figure/inspectionFigures``, under their plain names, counting only the inspections whose
    /// category is one of `categories` (and what they found, recommended and followed up). The figure contract
    /// holds for each with ``members(of:in:categories:)``; a category no inspection has gives zeros.
    func figures(for period: ReportPeriod, categories: [String]) throws -> PeriodFigures
    /// The records behind `figure` (one of ``Figure/inspectionFigures``) in `period`, counting only the inspections
    /// whose category is one of `categories`: their values add up to that figure of
    /// ``figures(for:categories:)``.
    func members(of figure: String, in period: ReportPeriod, categories: [String]) throws -> FigureMembers
    /// ``figures(for:)`` and ``figures(for:categories:)`` for each of `scopes` (lists of categories), in their order:
    /// what a report with scopes reads, equal to the separate calls (SQLite reads them in one transaction and the
    /// figures whose members add up by category in one statement each).
    func figures(for period: ReportPeriod, scopes: [[String]]) throws -> (all: PeriodFigures, scoped: [PeriodFigures])
}

extension ReportStore {
    /// Computes every figure and keeps `names`; stores that can compute fewer override it.
    public func figures(for period: ReportPeriod, named names: [String]) throws -> PeriodFigures {
        let all = try figures(for: period)
        return PeriodFigures(period: period, values: all.values.filter { names.contains($0.key) })
    }

    /// ``figures(for:)``, then ``figures(for:categories:)`` for each scope; stores that can read them together
    /// override it.
    public func figures(for period: ReportPeriod, scopes: [[String]]) throws
        -> (all: PeriodFigures, scoped: [PeriodFigures])
    {
        (try figures(for: period), try scopes.map { try figures(for: period, categories: $0) })
    }

    /// One ``figures(for:named:)`` after the other; stores that can read them together override it.
    public func figures(for periods: [ReportPeriod], named names: [String]) throws -> [PeriodFigures] {
        try periods.map { try figures(for: $0, named: names) }
    }
}

extension Subject.Kind {
    /// The kinds an official form counts in its "tổ chức" (organizations) columns: organizations only.
    public static let countedAsOrganizations: [Subject.Kind] = [.organization]
    /// The kinds an official form counts in its "cá nhân" (individuals) columns: persons, household businesses,
    /// family households and residential communities, which the law fines as individuals (NĐ 36/2020 Điều 5 k1 for
    /// household businesses; NĐ 118/2021 Điều 5 k2, unconfirmed, for all three: the default of the pack's
    /// `penalty.settings.fined_as`) and none of which is a legal person (tổ chức). The column is who the violator is,
    /// not the frame its fine was set in: a pack that fines a family household as an organization doubles its fine
    /// and leaves it in these columns (docs/report-fields.md, "Family households and residential communities").
    public static let countedAsIndividuals: [Subject.Kind] = [.person, .household, .family, .community]
}
