import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra follow-up …`.
struct FollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "follow-up", abstract: "Record what was actually done on a recommendation.", subcommands: [FollowUpRecordCommand.self])
}
