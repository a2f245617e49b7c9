import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra case …`: administrative-penalty cases from the violation record to payment.
struct CaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case",
        abstract: "Administrative-penalty cases: open, preview, decide, deliver, pay, show, list, recompute.",
        discussion: """
            A case goes: open (the violation record) → preview → decide → deliver → pay (in parts if need be).
            Every figure comes from the rule pack, with its legal citation (`case show --explain`).
            """,
        subcommands: [
            CaseOpenCommand.self, CasePreviewCommand.self, CaseDecideCommand.self, CaseDeliverCommand.self,
            CasePayCommand.self, CaseInstallmentsCommand.self, CasePostponeCommand.self, CaseExtendCommand.self,
            CaseCancelCommand.self, CaseShowCommand.self, CaseListCommand.self, CasePrintCommand.self,
            CaseRecomputeCommand.self,
        ])
}
