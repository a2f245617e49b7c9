import ArgumentParser
import Casework
import Import
import Foundation
import Rules
import Server

extension ImportCommand {
    /// Every kind through ``FileImport``: the rule pack in force (for all but subjects, a warm engine per core for
    /// the questions asked row by row: codes and deadlines), a scratch file for what the check remembers, then the
    /// two passes.
    ///
    /// The store's type is opened here, so the generic import kinds take it as it is.
    func run<Store: InspectorateStore>(app: App, store: Store) throws {
        try app.authorize(kind.action, in: store)
        let pack = try app.loadPack(recordedIn: store)
        guard kind != .subjects else {
            let context = try app.context(pack: pack, store: store)
            return try importFile(SubjectImport(store: store, context: context), app: app)
        }
        let engines = EngineRunner(
            pool: try RuleEnginePool(pack: pack, limits: app.configuration.ruleLimits, log: Output.ruleLog))
        let context = try app.context(pack: pack, store: store)
        switch kind {
        case .subjects:
            preconditionFailure("subjects are imported above, without the engines")
        case .inspections:
            try importFile(
                InspectionImport(
                    store: store, policies: engines, today: app.today, context: context,
                    bodies: Set(try engines.withPolicy { try $0.reportBodies(on: app.today) }.map(\.code))),
                app: app)
        case .cases:
            let catalog = try engines.withPolicy { try Self.violationCatalog($0, on: app.today) }
            try importFile(
                CaseImport(store: store, policies: engines, catalog: catalog, today: app.today, context: context),
                app: app)
        case .payments:
            try importFile(PaymentImport(store: store, today: app.today, context: context), app: app)
        }
    }

    /// Checks the whole file, reports or writes aside the bad rows, writes the good ones, prints the summary.
    ///
    /// Without `--skip-bad`, at most ``problemsShown`` problems are printed (a re-imported 100 000-row file must not
    /// print 100 000 lines) and every bad row goes to ``rejectsPath(for:)`` with its line and all its reasons.
    private func importFile<Kind: ImportKind>(_ kind: Kind, app: App) throws {
        var importer = FileImport(path: file, kind: kind, batchSize: batchSize)
        let scratch = try app.makeImportScratch()
        let progress = ImportProgressLine()
        var rejects = try skipBad.map { try RejectFile(path: $0) }
        // Without --skip-bad: the rejects file every bad row goes to, opened at the first bad row.
        var listed: RejectFile?
        var header: [String] = []
        var shown = 0
        var problems = 0
        let listPath = Self.rejectsPath(for: file)
        let checked: ImportCheck
        do {
            checked = try importer.check(
                scratch: scratch,
                onHeader: { read in
                    header = read
                    try rejects?.start(header: read)
                },
                onRow: { row in
                    let reasons = row.reason.problems.map { ErrorWording.reason($0, in: app.configuration.language) }
                    if rejects != nil {
                        try rejects?.write(line: row.line, fields: row.fields, reason: reasons.joined(separator: " | "))
                        return
                    }
                    for reason in reasons {
                        problems += 1
                        guard shown < Self.problemsShown else { continue }
                        progress.end()
                        Output.error("\(file):\(row.line): \(reason)")
                        shown += 1
                    }
                    if listed == nil {
                        listed = try RejectFile(path: listPath)
                        try listed?.start(header: header)
                    }
                    try listed?.write(line: row.line, fields: row.fields, reason: reasons.joined(separator: " | "))
                }, progress: progress.show)
            try rejects?.finish()
            try listed?.finish()
        } catch let failure as ImportFailure {
            progress.end()
            throw CommandError(failure)
        }
        progress.end()
        if !checked.rejectedLines.isEmpty, rejects == nil {
            let more = problems > shown ? "; \(problems - shown) more problem(s) not shown" : ""
            throw CommandError.said(
                (
                    "\(checked.rejectedLines.count) of \(checked.rowsRead) rows of \(file) are bad (listed above\(more)); "
                        + "every bad row, with its line and reasons, is in \(listPath); nothing was imported",
                    "\(checked.rejectedLines.count) trên \(checked.rowsRead) dòng của \(file) bị sai (liệt kê ở trên"
                        + (problems > shown ? "; còn \(problems - shown) lỗi không hiện" : "")
                        + "); mọi dòng sai, kèm dòng và lý do, có trong \(listPath); không có gì được nhập"
                ),
                hint: (
                    "fix them and import again, or pass --skip-bad FILE to import the good rows and write the bad ones "
                        + "to FILE",
                    "sửa chúng rồi nhập lại, hoặc dùng --skip-bad TỆP để nhập các dòng đúng và ghi các dòng sai vào TỆP"
                ))
        }
        let summary: ImportSummary
        do {
            summary = try importer.write(checked, progress: progress.show)
        } catch let failure as ImportFailure {
            progress.end()
            throw CommandError(failure)
        }
        progress.end()
        switch app.configuration.format {
        case .json where Kind.name == ImportCommand.Kind.subjects.rawValue: try Output.json(SubjectImportSummary(summary))
        case .json: try Output.json(summary)
        default: Self.describe(summary, rejectsFile: skipBad, app.say).forEach { Output.line($0) }
        }
    }

