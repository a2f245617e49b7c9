/// What ``PlanStore/loadPlan(year:entries:apply:openedOn:context:deadlines:)`` found and did.
///
/// - Nothing differs: ``diff`` is empty, ``applied`` is `false`, nothing was written or journaled.
/// - The stored plan differs and `apply` was `false`: ``diff`` says how, ``applied`` is `false`, nothing was written;
///   run the load again with `apply` to write it.
/// - Otherwise ``applied`` is `true` and the lists say what happened to the inspections.
public struct PlanLoadResult: Sendable, Codable, Equatable {
    /// A plan entry and the scheduled inspection that carries it out.
    public struct Link: Sendable, Codable, Equatable {
        /// The entry's key in the plan.
        public var entryKey: String
        public var inspectionID: Inspection.ID
        /// The inspection's state when the plan was loaded.
        public var state: Inspection.State

        public init(entryKey: String, inspectionID: Inspection.ID, state: Inspection.State) {
            self.entryKey = entryKey
            self.inspectionID = inspectionID
            self.state = state
        }
    }

    /// How the loaded plan differs from the stored one.
    public var diff: PlanDiff
    /// Whether this load wrote the plan.
    public var applied: Bool
    /// The scheduled inspections created for added entries, in the order of ``PlanDiff/added``.
    public var created: [Link]
    /// Inspections of changed entries that were still `open`, whose fields now follow the entry.
    public var updated: [Link]
    /// Inspections of changed entries that were past `open` (decided or later): left as they were, so the entry
    /// and its inspection now differ; a person must reconcile them.
    public var kept: [Link]

    public init(diff: PlanDiff, applied: Bool, created: [Link] = [], updated: [Link] = [], kept: [Link] = []) {
        self.diff = diff
        self.applied = applied
        self.created = created
        self.updated = updated
        self.kept = kept
    }

    /// Whether the stored plan differs and was not written: the caller should show the diff and ask for `--apply`.
    public var needsApply: Bool { !applied && !diff.isEmpty }

    /// The IDs of the inspections created, in entry order.
    public var createdInspectionIDs: [Inspection.ID] { created.map(\.inspectionID) }
}
