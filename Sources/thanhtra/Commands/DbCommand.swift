import ArgumentParser

/// `thanhtra db …`: the database as a whole.
struct DbCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db", abstract: "Work on the database as a whole: copy it into another store.",
        subcommands: [DbCopyCommand.self])
}