    /// Problems printed at most when the bad rows are listed on screen; the rejects file has all of them.
    static let problemsShown = 50

    /// Where the bad rows of `file` are written when `--skip-bad` is not given: beside it, `cases.csv` →
    /// `cases.rejects.csv`.
    static func rejectsPath(for file: String) -> String {
        let base = file.lowercased().hasSuffix(".csv") ? String(file.dropLast(4)) : file
        return base + ".rejects.csv"
    }

    /// The summary in words: what was read, imported and rejected, what was written and how it was journaled.
    /// In Vietnamese (`say`) the kind is named in words (`vụ việc #1–#20`).
    static func describe(_ summary: ImportSummary, rejectsFile: String?, _ say: Wording = .english) -> [String] {
        var lines = [
            say(
                "read \(summary.rowsRead) rows from \(summary.file): imported \(summary.imported), rejected \(summary.rejected)",
                "đã đọc \(summary.rowsRead) dòng từ \(summary.file): nhập \(summary.imported), từ chối \(summary.rejected)")
        ]
        if let rejectsFile, summary.rejected > 0 { lines[0] += say(" (written to \(rejectsFile))", " (ghi vào \(rejectsFile))") }
        guard summary.batches > 0 else { return lines }
        let journaled = say(
            "in \(summary.batches) batch(es), journaled with sha256 \(summary.sha256)",
            "trong \(summary.batches) lô, ghi nhật ký với sha256 \(summary.sha256)")
        if let first = summary.firstID, let last = summary.lastID {
            lines.append("\(say(summary.kind, kindWords[summary.kind] ?? summary.kind)) #\(first)–#\(last) \(journaled)")
        } else if let amount = summary.amountVND {
            let surcharges = CaseText.money(summary.surchargeVND ?? .zero)
            lines.append(
                say(
                    "payments of \(CaseText.money(amount)) towards fines and \(surcharges) of surcharges \(journaled)",
                    "các lần nộp \(CaseText.money(amount)) tiền phạt và \(surcharges) tiền chậm nộp \(journaled)"))
        }
        return lines
    }

    /// What an import's kind writes, in Vietnamese.
    static let kindWords = ["subjects": "đối tượng", "inspections": "cuộc thanh tra", "cases": "vụ việc", "payments": "lần nộp"]

    /// The pack's violation catalog (every version of every code), circumstance codes and the bodies that share the
    /// store on `day`, read once.
    static func violationCatalog(_ engine: RuleEngine, on day: CalendarDate) throws -> ViolationCatalog {
        let entries = try engine.catalog(on: nil, sector: nil).map {
            ViolationCatalog.Entry(
                code: $0.code, title: $0.title, basis: $0.basis, sector: $0.sector, frameMinVND: $0.frameMinVND,
                frameMaxVND: $0.frameMaxVND, effectiveFrom: $0.effectiveFrom, effectiveTo: $0.effectiveTo)
        }
        let circumstances = try engine.circumstances()
        return ViolationCatalog(
            entries: entries, mitigating: Set(circumstances.mitigating.map(\.code)),
            aggravating: Set(circumstances.aggravating.map(\.code)), bodies: Set(try engine.reportBodies(on: day).map(\.code)))
    }
}

/// The pack's engines, one per core: the rules an import asks row by row (deadlines, a finding's category) run on
/// all of them at once.
private struct EngineRunner: PolicyRunner {
    let pool: RuleEnginePool

    func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], _ transform: @Sendable (RuleEngine, Item) throws -> Result
    ) throws -> [Result] {
        try pool.map(items, transform)
    }

    func withPolicy<T>(_ body: (RuleEngine) throws -> T) throws -> T { try pool.withEngine(worker: 0, body) }
}
