import Casework
import Foundation
import Inspectorate

// The JSON API's bodies for an inspection's results (findings, recommendations, follow-ups) and the plan load
// (docs/api.md "Inspections and the plan"). Money is integer đồng (`…VND`), land whole square decimetres
// (`…DM2`, 1 m² = 100 dm²), dates `YYYY-MM-DD` (`…On`).

/// A recommendation's or a follow-up's figures in a request; each absent figure is 0.
struct APIFiguresRequest: Decodable, Sendable {
    var amountVND: APIAmount?
    var landAreaDM2: APIAmount?
    var collectives: Int?
    var persons: Int?
    var cases: Int?
}

/// `POST /api/v1/inspections/{id}/findings`.
struct APIFindingRequest: Decodable, Sendable {
    var preview: Bool?
    var subjectID: Int64
    var description: String
    /// The category's code; the pack classifies the finding when absent.
    var category: String?
    var amountVND: APIAmount?
    var landAreaDM2: APIAmount?
}

/// `POST /api/v1/inspections/{id}/recommendations`.
struct APIRecommendationRequest: Decodable, Sendable {
    var preview: Bool?
    /// `recovery`, `otherFinancial`, `handling`, `transfer`.
    var kind: String
    var findingID: Int64?
    var subjectID: Int64?
    var description: String
    var figures: APIFiguresRequest?
    var names: [String]?
    /// For `handling`: `review`, `discipline`, `administrative`.
    var handling: String?
}

/// `POST /api/v1/inspections/{id}/recommendations/{recommendationID}/follow-ups`.
struct APIFollowUpRequest: Decodable, Sendable {
    var preview: Bool?
    /// Today when absent.
    var doneOn: String?
    var figures: APIFiguresRequest?
    var receipt: String?
    var note: String?
    /// The reason to record more than recommended (refused without it).
    var allowOver: String?
}

/// `POST /api/v1/plan`.
struct APIPlanLoadRequest: Decodable, Sendable {
    var preview: Bool?
    var year: Int
    /// Apply a plan that differs from the stored one (its first load is applied without it).
    var apply: Bool?
}

/// Figures as the API shows them.
struct APIFigures: Encodable, Sendable {
    var amountVND: VND
    var landAreaDM2: Int64
    var collectives: Int
    var persons: Int
    var cases: Int

    init(_ figures: RecommendationFigures) {
        amountVND = figures.amountVND
        landAreaDM2 = figures.landArea.rawValue
        collectives = figures.collectives
        persons = figures.persons
        cases = figures.cases
    }
}

/// A finding as recorded (with its `id`) or as it would be (previewed: no `id`), the pack's category and what it
/// suggests recommending.
struct APIFindingResult: Encodable, Sendable {
    struct Suggestion: Encodable, Sendable {
        var recoveryVND: VND
        var otherFinancialVND: VND
        var landAreaDM2: Int64
        var steps: [APIStep]
    }
    var id: Int64?
    var subjectID: Int64
    var description: String
    var category: String
    var categoryTitle: String
    var amountVND: VND
    var landAreaDM2: Int64
    var suggestion: Suggestion

    init(id: Int64?, _ finding: NewFinding, categoryTitle: String, suggestion: RecoveryAnswer) {
        self.id = id
        subjectID = finding.subjectID.rawValue
        description = finding.description
        category = finding.category
        self.categoryTitle = categoryTitle
        amountVND = finding.amountVND
        landAreaDM2 = finding.landArea.rawValue
        self.suggestion = Suggestion(
            recoveryVND: suggestion.recoveryVND, otherFinancialVND: suggestion.otherFinancialVND,
            landAreaDM2: suggestion.landArea.rawValue, steps: suggestion.steps.map(APIStep.init))
    }
}

/// A recommendation as recorded (with its `id`) or as it would be (previewed).
struct APIRecommendationResult: Encodable, Sendable {
    var id: Int64?
    var kind: String
    var findingID: Int64?
    var subjectID: Int64?
    var description: String
    var figures: APIFigures
    var names: [String]
    var handling: String?

    init(id: Int64?, _ new: NewRecommendation) {
        self.id = id
        kind = new.kind.rawValue
        findingID = new.findingID?.rawValue
        subjectID = new.subjectID?.rawValue
        description = new.description
        figures = APIFigures(new.figures)
        names = new.names
        handling = new.handling?.rawValue
    }
}

/// A follow-up as recorded (with its `id`) or as it would be (previewed).
struct APIFollowUpResult: Encodable, Sendable {
    var id: Int64?
    var recommendationID: Int64
    var doneOn: CalendarDate
    var figures: APIFigures
    var receipt: String?
    var note: String
    var overReason: String?

    init(id: Int64?, recommendation: Recommendation.ID, _ new: NewFollowUp) {
        self.id = id
        recommendationID = recommendation.rawValue
        doneOn = new.doneOn
        figures = APIFigures(new.figures)
        receipt = new.receipt
        note = new.note
        overReason = new.overReason
    }
}

/// What a plan load did (or, previewed, would do): the entries added, changed and removed by key, how many are
/// unchanged, whether it was applied, the scheduled inspections it created, and the pack's notices.
struct APIPlanLoadResult: Encodable, Sendable {
    /// A problem the pack reports, or an entry colliding with another inspection of the year.
    struct Notice: Encodable, Sendable {
        var kind: String
        var code: String?
        var message: String
        var entryKey: String?
        var inspectionID: Int64?

        init(_ notice: PlanNotice) {
            switch notice {
            case .problem(let problem):
                kind = "problem"
                code = problem.code
                message = problem.message
            case .collision(let key, let collision, _):
                kind = "collision"
                message = collision.message
                entryKey = key
                inspectionID = collision.inspectionID.rawValue
            }
        }
    }
    struct Created: Encodable, Sendable {
        var entryKey: String
        var inspectionID: Int64
    }
    var year: Int
    var applied: Bool
    var added: [String]
    var changed: [String]
    var removed: [String]
    var unchanged: Int
    var created: [Created]
    var notices: [Notice]

    init(year: Int, diff: PlanDiff, applied: Bool, created: [PlanLoadResult.Link], notices: [PlanNotice]) {
        self.year = year
        self.applied = applied
        added = diff.added.map(\.key)
        changed = diff.changed.map(\.new.key)
        removed = diff.removed.map(\.key)
        unchanged = diff.unchanged
        self.created = created.map { Created(entryKey: $0.entryKey, inspectionID: $0.inspectionID.rawValue) }
        self.notices = notices.map(Notice.init)
    }
}
