import ArgumentParser
import Casework

/// `thanhtra role grant|revoke LOGIN ROLE`: which use cases an account may run (DESIGN.md §8).
struct RoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "role", abstract: "Grant or revoke an account's role (vai trò).",
        discussion: """
            Roles open use cases; they are not legal titles (see `thanhtra title`). Only an active account with the
            role quan_tri changes roles, never its own; each change is journaled.
            """,
        subcommands: [RoleGrantCommand.self, RoleRevokeCommand.self])
}
