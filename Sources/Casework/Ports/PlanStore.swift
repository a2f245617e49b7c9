/// What the store keeps of annual inspection plans, and the read-only views of inspections the rule pack's plan
/// scripts and overlap check need. Casework declares it; `SQLiteStore` implements it.
public protocol PlanStore: Sendable {
    /// The stored, active entries of `year`'s plan (withdrawn entries are left out), by key.
    ///
    /// - Throws: ``StoreError``.
    func planEntries(year: Int) throws -> [PlanEntry]

    /// Loads `year`'s plan in one transaction: compares `entries` with the stored plan and writes the difference
    /// when the year has no plan yet or `apply` is `true`.
    ///
    /// Writing it
    /// - inserts each added entry and opens one scheduled inspection for it (state `open`, its plan reference,
    ///   category, level, content, field, lead unit and subjects, opened on `openedOn`, deadlines from `deadlines`);
    /// - updates each changed entry, and its inspection's fields too while that is still `open`; an inspection that
    ///   is decided or later is left as it is and listed in ``PlanLoadResult/kept``;
    /// - marks each removed entry withdrawn; its inspection stays.
    ///
    /// Journal: one entry, command `plan load`, payload `{"year", "packHash", "diff", "created", "updated",
    /// "kept"}`. When nothing differs, or the stored plan differs and `apply` is `false`, nothing is written and
    /// nothing journaled; ``PlanLoadResult/applied`` is then `false`.
    ///
    /// - Parameters:
    ///   - entries: The plan as the pack gives it; checked with ``PlanEntry/validatedPlan(_:year:)``.
    ///   - apply: Whether to write a plan that differs from the stored one; the first load of a year is written
    ///     regardless.
    ///   - openedOn: The load's day: the created inspections' opening day and the entries' `loadedOn`.
    ///   - context: Who, when and which rule pack (its hash is stored with the entries).
    ///   - deadlines: The due dates of an entry's inspection, from the rule pack; called inside the transaction for
    ///     every inspection created or updated, and must not use the store.
    /// - Throws: ``InputError`` for an entry ``PlanEntry/validatedPlan(_:year:)`` refuses; ``StoreError``
    ///   `.notFound` for an unregistered subject. Then nothing is written.
    func loadPlan(
        year: Int, entries: [PlanEntry], apply: Bool, openedOn: CalendarDate, context: CommandContext,
        deadlines: (PlanEntry) -> InspectionDeadlines
    ) throws -> PlanLoadResult

    /// Per active entry of `year`'s plan, by key: its scheduled inspection, if any, and its state.
    /// Sum them with ``PlanProgress/totals(_:)``.
    ///
    /// - Throws: ``StoreError``.
    func planProgress(year: Int) throws -> [PlanProgress]

    /// What a plan script for `year` sees: the whole subject register (by ID) and every inspection of earlier
    /// years — a scheduled inspection belongs to its plan's year, whenever the plan was loaded; others to the year
    /// they were opened in (by opening day, then ID).
    ///
    /// - Throws: ``StoreError``.
    func inspectionView(forPlanYear year: Int) throws -> (subjects: [Subject], past: [PastInspection])

    /// The inspections of any of these subjects belonging to `year` — scheduled ones of that plan year, others
    /// opened in `year`-01-01 ≤ day < `year + 1`-01-01 — except `excluding`, by opening day then ID: the
    /// `others` of the overlap check.
    ///
    /// - Throws: ``StoreError``.
    func inspectionsOfSubjects(_ ids: [Subject.ID], year: Int, excluding: Inspection.ID?) throws -> [PastInspection]
}
