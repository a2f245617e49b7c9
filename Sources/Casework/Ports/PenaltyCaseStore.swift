/// What the store keeps of penalty cases. Casework declares it; `SQLiteStore` implements it.
///
/// Every method that changes a case is one write transaction together with one journal entry. Changes after
/// opening go through ``updateCase(_:command:context:_:)``, which hands the freshly loaded case to Casework's
/// validation *inside* the transaction, so two processes cannot both pay the last đồng of the same fine.
public protocol PenaltyCaseStore: Sendable {
    /// Opens a case. The subject must exist.
    ///
    /// Journal: command `case open`, payload the stored case.
    /// - Throws: ``StoreError`` `.notFound` for an unknown subject; `.duplicate` when the record number is already
    ///   used by another case.
    func openCase(_ new: NewPenaltyCase, context: CommandContext) throws -> PenaltyCase

    /// The case with all its parts (violations, decision with lines, payments, installments, postponements,
    /// cancellation), or `nil`.
    func penaltyCase(id: PenaltyCase.ID) throws -> PenaltyCase?

    /// Loads the case in a write transaction, calls `change` with it, writes the returned ``CaseUpdate``, and
    /// journals `command` (payload: `{"case": id, "event": …}`), all in one transaction.
    ///
    /// - Throws: what `change` throws (then nothing is written); ``StoreError`` `.notFound` for an unknown case;
    ///   `.duplicate` for a payment receipt already recorded (naming the case that has it).
    func updateCase(
        _ id: PenaltyCase.ID, command: String, context: CommandContext,
        _ change: (PenaltyCase) throws -> CaseUpdate
    ) throws -> PenaltyCase

    /// Cases matching `filter`, newest record first, with all their parts.
    func penaltyCases(_ filter: PenaltyCaseFilter) throws -> [PenaltyCase]
}

/// A case about to be opened (everything but its id).
public struct NewPenaltyCase: Sendable, Codable, Equatable {
    public var subjectID: Subject.ID
    public var violatorKind: Subject.Kind
    public var record: ViolationRecord
    public var violations: [CaseViolation]
    public var mitigating: [String]
    public var aggravating: [String]
    public var facts: CaseFacts
    public var openedOn: CalendarDate
    public var decisionDueOn: CalendarDate
    public var packHash: String
    /// The body that handles the case (``PenaltyCase/body``); `nil` for none.
    public var body: String?

    public init(
        subjectID: Subject.ID, violatorKind: Subject.Kind, record: ViolationRecord, violations: [CaseViolation],
        mitigating: [String], aggravating: [String], facts: CaseFacts, openedOn: CalendarDate,
        decisionDueOn: CalendarDate, packHash: String, body: String? = nil
    ) {
        self.subjectID = subjectID
        self.violatorKind = violatorKind
        self.record = record
        self.violations = violations
        self.mitigating = mitigating
        self.aggravating = aggravating
        self.facts = facts
        self.openedOn = openedOn
        self.decisionDueOn = decisionDueOn
        self.packHash = packHash
        self.body = body
    }
}

/// One change to a case after opening, and the state it leaves the case in.
public struct CaseUpdate: Sendable, Equatable {
    public var event: CaseEvent
    public var newState: PenaltyCase.State
    /// For a decision in a database with accounts: the title the acting account signed under, and how it held it
    /// (directly or by delegation). Journaled with the event as `signing`; `nil` writes nothing more.
    public var signing: SigningAuthority?
    public init(event: CaseEvent, newState: PenaltyCase.State, signing: SigningAuthority? = nil) {
        self.event = event
        self.newState = newState
        self.signing = signing
    }
}

/// What happened to a case. Each event appends rows; nothing recorded is ever edited or deleted.
///
/// Encoded in the journal with its labels: `{"paid":{"payment":{…}}}`.
public enum CaseEvent: Sendable, Codable, Equatable {
    case decided(decision: PenaltyDecision)
    /// Sets the decision's `receivedOn` and `paymentDueOn`.
    case delivered(receivedOn: CalendarDate, paymentDueOn: CalendarDate)
    case paid(payment: Payment)
    case installmentsApproved(installments: [Installment])
    case postponed(postponement: Postponement)
    /// A granted extension of the decision deadline: new due date, days and reason.
    case decisionDeadlineExtended(newDueOn: CalendarDate, days: Int, reason: String)
    case cancelled(cancellation: Cancellation)
}

/// Which cases to list. Every criterion given must hold; dates are half-open `[from, to)`.
public struct PenaltyCaseFilter: Sendable, Equatable {
    public var state: PenaltyCase.State?
    public var subjectID: Subject.ID?
    /// Cases with at least one violation in this sector.
    public var sector: String?
    /// Record date on or after.
    public var recordFrom: CalendarDate?
    /// Record date before.
    public var recordBefore: CalendarDate?
    /// Open cases whose decision due date is before this day (overdue as of it).
    public var decisionOverdueAsOf: CalendarDate?
    /// Decided cases with an outstanding fine whose payment due date is before this day.
    public var paymentOverdueAsOf: CalendarDate?
    /// Decided cases with an outstanding fine.
    public var unpaidOnly: Bool
    /// Decided, unsettled cases whose enforcement expires before this day.
    public var enforcementExpiresBefore: CalendarDate?
    public var limit: Int

    public init(
        state: PenaltyCase.State? = nil, subjectID: Subject.ID? = nil, sector: String? = nil,
        recordFrom: CalendarDate? = nil, recordBefore: CalendarDate? = nil, decisionOverdueAsOf: CalendarDate? = nil,
        paymentOverdueAsOf: CalendarDate? = nil, unpaidOnly: Bool = false, enforcementExpiresBefore: CalendarDate? = nil,
        limit: Int = 100
    ) {
        self.state = state
        self.subjectID = subjectID
        self.sector = sector
        self.recordFrom = recordFrom
        self.recordBefore = recordBefore
        self.decisionOverdueAsOf = decisionOverdueAsOf
        self.paymentOverdueAsOf = paymentOverdueAsOf
        self.unpaidOnly = unpaidOnly
        self.enforcementExpiresBefore = enforcementExpiresBefore
        self.limit = limit
    }
}
