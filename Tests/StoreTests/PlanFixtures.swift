import Casework
import GRDB

@testable import Store

/// The day the 2026 plan is loaded in the plan tests.
let planLoadDay = day("2026-01-05")

extension CommandContext {
    /// Inspector Thanh loading a plan under rule pack `ccc…`.
    static let planLoad = CommandContext(
        actor: "thanh.nguyen", timestamp: "2026-01-05T09:00:00+07:00", packHash: String(repeating: "c", count: 64))
}

extension PlanEntry {
    /// Entry `key` of the 2026 plan on `subjects`, planned for Q2 with 30 on-site days.
    static func sample(
        _ key: String, subjects: [Subject.ID], content: String = "Việc chấp hành pháp luật về hóa đơn",
        period: String = "2026-Q2", year: Int = 2026
    ) -> PlanEntry {
        PlanEntry(
            year: year, key: key, subjects: subjects, content: content, field: "hoa_don", category: "chuyen_nganh",
            level: "tinh", period: period, leadUnit: "Phòng Thanh tra 1", onsiteDays: 30)
    }
}

/// The due dates the plan tests' "rule pack" gives an entry: conclusion due after its on-site days, from the load.
func planDeadlines(_ entry: PlanEntry) -> InspectionDeadlines {
    InspectionDeadlines(conclusionDueOn: planLoadDay.adding(days: entry.onsiteDays))
}

extension InspectorateStore {
    /// Loads `entries` as the 2026 plan on ``planLoadDay``.
    @discardableResult
    func load2026(_ entries: [PlanEntry], apply: Bool = false) throws -> PlanLoadResult {
        try loadPlan(
            year: 2026, entries: entries, apply: apply, openedOn: planLoadDay, context: .planLoad,
            deadlines: planDeadlines)
    }

    /// How many inspections are stored (the fixtures hold far fewer than the limit).
    func inspectionCount() throws -> Int {
        try inspections(InspectionFilter(limit: 100_000)).count
    }

    /// Takes inspection `id` (opened on 2026-01-05) through its lifecycle up to `state`, every step on `on`.
    func advance(_ id: Inspection.ID, to state: Inspection.State, on text: String = "2026-03-02") throws {
        let on = day(text)
        let order: [Inspection.State] = [.decided, .onsite, .onsiteEnded, .reported, .drafted, .concluded, .closed]
        for next in order {
            guard let current = try inspection(id: id) else { preconditionFailure("no inspection #\(id)") }
            if current.state == state { return }
            try step(id, next.rawValue) { current in
                switch next {
                case .decided:
                    try InspectionCasework.decide(
                        current, decision: .sample(number: "QĐ-\(id)/QĐ-TTr", decidedOn: text), subjects: [],
                        today: inspectionToday)
                case .onsite: try InspectionCasework.announce(current, on: on, today: inspectionToday)
                case .onsiteEnded: try InspectionCasework.endOnsite(current, on: on, today: inspectionToday)
                case .reported: try InspectionCasework.report(current, on: on, today: inspectionToday)
                case .drafted: try InspectionCasework.draft(current, on: on, today: inspectionToday)
                case .concluded: try InspectionCasework.conclude(current, number: "KL-\(id)/KL-TTr", on: on, today: inspectionToday)
                default: try InspectionCasework.close(current, on: on, today: inspectionToday)
                }
            }
        }
    }
}
