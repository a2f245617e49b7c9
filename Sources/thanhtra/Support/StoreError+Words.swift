import Casework

extension StoreError {
    /// The CLI's `help:` line: for a refusal, the command that shows the record to look at, with the store's advice;
    /// otherwise the store's hint as it is.
    var commandHint: String? {
        guard let refusal else { return hint }
        let advice = hint
        func see(_ command: String, adviceFirst: Bool = false) -> String {
            guard let advice else { return "see `\(command)`" }
            return adviceFirst ? "\(advice); see `\(command)`" : "see `\(command)`; \(advice)"
        }
        switch refusal {
        case .penaltyCaseNotFound: return "find the case's number with `thanhtra case list`"
        case .duplicateRecord(_, let existing), .duplicateReceipt(_, let existing), .duplicateDecisionNumber(_, let existing):
            return see("thanhtra case show \(existing)")
        case .alreadyDecided(let id, _), .noDecision(let id, _), .alreadyDelivered(let id), .alreadyCancelled(let id):
            return see("thanhtra case show \(id)", adviceFirst: true)
        case .inspectionNotFound: return "find the inspection's number with `thanhtra inspection list`"
        case .recommendationNotFound: return "see the recommendations with `thanhtra inspection show INSPECTION`"
        case .duplicateInspectionDecision(_, let existing), .duplicateConclusion(_, let existing):
            return see("thanhtra inspection show \(existing)")
        case .duplicateFollowUpReceipt(_, _, let inspection): return see("thanhtra inspection show \(inspection)")
        case .stepAlreadyRecorded(let id, _), .notASubject(_, let id): return see("thanhtra inspection show \(id)", adviceFirst: true)
        case .findingOfAnotherInspection(_, let id): return "see the findings with `thanhtra inspection show \(id)`"
        case .subjectNotFound: return "find the subject's number with `thanhtra subject list --search <name>`"
        case .subjectNotRegistered: return "register it with `thanhtra subject add`, then import again"
        case .duplicateSubject(_, _, let existing): return "see `thanhtra subject show \(existing)`"
        case .unknownFigure: return advice
        case .paymentOnCancelledCase(let id), .paymentAboveOwed(let id): return see("thanhtra case show \(id)")
        }
    }

    /// `error: <message>` and the CLI's `  help:` line: how `thanhtra` prints a store error.
    var commandDescription: String {
        var text = "error: \(message)"
        if let commandHint { text += "\n  help: \(commandHint)" }
        return text
    }
}
