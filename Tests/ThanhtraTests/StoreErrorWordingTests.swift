import Casework
import Testing

@testable import thanhtra

/// The CLI words the store's refusals: the store says what and gives face-neutral advice; the CLI adds the command
/// that shows the record to look at. These are the texts `thanhtra` printed before the refusals became values.
@Suite struct StoreErrorWordingTests {
    private static let caseID = PenaltyCase.ID(rawValue: 1)
    private static let inspectionID = Inspection.ID(rawValue: 1)

    @Test(arguments: [
        (StoreError(.notFound, "no penalty case #7", refusal: .penaltyCaseNotFound(PenaltyCase.ID(rawValue: 7))),
         "error: no penalty case #7\n  help: find the case's number with `thanhtra case list`"),
        (StoreError(.duplicate, "violation record BB-12/2026 is already case #4",
                    refusal: .duplicateRecord(number: "BB-12/2026", existing: PenaltyCase.ID(rawValue: 4))),
         "error: violation record BB-12/2026 is already case #4\n  help: see `thanhtra case show 4`"),
        (StoreError(.duplicate, "receipt BL-0042 is already recorded for case #1", hint: "each receipt is recorded once",
                    refusal: .duplicateReceipt(receipt: "BL-0042", existing: caseID)),
         "error: receipt BL-0042 is already recorded for case #1\n  help: see `thanhtra case show 1`; each receipt is recorded once"),
        (StoreError(.invalid, "penalty case #1 is already cancelled", hint: "a cancellation is recorded once",
                    refusal: .alreadyCancelled(caseID)),
         "error: penalty case #1 is already cancelled\n  help: a cancellation is recorded once; see `thanhtra case show 1`"),
        (StoreError(.notFound, "no inspection #9", refusal: .inspectionNotFound(Inspection.ID(rawValue: 9))),
         "error: no inspection #9\n  help: find the inspection's number with `thanhtra inspection list`"),
        (StoreError(.notFound, "no recommendation #3", refusal: .recommendationNotFound(Recommendation.ID(rawValue: 3))),
         "error: no recommendation #3\n  help: see the recommendations with `thanhtra inspection show INSPECTION`"),
        (StoreError(.duplicate, "receipt KB-7 is already recorded for recommendation #1 of inspection #1",
                    hint: "each receipt is recorded once",
                    refusal: .duplicateFollowUpReceipt(receipt: "KB-7", recommendation: Recommendation.ID(rawValue: 1), inspection: inspectionID)),
         "error: receipt KB-7 is already recorded for recommendation #1 of inspection #1\n  help: see `thanhtra inspection show 1`; each receipt is recorded once"),
        (StoreError(.invalid, "inspection #1 already has its announcement", hint: "each step is recorded once",
                    refusal: .stepAlreadyRecorded(inspectionID, step: "announcement")),
         "error: inspection #1 already has its announcement\n  help: each step is recorded once; see `thanhtra inspection show 1`"),
        (StoreError(.invalid, "finding #2 is not a finding of inspection #1",
                    refusal: .findingOfAnotherInspection(Finding.ID(rawValue: 2), of: inspectionID)),
         "error: finding #2 is not a finding of inspection #1\n  help: see the findings with `thanhtra inspection show 1`"),
        (StoreError(.busy, "the database is busy", hint: "try again"), "error: the database is busy\n  help: try again"),
    ])
    func theCLIWordsEachRefusalAsBefore(error: StoreError, text: String) {
        #expect(error.commandDescription == text)
    }
}
