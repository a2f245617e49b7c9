/// Who runs a command, when, and under which rule pack: the part of a journal entry the caller supplies.
///
/// The executable builds one per invocation from the configured actor, the ``CalendarClock`` and the loaded rule
/// pack; tests build one from a ``FixedClock``:
///
/// ```swift
/// let context = CommandContext(actor: "thanh.nguyen", timestamp: clock.timestamp(), packHash: pack.hash)
/// ```
public struct CommandContext: Sendable, Equatable {
    /// Who runs the command: a user name or an inspector's code. Recorded in the journal as given.
    public var actor: String
    /// When the command runs: ISO 8601 with the +07:00 offset, from ``CalendarClock/timestamp()``
    /// (`2026-11-23T16:05:09+07:00`). Recorded as text, never reinterpreted.
    public var timestamp: String
    /// Content hash of the rule pack whose answers the command relied on, or `nil` when it used none.
    public var packHash: String?

    /// Creates a context.
    public init(actor: String, timestamp: String, packHash: String? = nil) {
        self.actor = actor
        self.timestamp = timestamp
        self.packHash = packHash
    }
}
