public import Casework

/// The store's errors about inspections. Each names the inspection it concerns and says where to look.
extension StoreError {
    /// The error for an inspection ID that does not exist.
    ///
    /// ```
    /// error: no inspection #7
    ///   help: find the inspection's number with `thanhtra inspection list`
    /// ```
    public static func inspectionNotFound(_ id: Inspection.ID) -> StoreError {
        StoreError(.notFound, "no inspection #\(id)", hint: "find the inspection's number with `thanhtra inspection list`")
    }

    /// The error for a recommendation ID that does not exist.
    public static func recommendationNotFound(_ id: Recommendation.ID) -> StoreError {
        StoreError(
            .notFound, "no recommendation #\(id)",
            hint: "see the recommendations with `thanhtra inspection show INSPECTION`")
    }

    /// The error for a decision number another inspection already has.
    static func duplicateInspectionDecision(_ number: String, existing: Int64) -> StoreError {
        StoreError(
            .duplicate, "decision number \(number) is already the decision of inspection #\(existing)",
            hint: "see `thanhtra inspection show \(existing)`; give this decision its own number")
    }

    /// The error for a conclusion number another inspection already has.
    static func duplicateConclusion(_ number: String, existing: Int64) -> StoreError {
        StoreError(
            .duplicate, "conclusion number \(number) is already the conclusion of inspection #\(existing)",
            hint: "see `thanhtra inspection show \(existing)`; give this conclusion its own number")
    }

    /// The error for a follow-up receipt already recorded.
    static func duplicateFollowUpReceipt(_ receipt: String, recommendation: Int64, inspection: Int64) -> StoreError {
        StoreError(
            .duplicate,
            "receipt \(receipt) is already recorded for recommendation #\(recommendation) of inspection #\(inspection)",
            hint: "see `thanhtra inspection show \(inspection)`; each receipt is recorded once")
    }

    /// The error for recording a step twice (a second announcement, a second decision).
    static func stepAlreadyRecorded(_ id: Int64, step: String) -> StoreError {
        StoreError(
            .invalid, "inspection #\(id) already has its \(step)",
            hint: "each step is recorded once; see `thanhtra inspection show \(id)`")
    }

    /// The error for a subject the inspection does not cover.
    static func notASubject(_ subject: Subject.ID, of id: Int64) -> StoreError {
        StoreError(
            .invalid, "subject #\(subject) is not a subject of inspection #\(id)",
            hint: "the decision names the subjects; see `thanhtra inspection show \(id)`")
    }

    /// The error for a finding of another inspection.
    static func findingOfAnotherInspection(_ finding: Finding.ID, of id: Int64) -> StoreError {
        StoreError(
            .invalid, "finding #\(finding) is not a finding of inspection #\(id)",
            hint: "see the findings with `thanhtra inspection show \(id)`")
    }
}
