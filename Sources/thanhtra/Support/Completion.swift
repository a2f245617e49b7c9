import ArgumentParser
import Casework
import Foundation
import Inspectorate
import Rules

/// What the shell completes from the pack in force and the database (`thanhtra --generate-completion-script bash`,
/// zsh or fish, installed as README.md says): violation codes in force today, circumstance codes, subjects' tax codes
/// and ID numbers, the numbers of the cases people act on, database files.
///
/// The shell runs `thanhtra ---completion …` with the words typed so far; the command line's own `--db` and `--rules`
/// (else `THANHTRA_DB`, `THANHTRA_RULES` and the defaults) say which database and pack to read. A completion never
/// writes, never prints an error (a missing database or a broken pack completes nothing) and lists at most
/// ``limit`` words.
enum Completion {
    /// The most words one completion offers.
    static let limit = 200

    /// Violation codes of the catalog in force today, for `--violation CODE[,committed=…]`: only the code part.
    static let violationCode = CompletionKind.custom { words, _, prefix in violationCodes(words, prefix: prefix) }
    /// Mitigating circumstance codes (Điều 9).
    static let mitigating = CompletionKind.custom { words, _, prefix in
        circumstances(words, prefix: prefix, mitigating: true)
    }
    /// Aggravating circumstance codes (Điều 10).
    static let aggravating = CompletionKind.custom { words, _, prefix in
        circumstances(words, prefix: prefix, mitigating: false)
    }
    /// Registered subjects' tax codes and citizen ID numbers (what `--subject` accepts besides the number).
    static let subject = CompletionKind.custom { words, _, prefix in subjects(words, prefix: prefix) }
    /// Numbers of the cases still to act on: open, and decided but not settled.
    static let caseNumber = CompletionKind.custom { words, _, prefix in caseNumbers(words, prefix: prefix) }
    /// SQLite database files.
    static let database = CompletionKind.file(extensions: ["sqlite", "db"])

    static func violationCodes(_ words: [String], prefix: String) -> [String] {
        guard !prefix.contains(","), let app = app(words),
            let (_, engine) = try? app.openCaseworkOrPack(),
            let entries = try? engine.catalog(on: app.today, sector: nil)
        else { return [] }
        return matching(entries.map(\.code), prefix)
    }

    static func circumstances(_ words: [String], prefix: String, mitigating: Bool) -> [String] {
        guard let app = app(words), let (_, engine) = try? app.openCaseworkOrPack(),
            let both = try? engine.circumstances()
        else { return [] }
        return matching((mitigating ? both.mitigating : both.aggravating).map(\.code), prefix)
    }

    static func subjects(_ words: [String], prefix: String) -> [String] {
        guard let app = app(words), app.databaseExists, let store = try? app.openStore(checkingActor: false),
            let page = try? Registry(store: store).subjectPage(
                kind: nil, search: prefix.isEmpty ? nil : prefix, limit: limit)
        else { return [] }
        return matching(page.items.map(\.identifier), prefix)
    }

    static func caseNumbers(_ words: [String], prefix: String) -> [String] {
        guard let app = app(words), app.databaseExists, let store = try? app.openStore(checkingActor: false) else {
            return []
        }
        let registry = Registry(store: store)
        let open = (try? registry.penaltyCases(PenaltyCaseFilter(state: .open, limit: limit))) ?? []
        let unpaid = (try? registry.penaltyCases(PenaltyCaseFilter(state: .decided, limit: limit))) ?? []
        return matching((open + unpaid).map { String($0.id.rawValue) }, prefix)
    }

    /// The words that start with `prefix` (letters compared without case), sorted, at most ``limit``.
    static func matching(_ words: [String], _ prefix: String) -> [String] {
        let folded = prefix.lowercased()
        return Array(Set(words.filter { $0.lowercased().hasPrefix(folded) }).sorted().prefix(limit))
    }

    /// The configuration of the command line being completed: its `--db` and `--rules`, in either form
    /// (`--db x`, `--db=x`); `nil` when they do not make one.
    static func app(_ words: [String]) -> App? {
        var given: [String] = []
        for (index, word) in words.enumerated() {
            for name in ["--db", "--rules"] {
                if word == name, index + 1 < words.count { given += [name, words[index + 1]] }
                if word.hasPrefix(name + "=") { given += [name, String(word.dropFirst(name.count + 1))] }
            }
        }
        guard let options = try? GlobalOptions.parse(given) else { return nil }
        return try? App(options)
    }
}
