import Casework
import Foundation
import Inspectorate

// The bodies of the JSON API (docs/api.md, docs/openapi.yaml): its own shapes, built from the Casework values, so
// that a change to a stored type or a journal payload never changes the API by accident. Money is integer đồng
// (`…VND`), dates are `YYYY-MM-DD` (`…On`).

/// An account as the API shows it.
struct APIAccount: Encodable, Sendable {
    var login: String
    var displayName: String
    var roles: [String]

    init(_ account: Account) {
        login = account.login
        displayName = account.displayName
        roles = account.roles.map(\.rawValue).sorted()
    }
}

/// `POST /api/v1/session`'s answer: the bearer token (shown once; the store keeps its SHA-256), when it expires,
/// the account, and the server's business day.
struct APISession: Encodable, Sendable {
    var token: String
    /// Unix seconds.
    var expiresAt: Int64
    var account: APIAccount
    var today: CalendarDate
}

/// `GET /api/v1/session`'s answer: who is signed in, the business day, and — signed in by the session cookie — the
/// token an unsafe request must carry in `X-CSRF-Token`.
struct APIWhoAmI: Encodable, Sendable {
    var account: APIAccount
    var today: CalendarDate
    var authenticatedBy: String
    var csrfToken: String?
}

/// A subject (đối tượng): organization by tax code, person by citizen ID number, household business (hộ kinh doanh) by
/// either; a family household (hộ gia đình) or a residential community (cộng đồng dân cư) by its name and address,
/// with its representative's ID number or an empty identifier.
struct APISubject: Encodable, Sendable {
    var id: Int64
    var kind: String
    var identifier: String
    var name: String
    var address: String

    init(_ subject: Subject) {
        id = subject.id.rawValue
        kind = subject.kind.rawValue
        identifier = subject.identifier
        name = subject.name
        address = subject.address
    }
}

/// A case in a list.
struct APICaseSummary: Encodable, Sendable {
    var id: Int64
    var subjectID: Int64
    var subjectName: String?
    var state: String
    var recordNumber: String
    var recordOn: CalendarDate
    var decisionDueOn: CalendarDate
    var decisionNumber: String?
    var totalFineVND: VND?
    var outstandingVND: VND
    var paymentDueOn: CalendarDate?

    init(_ item: PenaltyCase, subject: Subject?) {
        id = item.id.rawValue
        subjectID = item.subjectID.rawValue
        subjectName = subject?.name
        state = item.state.rawValue
        recordNumber = item.record.number
        recordOn = item.record.madeOn
        decisionDueOn = item.decisionDueOn
        decisionNumber = item.decision?.number
        totalFineVND = item.decision?.totalFineVND
        outstandingVND = item.outstandingVND
        paymentDueOn = item.decision?.paymentDueOn
    }
}

/// A page of a list: the items, the page asked for, and whether another follows.
struct APIPage<Item: Encodable & Sendable>: Encodable, Sendable {
    var items: [Item]
    var page: Int
    var pageSize: Int
    var hasMore: Bool
}

/// One violation of a case.
struct APIViolation: Encodable, Sendable {
    var code: String
    var sector: String
    var committedOn: CalendarDate
    var endedOn: CalendarDate?
    var detectedOn: CalendarDate?
    var illegalGainVND: VND
    var mitigating: [String]
    var aggravating: [String]

    init(_ violation: CaseViolation) {
        code = violation.code
        sector = violation.sector
        committedOn = violation.committedOn
        endedOn = violation.endedOn
        detectedOn = violation.detectedOn
        illegalGainVND = violation.illegalGainVND
        mitigating = violation.mitigating
        aggravating = violation.aggravating
    }
}

/// A step of the pack's explanation, with its legal citation.
struct APIStep: Encodable, Sendable {
    var text: String
    var citation: String

    init(_ step: ExplanationStep) {
        text = step.text
        citation = step.citation
    }
}

/// One line of a decision or an assessment: the violation's fine as the pack gives it.
struct APIFineLine: Encodable, Sendable {
    var code: String
    var title: String
    var legalBasis: String
    var sector: String
    var frameMinVND: VND
    var frameMaxVND: VND
    var fineVND: VND
    var isWarning: Bool
    var steps: [APIStep]

    init(_ line: FineLine) {
        code = line.code
        title = line.title
        legalBasis = line.legalBasis
        sector = line.sector
        frameMinVND = line.frameMinVND
        frameMaxVND = line.frameMaxVND
        fineVND = line.fineVND
        isWarning = line.isWarning
        steps = line.steps.map(APIStep.init)
    }
}

/// A case's penalty decision.
struct APIDecision: Encodable, Sendable {
    var number: String
    var decidedOn: CalendarDate
    var signerTitle: String
    var signerName: String
    var lines: [APIFineLine]
    var totalFineVND: VND
    var totalRemedialVND: VND
    var receivedOn: CalendarDate?
    var paymentDueOn: CalendarDate?
    var enforcementExpiresOn: CalendarDate
    var packHash: String
    /// Confiscation, supplementary sanctions and remedial measures; absent when the decision recorded none.
    var sanctions: DecisionSanctions?

    init(_ decision: PenaltyDecision) {
        number = decision.number
        decidedOn = decision.decidedOn
        signerTitle = decision.signerTitle
        signerName = decision.signerName
        lines = decision.lines.map(APIFineLine.init)
        totalFineVND = decision.totalFineVND
        totalRemedialVND = decision.totalRemedialVND
        receivedOn = decision.receivedOn
        paymentDueOn = decision.paymentDueOn
        enforcementExpiresOn = decision.enforcementExpiresOn
        packHash = decision.packHash
        sanctions = decision.sanctions
    }
}

