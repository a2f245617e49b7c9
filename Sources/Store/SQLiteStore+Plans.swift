public import Casework
import GRDB

/// Annual plans: Casework's ``PlanStore`` port over the `planEntry` tables, and the read-only views of inspections
/// the rule pack's plan scripts and overlap check see.
extension SQLiteStore: PlanStore {
    /// The active entries of `year`'s plan, by key.
    /// - Throws: ``StoreError``.
    public func planEntries(year: Int) throws -> [PlanEntry] {
        try read { db in try Self.fetchActivePlanEntries(year: year, db) }
    }

    /// Loads `year`'s plan in one transaction and journals it once as `plan load`; see
    /// ``PlanStore/loadPlan(year:entries:apply:openedOn:context:deadlines:)``.
    ///
    /// Each entry written (added or changed) ends up with one scheduled inspection: the first one already carrying
    /// the entry (a withdrawn entry loaded again keeps its old inspection), else a new one. An existing one is
    /// updated while `open` and kept as it is otherwise.
    ///
    /// ```swift
    /// let result = try store.loadPlan(
    ///     year: 2026, entries: entries, apply: false, openedOn: today, context: context,
    ///     deadlines: { _ in InspectionDeadlines() })
    /// if result.needsApply { print(result.diff) }
    /// ```
    /// - Throws: ``InputError`` for an entry ``PlanEntry/validatedPlan(_:year:)`` refuses;
    ///   ``StoreError/subjectNotFound(_:)`` for an unregistered subject. Then nothing is written.
    public func loadPlan(
        year: Int, entries: [PlanEntry], apply: Bool, openedOn: CalendarDate, context: CommandContext,
        deadlines: (PlanEntry) -> InspectionDeadlines
    ) throws -> PlanLoadResult {
        let entries = try PlanEntry.validatedPlan(entries, year: year)
        return try performIfChanged("plan load", context: context) { db in
            let stored = try Self.fetchActivePlanEntries(year: year, db)
            let diff = PlanDiff(stored: stored, loaded: entries)
            guard !diff.isEmpty, stored.isEmpty || apply else {
                return (result: PlanLoadResult(diff: diff, applied: false), payload: nil as PlanLoadPayload?)
            }
            var result = PlanLoadResult(diff: diff, applied: true)
            var inspections = try Self.planInspections(year: year, db)
            for entry in diff.added + diff.changed.map(\.new) {
                try Self.writePlanEntry(entry, loadedOn: openedOn, packHash: context.packHash, db)
                if let existing = inspections[entry.key] {
                    let link = PlanLoadResult.Link(entryKey: entry.key, inspectionID: existing.id, state: existing.state)
                    if existing.state == .open {
                        try Self.updateOpenInspection(existing.id, to: entry, deadlines: deadlines(entry), db)
                        result.updated.append(link)
                    } else {
                        result.kept.append(link)
                    }
                } else {
                    let new = NewInspection(
                        mode: .scheduled, category: entry.category, level: entry.level, planEntry: entry.reference,
                        content: entry.content, field: entry.field, leadUnit: entry.leadUnit, subjects: entry.subjects,
                        openedOn: openedOn, packHash: context.packHash, deadlines: deadlines(entry))
                    let id = Inspection.ID(rawValue: try Self.insertInspection(new, db))
                    inspections[entry.key] = (id, .open)
                    result.created.append(PlanLoadResult.Link(entryKey: entry.key, inspectionID: id, state: .open))
                }
            }
            for entry in diff.removed {
                try Self.withdrawPlanEntry(year: year, key: entry.key, on: openedOn, db)
            }
            let payload = PlanLoadPayload(
                year: year, packHash: context.packHash, diff: diff, created: result.created, updated: result.updated,
                kept: result.kept)
            return (result: result, payload: payload)
        }
    }

    /// Per active entry of `year`, by key: its first scheduled inspection and that inspection's state.
    /// - Throws: ``StoreError``.
    public func planProgress(year: Int) throws -> [PlanProgress] {
        try read { db in
            let inspections = try Self.planInspections(year: year, db)
            return try Self.fetchActivePlanEntries(year: year, db).map { entry in
                let inspection = inspections[entry.key]
                return PlanProgress(entry: entry, inspectionID: inspection?.id, state: inspection?.state)
            }
        }
    }
}

/// The journal payload of `plan load`: the year, the rule pack, the diff and what happened to the inspections.
private struct PlanLoadPayload: Encodable {
    var year: Int
    var packHash: String?
    var diff: PlanDiff
    var created: [PlanLoadResult.Link]
    var updated: [PlanLoadResult.Link]
    var kept: [PlanLoadResult.Link]
}
