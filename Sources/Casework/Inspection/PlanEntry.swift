/// One entry of a year's approved inspection plan (kế hoạch thanh tra năm), as the rule pack's
/// `inspection.plan(request)` gives it and the store keeps it.
///
/// An entry is identified by its ``key`` within its ``year``: loading the same plan twice finds every entry
/// unchanged and creates nothing. Each entry loaded becomes one scheduled inspection, whose
/// ``Inspection/planEntry`` points back here.
public struct PlanEntry: Sendable, Codable, Equatable {
    /// The plan's year (2026); 1900…9999.
    public var year: Int
    /// The entry's key, stable within the year (`2026-01`, `KH-2026-07`); never empty.
    public var key: String
    /// The registered subjects to inspect, in the order the plan names them; no duplicates.
    public var subjects: [Subject.ID]
    /// What is inspected (nội dung thanh tra), in words; never empty.
    public var content: String
    /// The field or sector (lĩnh vực) as the pack names it (`hoa_don`, `dat_dai`); may be empty.
    public var field: String
    /// The pack's category code; never empty.
    public var category: String
    /// The pack's level code of the inspecting body (`tinh`, `so`); never empty.
    public var level: String
    /// When the inspection is planned: a quarter `2026-Q2` or a month `2026-05` of ``year``.
    public var period: String
    /// The unit that leads the inspection (đơn vị chủ trì); never empty.
    public var leadUnit: String
    /// Planned days of on-site work; never negative.
    public var onsiteDays: Int

    /// Creates an entry; check it with ``validatedPlan(_:year:)`` before storing it.
    public init(
        year: Int, key: String, subjects: [Subject.ID], content: String, field: String = "", category: String,
        level: String, period: String, leadUnit: String, onsiteDays: Int
    ) {
        self.year = year
        self.key = key
        self.subjects = subjects
        self.content = content
        self.field = field
        self.category = category
        self.level = level
        self.period = period
        self.leadUnit = leadUnit
        self.onsiteDays = onsiteDays
    }

    /// The reference a scheduled inspection of this entry carries.
    public var reference: PlanEntryReference { PlanEntryReference(year: year, entryKey: key) }

    /// The plan's entries with text fields trimmed, after checking that each belongs to `year`, has the fields the
    /// plan needs, names no subject twice, plans a quarter or month of `year`, and that no key is used twice.
    ///
    /// - Throws: ``InputError`` naming the entry (`entry 2026-03: …`) and the field, for the first problem found.
    public static func validatedPlan(_ entries: [PlanEntry], year: Int) throws -> [PlanEntry] {
        guard (1900...9999).contains(year) else {
            throw InputError(field: "year", message: "a plan's year must be 1900…9999, got \(year)")
        }
        var keys: Set<String> = []
        return try entries.map { entry in
            let entry = try entry.validated(year: year)
            guard keys.insert(entry.key).inserted else {
                throw InputError(
                    field: "key", message: "entry \(entry.key) appears twice in the \(year) plan",
                    hint: "give every entry of the plan its own key")
            }
            return entry
        }
    }

    /// This entry trimmed and checked; see ``validatedPlan(_:year:)``.
    private func validated(year planYear: Int) throws -> PlanEntry {
        var entry = self
        entry.key = key.trimmedOfWhitespace
        guard !entry.key.isEmpty else {
            throw InputError(field: "key", message: "an entry of the \(planYear) plan has no key", hint: "give every entry a key, e.g. \"\(planYear)-01\"")
        }
        let name = "entry \(entry.key)"
        func required(_ value: String, _ field: String, _ hint: String) throws -> String {
            let value = value.trimmedOfWhitespace
            guard !value.isEmpty else { throw InputError(field: field, message: "\(name) has no \(field)", hint: hint) }
            return value
        }
        guard year == planYear else {
            throw InputError(
                field: "year", message: "\(name) belongs to the \(year) plan, not the \(planYear) plan",
                hint: "load each year's entries with that year")
        }
        entry.content = try required(content, "content", "say what is inspected")
        entry.category = try required(category, "category", "use a category code from inspection.categories")
        entry.level = try required(level, "level", "use a level code from inspection.categories")
        entry.leadUnit = try required(leadUnit, "lead_unit", "name the unit that leads the inspection")
        entry.field = field.trimmedOfWhitespace
        entry.period = period.trimmedOfWhitespace
        guard Self.isPeriod(entry.period, of: planYear) else {
            throw InputError(
                field: "period", message: "\(name) plans the period \"\(entry.period)\", not a quarter or month of \(planYear)",
                hint: "write a quarter (\(planYear)-Q2) or a month (\(planYear)-05)")
        }
        guard onsiteDays >= 0 else {
            throw InputError(field: "onsite_days", message: "\(name) plans \(onsiteDays) on-site days", hint: "plan zero days or more")
        }
        guard Set(subjects).count == subjects.count else {
            throw InputError(field: "subjects", message: "\(name) names a subject twice", hint: "name each subject once")
        }
        return entry
    }

    /// Whether `text` is `YYYY-Qn` (n 1…4) or `YYYY-MM` (01…12) with `YYYY` = `year`.
    static func isPeriod(_ text: String, of year: Int) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, Int(parts[0]) == year, parts[1].count == 2 else { return false }
        let rest = parts[1]
        if rest.first == "Q" { return ["Q1", "Q2", "Q3", "Q4"].contains(String(rest)) }
        guard rest.allSatisfy(\.isASCII), rest.allSatisfy(\.isNumber), let month = Int(rest) else { return false }
        return (1...12).contains(month)
    }
}
