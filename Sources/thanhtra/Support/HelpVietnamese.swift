import ArgumentParser
import Foundation

/// `thanhtra help`, `thanhtra CMD --help` and bad usage in Vietnamese, for people who read it first (`--lang vi` or a
/// `vi…` locale, decided from the words before any parsing: ``VietnameseErrors/language(arguments:environment:)``).
///
/// ArgumentParser's help texts are static English: the English screens stay exactly ArgumentParser's. The Vietnamese
/// screen is drawn here from the same command tree (ArgumentParser's own description of it, `_dumpHelp()`: every
/// command, every option with its names, value name and default) and the Vietnamese words of
/// ``HelpVietnamese/commands`` (abstract and discussion by command path, e.g. `case open`) and
/// ``HelpVietnamese/options`` (help by option name, e.g. `--record`, or `<id>` for an argument), with the
/// per-command ``HelpVietnamese/commandOptions`` where one name means different things. A test walks the whole tree
/// so an option cannot be added without its Vietnamese help.
enum HelpVietnamese {
    /// The Vietnamese words of one command.
    struct Command {
        var abstract: String
        var discussion: String? = nil
    }

    /// The help screen for the command that `arguments` (without the program name) asked help for (`help case open`,
    /// `case open --help`, a command group alone), in Vietnamese; `nil` when the words ask for something else
    /// (the version, completions).
    static func screen(for arguments: [String], root: any ParsableCommand.Type, width: Int = 80) -> String? {
        let skipped: Set<String> = ["--version", "--experimental-dump-help"]
        guard !arguments.contains(where: { skipped.contains($0) || $0.hasPrefix("--generate-completion-script") || $0.hasPrefix("---completion") })
        else { return nil }
        let path = commandPath(arguments.first == "help" ? Array(arguments.dropFirst()) : arguments, root: root)
        return screen(path: path, root: root, width: width)
    }

    /// The screen of the command at `path` (its types from the root down).
    static func screen(path: [any ParsableCommand.Type], root: any ParsableCommand.Type, width: Int = 80) -> String? {
        let names = path.dropFirst().map { CommandSuggestion.name(of: $0) }
        guard let info = tree(root: root)?.find(Array(names)) else { return nil }
        let key = names.joined(separator: " ")
        let words = commands[key]
        var text = ""
        if let abstract = words?.abstract ?? info.abstract, !abstract.isEmpty {
            text += wrap("TỔNG QUAN: " + abstract, width: width, indent: 0) + "\n\n"
        }
        let usage = root.usageString(for: path.last ?? root)
        text += "CÁCH DÙNG: " + usage + "\n\n"
        if let discussion = words?.discussion ?? info.discussion, !discussion.isEmpty {
            text += discussion + "\n\n"
        }
        let shown = (info.arguments ?? []).filter { $0.shouldDisplay ?? true }
        let positional = shown.filter { $0.kind == "positional" }
        let options = shown.filter { $0.kind != "positional" }
        if !positional.isEmpty {
            text += "ĐỐI SỐ:\n" + positional.map { row($0, command: key, width: width) }.joined() + "\n"
        }
        if !options.isEmpty {
            text += "TÙY CHỌN:\n" + options.map { row($0, command: key, width: width) }.joined() + "\n"
        }
        let subcommands = (info.subcommands ?? []).filter { $0.shouldDisplay ?? true }
        if !subcommands.isEmpty {
            text += "LỆNH CON:\n"
            for subcommand in subcommands {
                let subkey = key.isEmpty ? subcommand.commandName : key + " " + subcommand.commandName
                let abstract = commands[subkey]?.abstract ?? subcommand.abstract ?? ""
                text += columns("  " + subcommand.commandName, abstract, width: width)
            }
            let place = (["thanhtra", "help"] + names).joined(separator: " ")
            text += "\n  Xem '\(place) <lệnh con>' để biết chi tiết về một lệnh con.\n"
        }
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// The commands the words name, from the root: options and their values skipped, stopping at the first word that
    /// is not a subcommand.
    static func commandPath(_ arguments: [String], root: any ParsableCommand.Type) -> [any ParsableCommand.Type] {
        var path: [any ParsableCommand.Type] = [root]
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            if word == "--" { break }
            if word.hasPrefix("-") {
                if CommandSuggestion.valueOptions.contains(word) { index += 1 }
                index += 1
                continue
            }
            guard let next = path.last?.configuration.subcommands.first(where: { CommandSuggestion.names(of: $0).contains(word) })
            else { break }
            path.append(next)
            index += 1
        }
        return path
    }

