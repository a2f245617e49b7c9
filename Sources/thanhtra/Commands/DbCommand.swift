import ArgumentParser

/// `thanhtra db …`: the database as a whole, as its administrator handles it (docs/operations.md).
struct DbCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Administer the database: copy it into another store; on PostgreSQL, the application role.",
        discussion: """
            `db copy FROM TO` copies every table into an empty store of either engine and verifies the copy.
            On PostgreSQL the schema's owner creates and migrates the tables, and the staff connect as an
            application role that may only append to the journal: `db grant ROLE` (as the owner) gives it what the
            commands need; `db privileges` (as anyone) says what the connected role may do to the journal.
            """,
        subcommands: [DbCopyCommand.self, DbGrantCommand.self, DbPrivilegesCommand.self])
}
