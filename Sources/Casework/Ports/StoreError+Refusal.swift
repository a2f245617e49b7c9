extension StoreError {
    /// Why the store refused a command, with the records involved: what a face needs to say it in its own words
    /// and to point at the record to look at (the CLI names a command, a web page would link the record).
    public enum Refusal: Sendable, Equatable {
        case penaltyCaseNotFound(PenaltyCase.ID)
        /// A violation record opens one case; `existing` has it.
        case duplicateRecord(number: String, existing: PenaltyCase.ID)
        /// A payment receipt is recorded once; `existing` has it.
        case duplicateReceipt(receipt: String, existing: PenaltyCase.ID)
        /// A penalty decision number belongs to one case; `existing` has it.
        case duplicateDecisionNumber(number: String, existing: PenaltyCase.ID)
        case alreadyDecided(PenaltyCase.ID, number: String)
        /// The case has no decision, so `event` (a payment, a delivery…) cannot be recorded.
        case noDecision(PenaltyCase.ID, event: String)
        case alreadyDelivered(PenaltyCase.ID)
        case alreadyCancelled(PenaltyCase.ID)
        case inspectionNotFound(Inspection.ID)
        case recommendationNotFound(Recommendation.ID)
        /// An inspection decision number belongs to one inspection; `existing` has it.
        case duplicateInspectionDecision(number: String, existing: Inspection.ID)
        /// A conclusion number belongs to one inspection; `existing` has it.
        case duplicateConclusion(number: String, existing: Inspection.ID)
        /// A follow-up receipt is recorded once; recommendation `recommendation` of `inspection` has it.
        case duplicateFollowUpReceipt(receipt: String, recommendation: Recommendation.ID, inspection: Inspection.ID)
        /// Each lifecycle step (`step`: decision, announcement…) is recorded once.
        case stepAlreadyRecorded(Inspection.ID, step: String)
        case notASubject(Subject.ID, of: Inspection.ID)
        case findingOfAnotherInspection(Finding.ID, of: Inspection.ID)
        /// No subject is registered with this number.
        case subjectNotFound(Subject.ID)
        /// No report figure has this name (nor a scope of the rule pack this prefix).
        case unknownFigure(String)
        /// A subject of this kind and identifier (tax code, personal ID number) is already registered as `existing`.
        case duplicateSubject(kind: Subject.Kind, identifier: String, existing: Subject.ID)
        /// A subject an import refers to (by number or identifier) is not registered.
        case subjectNotRegistered(SubjectReference)
        /// An imported payment is against a case that is cancelled.
        case paymentOnCancelledCase(PenaltyCase.ID)
        /// An imported payment is more than the fine still owed on the case (someone may have recorded a payment
        /// since the import was checked).
        case paymentAboveOwed(PenaltyCase.ID)
    }

    /// A refusal: its kind, its message (no face's words), face-neutral advice, and the refusal as a value.
    public init(_ kind: Kind, _ message: String, hint: String? = nil, refusal: Refusal) {
        self.init(kind, message, hint: hint)
        self.refusal = refusal
    }
}
