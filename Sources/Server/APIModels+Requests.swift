import Casework
import Foundation
import Inspectorate

// The request bodies of the JSON API (docs/api.md, docs/openapi.yaml); the answers are in APIModels.swift. Money is
// integer đồng (`…VND`), dates are `YYYY-MM-DD` (`…On`).

/// `POST /api/v1/session`.
struct APISignIn: Decodable, Sendable {
    var login: String
    var password: String
}

/// `POST /api/v1/subjects/{id}/cases`.
struct APIOpenCaseRequest: Decodable, Sendable {
    struct Record: Decodable, Sendable {
        var number: String
        /// YYYY-MM-DD; today when absent.
        var madeOn: String?
        var place: String?
    }
    struct Violation: Decodable, Sendable {
        var code: String
        var committedOn: String?
        var endedOn: String?
        var detectedOn: String?
        var illegalGainVND: APIAmount?
    }
    var preview: Bool?
    var record: Record
    var violations: [Violation]
    var mitigating: [String]?
    var aggravating: [String]?
    var isComplex: Bool?
    var explanationRequested: Bool?
    var isMinor: Bool?
    /// The body (cơ quan) that handles the case, when several share the store: a code of the pack's `report.bodies`.
    var body: String?
}

/// `POST /api/v1/cases/{id}/decision`.
struct APIDecideRequest: Decodable, Sendable {
    var preview: Bool?
    var number: String?
    var decidedOn: String?
    var signerTitle: String?
    var signerName: String?
    /// What the decision imposes besides the fine (``Casework/DecisionSanctions``); each absent is none.
    var confiscatedVND: APIAmount?
    var licenceRevocations: Int?
    var activitySuspensions: Int?
    var remedialMeasures: Int?
}

/// `POST /api/v1/cases/{id}/payments`.
struct APIPaymentRequest: Decodable, Sendable {
    var preview: Bool?
    var amountVND: APIAmount
    var surchargeVND: APIAmount?
    var paidOn: String?
    var receipt: String
}

/// `POST /api/v1/cases/{id}/cancellation`.
struct APICancelRequest: Decodable, Sendable {
    var preview: Bool?
    var cancelledOn: String?
    var reason: String
}

/// An amount of đồng in a request: a JSON integer. A fraction (`1.5`) or text is refused naming its field, as a
/// type mismatch at the amount's own coding path.
struct APIAmount: Decodable, Sendable {
    var value: Int64

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        do {
            value = try container.decode(Int64.self)
        } catch {
            throw DecodingError.typeMismatch(
                Int64.self, .init(codingPath: decoder.codingPath, debugDescription: "not a whole number of đồng"))
        }
    }
}
