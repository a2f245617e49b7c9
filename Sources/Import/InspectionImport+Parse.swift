public import Casework

extension InspectionImport {
    /// Reads one row of an inspections file: every check that needs no database.
    ///
    /// - The decision's number and date; the mode with its plan entry (scheduled) or ground (unscheduled); category
    ///   and level among the pack's in force on the decision date (by code or title); content, lead unit, subjects.
    /// - Steps in order and not in the future: opened ≤ decided ≤ announced ≤ on-site ended ≤ reported ≤ drafted ≤
    ///   concluded ≤ closed; a later step needs the ones the schema keeps before it (a conclusion needs the
    ///   announcement and the end of on-site work); a `state` cell must be the state of the last step given.
    /// - Violations and recovery come from the conclusion, so they need one; recovered money needs its date (on or
    ///   after the conclusion) and receipt, and is no more than the recovery recommended.
    public func parse(_ row: ImportRow<InspectionImportField>) throws(ImportRowError) -> LegacyInspection {
        let number = try row.required(.decisionNumber, "the decision number")
        guard let decidedOn = try row.date(.decidedOn) else { throw row.missing(.decidedOn, "the decision date") }
        let unknown = "(không ghi)"
        var members: [String] = []
        for member in row.list(.members) where !members.contains(member) { members.append(member) }
        let teamLead = row.text(.teamLead) ?? unknown
        let decision = InspectionDecision(
            number: number, decidedOn: decidedOn, signerTitle: row.text(.signerTitle) ?? unknown,
            signerName: row.text(.signerName) ?? unknown, teamLead: teamLead, members: members.filter { $0 != teamLead }
        )

        let modeText = try row.required(.mode, "the mode (theo kế hoạch, đột xuất or thường xuyên)")
        guard let mode = InspectionImportField.modeWords[SubjectColumns.folded(modeText)] else {
            throw row.error(
                .mode,
                "\"\(modeText)\" is not a mode; write theo kế hoạch (scheduled), đột xuất (unscheduled) or thường xuyên (regular)"
            )
        }
        var planEntry: PlanEntryReference?
        var ground: InspectionGround?
        switch mode {
        case .scheduled:
            let key = try row.required(.planEntry, "a scheduled inspection's plan entry")
            var year = decidedOn.year
            if let text = row.text(.planYear) {
                guard let given = Int(text), (1900...9999).contains(given) else {
                    throw row.error(.planYear, "\"\(text)\" is not a year")
                }
                year = given
            }
            planEntry = PlanEntryReference(year: year, entryKey: key)
        case .unscheduled:
            let kindText = try row.required(.groundKind, "an unscheduled inspection's ground")
            guard let kind = InspectionImportField.groundWords[SubjectColumns.folded(kindText)] else {
                throw row.error(
                    .groundKind, "\"\(kindText)\" is not a ground; write khiếu nại, dấu hiệu vi phạm, giao or khác")
            }
            ground = InspectionGround(
                kind: kind, reference: try row.required(.groundReference, "the ground's document"))
        case .regular:
            break
        }
        if mode != .scheduled,
            let field = [InspectionImportField.planEntry, .planYear].first(where: { row.text($0) != nil })
        {
            throw row.error(field, "only a scheduled inspection has a plan entry; this one is \(mode.rawValue)")
        }
        if mode != .unscheduled,
            let field = [InspectionImportField.groundKind, .groundReference].first(where: { row.text($0) != nil })
        {
            throw row.error(field, "only an unscheduled inspection has a ground; this one is \(mode.rawValue)")
        }

        let codes: InspectionCatalogCache.Codes
        do {
            codes = try policies.withPolicy { try catalogs.codes(on: decidedOn, policy: $0) }
        } catch {
            throw row.error(.decidedOn, "the rule pack has no inspection categories on \(decidedOn): \(error)")
        }
        let category = try code(
            row, .category, "category", among: codes.categories, codes.catalog.categories, on: decidedOn)
        let level = try code(row, .level, "level", among: codes.levels, codes.catalog.levels, on: decidedOn)
        var content = try row.required(.content, "the content inspected")
        if let period = row.text(.period) { content += " (thời kỳ thanh tra: \(period))" }
        let leadUnit = try row.required(.leadUnit, "the lead unit")
        let subjects = try row.subjectReferences(InspectionImportField.subjectColumns, allowsSeveral: true)

        let openedOn = try row.date(.openedOn) ?? decidedOn
        let (timeline, state) = try steps(row, openedOn: openedOn, decidedOn: decidedOn)
        let (finding, recovery, recovered) = try results(row, timeline: timeline, codes: codes, decidedOn: decidedOn)
        let otherFinancialVND = try row.money(.otherFinancialVND).flatMap { $0 > .zero ? $0 : nil }
        return LegacyInspection(
            mode: mode, category: category, level: level, ground: ground, planEntry: planEntry, content: content,
            field: row.text(.field) ?? "", leadUnit: leadUnit, subjects: subjects, openedOn: openedOn,
            decision: decision, timeline: timeline, state: state, finding: finding, recovery: recovery,
            otherFinancialVND: otherFinancialVND, recovered: recovered)
    }

