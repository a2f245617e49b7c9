public import Casework

/// Penalty cases from a legacy register (`thanhtra import FILE --kind cases`): one row per case, with its violation
/// record, violations and, when there is one, the decision as it was issued.
///
/// A historical decision is stored as recorded: its fines and remedial amounts are the file's, never recomputed,
/// and its `packHash` is ``PenaltyDecision/importMarker(sha256:)`` (the file's SHA-256) so that nobody mistakes it
/// for a decision a rule pack computed. Only dates the file leaves out and the schema needs — the decision
/// deadline, the enforcement expiry, a delivered decision's payment due date — are asked of the rules, as
/// `case open`, `case decide` and `case deliver` would, and each decision's steps say so.
///
/// The check refuses a row whose violator is not registered or is of another kind than the row says, whose record
/// or decision number is already recorded or appears on an earlier line.
public struct CaseImport<Store: LegacyImportStore, Runner: PolicyRunner>: FieldImportKind
where Runner.Policy: PenaltyPolicy {
    public typealias Field = CaseImportField
    public typealias Row = LegacyCase

    public static var name: String { "cases" }

    public static var requiredColumns: [(fields: [CaseImportField], what: String)] {
        [
            ([.recordNumber], "the violation record's number"),
            (CaseImportField.subjectColumns.map(\.field), "the violator (a subject number, tax code or citizen ID)"),
            ([.recordOn], "the record date"), ([.violations], "the violation codes"),
        ]
    }

    let store: Store
    let policies: Runner
    let catalog: ViolationCatalog
    let today: CalendarDate
    let context: CommandContext

    /// An import into `store`, checking codes against `catalog` and asking the policies of `policies` for missing
    /// deadlines.
    public init(
        store: Store, policies: Runner, catalog: ViolationCatalog, today: CalendarDate, context: CommandContext
    ) {
        self.store = store
        self.policies = policies
        self.catalog = catalog
        self.today = today
        self.context = context
    }

    public func uniqueKeys(of row: LegacyCase, line: Int) -> [(key: ImportKey, label: ImportKeyLabel)] {
        var keys = [
            (
                ImportKey(space: "record \(row.record.madeOn.year)", value: row.record.number, line: line),
                ImportKeyLabel("record number \(row.record.number)", vi: "biên bản số \(row.record.number)")
            )
        ]
        if let decision = row.decision {
            keys.append(
                (
                    ImportKey(space: "decision \(decision.decidedOn.year)", value: decision.number, line: line),
                    ImportKeyLabel("decision number \(decision.number)", vi: "số quyết định \(decision.number)")
                )
            )
        }
        return keys
    }

    public mutating func check(_ rows: [ImportLine<LegacyCase>], scratch: any ImportScratch) throws -> [ImportRowError?] {
        let subjects = try store.subjects(matching: Array(Set(rows.map(\.row.subject))))
        let records = try store.recorded(
            rows.map { RecordedKey($0.row.record.number, year: $0.row.record.madeOn.year) }, as: .caseRecordNumber)
        let decisions = try store.recorded(
            rows.compactMap { $0.row.decision.map { RecordedKey($0.number, year: $0.decidedOn.year) } },
            as: .penaltyDecisionNumber)
        return rows.map { item -> ImportRowError? in
            let row = item.row
            guard let subject = subjects[row.subject] else {
                return .row(
                    "\(row.subject) is not registered", vi: "\(row.subject.vietnamese) chưa được đăng ký", next: .registerSubjects)
            }
            if let kind = row.violatorKind, kind != subject.kind {
                return .row(
                    "the violator is stated to be \(kind.withArticle), but subject #\(subject.id) (\(subject.name)) is \(subject.kind.withArticle)",
                    vi: "dòng ghi người vi phạm là \(kind.vietnameseName), nhưng đối tượng #\(subject.id) (\(subject.name)) là "
                        + subject.kind.vietnameseName)
            }
            if let existing = records[RecordedKey(row.record.number, year: row.record.madeOn.year)] {
                return .row(
                    "record number \(row.record.number) is already case #\(existing)",
                    vi: "biên bản số \(row.record.number) đã là vụ việc #\(existing)")
            }
            if let decision = row.decision,
                let existing = decisions[RecordedKey(decision.number, year: decision.decidedOn.year)]
            {
                return .row(
                    "decision number \(decision.number) is already recorded on case #\(existing)",
                    vi: "số quyết định \(decision.number) đã được ghi cho vụ việc #\(existing)")
            }
            return nil
        }
    }

    public mutating func write(_ rows: [ImportLine<LegacyCase>], batch: ImportBatchInfo) throws -> ImportBatchResult {
        let subjects = try store.subjects(matching: Array(Set(rows.map(\.row.subject))))
        let items = try rows.map { item in
            guard let subject = subjects[item.row.subject] else {
                throw StoreError.subjectNotFound(reference: item.row.subject)
            }
            return (row: item.row, line: item.line, subject: subject)
        }
        let today = self.today
        let records = try policies.map(items) { policy, item in
            try LegacyCaseRecord.make(
                item.row, line: item.line, subject: item.subject, batch: batch, today: today, policy: policy)
        }
        return try store.importCases(records, command: Self.command, context: context) { ImportBatchPayload(batch, $0) }
    }
}

