import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra finding …`.
struct FindingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "finding", abstract: "Record violations found by an inspection.", subcommands: [FindingAddCommand.self])
}
