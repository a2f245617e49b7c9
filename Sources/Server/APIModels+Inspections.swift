import Casework
import Foundation
import Inspectorate

// The JSON API's inspections, plan, the case steps after the decision and filing (docs/api.md): requests first, then
// answers. Dates are `YYYY-MM-DD` (`…On`), money integer đồng (`…VND`).

/// `POST /api/v1/cases/{id}/delivery`: the day the violator received the decision (today when absent).
struct APIDeliveryRequest: Decodable, Sendable {
    var preview: Bool?
    var receivedOn: String?
}

/// `POST /api/v1/cases/{id}/extension`: more days to decide (Điều 66), with the reason.
struct APIExtensionRequest: Decodable, Sendable {
    var preview: Bool?
    var days: Int
    var reason: String
}

/// `POST /api/v1/cases/{id}/installments`: the installment plan (Điều 79).
struct APIInstallmentsRequest: Decodable, Sendable {
    struct Item: Decodable, Sendable {
        var dueOn: String
        var amountVND: APIAmount
    }
    var preview: Bool?
    var installments: [Item]
}

/// `POST /api/v1/cases/{id}/postponement`: a postponement of payment (Điều 76), first to last day.
struct APIPostponementRequest: Decodable, Sendable {
    var preview: Bool?
    var fromOn: String?
    var untilOn: String
    var reason: String
}

/// `POST /api/v1/inspections`: opening an unscheduled or regular inspection.
struct APIOpenInspectionRequest: Decodable, Sendable {
    struct Ground: Decodable, Sendable {
        var kind: String
        var reference: String
    }
    var preview: Bool?
    var mode: String
    var category: String
    var level: String
    var ground: Ground?
    var content: String
    var field: String?
    var leadUnit: String
    var subjects: [Int64]?
    var openedOn: String?
    /// The body (cơ quan) that conducts it, when several share the store: a code of the pack's `report.bodies`.
    var body: String?
}

/// `POST /api/v1/inspections/{id}/steps`: one lifecycle step (`step`), on `on` (today when absent), with what that
/// step takes: `decision` and `subjects` (decide), `days` and `reason` (extend), `reason` (suspend), `number`
/// (conclude).
struct APIInspectionStepRequest: Decodable, Sendable {
    struct Decision: Decodable, Sendable {
        var number: String
        var decidedOn: String?
        var signerTitle: String
        var signerName: String
        var teamLead: String
        var members: [String]?
    }
    var preview: Bool?
    var step: String
    var on: String?
    var decision: Decision?
    var subjects: [Int64]?
    var days: Int?
    var reason: String?
    var number: String?
}

/// `POST /api/v1/reports/filing`: files a period that has ended (monthly and the current reporting month by
/// default, as `GET /api/v1/reports`).
struct APIFileReportRequest: Decodable, Sendable {
    var preview: Bool?
    var kind: String?
    var spec: String?
}

/// What a case step after the decision recorded (or, previewed, would record): the command, the state after it and
/// the step's own values — what the pack computed included (the payment due day, the new decision deadline).
struct APICaseStepResult: Encodable, Sendable {
    var command: String
    var newState: String
    var receivedOn: CalendarDate?
    var paymentDueOn: CalendarDate?
    var decisionDueOn: CalendarDate?
    var extensionDays: Int?
    var reason: String?
    var installments: [Installment]?
    var postponement: Postponement?

    init(command: String, update: CaseUpdate) {
        self.command = command
        newState = update.newState.rawValue
        switch update.event {
        case .delivered(let receivedOn, let paymentDueOn):
            self.receivedOn = receivedOn
            self.paymentDueOn = paymentDueOn
        case .decisionDeadlineExtended(let newDueOn, let days, let reason):
            decisionDueOn = newDueOn
            extensionDays = days
            self.reason = reason
        case .installmentsApproved(let installments): self.installments = installments
        case .postponed(let postponement): self.postponement = postponement
        case .decided, .paid, .cancelled: break
        }
    }
}

/// An inspection in a list.
struct APIInspectionSummary: Encodable, Sendable {
    var id: Int64
    var mode: String
    var category: String
    var level: String
    var content: String
    var field: String
    var leadUnit: String
    var openedOn: CalendarDate
    var state: String
    var decisionNumber: String?

    init(_ inspection: Inspection) {
        id = inspection.id.rawValue
        mode = inspection.mode.rawValue
        category = inspection.category
        level = inspection.level
        content = inspection.content
        field = inspection.field
        leadUnit = inspection.leadUnit
        openedOn = inspection.openedOn
        state = inspection.state.rawValue
        decisionNumber = inspection.decision?.number
    }
}

