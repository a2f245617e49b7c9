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
        } catch let error where vietnamese(error) != nil {
            fail(vietnamese(error) ?? "")
        } catch let error as RuleError {
            fail(error.description)
        } catch let error as StoreError {
            fail(error.commandDescription)
        } catch let error as InputError {
            fail(ErrorWording.describe(error) ?? error.description)
        } catch let error as MoneyError {
            fail("error: \(error.description)")
        } catch let error as ReportError {
            fail(error.description)
        } catch let error as InspectionError {
            fail(ErrorWording.describe(error) ?? error.description)
        } catch let error as PenaltyCaseError {
            fail(ErrorWording.describe(error) ?? error.description)
        } catch let error as CommandError {
            fail(error.description)
        } catch let error as InspectorateError {
            // A use case's refusal that no command worded itself (the role and team checks of every casework command).
            fail(CommandError(error).description)
        } catch let error as CocoaError {
            fail(describe(fileError: error))
        } catch {
            if let failure = Output.finish(), exitCode(for: error) == .success { fail(failure) }
            // A command group run alone (`thanhtra case`) asks for its help.
            if exitCode(for: error) == .success { vietnameseHelp(Array(CommandLine.arguments.dropFirst())) }
            // A total too large for đồng: printed as ArgumentParser prints any other error, in the CLI's words.
            if error is AmountTotalError, let worded = ErrorWording.describe(error) { exit(withError: Worded(text: worded)) }
            // Bad usage in the CLI's one error style (`error:`, then `usage:` and `help:` indented), exit 64.
            if exitCode(for: error) == .validationFailure {
                _ = Output.finish()
                Output.error(usageError(fullMessage(for: error), in: commandLineLanguage))
                Foundation.exit(ExitCode.validationFailure.rawValue)
            }
            exit(withError: error)
        }
    }

    /// A file-system error from Foundation (writing CSV to a full stdout, say) in the three-line form, without
    /// the raw `NSCocoaErrorDomain` text.
    static func describe(fileError error: CocoaError) -> String {
        let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError
        let reason =
            underlying.map { $0.domain == NSPOSIXErrorDomain ? String(cString: strerror(Int32($0.code))) : $0.localizedDescription }
            ?? error.localizedDescription
        let place = error.filePath ?? error.url?.path ?? "standard output or a file"
        return "error: cannot read or write \(place): \(reason)\n"
            + "  help: check the disk (free space) and the file's permissions, then run the command again"
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

    /// An error already worded by the CLI, for ArgumentParser to print as it is.
    private struct Worded: Error, CustomStringConvertible {
        var text: String
        var description: String { text }
    }

    /// The language of the command line (`--lang`, else the locale), read from the words before parsing.
    static var commandLineLanguage: Language {
        VietnameseErrors.language(
            arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
    }

    /// Prints the Vietnamese help screen the words ask for and exits 0, when the command line's language is
    /// Vietnamese; returns otherwise (ArgumentParser prints its English screen).
    private static func vietnameseHelp(_ arguments: [String]) {
        guard commandLineLanguage == .vi, let screen = HelpVietnamese.screen(for: arguments, root: Thanhtra.self) else { return }
        _ = Output.finish()
        print(screen)
        Foundation.exit(0)
    }

    /// `error` worded in Vietnamese when the command line's language is Vietnamese and there are words for it.
    private static func vietnamese(_ error: any Error) -> String? {
        commandLineLanguage == .vi ? VietnameseErrors.describe(error) : nil
    }

    private static func fail(_ text: String) -> Never {
        _ = Output.finish()
        Output.error(text)
        Foundation.exit(1)
    }
}
