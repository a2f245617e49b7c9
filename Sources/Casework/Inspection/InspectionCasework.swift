/// The commands on inspections: each validates its input against the inspection as stored and returns what the
/// store must write. Pure functions of their arguments: "today" and the rules' due dates are passed in.
///
/// Every step must happen in order (``Inspection/State``), on a day that is not in the future and not before any
/// earlier step: a conclusion dated before the announcement is refused, naming the announcement. Due dates are the
/// rules' answers (a later increment asks the pack); here they are only carried through to the store.
public enum InspectionCasework {
    /// Validates a new inspection: the fields it needs, and the mode's reference.
    ///
    /// - A **scheduled** inspection needs its plan entry (year and key) and no ground.
    /// - An **unscheduled** one needs a ground with its reference, and no plan entry.
    /// - A **regular** one has neither.
    ///
    /// - Returns: The inspection to store, with its text fields trimmed.
    /// - Throws: ``InputError`` naming the field.
    public static func open(_ new: NewInspection, today: CalendarDate) throws -> NewInspection {
        var new = new
        new.category = try required(new.category, field: "category", advice: .giveInspectionCategory)
        new.level = try required(new.level, field: "level", advice: .giveInspectionLevel)
        new.content = try required(new.content, field: "content", hint: "say what is inspected, as the decision will")
        new.leadUnit = try required(new.leadUnit, field: "lead-unit", hint: "name the unit that leads the inspection")
        new.field = new.field.trimmedOfWhitespace
        try notInFuture(new.openedOn, field: "opened-on", today: today)
        switch new.mode {
        case .scheduled:
            guard let entry = new.planEntry else {
                throw InputError(
                    field: "plan-entry", message: "a scheduled inspection needs its plan entry (year and key)",
                    advice: .givePlanEntry)
            }
            guard (1900...9999).contains(entry.year), !entry.entryKey.trimmedOfWhitespace.isEmpty else {
                throw InputError(
                    field: "plan-entry", message: "the plan entry needs a year and a key, got \(entry.year) \"\(entry.entryKey)\"",
                    advice: .seePlanEntries)
            }
            new.planEntry?.entryKey = entry.entryKey.trimmedOfWhitespace
            guard new.ground == nil else {
                throw InputError(
                    field: "ground", message: "a scheduled inspection rests on the plan, not on a ground",
                    advice: .dropGround)
            }
        case .unscheduled:
            guard let ground = new.ground else {
                throw InputError(
                    field: "ground", message: "an unscheduled inspection needs its ground",
                    advice: .giveGround)
            }
            guard !ground.reference.trimmedOfWhitespace.isEmpty else {
                throw InputError(
                    field: "ground-ref", message: "the ground \(ground.kind.rawValue) needs the reference of its document",
                    advice: .giveGroundReference)
            }
            new.ground?.reference = ground.reference.trimmedOfWhitespace
            guard new.planEntry == nil else {
                throw InputError(
                    field: "plan-entry", message: "an unscheduled inspection has no plan entry",
                    advice: .dropPlan)
            }
        case .regular:
            guard new.ground == nil, new.planEntry == nil else {
                throw InputError(
                    field: new.ground == nil ? "plan-entry" : "ground",
                    message: "a regular inspection has neither a plan entry nor a ground",
                    hint: "open it as scheduled (with its plan entry) or unscheduled (with its ground)")
            }
        }
        try noDuplicates(new.subjects, field: "subject")
        return new
    }

    /// Records the decision and the subjects it names (added to those named at opening).
    ///
    /// - Throws: ``InspectionError`` unless the inspection is `open`, or when the decision predates the opening;
    ///   ``InputError`` for a missing number, signer or team lead, a repeated member, no subject at all, or a date in
    ///   the future.
    public static func decide(
        _ inspection: Inspection, decision: InspectionDecision, subjects: [Subject.ID], today: CalendarDate,
        deadlines: InspectionDeadlines? = nil
    ) throws -> InspectionUpdate {
        try requireState(inspection, [.open], "decided")
        var decision = decision
        decision.number = try required(decision.number, field: "number", advice: .giveDecisionNumber)
        decision.signerTitle = try required(decision.signerTitle, field: "signer-title", advice: .giveSignerTitle)
        decision.signerName = try required(decision.signerName, field: "signer", advice: .giveSigner)
        decision.teamLead = try required(decision.teamLead, field: "lead", advice: .giveTeamLead)
        decision.members = decision.members.map(\.trimmedOfWhitespace)
        guard !decision.members.contains(where: \.isEmpty) else {
            throw InputError(field: "member", message: "a team member's name is empty")
        }
        try noDuplicates(decision.members + [decision.teamLead], field: "member")
        try noDuplicates(subjects, field: "subject")
        guard !(inspection.subjects + subjects).isEmpty else {
            throw InputError(
                field: "subject", message: "the decision names no subject and none was named at opening",
                advice: .giveDecisionSubjects)
        }
        try dated(decision.decidedOn, "decision", inspection, today: today)
        let added = subjects.filter { !inspection.subjects.contains($0) }
        return InspectionUpdate(event: .decided(decision: decision, subjects: added), newState: .decided, deadlines: deadlines)
    }