/// One deadline of an inspection and whether it was met: `met`, `late` (by `days`), `due` (in `days`) or `overdue`
/// (by `days`), as `inspection show` says it.
struct APIInspectionDeadline: Encodable, Sendable {
    var name: String
    var dueOn: CalendarDate
    var doneOn: CalendarDate?
    var status: String
    var days: Int

    /// The inspection's deadlines, in order: on-site work, result report, conclusion.
    static func all(_ inspection: Inspection, today: CalendarDate) -> [APIInspectionDeadline] {
        let timeline = inspection.timeline
        let rows: [(String, CalendarDate?, CalendarDate?)] = [
            ("onsite", inspection.deadlines.onsiteDueOn, timeline.onsiteEndedOn),
            ("report", inspection.deadlines.reportDueOn, timeline.reportedOn),
            ("conclusion", inspection.deadlines.conclusionDueOn, timeline.conclusion?.concludedOn),
        ]
        return rows.compactMap { name, due, done -> APIInspectionDeadline? in
            guard let due else { return nil }
            if let done {
                let late = due.days(to: done)
                return APIInspectionDeadline(
                    name: name, dueOn: due, doneOn: done, status: late > 0 ? "late" : "met", days: max(0, late))
            }
            let left = today.days(to: due)
            return APIInspectionDeadline(
                name: name, dueOn: due, doneOn: nil, status: left < 0 ? "overdue" : "due", days: abs(left))
        }
    }
}

/// `GET /api/v1/inspections/{id}`: the inspection with its subjects, decision (and team), dated steps, deadlines and
/// how many findings and recommendations it has.
struct APIInspectionDetail: Encodable, Sendable {
    var inspection: APIInspectionSummary
    var ground: InspectionGround?
    var planEntry: PlanEntryReference?
    var subjects: [APISubject]
    var decision: InspectionDecision?
    var timeline: InspectionTimeline
    var deadlines: [APIInspectionDeadline]
    var findingCount: Int
    var recommendationCount: Int

    init(_ inspection: Inspection, subjects: [Subject], today: CalendarDate) {
        self.inspection = APIInspectionSummary(inspection)
        ground = inspection.ground
        planEntry = inspection.planEntry
        self.subjects = subjects.map(APISubject.init)
        decision = inspection.decision
        timeline = inspection.timeline
        deadlines = APIInspectionDeadline.all(inspection, today: today)
        findingCount = inspection.findings.count
        recommendationCount = inspection.recommendations.count
    }
}

/// The answer of an inspection command: `preview` says whether anything was written; `inspection` is the inspection
/// after the command (or, previewed, as it stands; `nil` for an opening previewed).
struct APIInspectionCommandResult<Extra: Encodable & Sendable>: Encodable, Sendable {
    var preview: Bool
    var inspection: APIInspectionDetail?
    var result: Extra
}

/// What opening an inspection gives: the deadlines as opened, the pack's overlap warnings (other inspections of the
/// same subjects this year that it lets pass).
struct APIInspectionOpening: Encodable, Sendable {
    struct Warning: Encodable, Sendable {
        var inspectionID: Int64
        var message: String
    }
    var openedOn: CalendarDate
    var state: String
    var warnings: [Warning]
}

/// What a step recorded (or would record): its journal command, the state after it, and the deadlines after it
/// (previewed: those the pack computed, `nil` when the step moves none).
struct APIInspectionStepResult: Encodable, Sendable {
    var command: String
    var newState: String
    var deadlines: InspectionDeadlines?
}

/// `GET /api/v1/plan?year=`: each plan entry with the inspection it led to, and the totals.
struct APIPlan: Encodable, Sendable {
    struct Entry: Encodable, Sendable {
        var key: String
        var period: String
        var content: String
        var field: String
        var category: String
        var level: String
        var leadUnit: String
        var subjectCount: Int
        var onsiteDays: Int
        var inspectionID: Int64?
        var state: String?
        var concluded: Bool
    }
    var year: Int
    var entries: [Entry]
    var planned: Int
    var opened: Int
    var concluded: Int
}

/// `POST /api/v1/reports/filing`'s result: the period and, once filed, the filed report's hash and the journal head
/// it was made from.
struct APIFilingResult: Encodable, Sendable {
    var kind: String
    var period: String
    var from: CalendarDate
    var through: CalendarDate
    var hash: String?
    var journalHead: String?
}
