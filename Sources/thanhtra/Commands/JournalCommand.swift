import ArgumentParser
import Casework

/// `thanhtra journal …`: the append-only, hash-chained record of every change.
struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal", abstract: "Show and verify the journal of changes.",
        subcommands: [JournalShowCommand.self, JournalVerifyCommand.self])
}
