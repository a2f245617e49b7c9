import Casework
import Reports
import Server

/// The CLI's words for the structured errors of the layers below it (Casework, Import, Store): each error is a value
/// (kind, ids, field, legal problem codes, ``Advice``) and only here becomes sentences naming this executable's flags
/// and commands. A wording that exists in more than one language takes the language (Reports' `Language`): `.en`
/// is the text the CLI has always printed; `.vi` says the same without the CLI's flags, for the web pages to come.
enum ErrorWording {
    /// The three-line text of a core error (`error: …`, `  --> …`, `  help: …`), its advice worded; `nil` for an
    /// error that is not one of the core's.
    static func describe(_ error: any Error, in language: Reports.Language = .en) -> String? {
        switch error {
        case var error as InputError:
            word(&error.message, &error.hint, error.advice, in: language)
            return error.description
        case var error as PenaltyCaseError:
            word(&error.message, &error.hint, error.advice, in: language)
            return error.description
        case var error as InspectionError:
            word(&error.message, &error.hint, error.advice, in: language)
            return error.description
        case let error as AmountTotalError:
            return "error: the total of \(error.total) does not fit in a 64-bit count of đồng at \(error.record)\n"
                + "  help: every amount is at most \(VND.maximum.formatted()), so only a very large selection can reach "
                + "this; split the work into smaller parts (a shorter period, fewer cases, a smaller --batch-size)"
        default:
            return nil
        }
    }

    /// Puts the words of `advice` in the help line (unless the error has a hint of its own) and, for the advice whose
    /// message names the flags, in the message.
    private static func word(_ message: inout String, _ hint: inout String?, _ advice: Advice?, in language: Reports.Language) {
        guard let advice else { return }
        if let worded = self.message(advice, in: language) { message = worded }
        if hint == nil { hint = self.hint(advice, in: language) }
    }

    /// The message the CLI prints for an error whose sentence names flags; `nil` to keep the core's message.
    static func message(_ advice: Advice, in language: Reports.Language = .en) -> String? {
        guard language == .en else { return nil }
        switch advice {
        case .givePostponement: return "a postponement runs from --from to --until (not earlier) and needs --reason"
        case .giveExtension: return "an extension needs a positive number of --days and a --reason"
        default: return nil
        }
    }

    /// What to do, in words: the help line.
    static func hint(_ advice: Advice, in language: Reports.Language = .en) -> String? {
        switch language {
        case .en: english(advice)
        case .vi: vietnamese(advice)
        }
    }

    private static func english(_ advice: Advice) -> String? {
        switch advice {
        case .giveRecordNumber: "pass --record NUMBER as written on the biên bản"
        case .giveViolation: "pass --violation CODE (see the pack's catalog)"
        case .giveEndedOrDetected: "--ended DATE for a completed violation, --detected DATE for an ongoing one"
        case .giveDecisionNumber: "pass --number as written on the decision"
        case .givePaymentReceipt: "pass --receipt as printed on the treasury receipt"
        case .givePaymentAmount: "pass --amount and/or --surcharge"
        case .givePostponement, .giveExtension: nil
        case .giveCancellationReason: "pass --reason, e.g. the decision that annuls it"
        case .giveFindingCategory: "pass --category as the rule pack classifies findings"
        case .giveFollowUpReceipt: "pass --receipt with the treasury receipt or document number"
        case .giveInspectionCategory: "pass --category as the rule pack names it"
        case .giveInspectionLevel: "pass --level as the rule pack names it, e.g. tinh or so"
        case .givePlanEntry:
            "pass --plan YEAR --entry KEY from the approved plan, or open it as unscheduled with its ground"
        case .giveGround: "pass --ground complaint|violationSigns|assignment|other and --ground-ref with the document"
        case .giveGroundReference:
            "pass --ground-ref with the complaint's number, the instruction or the record of the signs"
        case .giveSignerTitle: "pass --signer-title as the pack lists titles"
        case .giveSigner: "pass --signer with the signer's name"
        case .giveTeamLead: "pass --lead with the team lead's name"
        case .giveDecisionSubjects: "pass --subject ID for each subject the decision names"
        case .giveExtensionReason: "pass --reason as the extension decision states it"
        case .giveSuspensionReason: "pass --reason as the suspension decision states it"
        case .giveConclusionNumber: "pass --number as written on the conclusion"
        case .checkDecisionDate: "a decision follows its record; check --on"
        case .checkDate: "check --on"
        case .checkFollowUpDate: "follow-up records what was done after the conclusion; check --on"
        case .payAtMostOutstanding: "pay at most the outstanding amount; put the surcharge in --surcharge"
        case .allowOver: "check the figures; if more was really done, pass --allow-over REASON"
        case .dropGround: "drop --ground, or open it as unscheduled"
        case .dropPlan: "drop --plan, or open it as scheduled"
        case .seeCase(let id): "see `thanhtra case show \(id)`"
        case .seeCaseSurcharge(let id): "see `thanhtra case show \(id)` for the surcharge owed"
        case .decideCaseFirst(let id): "record the decision first with `thanhtra case decide \(id)`"
        case .seeInspection(let id): "see `thanhtra inspection show \(id)`"
        case .seeFindings(let id): "see the findings with `thanhtra inspection show \(id)`"
        case .seeDecisionSubjects(let id): "the decision names the subjects; see `thanhtra inspection show \(id)`"
        case .seePlanEntries: "see `thanhtra plan show YEAR` for the entries' keys"
        }
    }

    /// The same advice in Vietnamese, naming the form's fields rather than the CLI's flags: the web pages' words
    /// (``Server/AdviceWords``), kept in one place.
    private static func vietnamese(_ advice: Advice) -> String? {
        AdviceWords.vietnamese(advice)
    }
}
