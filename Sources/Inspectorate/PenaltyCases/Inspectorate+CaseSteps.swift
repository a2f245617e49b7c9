public import Casework

/// A change to a case after its opening that the casework checks and the pack answers, other than the decision, a
/// payment and a cancellation (which have use cases of their own): delivery, a longer decision deadline, installments,
/// a postponement. One value for the command and its preview, so that both run the same checks.
public enum PenaltyCaseStep: Sendable, Equatable {
    /// The violator received the decision on this day; the pack gives the last day to pay.
    case deliver(receivedOn: CalendarDate)
    /// The decision deadline is extended by `days` (Điều 66), with its reason.
    case extendDecisionDeadline(days: Int, reason: String)
    /// Payment in installments (Điều 79), as the pack allows.
    case approveInstallments([Installment])
    /// A postponement of payment (Điều 76), as the pack allows.
    case postpone(Postponement)

    /// What a role must allow for the change (``CaseworkAction``).
    public var action: CaseworkAction {
        switch self {
        case .deliver: .deliverCase
        case .extendDecisionDeadline: .extendCase
        case .approveInstallments: .approveInstallments
        case .postpone: .postponeCase
        }
    }

    /// The journal's name of the change, e.g. `case deliver`.
    public var command: String {
        switch self {
        case .deliver: "case deliver"
        case .extendDecisionDeadline: "case extend"
        case .approveInstallments: "case installments"
        case .postpone: "case postpone"
        }
    }
}

/// What a ``PenaltyCaseStep`` recorded, or — previewed — would record.
public struct PenaltyCaseStepOutcome: Sendable, Equatable {
    /// The case after the change; previewed, the case as it stands.
    public var penaltyCase: PenaltyCase
    /// What the change records: the event (with what the pack computed: the payment due day, the new decision
    /// deadline) and the state after it.
    public var update: CaseUpdate
}

extension Inspectorate {
    /// Applies `change` to case `id` in one journaled transaction; `change` is checked on the case as stored inside
    /// it.
    /// - Throws: ``PenaltyCaseError`` and ``InputError`` (a wrong state, a day in the future, what the pack refuses);
    ///   ``StoreError`` (`.notFound` for an unknown case).
    public func apply(_ change: PenaltyCaseStep, to id: PenaltyCase.ID, acting: Acting) throws -> PenaltyCaseStepOutcome {
        try authorize(change.action, acting: acting)
        var recorded: CaseUpdate?
        let changed = try store.updateCase(id, command: change.command, context: try context(for: acting)) { current in
            let made = try update(current, by: change, today: acting.today)
            recorded = made
            return made
        }
        guard let recorded else { preconditionFailure("a case changed without an update") }
        return PenaltyCaseStepOutcome(penaltyCase: changed, update: recorded)
    }

    /// Checks `change` exactly as ``apply(_:to:acting:)`` would, and says what it would record, without writing
    /// anything.
    /// - Throws: ``InspectorateError/unknownPenaltyCase(_:)``; the refusals of ``apply(_:to:acting:)``.
    public func preview(_ change: PenaltyCaseStep, of id: PenaltyCase.ID, acting: Acting) throws -> PenaltyCaseStepOutcome {
        try authorize(change.action, acting: acting)
        let current = try penaltyCase(id)
        return PenaltyCaseStepOutcome(penaltyCase: current, update: try update(current, by: change, today: acting.today))
    }

    /// The casework of `change` on `current`: a pure function of the case, the day and the pack.
    private func update(_ current: PenaltyCase, by change: PenaltyCaseStep, today: CalendarDate) throws -> CaseUpdate {
        switch change {
        case .deliver(let receivedOn):
            try PenaltyCasework.deliver(current, receivedOn: receivedOn, today: today, policy: policy)
        case .extendDecisionDeadline(let days, let reason):
            try PenaltyCasework.extendDecisionDeadline(current, days: days, reason: reason, today: today, policy: policy)
        case .approveInstallments(let installments):
            try PenaltyCasework.approveInstallments(current, installments, policy: policy)
        case .postpone(let postponement):
            try PenaltyCasework.postpone(current, postponement, policy: policy)
        }
    }
}
