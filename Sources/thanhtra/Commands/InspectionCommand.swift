import ArgumentParser
import Casework
import Inspectorate
import Rules

/// `thanhtra inspection …`: inspections from decision to conclusion.
struct InspectionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspection",
        abstract: "Inspections: open, decide, announce, extend, suspend, resume, end-onsite, report, draft, conclude, close.",
        discussion: """
            Scheduled inspections come from the annual plan (`thanhtra plan load YEAR`); unscheduled ones need a ground
            (complaint, signs of violation, assignment by the head) with its reference; regular ones neither.
            Categories, levels and every deadline come from the rule pack (`thanhtra inspection show ID`).
            """,
        subcommands: [
            InspectionOpenCommand.self, InspectionDecideCommand.self, InspectionAnnounceCommand.self,
            InspectionExtendCommand.self, InspectionSuspendCommand.self, InspectionResumeCommand.self,
            InspectionEndOnsiteCommand.self, InspectionReportCommand.self, InspectionDraftCommand.self,
            InspectionConcludeCommand.self, InspectionCloseCommand.self, InspectionShowCommand.self,
            InspectionListCommand.self, InspectionCodesCommand.self,
        ])
}
