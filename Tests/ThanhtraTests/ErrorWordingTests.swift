import Casework
import Import
import Reports
import Testing

@testable import thanhtra

/// The CLI words the core's structured errors: Casework and Import say what and where and name the remedy as a value
/// (``Advice``, ``ImportNextStep``, ``ImportFailure/Reason``); the CLI adds its flags and commands. These are the
/// texts `thanhtra` printed before the errors became values.
@Suite struct ErrorWordingTests {
    @Test func aMissingValueIsWordedWithItsFlag() {
        let error = InputError(
            field: "receipt", message: "a payment needs its receipt number", advice: .givePaymentReceipt)
        #expect(
            ErrorWording.describe(error) == """
                error: a payment needs its receipt number
                  --> field receipt
                  help: pass --receipt as printed on the treasury receipt
                """)
        // The core's own text names no flag
        #expect(!error.description.contains("--receipt") && !error.description.contains("help"))
    }

    @Test func aRefusalPointsAtTheCommandThatShowsTheRecord() {
        let error = PenaltyCaseError("penalty case #4 is settled", caseID: 4, advice: .seeCase(4))
        #expect(
            ErrorWording.describe(error) == """
                error: penalty case #4 is settled
                  --> case #4
                  help: see `thanhtra case show 4`
                """)
        let inspection = InspectionError(
            "subject #2 is not a subject of inspection #1", inspectionID: 1, advice: .seeDecisionSubjects(1))
        #expect(
            ErrorWording.describe(inspection) == """
                error: subject #2 is not a subject of inspection #1
                  --> inspection #1
                  help: the decision names the subjects; see `thanhtra inspection show 1`
                """)
    }

    @Test func aHintOfTheCoreIsKeptAndAMessageNamingFlagsIsTheCLIs() {
        let withHint = InputError(field: "x", message: "m", hint: "its own", advice: .checkDate)
        #expect(ErrorWording.describe(withHint) == "error: m\n  --> field x\n  help: its own")
        let postponement = InputError(
            field: "until", message: "a postponement runs from its first day to its last (not earlier) and needs a reason",
            advice: .givePostponement)
        #expect(
            ErrorWording.describe(postponement)
                == "error: a postponement runs from --from to --until (not earlier) and needs --reason\n  --> field until")
        #expect(ErrorWording.describe(MoneyError.overflow) == nil)
    }

    @Test func theVietnameseWordingNamesNoFlagOrCommand() {
        let all: [Advice] = [
            .giveRecordNumber, .giveViolation, .giveEndedOrDetected, .giveDecisionNumber, .givePaymentReceipt,
            .givePaymentAmount, .givePostponement, .giveExtension, .giveCancellationReason, .giveFindingCategory,
            .giveFollowUpReceipt, .giveInspectionCategory, .giveInspectionLevel, .givePlanEntry, .giveGround,
            .giveGroundReference, .giveSignerTitle, .giveSigner, .giveTeamLead, .giveDecisionSubjects,
            .giveExtensionReason, .giveSuspensionReason, .giveConclusionNumber, .checkDecisionDate, .checkDate,
            .checkFollowUpDate, .payAtMostOutstanding, .allowOver, .dropGround, .dropPlan, .seeCase(4),
            .seeCaseSurcharge(4), .decideCaseFirst(4), .seeInspection(1), .seeFindings(1), .seeDecisionSubjects(1),
            .seePlanEntries,
        ]
        for advice in all {
            let words = ErrorWording.hint(advice, in: .vi)
            #expect(words?.isEmpty == false, "no Vietnamese for \(advice)")
            #expect(words?.contains("--") == false && words?.contains("thanhtra") == false, "\(advice): \(words ?? "")")
        }
        #expect(ErrorWording.hint(.seeCase(4), in: .vi) == "xem vụ việc #4")
    }

    @Test func aRefusedRowIsWordedWithItsNextStep() {
        #expect(
            ErrorWording.reason(.row("tax code 0100000002 is not registered", next: .registerSubjects))
                == "tax code 0100000002 is not registered; register the subjects first (thanhtra import FILE --kind subjects)"
        )
        #expect(
            ErrorWording.reason(ImportRowError(column: "Hành vi", message: "ND999 is not in the rule pack's catalog", next: .seeCatalog))
                == "Hành vi: ND999 is not in the rule pack's catalog; see `thanhtra rules catalog`")
        #expect(ErrorWording.reason(.row("case #7 is cancelled")) == "case #7 is cancelled")
    }

    @Test func aStoppedImportSaysWhatIsInAndHowToImportTheRest() {
        var stop = ImportStop()
        stop.committed(rows: 2, first: 2, last: 3)
        let failure = ImportFailure(
            file: "a.csv", kind: "payments",
            reason: .stopped(stop, batchFirstLine: 4, batchLastLine: 5, cause: StoreError(.busy, "database is busy")),
            line: 4)
        let (message, hint) = ErrorWording.failure(failure)
        #expect(
            message
                == "import of a.csv stopped in batch 2 (lines 4–5): database is busy; lines 2–3 were committed in 1 batch(es) (2 row(s), each batch journaled); nothing from line 4 on was imported"
        )
        #expect(hint?.hasPrefix("fix the cause, then import the same file again with --skip-bad REJECTS.csv") == true)
        let empty = ErrorWording.failure(ImportFailure(file: "s.csv", kind: "subjects", reason: .empty))
        #expect(empty.message == "s.csv is empty")
        #expect(empty.hint == "the first line must be the header, e.g. loai,ma so thue,ten,dia chi")
    }
}
