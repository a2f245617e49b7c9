import Casework
import Foundation
import Inspectorate

// The JSON API's reports and journal (docs/api.md): a period's figures with their members, the journal's head
// and audit. Money is integer đồng (`…VND`), dates are `YYYY-MM-DD` (`…On`).

/// `GET /api/v1/reports`: the period's figures (each with its label, unit and a link to the records behind it), the
/// pack's checks and narrative, whether it is filed.
struct APIReport: Encodable, Sendable {
    struct Period: Encodable, Sendable {
        var kind: String
        var label: String
        var from: CalendarDate
        var through: CalendarDate
        /// The body whose records a report of one body counts; absent for the whole store.
        var body: String?
    }
    struct Figure: Encodable, Sendable {
        var name: String
        var label: String
        /// `count`, `vnd` or `dm2` (land, square decimetres).
        var unit: String
        var value: Int64
        /// The drill-down: `/api/v1/reports/members?…`.
        var members: String
    }
    struct Check: Encodable, Sendable {
        var ok: Bool
        var text: String
    }

    var period: Period
    var filed: Bool
    var filedOn: CalendarDate?
    var hash: String
    var packHash: String
    var figures: [Figure]
    var checks: [Check]
    var narrative: String
}

/// `GET /api/v1/reports/members`: the records behind a figure, whose values add up to it.
struct APIFigureMembers: Encodable, Sendable {
    struct Member: Encodable, Sendable {
        var kind: String
        var id: Int64
        var label: String
        var value: Int64
        /// The record in the API (cases and payments: the case), when it has one.
        var href: String?
    }
    var figure: String
    var unit: String
    var period: APIReport.Period
    var total: Int64
    var members: [Member]
}

/// `GET /api/v1/journal/head`.
struct APIJournalHead: Encodable, Sendable {
    var sequence: Int64
    var hash: String
}

/// `GET /api/v1/journal/verify`: the chain and every sealed row checked (`journal verify`).
struct APIJournalAudit: Encodable, Sendable {
    struct Finding: Encodable, Sendable {
        var kind: String
        var table: String?
        var rowID: Int64?
        var sequence: Int64?
        var message: String
    }
    var intact: Bool
    var headSequence: Int64
    var headHash: String
    var sealedRows: Int64
    var sealedTables: Int
    var problemCount: Int
    var problems: [Finding]
    var warnings: [Finding]
    var brokenAt: Int64?
    var notChecked: String?
}
