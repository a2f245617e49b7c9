import ArgumentParser
import Casework

/// `thanhtra db grant ROLE`: run by the PostgreSQL schema's owner; gives the application role what the commands need
/// and, on the journal and filed reports, only INSERT and SELECT.
struct DbGrantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grant", abstract: "Grant the application role what thanhtra's commands need (PostgreSQL).",
        discussion: """
            Run as the database's owner (--db with the owner's URL), after `thanhtra init` and again after each
            upgrade. The role must exist (createuser). It gets SELECT, INSERT, UPDATE and DELETE on the working
            tables, and only INSERT and SELECT on the journal and filed reports: an UPDATE or DELETE of the journal
            by it is refused by privilege, besides the append-only trigger.
            """)

    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp("The application role (a PostgreSQL role).", valueName: "role")) var role: String

    func run() throws {
        let app = try App(options)
        let store = try app.openStore(checkingActor: false)
        guard let roles = store as? any ApplicationRoleStore else {
            throw CommandError.said(
                (
                    "\(app.databaseName) is a SQLite file: it has no roles to grant",
                    "\(app.databaseName) là tệp SQLite: không có vai trò để cấp"
                ),
                hint: (
                    "the application role is PostgreSQL's; a SQLite file is protected by its file permissions",
                    "vai trò ứng dụng là của PostgreSQL; tệp SQLite được bảo vệ bằng quyền truy cập của tệp"
                ))
        }
        let privileges = try roles.grantApplicationRole(role)
        switch app.configuration.format {
        case .json: try Output.json(privileges)
        default:
            Output.line(
                app.say(
                    "granted \(role) the commands' privileges on \(app.databaseName)",
                    "đã cấp cho \(role) các quyền các lệnh cần trên \(app.databaseName)"))
            DbPrivilegesCommand.describe(privileges, language: app.configuration.language)
        }
    }
}
