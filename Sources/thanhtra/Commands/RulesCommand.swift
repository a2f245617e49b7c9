import ArgumentParser
import Casework
import Foundation
import Rules

/// `thanhtra rules …`: what rule authors use.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "Check the rule pack and list what it defines.",
        subcommands: [
            RulesCheckCommand.self, RulesTestCommand.self, RulesExplainCommand.self, RulesHistoryCommand.self, RulesDiffCommand.self, RulesCatalogCommand.self, RulesCircumstancesCommand.self, RulesTitlesCommand.self,
            RulesProposeCommand.self, RulesActivateCommand.self, RulesRejectCommand.self, RulesProposalsCommand.self,
        ])
}
