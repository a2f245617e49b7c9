public import Casework
import Foundation

/// One step in a case's history as the journal records it: when, who, which command.
public struct TimelineEntry: Sendable, Equatable {
    /// The journal entry's sequence.
    public var sequence: Int64
    /// The real time it was recorded (ISO 8601, +07:00).
    public var recordedAt: String
    /// The account that acted.
    public var actor: String
    /// The command (`case open`, `case decide`, `case pay`, …).
    public var command: String
}

extension Registry {
    /// The journal entries of `id`'s commands, oldest first: `case open` (whose payload is the case, with its `id`)
    /// and every later `case …` command (whose payload names the `case`).
    ///
    /// Reads the whole journal in pages of `pageSize`: linear in the journal's length (a store index on the case is
    /// the next step, docs/serve.md). Cases written by an import are not in their own entries and show only the
    /// commands after it.
    /// - Throws: ``StoreError``.
    public func timeline(of id: PenaltyCase.ID, pageSize: Int = 2_000) throws -> [TimelineEntry] {
        var found: [TimelineEntry] = []
        var after: Int64 = 0
        while true {
            let page = try store.journal(after: after, limit: pageSize)
            for entry in page where entry.command.hasPrefix("case ") && Self.names(entry, case: id.rawValue) {
                found.append(
                    TimelineEntry(
                        sequence: entry.sequence, recordedAt: entry.recordedAt, actor: entry.actor,
                        command: entry.command))
            }
            guard let last = page.last, page.count == pageSize else { return found }
            after = last.sequence
        }
    }

    /// Whether the entry's payload is about case `number`.
    private static func names(_ entry: JournalEntry, case number: Int64) -> Bool {
        guard let object = try? JSONSerialization.jsonObject(with: Data(entry.payload.utf8)) as? [String: Any]
        else { return false }
        let key = entry.command == "case open" ? "id" : "case"
        return (object[key] as? NSNumber)?.int64Value == number
    }
}
