import ArgumentParser
import Casework
import Foundation
import Inspectorate
import Reports
import Rules

/// The `thanhtra` command: parses, wires the configuration, calls the library, prints. No business logic here.
@main
struct Thanhtra: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "thanhtra",
        abstract: "Inspections and administrative-penalty cases for an inspectorate (cơ quan thanh tra).",
        discussion: """
            Keeps inspections, penalty cases and their journal in one SQLite file (--db, default ./thanhtra.sqlite);
            the legal rules (fines, deadlines, plans, report forms) live in a Lua rule pack (--rules, default the
            pack recorded at `thanhtra init`, else ./rules).

            Start with `thanhtra init`, then `thanhtra rules check` and `thanhtra journal show`.
            Environment: THANHTRA_DB, THANHTRA_RULES, THANHTRA_TODAY (YYYY-MM-DD, for reproducible runs), USER.
            """,
        version: version,
        subcommands: [
            InitCommand.self, VersionCommand.self, SubjectCommand.self, CaseCommand.self, PlanCommand.self, InspectionCommand.self, FindingCommand.self,
            RecommendCommand.self, FollowUpCommand.self, ReportCommand.self, RulesCommand.self,
            JournalCommand.self, ImportCommand.self, BatchCommand.self, AccountCommand.self, ServeCommand.self,
            RoleCommand.self, TitleCommand.self, DelegateCommand.self, DelegationCommand.self, DbCommand.self,
        ]
    )

    /// Accepted before the subcommand too (`thanhtra --db x.sqlite journal show`): subcommands decode the same values.
    @OptionGroup var options: GlobalOptions

    /// Runs the command; user-facing errors are printed in the three-line format (what, where, what to do) and exit 1.
    static func main() {
        do {
            let arguments = try InputWords.processArguments()
            var command: any ParsableCommand
            do {
                command = try parseAsRoot(arguments)
            } catch {
                // Help asked for in Vietnamese: drawn from the same tree with the Vietnamese words (exit 0).
                if exitCode(for: error) == .success { vietnameseHelp(arguments) }
                // A mistyped command word: say which, and the command most likely meant (exit 64, a usage error).
                // Not for what ArgumentParser answers with success: help, a completion script or its completions.
                if exitCode(for: error) != .success,
                    let suggestion = CommandSuggestion.error(for: arguments, root: Thanhtra.self, language: commandLineLanguage)
                {
                    _ = Output.finish()
                    Output.error(suggestion.description)
                    Foundation.exit(64)
                }
                throw error
            }
            try command.run()
            if let failure = Output.finish() { fail(failure) }
        } catch let error where ErrorText.describe(error, in: commandLineLanguage) != nil {
            // The program's own errors, worded in one place in the command line's language.
            fail(ErrorText.describe(error, in: commandLineLanguage) ?? "")
        } catch {
            if let failure = Output.finish(), exitCode(for: error) == .success { fail(failure) }
            // A command group run alone (`thanhtra case`) asks for its help.
            if exitCode(for: error) == .success { vietnameseHelp(Array(CommandLine.arguments.dropFirst())) }
            // Bad usage in the CLI's one error style (`error:`, then `usage:` and `help:` indented), exit 64.
            if exitCode(for: error) == .validationFailure {
                _ = Output.finish()
                Output.error(usageError(fullMessage(for: error), in: commandLineLanguage))
                Foundation.exit(ExitCode.validationFailure.rawValue)
            }
            exit(withError: error)
        }
    }

    /// ArgumentParser's message for bad usage (`Error: …`, `Help: …`, `Usage: …`, `See '… --help' for more
    /// information.`) in the CLI's error style:
    ///
    /// ```
    /// error: give exactly one of --tax-code (an organization) or --id-number (a person)
    ///   usage: thanhtra subject add [--db <path>] … --name <name> [--address <address>]
    ///   help: `thanhtra subject add --help` lists every option
    /// ```
    ///
    /// In Vietnamese (`language` .vi): `lỗi:`, `cách dùng:` and `gợi ý:`, ArgumentParser's own messages worded by
    /// ``HelpVietnamese/usageMessage(_:)``.
    static func usageError(_ message: String, in language: Language = .en) -> String {
        let vi = language == .vi
        var lines: [String] = []
        for line in message.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) {
            if line.hasPrefix("Error: ") {
                let text = String(line.dropFirst("Error: ".count))
                lines.append(vi ? "lỗi: " + HelpVietnamese.usageMessage(text) : "error: " + text)
            } else if line.hasPrefix("Help: ") {
                let text = line.dropFirst("Help: ".count).trimmedOfWhitespace
                lines.append(
                    vi
                        ? "  gợi ý: "
                            + HelpVietnamese.usageHelp(text, arguments: Array(CommandLine.arguments.dropFirst()), root: Thanhtra.self)
                        : "  help: " + text)
            } else if line.hasPrefix("Usage: ") {
                lines.append((vi ? "  cách dùng: " : "  usage: ") + line.dropFirst("Usage: ".count))
            } else if let see = line.trimmedOfWhitespace.wholeMatch(of: /See '(.+)' for more information\./) {
                lines.append(vi ? "  gợi ý: `\(see.1)` liệt kê mọi tùy chọn" : "  help: `\(see.1)` lists every option")
            } else {
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The language of the command line (`--lang`, else the locale), read from the words before parsing.
    static var commandLineLanguage: Language { Wording.commandLine }

    /// Prints the Vietnamese help screen the words ask for and exits 0, when the command line's language is
    /// Vietnamese; returns otherwise (ArgumentParser prints its English screen).
    private static func vietnameseHelp(_ arguments: [String]) {
        guard commandLineLanguage == .vi, let screen = HelpVietnamese.screen(for: arguments, root: Thanhtra.self) else { return }
        _ = Output.finish()
        print(screen)
        Foundation.exit(0)
    }

    private static func fail(_ text: String) -> Never {
        _ = Output.finish()
        Output.error(text)
        Foundation.exit(1)
    }
}
