import Casework
import Foundation
import Import
import Inspectorate
import Reports
import Rules
import Server

/// `thanhtra import` for `thanhtra serve` (`POST /api/v1/imports/{kind}`): the server's ``ServerImporter`` port over
/// the served store, with the command's role check, the same kinds, two passes and scratch store, and the command's
/// words for refused rows and refused files, in both languages. It runs on the calling worker thread with that
/// worker's warm rule engine (one engine, not the command's one per core).
struct ServeImporter: ServerImporter {
    let store: any InspectorateStore
    /// Rows per transaction and journal entry, as the command's `--batch-size`.
    var batchSize = 10_000

    func importFile(_ request: ServerImportRequest, policy: any InspectoratePolicy, pack: RulePackRecord) throws
        -> ServerImportOutcome
    {
        try run(request, store: store, policy: policy, pack: pack)
    }

    private func run<Store: InspectorateStore>(
        _ request: ServerImportRequest, store: Store, policy: any InspectoratePolicy, pack: RulePackRecord
    ) throws -> ServerImportOutcome {
        try Registry(store: store).authorize(request.kind.action, acting: request.acting)
        // A check writes nothing, not even the pack's files (the served pack is stored already).
        let context =
            request.preview
            ? CommandContext(actor: request.acting.account, timestamp: request.acting.recordedAt, packHash: pack.hash)
            : try pack.context(for: request.acting, in: store)
        let today = request.acting.today
        switch request.kind {
        case .subjects:
            return try importFile(SubjectImport(store: store, context: context), request, store)
        case .payments:
            return try importFile(PaymentImport(store: store, today: today, context: context), request, store)
        case .inspections, .cases:
            guard let engine = policy as? RuleEngine else { throw NotARuleEngine() }
            let runner = SerialPolicyRunner(engine)
            if request.kind == .inspections {
                return try importFile(
                    InspectionImport(
                        store: store, policies: runner, today: today, context: context,
                        bodies: Set(try engine.reportBodies(on: today).map(\.code))),
                    request, store)
            }
            let catalog = try ImportCommand.violationCatalog(engine, on: today)
            return try importFile(
                CaseImport(store: store, policies: runner, catalog: catalog, today: today, context: context), request,
                store)
        }
    }

    /// The two passes of ``FileImport``: every refused row kept (the first ``ServerImportOutcome/refusalsListed``
    /// with their words), then — unless a preview, or a refused row without `skipBad` — the good rows written and
    /// the journal entries they were written with found.
    private func importFile<Kind: ImportKind>(
        _ kind: Kind, _ request: ServerImportRequest, _ store: some InspectorateStore
    ) throws -> ServerImportOutcome {
        var importer = FileImport(path: request.path, kind: kind, batchSize: batchSize, name: request.fileName)
        var refused: [ServerImportRefusal] = []
        let checked: ImportCheck
        do {
            checked = try importer.check(
                scratch: try App.makeImportScratch(),
                onRow: { row in
                    guard refused.count < ServerImportOutcome.refusalsListed else { return }
                    func words(_ language: Reports.Language) -> String {
                        row.reason.problems.map { ErrorWording.reason($0, in: language) }.joined(separator: " | ")
                    }
                    refused.append(
                        ServerImportRefusal(
                            line: row.line, column: row.reason.column, next: row.reason.next?.rawValue, vi: words(.vi),
                            en: words(.en)))
                })
        } catch let failure as ImportFailure {
            throw Self.failure(failure, request)
        }
        var outcome = ServerImportOutcome(
            kind: request.kind, preview: request.preview, rowsRead: checked.rowsRead, imported: 0,
            refusedCount: checked.rejectedLines.count, refused: refused, sha256: checked.sha256)
        if request.preview {
            (outcome.header, outcome.sample) = Self.sample(of: request.path, leavingOut: checked.rejectedLines)
            return outcome
        }
        if !checked.rejectedLines.isEmpty && !request.skipBad { return outcome }
        let head = try store.journalHead().sequence
        let summary: ImportSummary
        do {
            summary = try importer.write(checked)
        } catch let failure as ImportFailure {
            throw Self.failure(failure, request)
        }
        outcome.imported = summary.imported
        outcome.batches = summary.batches
        outcome.firstID = summary.firstID
        outcome.lastID = summary.lastID
        outcome.amountVND = summary.amountVND
        outcome.surchargeVND = summary.surchargeVND
        let written = try Self.entries(
            of: Kind.command, sha256: checked.sha256, batches: summary.batches, after: head, store)
        outcome.journalFirst = written.first
        outcome.journalLast = written.last
        return outcome
    }

    /// The header and the first ``ServerImportOutcome/sampleListed`` rows of the file that the check accepted, as a
    /// preview shows them (read again with the file's separator; what cannot be read is left out: the check has
    /// worded it already).
    private static func sample(of path: String, leavingOut refused: LineSet) -> ([String], [ServerImportRow]) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return ([], []) }
        defer { try? handle.close() }
        guard let prefix = try? handle.read(upToCount: 4_096), (try? handle.seek(toOffset: 0)) != nil else {
            return ([], [])
        }
        var reader = CSVReader(handle: handle, separator: CSVDialect.separator(of: prefix))
        guard let header = try? reader.next() else { return ([], []) }
        var rows: [ServerImportRow] = []
        while rows.count < ServerImportOutcome.sampleListed, let record = try? reader.next() {
            guard !refused.contains(record.line), !record.fields.allSatisfy(\.isEmpty) else { continue }
            rows.append(ServerImportRow(line: record.line, fields: record.fields))
        }
        return (header.fields, rows)
    }

    /// The sequence numbers of the `batches` journal entries `command` wrote for the file after `head` (other
    /// writers' entries may be interleaved).
    private static func entries(
        of command: String, sha256: String, batches: Int, after head: Int64, _ store: some InspectorateStore
    ) throws -> [Int64] {
        var found: [Int64] = []
        var after = head
        while found.count < batches {
            let page = try store.journal(after: after, limit: 1_000)
            guard let last = page.last else { break }
            found += page.filter { $0.command == command && $0.payload.contains(sha256) }.map(\.sequence)
            after = last.sequence
        }
        return found
    }

    /// What stopped the import, in the command's words in both languages, the file named as it was uploaded, or
    /// `KIND.csv` (an API body has no name of its own); a batch's failure keeps its cause.
    private static func failure(_ failure: ImportFailure, _ request: ServerImportRequest) -> ServerImportFailure {
        var named = failure
        named.file = request.fileName == "upload" ? "\(request.kind.rawValue).csv" : request.fileName
        let (vi, hintVI) = ErrorWording.failure(named, in: .vi)
        let (en, hintEN) = ErrorWording.failure(named, in: .en)
        let code: String
        var cause: (any Error)?
        switch failure.reason {
        case .cannotOpen: code = "cannotOpen"
        case .empty: code = "empty"
        case .header: code = "header"
        case .notCSV: code = "notCSV"
        case .dateOrder: code = "dateOrder"
        case .changed: code = "changed"
        case .stopped(_, _, _, let error):
            code = "stopped"
            cause = error
        }
        return ServerImportFailure(
            code: "import.\(code)", vi: vi, en: en, hintVI: hintVI, hintEN: hintEN, line: failure.line, cause: cause)
    }
}

/// The workers' policy is not the rule engine (a composition root that passed another policy: a bug, a 500).
private struct NotARuleEngine: Error {}
