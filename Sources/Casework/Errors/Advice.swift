/// What a person can do about a refused command, as a value: the core names the remedy, and each face words it —
/// the CLI with its options and commands, the web pages with their fields and links. An error that carries advice usually has no ``InputError/hint`` of its own.
public enum Advice: Sendable, Hashable {
    // MARK: A value the command lacks

    /// A penalty case's violation record number.
    case giveRecordNumber
    /// At least one violation code of the pack's catalog.
    case giveViolation
    /// A violation's end (completed) or detection day (ongoing), not both.
    case giveEndedOrDetected
    /// A decision's number (penalty or inspection decision).
    case giveDecisionNumber
    /// A payment's treasury receipt number.
    case givePaymentReceipt
    /// A payment's amount and/or surcharge.
    case givePaymentAmount
    /// A postponement's first and last day (in order) and its reason; the face words the message too.
    case givePostponement
    /// An extension's positive number of days and its reason; the face words the message too.
    case giveExtension
    /// The reason of a cancellation.
    case giveCancellationReason
    /// A finding's category, as the pack classifies findings.
    case giveFindingCategory
    /// A follow-up's receipt or document number.
    case giveFollowUpReceipt
    /// An inspection's category, as the pack names it.
    case giveInspectionCategory
    /// An inspection's level, as the pack names it.
    case giveInspectionLevel
    /// A scheduled inspection's plan year and entry (or its ground, unscheduled).
    case givePlanEntry
    /// An unscheduled inspection's ground and its reference.
    case giveGround
    /// The document an unscheduled inspection's ground refers to.
    case giveGroundReference
    /// The title of a decision's signer, as the pack lists titles.
    case giveSignerTitle
    /// The name of a decision's signer.
    case giveSigner
    /// The name of an inspection team's lead.
    case giveTeamLead
    /// The subjects an inspection decision names.
    case giveDecisionSubjects
    /// The reason of an inspection's extension.
    case giveExtensionReason
    /// The reason of an inspection's suspension.
    case giveSuspensionReason
    /// A conclusion's number.
    case giveConclusionNumber

    // MARK: A value to check or drop

    /// The day given: a decision follows its record.
    case checkDecisionDate
    /// The day given.
    case checkDate
    /// The day given: a follow-up comes after the conclusion.
    case checkFollowUpDate
    /// The amount paid: at most what is outstanding, the surcharge apart.
    case payAtMostOutstanding
    /// The figures; more than recommended is recorded only with a reason.
    case allowOver
    /// A scheduled inspection has no ground.
    case dropGround
    /// An unscheduled inspection has no plan entry.
    case dropPlan

    // MARK: Where to look

    /// The case, as it is recorded.
    case seeCase(PenaltyCase.ID)
    /// The case, for the surcharge it owes.
    case seeCaseSurcharge(PenaltyCase.ID)
    /// The case needs its decision first.
    case decideCaseFirst(PenaltyCase.ID)
    /// The inspection, as it is recorded.
    case seeInspection(Inspection.ID)
    /// The inspection's findings.
    case seeFindings(Inspection.ID)
    /// The inspection's subjects, which its decision names.
    case seeDecisionSubjects(Inspection.ID)
    /// The plan, for its entries' keys.
    case seePlanEntries
}