    /// The Vietnamese help of an argument of the command `command` (`case open`; "" for the root): the command's own
    /// wording of the name, else the name's.
    static func help(command: String, argument: String) -> String? {
        commandOptions[command]?[argument] ?? options[argument]
    }

    /// The commands and arguments of the tree that have no Vietnamese words: `case open: --record`,
    /// `case open (abstract)`, `case open (discussion)`. Empty when every help screen is whole in Vietnamese.
    static func missing(root: any ParsableCommand.Type) -> [String] {
        guard let tree = tree(root: root) else { return ["(the command tree could not be read)"] }
        var missing: [String] = []
        func walk(_ info: Info, _ path: [String]) {
            let key = path.joined(separator: " ")
            if commands[key] == nil { missing.append("\(key) (abstract)") }
            if info.discussion?.isEmpty == false, commands[key]?.discussion == nil { missing.append("\(key) (discussion)") }
            for argument in (info.arguments ?? []) where argument.shouldDisplay ?? true {
                if help(command: key, argument: argument.key) == nil { missing.append("\(key): \(argument.key)") }
            }
            for subcommand in info.subcommands ?? [] { walk(subcommand, path + [subcommand.commandName]) }
        }
        walk(tree, [])
        return missing
    }

    // MARK: - The tree, as ArgumentParser describes it

    /// One command of ArgumentParser's description of the tree (`--experimental-dump-help`, version 0).
    struct Info: Decodable {
        var commandName: String
        var abstract: String?
        var discussion: String?
        var shouldDisplay: Bool?
        var subcommands: [Info]?
        var arguments: [Argument]?

        func find(_ names: [String]) -> Info? {
            guard let first = names.first else { return self }
            return subcommands?.first { $0.commandName == first }?.find(Array(names.dropFirst()))
        }
    }

    /// One argument, option or flag of a command.
    struct Argument: Decodable {
        struct Name: Decodable {
            var kind: String
            var name: String
            var text: String { (kind == "long" ? "--" : "-") + name }
        }
        var kind: String
        var shouldDisplay: Bool?
        var names: [Name]?
        var preferredName: Name?
        var valueName: String?
        var defaultValue: String?
        var abstract: String?

        /// The key of the Vietnamese tables: the preferred name (`--record`, `-o`), or `<value>` for an argument.
        var key: String { preferredName?.text ?? "<\(valueName ?? "")>" }

        /// The left column: `-o, --output <output>`, `--minor`, `<id>`.
        var label: String {
            guard kind != "positional" else { return "<\(valueName ?? "")>" }
            let spelled = (names ?? preferredName.map { [$0] } ?? []).map(\.text).joined(separator: ", ")
            return kind == "option" ? "\(spelled) <\(valueName ?? "value")>" : spelled
        }
    }

    private struct Dump: Decodable {
        var command: Info
    }

    /// The root's tree, read once from ArgumentParser's own description.
    static func tree(root: any ParsableCommand.Type) -> Info? {
        try? JSONDecoder().decode(Dump.self, from: Data(root._dumpHelp().utf8)).command
    }

    // MARK: - Drawing

    private static func row(_ argument: Argument, command: String, width: Int) -> String {
        var text = help(command: command, argument: argument.key) ?? argument.abstract ?? ""
        if argument.kind == "option", let value = argument.defaultValue, !value.isEmpty, !text.contains("mặc định") {
            text += " (mặc định: \(value))"
        }
        return columns("  " + argument.label, text, width: width)
    }