/// A payment towards the fine (and the late surcharge).
struct APIPayment: Encodable, Sendable {
    var paidOn: CalendarDate
    var amountVND: VND
    var surchargeVND: VND
    var receipt: String

    init(_ payment: Payment) {
        paidOn = payment.paidOn
        amountVND = payment.amountVND
        surchargeVND = payment.surchargeVND
        receipt = payment.receipt
    }
}

/// The late surcharge (tiền chậm nộp) as of a day, by the rule pack.
struct APISurcharge: Encodable, Sendable {
    var asOf: CalendarDate
    var days: Int
    var accruedVND: VND
    var owedVND: VND
    var steps: [APIStep]
}

/// One entry of a case's timeline, from the journal.
struct APITimelineEntry: Encodable, Sendable {
    var sequence: Int64
    var recordedAt: String
    var actor: String
    var command: String

    init(_ entry: TimelineEntry) {
        sequence = entry.sequence
        recordedAt = entry.recordedAt
        actor = entry.actor
        command = entry.command
    }
}

/// `GET /api/v1/cases/{id}`: the case with its violator, violations, decision, payments, surcharge to date and
/// timeline.
struct APICaseDetail: Encodable, Sendable {
    struct Record: Encodable, Sendable {
        var number: String
        var madeOn: CalendarDate
        var place: String
    }
    struct Facts: Encodable, Sendable {
        var isComplex: Bool
        var explanationRequested: Bool
        var isMinor: Bool
        var extensionDays: Int
    }
    struct CancellationInfo: Encodable, Sendable {
        var cancelledOn: CalendarDate
        var reason: String
    }

    var id: Int64
    var state: String
    var subject: APISubject?
    var record: Record
    var violations: [APIViolation]
    var mitigating: [String]
    var aggravating: [String]
    var facts: Facts
    var openedOn: CalendarDate
    var decisionDueOn: CalendarDate
    var openedWithPack: String
    var decision: APIDecision?
    var payments: [APIPayment]
    var paidVND: VND
    var outstandingVND: VND
    var surcharge: APISurcharge?
    var cancellation: CancellationInfo?
    var timeline: [APITimelineEntry]?

    init(_ item: PenaltyCase, details: CaseDetails, asOf day: CalendarDate, timeline: [TimelineEntry]?) {
        id = item.id.rawValue
        state = item.state.rawValue
        subject = details.subject.map(APISubject.init)
        record = Record(number: item.record.number, madeOn: item.record.madeOn, place: item.record.place)
        violations = item.violations.map(APIViolation.init)
        mitigating = item.mitigating
        aggravating = item.aggravating
        facts = Facts(
            isComplex: item.facts.isComplex, explanationRequested: item.facts.explanationRequested,
            isMinor: item.facts.isMinor, extensionDays: item.facts.extensionDays)
        openedOn = item.openedOn
        decisionDueOn = item.decisionDueOn
        openedWithPack = item.openedWithPack
        decision = item.decision.map(APIDecision.init)
        payments = item.payments.map(APIPayment.init)
        // Payments never exceed the fine (PenaltyCase.amountsAddUp, checked when the store loads the case).
        paidVND = VND(rawValue: item.payments.reduce(Int64(0)) { $0 + $1.amountVND.rawValue }) ?? .zero
        outstandingVND = item.outstandingVND
        surcharge = details.surcharge.map {
            APISurcharge(
                asOf: day, days: $0.accrued.days, accruedVND: $0.accrued.amountVND, owedVND: $0.owedVND,
                steps: $0.accrued.steps.map(APIStep.init))
        }
        cancellation = item.cancellation.map { CancellationInfo(cancelledOn: $0.cancelledOn, reason: $0.reason) }
        self.timeline = timeline?.map(APITimelineEntry.init)
    }
}

/// What the pack gives for a decision (or a new case, as if decided today): each line, the totals, the deadlines,
/// the signer's competence, and its refusals with their codes.
struct APIAssessment: Encodable, Sendable {
    struct Competence: Encodable, Sendable {
        var signer: String
        var title: String
        var isAllowed: Bool
        var limitVND: VND
        var citation: String
    }
    struct Problem: Encodable, Sendable {
        var code: String
        var message: String
        var hint: String?
    }

    var lines: [APIFineLine]
    var totalFineVND: VND
    var totalRemedialVND: VND
    var decisionDueOn: CalendarDate
    var enforcementExpiresOn: CalendarDate?
    var competence: Competence?
    var steps: [APIStep]
    var problems: [Problem]

    init(_ assessment: Assessment) {
        lines = assessment.lines.map { APIFineLine($0.fine) }
        totalFineVND = assessment.totalFineVND
        totalRemedialVND = assessment.totalRemedialVND
        decisionDueOn = assessment.decisionDueOn
        enforcementExpiresOn = assessment.enforcementExpiresOn
        competence = assessment.competence.map {
            Competence(signer: $0.signer, title: $0.title, isAllowed: $0.isAllowed, limitVND: $0.limitVND, citation: $0.citation)
        }
        steps = assessment.steps.map(APIStep.init)
        problems = assessment.problems.map { Problem(code: $0.code, message: $0.message, hint: $0.hint) }
    }
}