extension LegacyCaseRecord {
    /// What the store writes for `row`: the case, the decision as recorded, and the dates the rules fill in.
    static func make(
        _ row: LegacyCase, line: Int, subject: Subject, batch: ImportBatchInfo, today: CalendarDate,
        policy: some PenaltyPolicy
    ) throws -> LegacyCaseRecord {
        let marker = PenaltyDecision.importMarker(sha256: batch.sha256)
        let violations = row.violations.map(\.caseViolation)
        var computed: [String] = []
        var decisionDueOn = row.decisionDueOn
        var enforcementExpiresOn = row.decision?.enforcementExpiresOn
        if decisionDueOn == nil || (row.decision != nil && enforcementExpiresOn == nil) {
            let assessment = try policy.assess(
                AssessmentRequest(
                    violator: subject.kind, facts: row.facts, recordOn: row.record.madeOn,
                    decidedOn: row.decision?.decidedOn, today: today, signer: nil, mitigating: row.mitigating,
                    aggravating: row.aggravating, violations: violations))
            if decisionDueOn == nil {
                decisionDueOn = assessment.decisionDueOn
                computed.append("the decision deadline")
            }
            if let decision = row.decision, enforcementExpiresOn == nil {
                enforcementExpiresOn = assessment.enforcementExpiresOn ?? decision.decidedOn
                computed.append("the enforcement expiry")
            }
        }
        let newCase = NewPenaltyCase(
            subjectID: subject.id, violatorKind: subject.kind, record: row.record, violations: violations,
            mitigating: row.mitigating, aggravating: row.aggravating, facts: row.facts, openedOn: row.record.madeOn,
            decisionDueOn: decisionDueOn!, packHash: marker, body: row.body)   // force unwrap: set just above when it was nil
        guard let legacy = row.decision else {
            return LegacyCaseRecord(newCase: newCase, decision: nil, cancellation: row.cancellation, state: row.state)
        }
        var paymentDueOn = legacy.paymentDueOn
        if let receivedOn = legacy.receivedOn, paymentDueOn == nil {
            paymentDueOn = try policy.paymentDue(
                violator: subject.kind, decidedOn: legacy.decidedOn, receivedOn: receivedOn
            ).date
            computed.append("the payment due date")
        }
        let decision = PenaltyDecision(
            number: legacy.number, decidedOn: legacy.decidedOn, signerTitle: legacy.signerTitle,
            signerName: legacy.signerName, lines: lines(row, legacy), totalFineVND: legacy.totalFineVND,
            totalRemedialVND: legacy.totalRemedialVND, packHash: marker,
            steps: steps(row, legacy, line: line, batch: batch, computed: computed, packHash: policy.packHash),
            receivedOn: legacy.receivedOn,
            paymentDueOn: paymentDueOn, enforcementExpiresOn: enforcementExpiresOn!,   // force unwrap: set above for a decision
            sanctions: legacy.sanctions.recorded)
        return LegacyCaseRecord(newCase: newCase, decision: decision, cancellation: row.cancellation, state: row.state)
    }

    /// One line per violation, as the catalog states the code (frame as stated, before ×2 / ½), with the amounts
    /// the file gives it: its own, or the decision's total when it is the only violation, else none.
    private static func lines(_ row: LegacyCase, _ decision: LegacyDecision) -> [FineLine] {
        let single = row.violations.count == 1
        return row.violations.map { violation in
            let entry = violation.entry
            let fine = violation.fineVND ?? (single ? decision.totalFineVND : .zero)
            let remedial = violation.remedialVND ?? (single ? decision.totalRemedialVND : .zero)
            let step =
                violation.fineVND != nil || single
                ? ExplanationStep(
                    text: "amount as recorded in the legacy decision; frame as the catalog states it",
                    citation: "import")
                : ExplanationStep(
                    text: "the legacy decision records only its total; this line has no amount of its own",
                    citation: "import")
            return FineLine(
                code: entry.code, title: entry.title, legalBasis: entry.basis, sector: entry.sector,
                frameMinVND: entry.frameMinVND, frameMaxVND: entry.frameMaxVND,
                fineVND: violation.isWarning ? .zero : fine,
                isWarning: violation.isWarning,
                remedies: remedial > .zero
                    ? [Remedy(code: "import", title: "khắc phục hậu quả (theo quyết định)", amountVND: remedial)] : [],
                steps: [step])
        }
    }

    /// The decision's steps: where it was imported from, and which dates the rules filled in.
    private static func steps(
        _ row: LegacyCase, _ decision: LegacyDecision, line: Int, batch: ImportBatchInfo, computed: [String],
        packHash: String
    ) -> [ExplanationStep] {
        var steps = [
            ExplanationStep(
                text:
                    "imported as recorded in the legacy register (\(batch.file) line \(line)); not computed by the rules",
                citation: "import sha256 \(batch.sha256)")
        ]
        if row.violations.count > 1, row.violations.contains(where: { $0.fineVND == nil }) {
            steps.append(
                ExplanationStep(
                    text:
                        "the legacy decision gives one total fine of \(decision.totalFineVND.formatted()) for \(row.violations.count) violations",
                    citation: "import"))
        }
        if !computed.isEmpty {
            steps.append(
                ExplanationStep(
                    text:
                        "\(computed.joined(separator: ", ")) computed at import by the rule pack \(packHash.prefix(12))",
                    citation: ""))
        }
        return steps
    }
}

