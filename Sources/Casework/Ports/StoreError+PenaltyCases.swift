/// Every store's errors about penalty cases, worded once (SQLite and PostgreSQL throw the same). Each names the case
/// it concerns and carries a ``StoreError/Refusal`` with the records involved; its hint is face-neutral advice, and
/// each face says where to look (the CLI names the command: `Sources/thanhtra/Support/StoreError+Words.swift`).
extension StoreError {
    /// The error for a case ID that does not exist.
    ///
    /// ```
    /// error: no penalty case #7
    /// ```
    public static func penaltyCaseNotFound(_ id: PenaltyCase.ID) -> StoreError {
        StoreError(.notFound, "no penalty case #\(id)", refusal: .penaltyCaseNotFound(id))
    }

    /// The error for opening a second case on a violation record that already has one.
    ///
    /// ```
    /// error: violation record BB-12/2026 is already case #4
    /// ```
    public static func duplicateRecord(_ number: String, existing: Int64) -> StoreError {
        StoreError(
            .duplicate, "violation record \(number) is already case #\(existing)",
            refusal: .duplicateRecord(number: number, existing: PenaltyCase.ID(rawValue: existing)))
    }

    /// The error for a receipt number that is already recorded, naming the case that holds it.
    ///
    /// ```
    /// error: receipt BL-0042 is already recorded for case #4
    ///   help: each receipt is recorded once
    /// ```
    public static func duplicateReceipt(_ receipt: String, existing: Int64) -> StoreError {
        StoreError(
            .duplicate, "receipt \(receipt) is already recorded for case #\(existing)", hint: "each receipt is recorded once",
            refusal: .duplicateReceipt(receipt: receipt, existing: PenaltyCase.ID(rawValue: existing)))
    }

    /// The error for a decision number that another case's decision already has.
    public static func duplicateDecisionNumber(_ number: String, existing: Int64) -> StoreError {
        StoreError(
            .duplicate, "decision number \(number) is already the decision of case #\(existing)",
            hint: "give this decision its own number",
            refusal: .duplicateDecisionNumber(number: number, existing: PenaltyCase.ID(rawValue: existing)))
    }

    /// The error for deciding a case that already has a decision.
    public static func alreadyDecided(_ id: Int64, number: String) -> StoreError {
        StoreError(
            .duplicate, "penalty case #\(id) already has decision \(number)", hint: "a case has one decision",
            refusal: .alreadyDecided(PenaltyCase.ID(rawValue: id), number: number))
    }

    /// The error for recording an event that needs a decision on a case without one.
    public static func noDecision(_ id: Int64, event: String) -> StoreError {
        StoreError(
            .invalid, "penalty case #\(id) has no decision, so its \(event) cannot be recorded",
            hint: "record the decision first", refusal: .noDecision(PenaltyCase.ID(rawValue: id), event: event))
    }

    /// The error for delivering a decision twice.
    public static func alreadyDelivered(_ id: Int64) -> StoreError {
        StoreError(
            .invalid, "the decision of penalty case #\(id) was already delivered", hint: "delivery is recorded once",
            refusal: .alreadyDelivered(PenaltyCase.ID(rawValue: id)))
    }

    /// The error for cancelling a case twice.
    public static func alreadyCancelled(_ id: Int64) -> StoreError {
        StoreError(
            .invalid, "penalty case #\(id) is already cancelled", hint: "a cancellation is recorded once",
            refusal: .alreadyCancelled(PenaltyCase.ID(rawValue: id)))
    }
}
