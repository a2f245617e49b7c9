/// How far one active plan entry has got: whether its scheduled inspection exists, is decided, is concluded.
///
/// `thanhtra plan show YEAR` prints one line per entry and the ``Totals``.
public struct PlanProgress: Sendable, Codable, Equatable {
    /// Planned, opened and concluded counts over a year's entries.
    public struct Totals: Sendable, Codable, Equatable {
        /// Active entries.
        public var planned: Int
        /// Entries whose inspection is decided or later (a decision is signed).
        public var opened: Int
        /// Entries whose inspection is concluded or closed.
        public var concluded: Int

        public init(planned: Int, opened: Int, concluded: Int) {
            self.planned = planned
            self.opened = opened
            self.concluded = concluded
        }
    }

    public var entry: PlanEntry
    /// The entry's scheduled inspection (the first opened, if several carry the same entry), or `nil`.
    public var inspectionID: Inspection.ID?
    /// That inspection's state, or `nil` without one.
    public var state: Inspection.State?

    public init(entry: PlanEntry, inspectionID: Inspection.ID? = nil, state: Inspection.State? = nil) {
        self.entry = entry
        self.inspectionID = inspectionID
        self.state = state
    }

    /// Whether the inspection is decided or later: its decision is signed.
    public var isOpened: Bool {
        guard let state else { return false }
        return state != .open
    }

    /// Whether the inspection is concluded or closed.
    public var isConcluded: Bool { state == .concluded || state == .closed }

    /// The counts over `progress`.
    public static func totals(_ progress: [PlanProgress]) -> Totals {
        Totals(
            planned: progress.count, opened: progress.count(where: \.isOpened),
            concluded: progress.count(where: \.isConcluded))
    }
}
