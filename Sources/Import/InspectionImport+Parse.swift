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
        let number = try row.required(.decisionNumber, "the decision number", vi: "số quyết định")
        guard let decidedOn = try row.date(.decidedOn) else {
            throw row.missing(.decidedOn, "the decision date", vi: "ngày ra quyết định")
        }
        let unknown = "(không ghi)"
        var members: [String] = []
        for member in row.list(.members) where !members.contains(member) { members.append(member) }
        let teamLead = row.text(.teamLead) ?? unknown
        let decision = InspectionDecision(
            number: number, decidedOn: decidedOn, signerTitle: row.text(.signerTitle) ?? unknown,
            signerName: row.text(.signerName) ?? unknown, teamLead: teamLead, members: members.filter { $0 != teamLead }
        )

        let modeText = try row.required(
            .mode, "the mode (theo kế hoạch, đột xuất or thường xuyên)", vi: "hình thức (theo kế hoạch, đột xuất hoặc thường xuyên)")
        guard let mode = InspectionImportField.modeWords[SubjectColumns.folded(modeText)] else {
            throw row.error(
                .mode,
                "\"\(modeText)\" is not a mode; write theo kế hoạch (scheduled), đột xuất (unscheduled) or thường xuyên (regular)",
                vi: "\"\(modeText)\" không phải là hình thức thanh tra; viết theo kế hoạch, đột xuất hoặc thường xuyên")
        }
        var planEntry: PlanEntryReference?
        var ground: InspectionGround?
        switch mode {
        case .scheduled:
            let key = try row.required(
                .planEntry, "a scheduled inspection's plan entry", vi: "mục kế hoạch của cuộc thanh tra theo kế hoạch")
            var year = decidedOn.year
            if let text = row.text(.planYear) {
                guard let given = Int(text), (1900...9999).contains(given) else {
                    throw row.error(.planYear, "\"\(text)\" is not a year", vi: "\"\(text)\" không phải là năm")
                }
                year = given
            }
            planEntry = PlanEntryReference(year: year, entryKey: key)
        case .unscheduled:
            let kindText = try row.required(
                .groundKind, "an unscheduled inspection's ground", vi: "căn cứ của cuộc thanh tra đột xuất")
            guard let kind = InspectionImportField.groundWords[SubjectColumns.folded(kindText)] else {
                throw row.error(
                    .groundKind, "\"\(kindText)\" is not a ground; write khiếu nại, dấu hiệu vi phạm, giao or khác",
                    vi: "\"\(kindText)\" không phải là căn cứ; viết khiếu nại, dấu hiệu vi phạm, giao hoặc khác")
            }
            ground = InspectionGround(
                kind: kind, reference: try row.required(.groundReference, "the ground's document", vi: "văn bản làm căn cứ"))
        case .regular:
            break
        }
        if mode != .scheduled,
            let field = [InspectionImportField.planEntry, .planYear].first(where: { row.text($0) != nil })
        {
            throw row.error(
                field, "only a scheduled inspection has a plan entry; this one is \(mode.rawValue)",
                vi: "chỉ cuộc thanh tra theo kế hoạch mới có mục kế hoạch; cuộc này là \(Self.modeWords(mode))")
        }
        if mode != .unscheduled,
            let field = [InspectionImportField.groundKind, .groundReference].first(where: { row.text($0) != nil })
        {
            throw row.error(
                field, "only an unscheduled inspection has a ground; this one is \(mode.rawValue)",
                vi: "chỉ cuộc thanh tra đột xuất mới có căn cứ; cuộc này là \(Self.modeWords(mode))")
        }

        let codes: InspectionCatalogCache.Codes
        do {
            codes = try policies.withPolicy { try catalogs.codes(on: decidedOn, policy: $0) }
        } catch {
            throw row.error(
                .decidedOn, "the rule pack has no inspection categories on \(decidedOn): \(error)",
                vi: "bộ quy tắc không có loại thanh tra nào vào ngày \(decidedOn): \(error)")
        }
        let category = try code(
            row, .category, ("category", "loại thanh tra"), among: codes.categories, codes.catalog.categories, on: decidedOn)
        let level = try code(row, .level, ("level", "cấp thanh tra"), among: codes.levels, codes.catalog.levels, on: decidedOn)
        var content = try row.required(.content, "the content inspected", vi: "nội dung thanh tra")
        if let period = row.text(.period) { content += " (thời kỳ thanh tra: \(period))" }
        let leadUnit = try row.required(.leadUnit, "the lead unit", vi: "đơn vị chủ trì")
        let subjects = try row.subjectReferences(InspectionImportField.subjectColumns, allowsSeveral: true)

        let openedOn = try row.date(.openedOn) ?? decidedOn
        let (timeline, state) = try steps(row, openedOn: openedOn, decidedOn: decidedOn)
        let (finding, recovery, recovered) = try results(row, timeline: timeline, codes: codes, decidedOn: decidedOn)
        let otherFinancialVND = try row.money(.otherFinancialVND).flatMap { $0 > .zero ? $0 : nil }
        let body = row.text(.body)
        if let body, !bodies.contains(body) {
            let known = bodies.sorted().joined(separator: ", ")
            throw row.error(
                .body,
                bodies.isEmpty
                    ? "\"\(body)\" names a body, but the rule pack lists none (report/settings.lua, bodies)"
                    : "\"\(body)\" is not a body of the rule pack (\(known))",
                vi: bodies.isEmpty
                    ? "\"\(body)\" là một cơ quan, nhưng bộ quy tắc không khai báo cơ quan nào (report/settings.lua, bodies)"
                    : "\"\(body)\" không phải là cơ quan của bộ quy tắc (\(known))")
        }
        return LegacyInspection(
            mode: mode, category: category, level: level, ground: ground, planEntry: planEntry, content: content,
            field: row.text(.field) ?? "", leadUnit: leadUnit, subjects: subjects, openedOn: openedOn,
            decision: decision, timeline: timeline, state: state, finding: finding, recovery: recovery,
            otherFinancialVND: otherFinancialVND, recovered: recovered, body: body)
    }

    /// The dated steps and the state they leave the inspection in.
    private func steps(
        _ row: ImportRow<InspectionImportField>, openedOn: CalendarDate, decidedOn: CalendarDate
    ) throws(ImportRowError) -> (InspectionTimeline, Inspection.State) {
        var conclusion: InspectionConclusion?
        switch (row.text(.conclusionNumber), try row.date(.concludedOn)) {
        case (nil, nil): break
        case (let number?, let day?): conclusion = InspectionConclusion(number: number, concludedOn: day)
        case (nil, _):
            throw row.missing(.conclusionNumber, "the conclusion's number (with its date)", vi: "số kết luận (cùng ngày kết luận)")
        case (_, nil): throw row.missing(.concludedOn, "the conclusion's date", vi: "ngày kết luận")
        }
        let timeline = InspectionTimeline(
            announcedOn: try row.date(.announcedOn), onsiteEndedOn: try row.date(.onsiteEndedOn),
            reportedOn: try row.date(.reportedOn), draftedOn: try row.date(.draftedOn), conclusion: conclusion,
            closedOn: try row.date(.closedOn))
        // In order, each step on or after every earlier one, none in the future.
        let dated: [(InspectionImportField, (en: String, vi: String), CalendarDate?)] = [
            (.openedOn, ("opening", "mở cuộc thanh tra"), openedOn), (.decidedOn, ("decision", "quyết định"), decidedOn),
            (.announcedOn, ("announcement", "công bố"), timeline.announcedOn),
            (.onsiteEndedOn, ("end of on-site work", "kết thúc thanh tra trực tiếp"), timeline.onsiteEndedOn),
            (.reportedOn, ("result report", "báo cáo kết quả"), timeline.reportedOn),
            (.draftedOn, ("draft conclusion", "dự thảo kết luận"), timeline.draftedOn),
            (.concludedOn, ("conclusion", "kết luận"), conclusion?.concludedOn),
            (.closedOn, ("closing", "đóng hồ sơ"), timeline.closedOn),
        ]
        var latest: ((en: String, vi: String), CalendarDate)?
        for (field, step, day) in dated {
            guard let day else { continue }
            guard day <= today else { throw row.future(field, day, today: today) }
            if let (earlier, earlierDay) = latest, day < earlierDay {
                throw row.error(
                    field, "the \(step.en) on \(day) is before the \(earlier.en) on \(earlierDay)",
                    vi: "\(step.vi) ngày \(day) trước \(earlier.vi) ngày \(earlierDay)")
            }
            latest = (step, day)
        }
        // What the schema keeps of every later step.
        let needsAnnouncement =
            timeline.onsiteEndedOn != nil || timeline.reportedOn != nil || timeline.draftedOn != nil
            || conclusion != nil
        if needsAnnouncement, timeline.announcedOn == nil {
            throw row.missing(
                .announcedOn, "the announcement date (every later step follows it)", vi: "ngày công bố (mọi bước sau đều theo sau)")
        }
        if timeline.reportedOn != nil || timeline.draftedOn != nil || conclusion != nil, timeline.onsiteEndedOn == nil {
            throw row.missing(
                .onsiteEndedOn, "the day on-site work ended (reports and conclusions follow it)",
                vi: "ngày kết thúc thanh tra trực tiếp (báo cáo và kết luận theo sau)")
        }
        if timeline.closedOn != nil, conclusion == nil {
            throw row.missing(.conclusionNumber, "the conclusion (a file is closed after it)", vi: "kết luận (hồ sơ đóng sau kết luận)")
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
                    .state, "\"\(text)\" is not an inspection state; see docs/import.md for the accepted words",
                    vi: "\"\(text)\" không phải là trạng thái cuộc thanh tra; xem các từ được nhận trong docs/import.md")
            }
            guard stated != .suspended else {
                throw row.error(
                    .state,
                    "a suspended inspection is imported as on-site",
                    vi: "cuộc thanh tra tạm dừng được nhập như đang thanh tra trực tiếp", next: .recordSuspension)
            }
            guard stated == state else {
                throw row.error(
                    .state,
                    "\"\(text)\" (\(stated.rawValue)) does not match the dates given, which make it \(state.rawValue)",
                    vi: "\"\(text)\" (\(stated.vietnamese)) không khớp với các ngày đã ghi, theo đó trạng thái là \(state.vietnamese)")
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
                "figures come from the conclusion; give \(row.columns.name(of: .conclusionNumber)) and \(row.columns.name(of: .concludedOn))",
                vi: "số liệu lấy từ kết luận; ghi \(row.columns.name(of: .conclusionNumber)) và \(row.columns.name(of: .concludedOn))")
        }
        var finding: LegacyFinding?
        if violationVND > .zero || violationLand > .zero {
            var category: String?
            if row.text(.findingCategory) != nil {
                category = try code(
                    row, .findingCategory, ("finding category", "loại sai phạm"), among: codes.findingCategories,
                    codes.catalog.findingCategories, on: decidedOn)
            }
            finding = LegacyFinding(amountVND: violationVND, landArea: violationLand, category: category)
        } else if let text = row.text(.findingCategory) {
            throw row.error(
                .findingCategory, "\"\(text)\" classifies violations, but the row gives none",
                vi: "\"\(text)\" phân loại vi phạm, nhưng dòng không ghi vi phạm nào")
        }
        let recovery =
            recoveryVND > .zero || recoveryLand > .zero
            ? RecommendationFigures(amountVND: recoveryVND, landArea: recoveryLand) : nil
        var recovered: LegacyRecovered?
        if recoveredVND > .zero {
            guard recoveredVND <= recoveryVND else {
                throw row.error(
                    .recoveredVND,
                    "\(recoveredVND.formatted()) recovered is more than the \(recoveryVND.formatted()) recommended",
                    vi: "đã thu hồi \(recoveredVND.formatted()), nhiều hơn số kiến nghị \(recoveryVND.formatted())")
            }
            guard let doneOn = try row.date(.recoveredOn) else {
                throw row.missing(.recoveredOn, "the day the money was recovered", vi: "ngày thu hồi tiền")
            }
            let concludedOn = timeline.conclusion!.concludedOn   // force unwrap: recovered money is a figure, refused above without a conclusion
            guard doneOn >= concludedOn else {
                throw row.error(
                    .recoveredOn, "\(doneOn) is before the conclusion of \(concludedOn)",
                    vi: "\(doneOn) trước ngày kết luận \(concludedOn)")
            }
            guard doneOn <= today else { throw row.future(.recoveredOn, doneOn, today: today) }
            recovered = LegacyRecovered(
                amountVND: recoveredVND, doneOn: doneOn,
                receipt: try row.required(.recoveredReceipt, "the receipt of the money recovered", vi: "biên lai tiền thu hồi"))
        } else if let field = [InspectionImportField.recoveredOn, .recoveredReceipt].first(where: {
            row.text($0) != nil
        }) {
            throw row.error(
                field, "a recovery date or receipt without an amount recovered",
                vi: "có ngày hoặc biên lai thu hồi mà không có số tiền đã thu hồi")
        }
        return (finding, recovery, recovered)
    }

    /// The pack's code for the cell of `field`, matched (folded) to a code or a title of `items` through `codes`.
    private func code(
        _ row: ImportRow<InspectionImportField>, _ field: InspectionImportField, _ what: (en: String, vi: String),
        among codes: [String: String], _ items: [InspectionCatalog.Item], on day: CalendarDate
    ) throws(ImportRowError) -> String {
        let text = try row.required(field, "the \(what.en)", vi: what.vi)
        if let code = codes[SubjectColumns.folded(text)] { return code }
        let known = items.map(\.code).joined(separator: ", ")
        throw row.error(
            field, "\"\(text)\" is not a \(what.en) of the rule pack on \(day); use one of \(known)",
            vi: "\"\(text)\" không phải là \(what.vi) của bộ quy tắc vào ngày \(day); dùng một trong \(known)")
    }

    /// An inspection's mode in Vietnamese: `theo kế hoạch`, `đột xuất`, `thường xuyên`.
    static func modeWords(_ mode: Inspection.Mode) -> String {
        switch mode {
        case .scheduled: "theo kế hoạch"
        case .unscheduled: "đột xuất"
        case .regular: "thường xuyên"
        }
    }
}
