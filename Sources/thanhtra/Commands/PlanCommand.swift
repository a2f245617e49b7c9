import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra plan …`: the approved annual inspection plan, from the rule pack.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "Load and show the annual inspection plan (kế hoạch thanh tra).",
        subcommands: [PlanLoadCommand.self, PlanShowCommand.self])
}