    /// The dated steps and the state they leave the inspection in.
    private func steps(
        _ row: ImportRow<InspectionImportField>, openedOn: CalendarDate, decidedOn: CalendarDate
    ) throws(ImportRowError) -> (InspectionTimeline, Inspection.State) {
        var conclusion: InspectionConclusion?
        switch (row.text(.conclusionNumber), try row.date(.concludedOn)) {
        case (nil, nil): break
        case (let number?, let day?): conclusion = InspectionConclusion(number: number, concludedOn: day)
        case (nil, _): throw row.missing(.conclusionNumber, "the conclusion's number (with its date)")
        case (_, nil): throw row.missing(.concludedOn, "the conclusion's date")
        }
        let timeline = InspectionTimeline(
            announcedOn: try row.date(.announcedOn), onsiteEndedOn: try row.date(.onsiteEndedOn),
            reportedOn: try row.date(.reportedOn), draftedOn: try row.date(.draftedOn), conclusion: conclusion,
            closedOn: try row.date(.closedOn))
        // In order, each step on or after every earlier one, none in the future.
        let dated: [(InspectionImportField, String, CalendarDate?)] = [
            (.openedOn, "opening", openedOn), (.decidedOn, "decision", decidedOn),
            (.announcedOn, "announcement", timeline.announcedOn),
            (.onsiteEndedOn, "end of on-site work", timeline.onsiteEndedOn),
            (.reportedOn, "result report", timeline.reportedOn), (.draftedOn, "draft conclusion", timeline.draftedOn),
            (.concludedOn, "conclusion", conclusion?.concludedOn), (.closedOn, "closing", timeline.closedOn),
        ]
        var latest: (String, CalendarDate)?
        for (field, step, day) in dated {
            guard let day else { continue }
            guard day <= today else { throw row.error(field, "\(day) is in the future (today is \(today))") }
            if let (earlier, earlierDay) = latest, day < earlierDay {
                throw row.error(field, "the \(step) on \(day) is before the \(earlier) on \(earlierDay)")
            }
            latest = (step, day)
        }
        // What the schema keeps of every later step.
        let needsAnnouncement =
            timeline.onsiteEndedOn != nil || timeline.reportedOn != nil || timeline.draftedOn != nil
            || conclusion != nil
        if needsAnnouncement, timeline.announcedOn == nil {
            throw row.missing(.announcedOn, "the announcement date (every later step follows it)")
        }
        if timeline.reportedOn != nil || timeline.draftedOn != nil || conclusion != nil, timeline.onsiteEndedOn == nil {
            throw row.missing(.onsiteEndedOn, "the day on-site work ended (reports and conclusions follow it)")
        }
        if timeline.closedOn != nil, conclusion == nil {
            throw row.missing(.conclusionNumber, "the conclusion (a file is closed after it)")
        }
        let state: Inspection.State =
            timeline.closedOn != nil
            ? .closed
            : conclusion != nil
                ? .concluded
                : timeline.draftedOn != nil
                    ? .drafted
                    : timeline.reportedOn != nil
                        ? .reported
                        : timeline.onsiteEndedOn != nil
                            ? .onsiteEnded
                            : timeline.announcedOn != nil ? .onsite : .decided
        if let text = row.text(.state) {
            guard let stated = InspectionImportField.stateWords[SubjectColumns.folded(text)] else {
                throw row.error(
                    .state, "\"\(text)\" is not an inspection state; see docs/import.md for the accepted words")
            }
            guard stated != .suspended else {
                throw row.error(
                    .state,
                    "a suspended inspection is imported as on-site", next: .recordSuspension)
            }
            guard stated == state else {
                throw row.error(
                    .state,
                    "\"\(text)\" (\(stated.rawValue)) does not match the dates given, which make it \(state.rawValue)")
            }
        }
        return (timeline, state)
    }