    /// The label, then the help from column 26 (on the next line when the label is longer), wrapped to `width`.
    private static func columns(_ label: String, _ help: String, width: Int) -> String {
        let column = 26
        let prefix: String
        if label.count < column - 1 {
            prefix = label + String(repeating: " ", count: column - label.count)
        } else {
            prefix = label + "\n" + String(repeating: " ", count: column)
        }
        guard !help.isEmpty else { return label + "\n" }
        return prefix + wrap(help, width: width, indent: column, firstLineTaken: true) + "\n"
    }

    /// `text` wrapped to `width` columns at spaces, its later lines indented by `indent`.
    private static func wrap(_ text: String, width: Int, indent: Int, firstLineTaken: Bool = false) -> String {
        var lines: [String] = []
        var line = ""
        let room = max(20, width - indent)
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if !line.isEmpty, line.count + 1 + word.count > (lines.isEmpty && !firstLineTaken ? width : room) {
                lines.append(line)
                line = String(word)
            } else {
                line += line.isEmpty ? String(word) : " " + word
            }
        }
        lines.append(line)
        return lines.joined(separator: "\n" + String(repeating: " ", count: indent))
    }

    // MARK: - Bad usage

    /// ArgumentParser's `Help:` line of bad usage (`--record <record>  The violation record's number.`) with the
    /// option's Vietnamese help, for the command the words name.
    static func usageHelp(_ line: String, arguments: [String], root: any ParsableCommand.Type) -> String {
        guard let gap = line.range(of: "  ") else { return line }
        let synopsis = String(line[..<gap.lowerBound])
        let key = synopsis.hasPrefix("-") ? String(synopsis.prefix { $0 != " " }) : synopsis
        let command = commandPath(arguments, root: root).dropFirst().map { CommandSuggestion.name(of: $0) }
        guard let words = help(command: command.joined(separator: " "), argument: key) else { return line }
        return "\(synopsis)  \(words)"
    }

    /// `--on <on>` as the option alone (its value name would read as the value); a positional keeps `<id>`.
    static func optionName(_ synopsis: String) -> String {
        synopsis.hasPrefix("-") ? String(synopsis.prefix { $0 != " " }) : synopsis
    }

    /// ArgumentParser's words for bad usage, in Vietnamese; a message it words otherwise (the commands' own
    /// validation) stays as it is.
    static func usageMessage(_ message: String) -> String {
        let patterns: [(Regex<(Substring, Substring)>, (String) -> String)] = [
            (/Missing expected argument '(.+)'/, { "thiếu \($0) (bắt buộc)" }),
            (/Unknown option '(.+)'/, { "không có tùy chọn \($0)" }),
            (/Unexpected argument '(.+)'/, { "thừa đối số '\($0)'" }),
            (/Missing value for '(.+)'/, { "thiếu giá trị cho \(HelpVietnamese.optionName($0))" }),
            (/Missing one of: (.+)/, { "cần một trong: \($0)" }),
        ]
        if let did = message.wholeMatch(of: /Unknown option '(.+)'\. Did you mean '(.+)'\?/) {
            return "không có tùy chọn \(did.1) (có phải ý bạn là \(did.2)?)"
        }
        if let invalid = message.wholeMatch(of: /The value '(.*)' is invalid for '([^']+)'(.*)/) {
            var rest = String(invalid.3)
                .replacingOccurrences(of: ". Please provide one of the following:", with: "; chọn một trong:")
            if let choices = rest.wholeMatch(of: /\. Please provide one of (.+) or (.+)\./) {
                rest = "; chọn một trong \(choices.1) hoặc \(choices.2)"
            }
            return "giá trị '\(invalid.1)' không hợp lệ cho \(optionName(String(invalid.2)))\(rest)"
        }
        if let many = message.wholeMatch(of: /(\d+) unexpected arguments: (.+)/) {
            return "thừa \(many.1) đối số: \(many.2)"
        }
        if message == "Missing required subcommand." { return "thiếu lệnh con" }
        for (pattern, word) in patterns {
            if let match = message.wholeMatch(of: pattern) { return word(String(match.1)) }
        }
        return message
    }
}
