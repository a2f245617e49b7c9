public import Casework

/// Inspections from a legacy register (`thanhtra import FILE --kind inspections`): one row per inspection, with its
/// decision, the dates of its steps, its conclusion and the recovery it recommended and obtained.
///
/// Each row becomes what the step commands (`inspection open`, `decide`, `announce`, …, `conclude`, `close`,
/// `finding add`, `recommend`, `follow-up record`) would have stored, so reports count it and `inspection show`
/// displays it: an inspection in the state of its last step, its decision and team, its subjects, a finding for
/// the violations (against the first subject), a recovery recommendation, a follow-up for the money recovered. Its
/// deadlines are the rules' answer for the recorded steps; its `openedWithPack` is the import marker
/// (`import:<sha256>`).
///
/// The check refuses a row whose subjects are not registered, whose decision or conclusion number or recovery
/// receipt is already recorded or appears on an earlier line.
public struct InspectionImport<Store: LegacyImportStore, Runner: PolicyRunner>: FieldImportKind
where Runner.Policy: InspectionPolicy {
    public typealias Field = InspectionImportField
    public typealias Row = LegacyInspection

    public static var name: String { "inspections" }

    public static var requiredColumns: [(fields: [InspectionImportField], what: String)] {
        [
            ([.decisionNumber], "the decision number"), ([.decidedOn], "the decision date"), ([.mode], "the mode"),
            ([.category], "the category"), ([.level], "the level"), ([.content], "the content inspected"),
            ([.leadUnit], "the lead unit"),
            (
                InspectionImportField.subjectColumns.map(\.field),
                "the subjects (subject numbers, tax codes or citizen IDs)"
            ),
        ]
    }

    let store: Store
    let policies: Runner
    let today: CalendarDate
    let context: CommandContext
    /// The pack's inspection codes by day, asked once per distinct decision date.
    let catalogs = InspectionCatalogCache()
    /// The codes of the bodies that share the store (the pack's `report.bodies`); empty when it serves one body.
    let bodies: Set<String>

    /// An import into `store`, checking codes and computing deadlines with the policies of `policies`, and the body a
    /// row names against `bodies`.
    public init(store: Store, policies: Runner, today: CalendarDate, context: CommandContext, bodies: Set<String> = []) {
        self.store = store
        self.policies = policies
        self.today = today
        self.context = context
        self.bodies = bodies
    }

    public func uniqueKeys(of row: LegacyInspection, line: Int) -> [(key: ImportKey, label: ImportKeyLabel)] {
        var keys = [
            (
                ImportKey(space: "decision \(row.decision.decidedOn.year)", value: row.decision.number, line: line),
                ImportKeyLabel("decision number \(row.decision.number)", vi: "số quyết định \(row.decision.number)")
            )
        ]
        if let conclusion = row.timeline.conclusion {
            keys.append(
                (
                    ImportKey(space: "conclusion \(conclusion.concludedOn.year)", value: conclusion.number, line: line),
                    ImportKeyLabel("conclusion number \(conclusion.number)", vi: "số kết luận \(conclusion.number)")
                ))
        }
        if let recovered = row.recovered {
            keys.append(
                (
                    ImportKey(space: "receipt", value: recovered.receipt, line: line),
                    ImportKeyLabel("recovery receipt \(recovered.receipt)", vi: "biên lai thu hồi \(recovered.receipt)")
                ))
        }
        return keys
    }

    public mutating func check(_ rows: [ImportLine<LegacyInspection>], scratch: any ImportScratch) throws -> [ImportRowError?] {
        let subjects = try store.subjects(matching: Array(Set(rows.flatMap(\.row.subjects))))
        let decisions = try store.recorded(
            rows.map { RecordedKey($0.row.decision.number, year: $0.row.decision.decidedOn.year) },
            as: .inspectionDecisionNumber)
        let conclusions = try store.recorded(
            rows.compactMap { $0.row.timeline.conclusion.map { RecordedKey($0.number, year: $0.concludedOn.year) } },
            as: .conclusionNumber)
        let receipts = try store.recorded(
            rows.compactMap { $0.row.recovered.map { RecordedKey($0.receipt) } }, as: .followUpReceipt)
        return rows.map { item -> ImportRowError? in
            let row = item.row
            if let missing = row.subjects.first(where: { subjects[$0] == nil }) {
                return .row("\(missing) is not registered", vi: "\(missing.vietnamese) chưa được đăng ký", next: .registerSubjects)
            }
            if let existing = decisions[RecordedKey(row.decision.number, year: row.decision.decidedOn.year)] {
                return .row(
                    "decision number \(row.decision.number) is already inspection #\(existing)",
                    vi: "số quyết định \(row.decision.number) đã là cuộc thanh tra #\(existing)")
            }
            if let conclusion = row.timeline.conclusion,
                let existing = conclusions[RecordedKey(conclusion.number, year: conclusion.concludedOn.year)]
            {
                return .row(
                    "conclusion number \(conclusion.number) is already inspection #\(existing)",
                    vi: "số kết luận \(conclusion.number) đã là cuộc thanh tra #\(existing)")
            }
            if let receipt = row.recovered?.receipt, let existing = receipts[RecordedKey(receipt)] {
                return .row(
                    "recovery receipt \(receipt) is already recorded on inspection #\(existing)",
                    vi: "biên lai thu hồi \(receipt) đã được ghi cho cuộc thanh tra #\(existing)")
            }
            return nil
        }
    }

    public mutating func write(
        _ rows: [ImportLine<LegacyInspection>], batch: ImportBatchInfo
    ) throws -> ImportBatchResult {
        let subjects = try store.subjects(matching: Array(Set(rows.flatMap(\.row.subjects))))
        let items = try rows.map { item in
            let ids = try item.row.subjects.map { reference in
                guard let subject = subjects[reference] else { throw StoreError.subjectNotFound(reference: reference) }
                return subject.id
            }
            return (row: item.row, line: item.line, subjects: ids)
        }
        let records = try policies.map(items) { policy, item in
            try LegacyInspectionRecord.make(
                item.row, line: item.line, subjects: item.subjects, batch: batch, policy: policy)
        }
        return try store.importInspections(records, command: Self.command, context: context) {
            ImportBatchPayload(batch, $0)
        }
    }
}

