import ArgumentParser
import Casework
import Reports

/// "Did you mean" for a mistyped subcommand: `thanhtra cases list` and `thanhtra case lst` name the word that is not
/// a command and the command most likely meant, instead of ArgumentParser's "2 unexpected arguments".
///
/// Called only after parsing failed: it walks the words the way the command tree reads them (options and their
/// values skipped) and stops at the first word that is not a subcommand of a command that has subcommands.
enum CommandSuggestion {
    /// Global options that take a value (the word after them is theirs, not a command).
    static let valueOptions: Set<String> = ["--db", "--rules", "--as", "--format", "--lang", "-o", "--output"]

    /// The error for `arguments` (without the program name) when a word is not a command where one is expected;
    /// `nil` when every command word is known (the parse failed for another reason).
    /// `language` .vi words it in Vietnamese (`lỗi:` / `gợi ý:` printed by ``VietnameseErrors/worded(_:hint:)``).
    static func error(for arguments: [String], root: any ParsableCommand.Type, language: Language = .en) -> CommandError? {
        var command = root
        var path = [name(of: root)]
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            if word == "--" { return nil }
            if word.hasPrefix("-") {
                if valueOptions.contains(word) { index += 1 }
                index += 1
                continue
            }
            let subcommands = command.configuration.subcommands
            guard !subcommands.isEmpty else { return nil }
            if let next = subcommands.first(where: { names(of: $0).contains(word) }) {
                command = next
                path.append(name(of: next))
                index += 1
                continue
            }
            let known = subcommands.map { name(of: $0) }
            let near = nearest(word, in: known)
            let place = path.joined(separator: " ")
            if language == .vi {
                return CommandError(
                    message: "\"\(word)\" không phải là lệnh của `\(place)`"
                        + (near.map { " (có phải ý bạn là \"\($0)\"?)" } ?? ""),
                    hint: "`\(place) --help` liệt kê các lệnh: \(known.joined(separator: ", "))", vietnamese: true)
            }
            return CommandError(
                message: "\"\(word)\" is not a command of `\(place)`" + (near.map { " (did you mean \"\($0)\"?)" } ?? ""),
                hint: "`\(place) --help` lists the commands: \(known.joined(separator: ", "))")
        }
        return nil
    }

    static func name(of command: any ParsableCommand.Type) -> String {
        command.configuration.commandName ?? command._commandName
    }

    static func names(of command: any ParsableCommand.Type) -> [String] {
        [name(of: command)] + command.configuration.aliases
    }

    /// The known word nearest to `word`: one that starts with it or it starts with (`cases` → `case`), else the
    /// closest within a third of its length in edits (`lst` → `list`).
    static func nearest(_ word: String, in known: [String]) -> String? {
        let lowered = word.lowercased()
        if let prefixed = known.filter({ lowered.hasPrefix($0) || $0.hasPrefix(lowered) }).min(by: { $0.count < $1.count }),
            !lowered.isEmpty
        {
            return prefixed
        }
        return NearestWord.nearest(to: lowered, among: known, maxDistance: max(1, (lowered.count + 2) / 3))
    }
}
