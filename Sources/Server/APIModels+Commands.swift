import Casework
import Foundation
import Inspectorate

// The JSON API's answers to commands (docs/api.md): whether anything was written, the case after, and each
// command's own result. Money is integer đồng (`…VND`), dates are `YYYY-MM-DD` (`…On`).

/// The answer of a command: `preview` says whether anything was written; `case` is the case after the command (or,
/// previewed, as it stands), with the command's own result beside it.
struct APICommandResult<Extra: Encodable & Sendable>: Encodable, Sendable {
    var preview: Bool
    var penaltyCase: APICaseSummary?
    var result: Extra

    private enum CodingKeys: String, CodingKey {
        case preview, result
        case penaltyCase = "case"
    }
}

/// `POST /api/v1/subjects/{id}/cases`'s result: the new case's deadline and the pack's assessment as if decided
/// today.
struct APIOpening: Encodable, Sendable {
    var decisionDueOn: CalendarDate
    var violations: [APIViolation]
    var assessment: APIAssessment?
}

/// `POST /api/v1/cases/{id}/payments`'s result.
struct APIPaymentResult: Encodable, Sendable {
    var receipt: String
    var amountVND: VND
    var surchargeVND: VND
    var paidOn: CalendarDate
    var outstandingBeforeVND: VND
    var outstandingAfterVND: VND
    var newState: String
    /// The surcharge owed on the payment day (previews only).
    var surchargeOwedVND: VND?
}

/// `POST /api/v1/cases/{id}/cancellation`'s result.
struct APICancellationResult: Encodable, Sendable {
    var cancelledOn: CalendarDate
    var reason: String
    var newState: String
}

