import Casework
import Foundation
import Inspectorate

// The JSON API's bodies for administration (docs/api.md "Administration"): accounts, roles, legal titles and
// delegations. Dates are `YYYY-MM-DD` (`…On`); a term is closed: its first and its last day are both in it.

/// `POST /api/v1/accounts`.
struct APIAddAccountRequest: Decodable, Sendable {
    var preview: Bool?
    var login: String
    var displayName: String
    /// Role codes (`thanh_tra_vien`, `chanh_thanh_tra`, …), at least one.
    var roles: [String]
    var password: String
}

/// `POST /api/v1/accounts/{login}/disable`.
struct APIPreviewOnlyRequest: Decodable, Sendable {
    var preview: Bool?
}

/// `POST /api/v1/accounts/{login}/roles`.
struct APIRoleChangeRequest: Decodable, Sendable {
    var preview: Bool?
    var role: String
    /// `grant` or `revoke`.
    var action: String
}

/// `POST /api/v1/accounts/{login}/titles`.
struct APITitleAssignmentRequest: Decodable, Sendable {
    var preview: Bool?
    /// The pack's signer title code (`chanh_thanh_tra_so`).
    var title: String
    var startsOn: String
    /// The last day held; without an end when absent.
    var endsOn: String?
}

/// `POST /api/v1/accounts/{login}/delegations`: the account of the path lends its title.
struct APIDelegationRequest: Decodable, Sendable {
    var preview: Bool?
    var title: String
    /// Who receives the title for the term.
    var delegate: String
    var startsOn: String
    var endsOn: String
    /// The written decision (Điều 54 Luật XLVPHC: a delegation is in writing).
    var document: String
    var scope: String?
}

/// An account as administration shows it: the API's account and whether it is active.
struct APIAdminAccount: Encodable, Sendable {
    var login: String
    var displayName: String
    var roles: [String]
    var active: Bool

    init(_ account: Account) {
        login = account.login
        displayName = account.displayName
        roles = account.roles.map(\.rawValue).sorted()
        active = account.isActive
    }

    init(_ draft: NewAccount) {
        login = draft.login
        displayName = draft.displayName
        roles = draft.roles.map(\.rawValue).sorted()
        active = true
    }
}

/// A title assignment as recorded (with its `id`) or as it would be (previewed).
struct APITitleAssignment: Encodable, Sendable {
    var id: Int64?
    var login: String
    var title: String
    var startsOn: CalendarDate
    var endsOn: CalendarDate?
}

/// A delegation as recorded (with its `id`) or as it would be (previewed).
struct APIDelegation: Encodable, Sendable {
    var id: Int64?
    var delegator: String
    var delegate: String
    var title: String
    var startsOn: CalendarDate
    var endsOn: CalendarDate
    var document: String
    var scope: String

    init(id: Int64?, _ new: NewDelegation) {
        self.id = id
        delegator = new.delegator
        delegate = new.delegate
        title = new.title
        startsOn = new.startsOn
        endsOn = new.endsOn
        document = new.document
        scope = new.scope
    }
}

/// The answer of an administration command: `preview` says whether anything was written.
struct APIAdminResult<Extra: Encodable & Sendable>: Encodable, Sendable {
    var preview: Bool
    var result: Extra
}
