import Casework
import Store

/// A random but valid history of inspections, written through the store's port
/// (``InspectionStore/openInspection(_:context:)`` and ``InspectionStore/updateInspection(_:command:context:_:)``) with the
/// checks of ``InspectionCasework``: all three modes, some never decided, decisions a few days after opening, due dates set
/// at opening, at the decision or at the announcement and moved by extensions and resumptions, on-site work ended
/// before or after its due date or never, conclusions before or after theirs or never, some closed.
///
/// The commands of all inspections are interleaved at random, each inspection's in its own order.
struct InspectionHistory {
    /// First day an inspection may be opened.
    static let start = day("2025-01-01")
    /// Last day any step may be dated (the fixtures' today).
    static let end = inspectionToday

    /// One command on one inspection, with its day.
    private enum Step {
        case decide(CalendarDate, conclusionDueOn: CalendarDate?)
        case announce(CalendarDate, onsiteDueOn: CalendarDate?)
        case extend(CalendarDate, days: Int)
        case suspend(CalendarDate)
        case resume(CalendarDate, days: Int)
        case endOnsite(CalendarDate)
        case report(CalendarDate)
        case draft(CalendarDate)
        case conclude(CalendarDate)
        case close(CalendarDate)
    }

    /// Writes `inspections` random inspections into `store` (which must have subject 1), their commands
    /// interleaved; each is opened in the first `openingDays` days from ``start``.
    static func write(
        inspections: Int, seed: UInt64, into store: any InspectorateStore, openingDays: Int = 680
    ) throws {
        var random = SeededRandom(state: seed)
        let modes: [Inspection.Mode] = [.scheduled, .unscheduled, .regular]
        var pending: [(id: Inspection.ID, steps: [Step])] = []
        for _ in 1...inspections {
            let openedOn = start.adding(days: random.below(openingDays))
            var deadlines = InspectionDeadlines()
            if random.chance(20) { deadlines.conclusionDueOn = openedOn.adding(days: 20 + random.below(120)) }
            if random.chance(10) { deadlines.onsiteDueOn = openedOn.adding(days: random.below(60)) }
            let new = NewInspection.sample(
                modes[random.below(3)], openedOn: openedOn.description, subjects: [1],
                category: ["hanh_chinh", "dat_dai"][random.below(2)], level: ["tinh", "huyen"][random.below(2)],
                deadlines: deadlines)
            let opened = try store.openInspection(try InspectionCasework.open(new, today: end), context: .test)
            let steps = steps(openedOn: openedOn, random: &random)
            if !steps.isEmpty { pending.append((opened.id, steps)) }
        }
        while !pending.isEmpty {
            let index = random.below(pending.count)
            let step = pending[index].steps.removeFirst()
            try apply(step, to: pending[index].id, in: store)
            if pending[index].steps.isEmpty { pending.remove(at: index) }
        }
    }

    /// The commands of one inspection, in order, none after ``end``.
    private static func steps(openedOn: CalendarDate, random: inout SeededRandom) -> [Step] {
        var steps: [Step] = []
        var on = openedOn
        func next(_ days: Int) -> Bool {
            on = on.adding(days: days)
            return on <= end
        }
        guard random.chance(85), next(random.below(8)) else { return steps }
        steps.append(.decide(on, conclusionDueOn: random.chance(70) ? on.adding(days: 30 + random.below(90)) : nil))
        guard random.chance(85), next(random.below(15)) else { return steps }
        steps.append(.announce(on, onsiteDueOn: random.chance(85) ? on.adding(days: 10 + random.below(40)) : nil))
        if random.chance(20), next(random.below(30)) { steps.append(.extend(on, days: 1 + random.below(20))) }
        if random.chance(15), next(random.below(20)) {
            steps.append(.suspend(on))
            let suspendedOn = on
            guard random.chance(80), next(1 + random.below(30)) else { return steps }
            steps.append(.resume(on, days: suspendedOn.days(to: on)))
        }
        guard random.chance(80), next(random.below(60)) else { return steps }
        steps.append(.endOnsite(on))
        guard random.chance(85), next(random.below(20)) else { return steps }
        steps.append(.report(on))
        guard next(random.below(20)) else { return steps }
        steps.append(.draft(on))
        guard random.chance(85), next(random.below(60)) else { return steps }
        steps.append(.conclude(on))
        if random.chance(50), next(random.below(30)) { steps.append(.close(on)) }
        return steps
    }

    /// `inspection`'s deadlines with the on-site due date moved by `days` (when set).
    private static func moved(_ inspection: Inspection, days: Int) -> InspectionDeadlines {
        var deadlines = inspection.deadlines
        deadlines.onsiteDueOn = deadlines.onsiteDueOn?.adding(days: days)
        return deadlines
    }

    private static func apply(_ step: Step, to id: Inspection.ID, in store: any InspectorateStore) throws {
        try store.step(id, "test") { current in
            switch step {
            case .decide(let on, let conclusionDueOn):
                var deadlines = current.deadlines
                if let conclusionDueOn { deadlines.conclusionDueOn = conclusionDueOn }
                return try InspectionCasework.decide(
                    current, decision: .sample(number: "QĐ-\(id)/QĐ-TTr", decidedOn: on.description), subjects: [],
                    today: end, deadlines: deadlines)
            case .announce(let on, let onsiteDueOn):
                var deadlines = current.deadlines
                if let onsiteDueOn { deadlines.onsiteDueOn = onsiteDueOn }
                return try InspectionCasework.announce(current, on: on, today: end, deadlines: deadlines)
            case .extend(let on, let days):
                return try InspectionCasework.extend(
                    current, on: on, days: days, reason: "Gia hạn", today: end, deadlines: moved(current, days: days))
            case .suspend(let on):
                return try InspectionCasework.suspend(current, on: on, reason: "Tạm dừng", today: end)
            case .resume(let on, let days):
                return try InspectionCasework.resume(current, on: on, today: end, deadlines: moved(current, days: days))
            case .endOnsite(let on): return try InspectionCasework.endOnsite(current, on: on, today: end)
            case .report(let on): return try InspectionCasework.report(current, on: on, today: end)
            case .draft(let on): return try InspectionCasework.draft(current, on: on, today: end)
            case .conclude(let on):
                return try InspectionCasework.conclude(current, number: "KL-\(id)/KL-TTr", on: on, today: end)
            case .close(let on): return try InspectionCasework.close(current, on: on, today: end)
            }
        }
    }
}
