/// A recommendation of an inspection (kiến nghị), with the follow-up records of what was actually done about it.
///
/// Each ``Kind`` uses its own figures and leaves the others zero:
///
/// | kind | figures |
/// | --- | --- |
/// | ``Kind/recovery`` (thu hồi về ngân sách nhà nước) | money, land |
/// | ``Kind/otherFinancial`` (xử lý khác về kinh tế) | money, land |
/// | ``Kind/handling`` (xử lý hành chính, trách nhiệm: tập thể, cá nhân) | collectives, persons, names |
/// | ``Kind/transfer`` (chuyển cơ quan điều tra) | cases, persons |
/// | ``Kind/policy`` (hoàn thiện cơ chế, chính sách, pháp luật) | documents |
///
/// A handling recommendation also says how the collectives and persons are to be handled (``Handling``): reports
/// count kiểm điểm rút kinh nghiệm, xử lý kỷ luật and xử lý hành chính apart.
public struct Recommendation: Sendable, Codable, Equatable, Identifiable {
    public typealias ID = Tagged<Recommendation, Int64>

    /// What the recommendation asks for.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// Recover money or land to the state budget.
        case recovery
        /// Other financial handling: reduce a settlement, cut an allocation, repair.
        case otherFinancial
        /// Review responsibility of, or discipline, collectives and persons.
        case handling
        /// Transfer cases to the investigation agency.
        case transfer
        /// Improve mechanisms, policies and law (kiến nghị hoàn thiện cơ chế, chính sách, pháp luật): documents
        /// (văn bản) to issue, amend or repeal, counted in documents recommended and documents done (TT 02/2021
        /// Mẫu số 01, legal-vn.md §2.6, §3.3 A column 18).
        case policy
    }

    /// How a handling recommendation asks the collectives and persons to be handled (hình thức xử lý, the classes
    /// the inspection reports count apart: TT 02/2021 Mẫu số 01, legal-vn.md §2.6).
    ///
    /// A handling recommendation recorded before the classes existed has none (`nil`) and keeps the meaning it was
    /// reported with: xử lý hành chính (``administrative``).
    public enum Handling: String, Sendable, Codable, CaseIterable {
        /// Review of responsibility and drawing lessons (kiểm điểm rút kinh nghiệm, kiểm điểm trách nhiệm).
        case review
        /// Disciplinary handling (xử lý kỷ luật) under the law on cadres, civil servants and public employees.
        case discipline
        /// Other administrative handling (xử lý hành chính), and every handling recommendation without a class.
        case administrative
    }

    public var id: ID
    public var inspectionID: Inspection.ID
    public var kind: Kind
    /// The finding it answers, when there is one.
    public var findingID: Finding.ID?
    /// The subject it is addressed to, when there is one; one of the inspection's subjects.
    public var subjectID: Subject.ID?
    public var description: String
    /// The figures recommended.
    public var figures: RecommendationFigures
    /// Names of the collectives and persons to handle, when the conclusion names them; optional.
    public var names: [String]
    /// How a ``Kind/handling`` recommendation asks them to be handled; `nil` for the other kinds, and for a handling
    /// recommendation recorded without one (reported as ``Handling/administrative``).
    public var handling: Handling?
    /// What was actually done, in the order recorded.
    public var followUps: [FollowUp]

    public init(
        id: ID, inspectionID: Inspection.ID, kind: Kind, findingID: Finding.ID? = nil, subjectID: Subject.ID? = nil,
        description: String, figures: RecommendationFigures, names: [String] = [], handling: Handling? = nil,
        followUps: [FollowUp] = []
    ) {
        self.id = id
        self.inspectionID = inspectionID
        self.kind = kind
        self.findingID = findingID
        self.subjectID = subjectID
        self.description = description
        self.figures = figures
        self.names = names
        self.handling = handling
        self.followUps = followUps
    }

    /// The class a report counts a handling recommendation in: its own, or ``Handling/administrative`` when it has
    /// none; `nil` for the other kinds.
    public var reportedHandling: Handling? {
        kind == .handling ? (handling ?? .administrative) : nil
    }
}

/// The figures of a recommendation or a follow-up: money, land and counts. Those its kind does not use are zero.
public struct RecommendationFigures: Sendable, Codable, Equatable {
    public var amountVND: VND
    public var landArea: LandArea
    /// Collectives (tập thể, tổ chức) to handle / handled.
    public var collectives: Int
    /// Persons (cá nhân) to handle / handled; for a transfer, the persons (đối tượng) transferred / prosecuted.
    public var persons: Int
    /// Cases (vụ) transferred to investigation / accepted (khởi tố).
    public var cases: Int
    /// Documents (văn bản) of a policy recommendation: to issue, amend or repeal / issued, amended or repealed.
    public var documents: Int

    public init(
        amountVND: VND = .zero, landArea: LandArea = .zero, collectives: Int = 0, persons: Int = 0, cases: Int = 0,
        documents: Int = 0
    ) {
        self.amountVND = amountVND
        self.landArea = landArea
        self.collectives = collectives
        self.persons = persons
        self.cases = cases
        self.documents = documents
    }