    /// Records the announcement of the decision: on-site work and its clock start.
    public static func announce(
        _ inspection: Inspection, on day: CalendarDate, today: CalendarDate, deadlines: InspectionDeadlines? = nil
    ) throws -> InspectionUpdate {
        try requireState(inspection, [.decided], "announced")
        try dated(day, "announcement", inspection, today: today)
        return InspectionUpdate(event: .announced(on: day), newState: .onsite, deadlines: deadlines)
    }

    /// Records an extension of the on-site duration; the rules give the new ``InspectionDeadlines/onsiteDueOn``.
    public static func extend(
        _ inspection: Inspection, on day: CalendarDate, days: Int, reason: String, today: CalendarDate,
        deadlines: InspectionDeadlines? = nil
    ) throws -> InspectionUpdate {
        try requireState(inspection, [.onsite], "extended")
        guard days > 0 else {
            throw InputError(field: "days", message: "an extension adds a positive number of days, got \(days)")
        }
        let reason = try required(reason, field: "reason", advice: .giveExtensionReason)
        try dated(day, "extension", inspection, today: today)
        return InspectionUpdate(event: .extended(grantedOn: day, days: days, reason: reason), newState: .onsite, deadlines: deadlines)
    }

    /// Suspends on-site work, with the reason.
    public static func suspend(
        _ inspection: Inspection, on day: CalendarDate, reason: String, today: CalendarDate
    ) throws -> InspectionUpdate {
        try requireState(inspection, [.onsite], "suspended")
        let reason = try required(reason, field: "reason", advice: .giveSuspensionReason)
        try dated(day, "suspension", inspection, today: today)
        return InspectionUpdate(event: .suspended(on: day, reason: reason), newState: .suspended)
    }

    /// Resumes suspended on-site work; the rules move the on-site due date by the days suspended.
    public static func resume(
        _ inspection: Inspection, on day: CalendarDate, today: CalendarDate, deadlines: InspectionDeadlines? = nil
    ) throws -> InspectionUpdate {
        try requireState(inspection, [.suspended], "resumed")
        try dated(day, "resumption", inspection, today: today)
        return InspectionUpdate(event: .resumed(on: day), newState: .onsite, deadlines: deadlines)
    }

    /// Ends on-site work; the result report is due next.
    public static func endOnsite(
        _ inspection: Inspection, on day: CalendarDate, today: CalendarDate, deadlines: InspectionDeadlines? = nil
    ) throws -> InspectionUpdate {
        try requireState(inspection, [.onsite], "ended on-site")
        try dated(day, "end of on-site work", inspection, today: today)
        return InspectionUpdate(event: .onsiteEnded(on: day), newState: .onsiteEnded, deadlines: deadlines)
    }

    /// Records the team's result report.
    public static func report(
        _ inspection: Inspection, on day: CalendarDate, today: CalendarDate, deadlines: InspectionDeadlines? = nil
    ) throws -> InspectionUpdate {
        try requireState(inspection, [.onsiteEnded], "reported on")
        try dated(day, "result report", inspection, today: today)
        return InspectionUpdate(event: .reported(on: day), newState: .reported, deadlines: deadlines)
    }

    /// Records the draft conclusion.
    public static func draft(
        _ inspection: Inspection, on day: CalendarDate, today: CalendarDate, deadlines: InspectionDeadlines? = nil
    ) throws -> InspectionUpdate {
        try requireState(inspection, [.reported], "given a draft conclusion")
        try dated(day, "draft conclusion", inspection, today: today)
        return InspectionUpdate(event: .drafted(on: day), newState: .drafted, deadlines: deadlines)
    }

