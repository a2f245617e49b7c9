/// Which penalty cases a bulk computation (`rules diff`) reads. Every criterion given must hold.
public struct CaseSelection: Sendable, Equatable {
    /// The states read; by default every case that is not cancelled.
    public var states: Set<PenaltyCase.State>
    /// Record made on or after this day.
    public var recordFrom: CalendarDate?
    /// Record made before this day (half-open: `recordFrom ≤ day < recordBefore`).
    public var recordBefore: CalendarDate?

    public init(
        states: Set<PenaltyCase.State> = [.open, .decided, .settled], recordFrom: CalendarDate? = nil,
        recordBefore: CalendarDate? = nil
    ) {
        self.states = states
        self.recordFrom = recordFrom
        self.recordBefore = recordBefore
    }
}

/// How many cases a selection holds and the span of their IDs, so work can be split into ID ranges.
public struct CaseSnapshotExtent: Sendable, Equatable {
    public var count: Int
    /// The lowest and highest selected ID; `nil` when nothing is selected.
    public var ids: ClosedRange<Int64>?

    public init(count: Int, ids: ClosedRange<Int64>?) {
        self.count = count
        self.ids = ids
    }
}

/// Streams ``CaseSnapshot``s for bulk computations, by ID range, several readers at once.
///
/// `rules diff` splits the selection's ID span into ranges and gives each worker thread its own reading session,
/// so reading SQL runs on every core beside the rules. Implementations read only the columns a snapshot needs.
public protocol CaseSnapshotReader: Sendable {
    /// The number of selected cases and the span of their IDs.
    func caseSnapshotExtent(_ selection: CaseSelection) throws -> CaseSnapshotExtent

    /// Runs `body` in one read transaction; `body` reads the selected cases of any ID range through `read`, in ID
    /// order. Sessions on different threads may run at the same time.
    func readCaseSnapshots<T>(
        _ body: (_ read: (_ selection: CaseSelection, _ ids: Range<Int64>) throws -> [CaseSnapshot]) throws -> T
    ) throws -> T
}
