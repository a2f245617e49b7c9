import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra subject …`: the register of organizations and persons inspected or fined.
struct SubjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "subject", abstract: "Register and look up subjects (organizations and persons).",
        subcommands: [SubjectAddCommand.self, SubjectListCommand.self, SubjectShowCommand.self])
}