    /// Records the conclusion: its number and the day it was signed.
    public static func conclude(
        _ inspection: Inspection, number: String, on day: CalendarDate, today: CalendarDate
    ) throws -> InspectionUpdate {
        try requireState(inspection, [.drafted], "concluded")
        let number = try required(number, field: "number", advice: .giveConclusionNumber)
        try dated(day, "conclusion", inspection, today: today)
        return InspectionUpdate(
            event: .concluded(conclusion: InspectionConclusion(number: number, concludedOn: day)), newState: .concluded)
    }

    /// Closes a concluded inspection's file. Follow-up records may still be added.
    public static func close(_ inspection: Inspection, on day: CalendarDate, today: CalendarDate) throws -> InspectionUpdate {
        try requireState(inspection, [.concluded], "closed")
        try dated(day, "closing", inspection, today: today)
        return InspectionUpdate(event: .closed(on: day), newState: .closed)
    }
}

// MARK: - Helpers

extension InspectionCasework {
    /// The dated steps recorded so far, in lifecycle order, with their names as messages use them.
    static func steps(of inspection: Inspection) -> [(date: CalendarDate, name: String)] {
        let timeline = inspection.timeline
        var steps: [(CalendarDate?, String)] = [
            (inspection.openedOn, "opening"), (inspection.decision?.decidedOn, "decision"),
            (timeline.announcedOn, "announcement"),
        ]
        steps += timeline.extensions.map { ($0.grantedOn, "extension") }
        for suspension in timeline.suspensions {
            steps += [(suspension.suspendedOn, "suspension"), (suspension.resumedOn, "resumption")]
        }
        steps += [
            (timeline.onsiteEndedOn, "end of on-site work"), (timeline.reportedOn, "result report"),
            (timeline.draftedOn, "draft conclusion"), (timeline.conclusion?.concludedOn, "conclusion"),
            (timeline.closedOn, "closing"),
        ]
        return steps.compactMap { date, name in date.map { ($0, name) } }
    }

    /// Throws unless `day` is not in the future and not before any step recorded so far; names the earliest step it
    /// precedes.
    static func dated(_ day: CalendarDate, _ step: String, _ inspection: Inspection, today: CalendarDate) throws {
        try notInFuture(day, field: "on", today: today)
        if let earlier = steps(of: inspection).first(where: { $0.date > day }) {
            throw InspectionError(
                "the \(step) date \(day) is before the \(earlier.name) on \(earlier.date)", inspectionID: inspection.id,
                hint: "the steps of an inspection follow each other; check the dates",
                refusal: .stepBeforeEarlier(day: day, earlierOn: earlier.date))
        }
    }

    static func requireState(_ inspection: Inspection, _ states: [Inspection.State], _ verb: String) throws {
        guard states.contains(inspection.state) else {
            let names = states.dropLast().map(\.rawValue).joined(separator: ", ")
                + (states.count > 1 ? " or " : "") + (states.last?.rawValue ?? "")
            throw InspectionError(
                "inspection #\(inspection.id) is \(inspection.state.rawValue); only an inspection that is \(names) can be \(verb)",
                inspectionID: inspection.id, advice: .seeInspection(inspection.id),
                refusal: .wrongState(current: inspection.state, allowed: states))
        }
    }

    static func notInFuture(_ date: CalendarDate, field: String, today: CalendarDate) throws {
        guard date <= today else {
            throw InputError(field: field, message: "\(date) is in the future (today is \(today))", hint: "record facts once they have happened")
        }
    }

    /// `text` trimmed, or an ``InputError`` when nothing is left.
    static func required(_ text: String, field: String, hint: String? = nil, advice: Advice? = nil) throws -> String {
        let trimmed = text.trimmedOfWhitespace
        guard !trimmed.isEmpty else {
            throw InputError(field: field, message: "\(field) must not be empty", hint: hint, advice: advice)
        }
        return trimmed
    }

    static func noDuplicates<T: Hashable & CustomStringConvertible>(_ values: [T], field: String) throws {
        var seen: Set<T> = []
        for value in values where !seen.insert(value).inserted {
            throw InputError(field: field, message: "\(value) is named twice", hint: "name each \(field) once")
        }
    }
}
