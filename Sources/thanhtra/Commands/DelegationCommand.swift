import ArgumentParser

/// `thanhtra delegation list|end`: the delegations `thanhtra delegate` recorded.
struct DelegationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delegation", abstract: "List delegations of titles, or end one early.",
        subcommands: [DelegationListCommand.self, DelegationEndCommand.self])
}