    /// The conclusion's figures: violations found, recovery recommended, money recovered.
    private func results(
        _ row: ImportRow<InspectionImportField>, timeline: InspectionTimeline, codes: InspectionCatalogCache.Codes,
        decidedOn: CalendarDate
    ) throws(ImportRowError) -> (LegacyFinding?, RecommendationFigures?, LegacyRecovered?) {
        let violationVND = try row.money(.violationVND) ?? .zero
        let violationLand = try row.land(.violationLand) ?? .zero
        let recoveryVND = try row.money(.recoveryVND) ?? .zero
        let recoveryLand = try row.land(.recoveryLand) ?? .zero
        let recoveredVND = try row.money(.recoveredVND) ?? .zero
        let otherVND = try row.money(.otherFinancialVND) ?? .zero
        let figures: [(InspectionImportField, Bool)] = [
            (.violationVND, violationVND > .zero), (.violationLand, violationLand > .zero),
            (.recoveryVND, recoveryVND > .zero),
            (.recoveryLand, recoveryLand > .zero), (.otherFinancialVND, otherVND > .zero),
            (.recoveredVND, recoveredVND > .zero),
        ]
        if let (field, _) = figures.first(where: \.1), timeline.conclusion == nil {
            throw row.error(
                field,
                "figures come from the conclusion; give \(row.columns.name(of: .conclusionNumber)) and \(row.columns.name(of: .concludedOn))"
            )
        }
        var finding: LegacyFinding?
        if violationVND > .zero || violationLand > .zero {
            var category: String?
            if row.text(.findingCategory) != nil {
                category = try code(
                    row, .findingCategory, "finding category", among: codes.findingCategories,
                    codes.catalog.findingCategories, on: decidedOn)
            }
            finding = LegacyFinding(amountVND: violationVND, landArea: violationLand, category: category)
        } else if let text = row.text(.findingCategory) {
            throw row.error(.findingCategory, "\"\(text)\" classifies violations, but the row gives none")
        }
        let recovery =
            recoveryVND > .zero || recoveryLand > .zero
            ? RecommendationFigures(amountVND: recoveryVND, landArea: recoveryLand) : nil
        var recovered: LegacyRecovered?
        if recoveredVND > .zero {
            guard recoveredVND <= recoveryVND else {
                throw row.error(
                    .recoveredVND,
                    "\(recoveredVND.formatted()) recovered is more than the \(recoveryVND.formatted()) recommended")
            }
            guard let doneOn = try row.date(.recoveredOn) else {
                throw row.missing(.recoveredOn, "the day the money was recovered")
            }
            let concludedOn = timeline.conclusion!.concludedOn   // force unwrap: recovered money is a figure, refused above without a conclusion
            guard doneOn >= concludedOn else {
                throw row.error(.recoveredOn, "\(doneOn) is before the conclusion of \(concludedOn)")
            }
            guard doneOn <= today else {
                throw row.error(.recoveredOn, "\(doneOn) is in the future (today is \(today))")
            }
            recovered = LegacyRecovered(
                amountVND: recoveredVND, doneOn: doneOn,
                receipt: try row.required(.recoveredReceipt, "the receipt of the money recovered"))
        } else if let field = [InspectionImportField.recoveredOn, .recoveredReceipt].first(where: {
            row.text($0) != nil
        }) {
            throw row.error(field, "a recovery date or receipt without an amount recovered")
        }
        return (finding, recovery, recovered)
    }

    /// The pack's code for the cell of `field`, matched (folded) to a code or a title of `items` through `codes`.
    private func code(
        _ row: ImportRow<InspectionImportField>, _ field: InspectionImportField, _ what: String,
        among codes: [String: String], _ items: [InspectionCatalog.Item], on day: CalendarDate
    ) throws(ImportRowError) -> String {
        let text = try row.required(field, "the \(what)")
        if let code = codes[SubjectColumns.folded(text)] { return code }
        throw row.error(
            field,
            "\"\(text)\" is not a \(what) of the rule pack on \(day); use one of \(items.map(\.code).joined(separator: ", "))"
        )
    }
}
