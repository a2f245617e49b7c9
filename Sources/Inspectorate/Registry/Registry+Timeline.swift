public import Casework

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
    /// One store query by case (``CaseStore/journal(ofCase:)``, an index on the journal's case reference), not a
    /// read of the whole journal. Cases written by an import are not in their own entries and show only the
    /// commands after it.
    /// - Throws: ``StoreError``.
    public func timeline(of id: PenaltyCase.ID) throws -> [TimelineEntry] {
        try store.journal(ofCase: id).map {
            TimelineEntry(sequence: $0.sequence, recordedAt: $0.recordedAt, actor: $0.actor, command: $0.command)
        }
    }
}