    /// Nothing at all.
    public static let zero = RecommendationFigures()

    /// Every figure added.
    ///
    /// - Throws: ``MoneyError/overflow`` when a sum does not fit.
    public func adding(_ other: RecommendationFigures) throws(MoneyError) -> RecommendationFigures {
        func add(_ a: Int, _ b: Int) throws(MoneyError) -> Int {
            let (sum, overflow) = a.addingReportingOverflow(b)
            guard !overflow else { throw .overflow }
            return sum
        }
        return RecommendationFigures(
            amountVND: try amountVND.adding(other.amountVND), landArea: try landArea.adding(other.landArea),
            collectives: try add(collectives, other.collectives), persons: try add(persons, other.persons),
            cases: try add(cases, other.cases), documents: try add(documents, other.documents))
    }
}

extension RecommendationFigures {
    private enum CodingKeys: String, CodingKey {
        case amountVND, landArea, collectives, persons, cases, documents
    }

    /// Reads the figures; `documents` is absent from everything written before policy recommendations (zero).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            amountVND: try container.decode(VND.self, forKey: .amountVND),
            landArea: try container.decode(LandArea.self, forKey: .landArea),
            collectives: try container.decode(Int.self, forKey: .collectives),
            persons: try container.decode(Int.self, forKey: .persons), cases: try container.decode(Int.self, forKey: .cases),
            documents: try container.decodeIfPresent(Int.self, forKey: .documents) ?? 0)
    }

    /// Writes the figures; `documents` only when not zero, so that the JSON of every other kind (journal payloads,
    /// `--format json` answers) stays as it was before policy recommendations.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(amountVND, forKey: .amountVND)
        try container.encode(landArea, forKey: .landArea)
        try container.encode(collectives, forKey: .collectives)
        try container.encode(persons, forKey: .persons)
        try container.encode(cases, forKey: .cases)
        if documents != 0 { try container.encode(documents, forKey: .documents) }
    }
}

/// A follow-up record (theo dõi, đôn đốc): what was actually done about a recommendation, and when.
///
/// For a recovery, the money paid to the state budget (with its receipt) and land returned; for a handling, the
/// collectives and persons actually handled; for a transfer, the cases and persons the investigation agency
/// accepted (khởi tố); for a policy recommendation, the documents issued, amended or repealed.
public struct FollowUp: Sendable, Codable, Equatable, Identifiable {
    public typealias ID = Tagged<FollowUp, Int64>

    public var id: ID
    public var recommendationID: Recommendation.ID
    /// The day it was done: money paid in, a disciplinary decision issued, a transfer accepted.
    public var doneOn: CalendarDate
    public var figures: RecommendationFigures
    /// The treasury receipt or document number; required for money recovered, unique across follow-ups.
    public var receipt: String?
    public var note: String
    /// Why more than recommended was recorded, when it was explicitly allowed; `nil` otherwise.
    public var overReason: String?

    public init(
        id: ID, recommendationID: Recommendation.ID, doneOn: CalendarDate, figures: RecommendationFigures,
        receipt: String? = nil, note: String = "", overReason: String? = nil
    ) {
        self.id = id
        self.recommendationID = recommendationID
        self.doneOn = doneOn
        self.figures = figures
        self.receipt = receipt
        self.note = note
        self.overReason = overReason
    }
}

extension Recommendation {
    /// What the follow-ups have done so far, added up.
    public var done: RecommendationFigures {
        // Stored figures were each checked when recorded; a sum that overflows Int64 cannot be stored either.
        (try? followUps.reduce(RecommendationFigures.zero) { try $0.adding($1.figures) }) ?? figures
    }

    /// Recovered ÷ recommended money, in basis points (10 000 = 100 %), rounded down; `nil` when nothing was
    /// recommended in money.
    public var recoveryRateBasisPoints: Int64? {
        RecoveryRate.basisPoints(done: done.amountVND, of: figures.amountVND)
    }
}

/// The recovery rate (tỷ lệ thu hồi) = recovered ÷ recommended.
public enum RecoveryRate {
    /// `done ÷ recommended` in basis points (10 000 = 100 %), rounded down; `nil` when `recommended` is zero.
    /// Above 10 000 when more was recovered than recommended (allowed with a reason).
    public static func basisPoints(done: VND, of recommended: VND) -> Int64? {
        guard recommended.rawValue > 0 else { return nil }
        // Absurd ratios (more than 922 trillion times the recommendation) saturate instead of trapping.
        guard done.rawValue / recommended.rawValue < Int64.max / 10_000 else { return Int64.max }
        // The full-width product cannot overflow, and the guard keeps the quotient within Int64.
        let product = done.rawValue.multipliedFullWidth(by: 10_000)
        return recommended.rawValue.dividingFullWidth(product).quotient
    }
}
