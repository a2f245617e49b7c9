public import Casework

/// What `case show` prints besides the case: its violator and, for a decided case, the late surcharge as of a day.
public struct CaseDetails: Sendable {
    /// The violator, when still registered.
    public var subject: Subject?
    /// The surcharge accrued and owed as of the day asked; `nil` when the case is not decided or has no payment due
    /// date yet.
    public var surcharge: (accrued: SurchargeAnswer, owedVND: VND)?
}

extension Registry {
    /// The case, or ``InspectorateError/unknownPenaltyCase(_:)``.
    /// - Throws: ``InspectorateError``; ``StoreError``.
    public func penaltyCase(_ id: PenaltyCase.ID) throws -> PenaltyCase {
        guard let found = try store.penaltyCase(id: id) else { throw InspectorateError.unknownPenaltyCase(id) }
        return found
    }

    /// Cases matching `filter`, newest record first.
    /// - Throws: ``StoreError``.
    public func penaltyCases(_ filter: PenaltyCaseFilter) throws -> [PenaltyCase] {
        try store.penaltyCases(filter)
    }

    /// The violator of `penaltyCase` and, when it is decided, its surcharge as of `day`. The policy is asked for only
    /// then (`makePolicy` is not called for an open, settled or cancelled case), so showing those reads the store
    /// alone.
    ///
    /// - Throws: ``StoreError``; what `makePolicy` and the policy throw.
    public func details(
        of penaltyCase: PenaltyCase, asOf day: CalendarDate, makePolicy: () throws -> any PenaltyPolicy
    ) throws -> CaseDetails {
        let subject = try store.subject(id: penaltyCase.subjectID)
        let surcharge = penaltyCase.state == .decided
            ? try PenaltyCasework.surcharge(penaltyCase, asOf: day, policy: try makePolicy())
            : nil
        return CaseDetails(subject: subject, surcharge: surcharge)
    }
}
