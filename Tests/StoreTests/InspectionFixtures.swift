import Casework
import Store

/// "Today" for the inspection tests: every fixture date is on or before it.
let inspectionToday = day("2026-12-31")

extension NewInspection {
    /// An inspection of `mode` opened on `openedOn`, with the reference its mode needs, at the provincial level.
    static func sample(
        _ mode: Inspection.Mode = .unscheduled, openedOn: String = "2026-03-02", subjects: [Subject.ID] = [],
        category: String = "hanh_chinh", level: String = "tinh", deadlines: InspectionDeadlines = InspectionDeadlines()
    ) -> NewInspection {
        NewInspection(
            mode: mode, category: category, level: level,
            ground: mode == .unscheduled ? InspectionGround(kind: .complaint, reference: "Đơn tố cáo số 12/2026") : nil,
            planEntry: mode == .scheduled ? PlanEntryReference(year: 2026, entryKey: "KH-2026-07") : nil,
            content: "Việc quản lý, sử dụng đất công", field: "dat_dai", leadUnit: "Phòng Thanh tra 2",
            subjects: subjects, openedOn: day(openedOn), packHash: String(repeating: "c", count: 64),
            deadlines: deadlines)
    }
}

extension InspectionDecision {
    /// Decision `number`, signed on `decidedOn`, with a lead and two members.
    static func sample(number: String = "QĐ-15/QĐ-TTr", decidedOn: String = "2026-03-02") -> InspectionDecision {
        InspectionDecision(
            number: number, decidedOn: day(decidedOn), signerTitle: "chanh_thanh_tra_tinh",
            signerName: "Trần Thị Bích Ngọc", teamLead: "Lê Văn Hùng", members: ["Phạm Thu Hà", "Đỗ Minh Tuấn"])
    }
}

extension InspectorateStore {
    /// Runs one lifecycle command through ``InspectionCasework`` on inspection `id`, journaled as `command`.
    @discardableResult
    func step(
        _ id: Inspection.ID, _ command: String, _ change: (Inspection) throws -> InspectionUpdate
    ) throws -> Inspection {
        try updateInspection(id, command: "inspection \(command)", context: .test, change)
    }

    /// Opens `new` (validated) and takes it through the lifecycle up to `state`: every step on its opening day,
    /// except the conclusion (and closing) on `concludedOn` when given.
    @discardableResult
    func makeInspection(
        _ new: NewInspection, through state: Inspection.State = .open, subjects: [Subject.ID] = [],
        concludedOn: String? = nil, number: String? = nil
    ) throws -> Inspection {
        var inspection = try openInspection(try InspectionCasework.open(new, today: inspectionToday), context: .test)
        let id = inspection.id
        let on = new.openedOn
        let order: [Inspection.State] = [.decided, .onsite, .onsiteEnded, .reported, .drafted, .concluded, .closed]
        for next in order where inspection.state != state {
            inspection = try self.step(id, next.rawValue) { current in
                switch next {
                case .decided:
                    try InspectionCasework.decide(
                        current, decision: .sample(number: number ?? "QĐ-\(id)/QĐ-TTr", decidedOn: on.description),
                        subjects: subjects, today: inspectionToday)
                case .onsite: try InspectionCasework.announce(current, on: on, today: inspectionToday)
                case .onsiteEnded: try InspectionCasework.endOnsite(current, on: on, today: inspectionToday)
                case .reported: try InspectionCasework.report(current, on: on, today: inspectionToday)
                case .drafted: try InspectionCasework.draft(current, on: on, today: inspectionToday)
                case .concluded:
                    try InspectionCasework.conclude(
                        current, number: "KL-\(id)/KL-TTr", on: concludedOn.map(day) ?? on, today: inspectionToday)
                default: try InspectionCasework.close(current, on: concludedOn.map(day) ?? on, today: inspectionToday)
                }
            }
        }
        return inspection
    }

    /// How many journal entries there are.
    func journalCount() throws -> Int { try journal(after: 0, limit: 10_000).count }
}
