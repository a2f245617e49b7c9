public import Casework

/// Something a plan load tells as it goes: a problem the pack reports, or an entry colliding with another
/// inspection of the year (`refused` when the pack refuses it; then the load stops).
public enum PlanNotice: Sendable, Equatable {
    case problem(PolicyProblem)
    case collision(entryKey: String, OverlapAnswer.Collision, refused: Bool)
}

extension Inspectorate {
    /// Loads the approved plan of `year` as the pack computes it from the register and past inspections: one
    /// scheduled inspection per entry the first time; a changed plan is applied only with `apply`. Each entry is
    /// checked against the same subjects' inspections of the year (Chỉ thị 20/CT-TTg).
    ///
    /// - Parameter notify: Called with each problem and collision, in order, as they are found.
    /// - Throws: ``InspectorateError/noPlan(year:problem:)`` when the pack has no plan for the year;
    ///   ``InspectorateError/planEntryCollides(year:entryKey:)`` when the pack refuses a collision (nothing loaded);
    ///   ``InputError`` for an invalid entry; ``StoreError``.
    public func loadPlan(
        year: Int, apply: Bool, acting: Acting, notify: (PlanNotice) -> Void = { _ in }
    ) throws -> PlanLoadResult {
        try authorize(.loadPlan, acting: acting)
        let entries = try checkedPlan(year: year, notify: notify)
        return try store.loadPlan(
            year: year, entries: entries, apply: apply, openedOn: acting.today, context: try context(for: acting),
            deadlines: { _ in InspectionDeadlines() })
    }

    /// The plan of `year` as the pack computes it, validated, each entry checked for collisions (the checks of
    /// ``loadPlan(year:apply:acting:notify:)``, without the role's nor any write).
    /// - Throws: as ``loadPlan(year:apply:acting:notify:)``.
    func checkedPlan(year: Int, notify: (PlanNotice) -> Void) throws -> [PlanEntry] {
        let view = try store.inspectionView(forPlanYear: year)
        let answer = try policy.plan(year: year, subjects: view.subjects, past: view.past)
        if let refusal = answer.problems.first(where: { $0.code == "no_plan" }) {
            throw InspectorateError.noPlan(year: year, problem: refusal)
        }
        for problem in answer.problems { notify(.problem(problem)) }
        // (A family household or a community registered without an ID has no identifier a plan can name.)
        let byIdentifier = Dictionary(
            view.subjects.filter { !$0.identifier.isEmpty }.map { ($0.identifier, $0.id) },
            uniquingKeysWith: { first, _ in first })
        let entries = try PlanEntry.validatedPlan(
            answer.entries.map { e in
                PlanEntry(
                    year: year, key: e.key, subjects: e.subjectIdentifiers.compactMap { byIdentifier[$0] }, content: e.content,
                    field: e.field, category: e.category, level: e.level, period: e.period, leadUnit: e.leadUnit,
                    onsiteDays: e.onsiteDays)
            }, year: year)
        // Chỉ thị 20/CT-TTg: the pack decides whether a collision with another inspection of the year warns or refuses.
        for entry in entries {
            let others = try store.inspectionsOfSubjects(entry.subjects, year: year, excluding: nil)
                .filter { !($0.mode == .scheduled && $0.content == entry.content) }
            let overlap = try policy.overlap(
                mode: .scheduled, year: year, content: entry.content, field: entry.field, subjectIDs: entry.subjects,
                others: others)
            for collision in overlap.collisions {
                notify(.collision(entryKey: entry.key, collision, refused: overlap.action == .refuse))
            }
            if overlap.action == .refuse { throw InspectorateError.planEntryCollides(year: year, entryKey: entry.key) }
        }
        return entries
    }
}
