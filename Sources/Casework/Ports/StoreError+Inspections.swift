/// Every store's errors about inspections, worded once (SQLite and PostgreSQL throw the same). Each names the inspection it concerns and carries a ``StoreError/Refusal``
/// with the records involved; its hint is face-neutral advice, and each face says where to look.
extension StoreError {
    /// The error for an inspection ID that does not exist.
    ///
    /// ```
    /// error: no inspection #7
    /// ```
    public static func inspectionNotFound(_ id: Inspection.ID) -> StoreError {
        StoreError(.notFound, "no inspection #\(id)", refusal: .inspectionNotFound(id))
    }

    /// The error for a recommendation ID that does not exist.
    public static func recommendationNotFound(_ id: Recommendation.ID) -> StoreError {
        StoreError(
            .notFound, "no recommendation #\(id)", refusal: .recommendationNotFound(id))
    }

    /// The error for a decision number another inspection already has.
    public static func duplicateInspectionDecision(_ number: String, existing: Int64) -> StoreError {
        StoreError(
            .duplicate, "decision number \(number) is already the decision of inspection #\(existing)",
            hint: "give this decision its own number",
            refusal: .duplicateInspectionDecision(number: number, existing: Inspection.ID(rawValue: existing)))
    }

    /// The error for a conclusion number another inspection already has.
    public static func duplicateConclusion(_ number: String, existing: Int64) -> StoreError {
        StoreError(
            .duplicate, "conclusion number \(number) is already the conclusion of inspection #\(existing)",
            hint: "give this conclusion its own number",
            refusal: .duplicateConclusion(number: number, existing: Inspection.ID(rawValue: existing)))
    }

    /// The error for a follow-up receipt already recorded.
    public static func duplicateFollowUpReceipt(_ receipt: String, recommendation: Int64, inspection: Int64) -> StoreError {
        StoreError(
            .duplicate,
            "receipt \(receipt) is already recorded for recommendation #\(recommendation) of inspection #\(inspection)",
            hint: "each receipt is recorded once",
            refusal: .duplicateFollowUpReceipt(
                receipt: receipt, recommendation: Recommendation.ID(rawValue: recommendation),
                inspection: Inspection.ID(rawValue: inspection)))
    }

    /// The error for recording a step twice (a second announcement, a second decision).
    public static func stepAlreadyRecorded(_ id: Int64, step: String) -> StoreError {
        StoreError(
            .invalid, "inspection #\(id) already has its \(step)", hint: "each step is recorded once",
            refusal: .stepAlreadyRecorded(Inspection.ID(rawValue: id), step: step))
    }

    /// The error for a subject the inspection does not cover.
    public static func notASubject(_ subject: Subject.ID, of id: Int64) -> StoreError {
        StoreError(
            .invalid, "subject #\(subject) is not a subject of inspection #\(id)", hint: "the decision names the subjects",
            refusal: .notASubject(subject, of: Inspection.ID(rawValue: id)))
    }

    /// The error for a finding of another inspection.
    public static func findingOfAnotherInspection(_ finding: Finding.ID, of id: Int64) -> StoreError {
        StoreError(
            .invalid, "finding #\(finding) is not a finding of inspection #\(id)",
            refusal: .findingOfAnotherInspection(finding, of: Inspection.ID(rawValue: id)))
    }
}