extension LegacyInspectionRecord {
    /// What the store writes for `row`: the inspection with its deadlines, and its finding, recommendation and
    /// follow-up.
    static func make(
        _ row: LegacyInspection, line: Int, subjects: [Subject.ID], batch: ImportBatchInfo,
        policy: some InspectionPolicy
    ) throws -> LegacyInspectionRecord {
        let inspection = Inspection(
            id: Inspection.ID(rawValue: 0), mode: row.mode, category: row.category, level: row.level,
            ground: row.ground,
            planEntry: row.planEntry, content: row.content, field: row.field, leadUnit: row.leadUnit,
            subjects: subjects,
            openedOn: row.openedOn, state: row.state, decision: row.decision, timeline: row.timeline)
        var deadlines = try policy.deadlines(of: inspection).deadlines
        // A legacy register often skips the result report; once the inspection is past it, its deadline is moot.
        if row.timeline.reportedOn == nil, [.drafted, .concluded, .closed].contains(row.state) {
            deadlines.reportDueOn = nil
        }
        let newInspection = NewInspection(
            mode: row.mode, category: row.category, level: row.level, ground: row.ground, planEntry: row.planEntry,
            content: row.content, field: row.field, leadUnit: row.leadUnit, subjects: subjects, openedOn: row.openedOn,
            packHash: PenaltyDecision.importMarker(sha256: batch.sha256), deadlines: deadlines, body: row.body)
        let concluded = row.timeline.conclusion.map { "theo kết luận \($0.number)" } ?? ""
        let source = "nhập từ sổ theo dõi (\(batch.file) dòng \(line))"
        var finding: NewFinding?
        if let legacy = row.finding {
            let description = "Sai phạm \(concluded); \(source)"
            var category = legacy.category
            if category == nil {
                let classification = try policy.classify(
                    FindingFacts(
                        description: row.content, field: row.field, category: nil, amountVND: legacy.amountVND,
                        landArea: legacy.landArea))
                guard let chosen = classification.category else {
                    throw InspectionError(
                        "the rules could not classify the violations of \(batch.file) line \(line)",
                        hint: "give the finding category in a column \"loai sai pham\"")
                }
                category = chosen
            }
            finding = NewFinding(
                // force unwrap: the row's category, else the rules' (refused above when they give none)
                subjectID: subjects[0], description: description, category: category!, amountVND: legacy.amountVND,
                landArea: legacy.landArea)
        }
        var recommendations: [LegacyRecommendation] = []
        if let recovery = row.recovery {
            let followUp = row.recovered.map {
                NewFollowUp(
                    doneOn: $0.doneOn, figures: RecommendationFigures(amountVND: $0.amountVND), receipt: $0.receipt,
                    note: source)
            }
            recommendations.append(
                LegacyRecommendation(
                    NewRecommendation(
                        kind: .recovery, subjectID: subjects[0],
                        description: "Kiến nghị thu hồi \(concluded); \(source)",
                        figures: recovery),
                    followUp: followUp))
        }
        if let amount = row.otherFinancialVND {
            recommendations.append(
                LegacyRecommendation(
                    NewRecommendation(
                        kind: .otherFinancial, subjectID: subjects[0],
                        description: "Kiến nghị xử lý khác về kinh tế \(concluded); \(source)",
                        figures: RecommendationFigures(amountVND: amount))))
        }
        return LegacyInspectionRecord(
            newInspection: newInspection, decision: row.decision, timeline: row.timeline, state: row.state,
            finding: finding,
            recommendations: recommendations)
    }
}

/// The pack's inspection codes by day: asked once per distinct day, then kept (a few dozen bytes a day), with each
/// list's codes by their folded code and folded title, so that a row's cell is matched without folding the list.
///
/// A class, so that ``InspectionImport/parse(_:)`` (not mutating) can fill it.
final class InspectionCatalogCache {
    /// One day's codes.
    struct Codes {
        var catalog: InspectionCatalog
        var categories: [String: String]
        var levels: [String: String]
        var findingCategories: [String: String]
    }

    private var byDay: [CalendarDate: Codes] = [:]

    func codes(on day: CalendarDate, policy: some InspectionPolicy) throws -> Codes {
        if let known = byDay[day] { return known }
        let catalog = try policy.inspectionCatalog(on: day)
        func index(_ items: [InspectionCatalog.Item]) -> [String: String] {
            var codes: [String: String] = [:]
            // Codes win over titles when a title folds to another item's code.
            for item in items { codes[SubjectColumns.folded(item.title)] = item.code }
            for item in items { codes[SubjectColumns.folded(item.code)] = item.code }
            return codes
        }
        let codes = Codes(
            catalog: catalog, categories: index(catalog.categories), levels: index(catalog.levels),
            findingCategories: index(catalog.findingCategories))
        byDay[day] = codes
        return codes
    }
}
