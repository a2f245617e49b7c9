public import Casework
public import Reports

/// A period report as a face shows it: the period, and the live or filed snapshot of it.
public struct PeriodReportResult: Sendable {
    public var period: ReportPeriod
    /// What the report shows: the figures now, or as filed.
    public var snapshot: FiledReport
    /// Whether `snapshot` is the filed report of the period (then it renders as filed).
    public var isFiled: Bool
}

extension Inspectorate {
    /// The report assembler for a business day.
    public func reportAssembly(today: CalendarDate) -> ReportAssembly {
        ReportAssembly(store: store, policy: policy, today: today)
    }

    /// The report of `kind`/`spec` (``ReportSpec/currentMonth`` for the reporting month that contains today): the
    /// filed report when the period was filed and `live` is false, else today's figures. With `body`, today's
    /// figures of that body's cases and inspections only (``ReportPeriod/body``), never a filed report.
    ///
    /// - Throws: ``InspectorateError/actionNotAllowed(account:action:)`` when the database has accounts and the acting
    ///   account's roles do not read reports; ``InspectorateError/notADateRange(_:)``;
    ///   ``InspectorateError/unknownBody(code:known:)``; ``StoreError``; what the policy throws.
    public func periodReport(
        kind: String, spec: String, language: Language, live: Bool, body: String? = nil, acting: Acting
    ) throws -> PeriodReportResult {
        try authorize(.readReports, acting: acting)
        let assembly = reportAssembly(today: acting.today)
        let spec = try assembly.resolve(kind: kind, spec: spec)
        var period = try assembly.period(kind: kind, spec: spec)
        if let body {
            // A body's report is always today's: the period's filed report is the whole store's.
            try requireBody(body, on: period.through)
            period.body = body
            let snapshot = try assembly.snapshot(period, kind: kind, spec: spec, language: language, members: false)
            return PeriodReportResult(period: period, snapshot: snapshot, isFiled: false)
        }
        if !live, let filed = try store.filedReport(kind: period.kind, label: period.label) {
            return PeriodReportResult(period: period, snapshot: filed, isFiled: true)
        }
        let snapshot = try assembly.snapshot(period, kind: kind, spec: spec, language: language, members: false)
        return PeriodReportResult(period: period, snapshot: snapshot, isFiled: false)
    }

    /// The records behind `figure` in the period `kind`/`spec`, as the store has them now; with `body`, that body's
    /// only.
    /// - Throws: ``InspectorateError/actionNotAllowed(account:action:)`` when the database has accounts and the acting
    ///   account's roles do not read reports; ``InspectorateError/notADateRange(_:)``; ``StoreError``; what the
    ///   policy throws.
    public func figureMembers(_ figure: String, kind: String, spec: String, body: String? = nil, acting: Acting) throws
        -> (period: ReportPeriod, members: FigureMembers)
    {
        try authorize(.readReports, acting: acting)
        let assembly = reportAssembly(today: acting.today)
        var period = try assembly.period(kind: kind, spec: spec)
        if let body {
            try requireBody(body, on: period.through)
            period.body = body
        }
        let scopes = try policy.reportScopes(on: period.through)
        return (period, try assembly.members(of: figure, in: period, scopes: scopes))
    }

    /// Files the report of a period that has ended: its figures and the records behind them are frozen, sealed with
    /// their hash and journaled; the report carries the journal head it was made from (``FiledReport/journalHead``).
    ///
    /// - Throws: ``InspectorateError/periodNotEnded(kind:period:)`` when the period's last day is today or later;
    ///   ``InspectorateError/notADateRange(_:)``; ``StoreError`` (a period filed twice); what the policy throws.
    public func fileReport(kind: String, spec: String, language: Language, acting: Acting) throws -> FiledReport {
        try authorize(.fileReport, acting: acting)
        let assembly = reportAssembly(today: acting.today)
        let period = try assembly.period(kind: kind, spec: spec)
        guard period.through < acting.today else {
            throw InspectorateError.periodNotEnded(kind: kind, period: period)
        }
        let context = try context(for: acting)
        // Recording a new rule pack is itself a journal entry: the head is read after it, and the store refuses the
        // filing if another command lands in between.
        let head = try store.journalHead()
        var snapshot = try assembly.snapshot(period, kind: kind, spec: spec, language: language, members: true)
        snapshot.journalHead = "\(head.sequence):\(head.hash)"
        let report = try snapshot.sealed(filedOn: acting.today)
        try store.fileReport(report, context: context)
        return report
    }

    /// Checks a filing as ``fileReport(kind:spec:language:acting:)`` would — the period has ended and is not filed
    /// yet — without writing anything; the period it would file.
    /// - Throws: ``InspectorateError/periodNotEnded(kind:period:)``,
    ///   ``InspectorateError/periodAlreadyFiled(kind:period:hash:)``, ``InspectorateError/notADateRange(_:)``;
    ///   ``StoreError``.
    public func previewFiling(kind: String, spec: String, acting: Acting) throws -> ReportPeriod {
        try authorize(.fileReport, acting: acting)
        let period = try reportAssembly(today: acting.today).period(kind: kind, spec: spec)
        guard period.through < acting.today else {
            throw InspectorateError.periodNotEnded(kind: kind, period: period)
        }
        if let filed = try store.filedReport(kind: period.kind, label: period.label) {
            throw InspectorateError.periodAlreadyFiled(kind: kind, period: period, hash: filed.hash)
        }
        return period
    }

    /// For filed periods (every one, or the one of `kind`/`spec`), each figure that later changes have moved, with
    /// the records that moved it; and how many filed reports were compared.
    ///
    /// - Throws: ``InspectorateError/actionNotAllowed(account:action:)`` when the acting account's roles do not read
    ///   reports (with accounts); ``InspectorateError/periodNotFiled(kind:spec:period:)`` when the named period was
    ///   never filed;
    ///   ``InspectorateError/notADateRange(_:)``; ``StoreError``.
    public func restatements(of period: (kind: String, spec: String)?, acting: Acting) throws
        -> (restatements: [Restatement], checked: Int)
    {
        try authorize(.readReports, acting: acting)
        let assembly = reportAssembly(today: acting.today)
        var filed = try store.filedReports()
        if let (kind, spec) = period {
            let window = try assembly.period(kind: kind, spec: spec)
            filed = filed.filter { $0.period.kind == window.kind && $0.period.label == window.label }
            guard !filed.isEmpty else { throw InspectorateError.periodNotFiled(kind: kind, spec: spec, period: window) }
        }
        var all: [Restatement] = []
        for report in filed {
            // Today's values of the figures the report filed, scoped as it was: a figure added to thanhtra after the
            // filing (or a scope the pack names since) was never reported, so it is no restatement.
            let scopes = report.scopes ?? []
            var now = try assembly.figures(for: report.period, scopes: scopes)
            now.values = now.values.filter { report.figures.values[$0.key] != nil }
            all += Restatement.compare(report, with: now, members: try assembly.currentMembers(of: now, scopes: scopes))
        }
        return (all, filed.count)
    }
}
