import Casework
import Foundation
import Hummingbird
import HTTPTypes
import Inspectorate
import NIOCore

/// The import page: a CSV file of subjects, inspections, penalty cases or payments, uploaded from a form
/// (`multipart/form-data`, its CSRF field checked before the file is read, ``CSRFMiddleware``), previewed (every row
/// checked, nothing written, the refused rows with their line, column and the command's reasons), then confirmed
/// with the token of the file the server kept (``ImportUploads``), never with anything else the browser sends. The
/// import runs as `POST /api/v1/imports/{kind}` runs it (``ServerImporter``): the kind's role check, one
/// transaction and one journal entry a batch, refused rows stop it unless "skip refused rows" was chosen.
extension Routes {
    func registerImports(on router: Router<AppRequestContext>) {
        router.get("/imports", use: protected(.importFile, importPage))
        router.post("/imports/:kind/preview", use: protected(.importFile, importPreview))
        router.post("/imports/:kind", use: protected(.importFile, importConfirm))
    }

    /// `GET /imports`: one form per kind the account's roles may import.
    @Sendable func importPage(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        importForm(context, error: nil, status: .ok)
    }

    /// `POST /imports/:kind/preview`: the uploaded file kept and checked; or, posted again by the language switch,
    /// the kept file of `token` checked again.
    @Sendable func importPreview(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let kind: ServerImportKind
        switch importKind(context) {
        case .success(let found): kind = found
        case .failure(let page): return page.response
        }
        let uploads = services.uploads
        let owner = ImportUploads.owner(ofSession: context.sessionToken ?? "")
        let now = services.now()
        let skipBad = context.form["skipBad"] == "1"
        let upload: ImportUploads.Upload
        if let file = context.upload {
            guard file.byteCount <= services.configuration.maximumImportBytes else {
                return Self.tooLargePage(services.configuration.maximumImportBytes, context: context)
            }
            guard !file.fileName.isEmpty, file.byteCount > 0 else {
                return importForm(context, error: Words.text("importChooseFile", context.language), status: .unprocessableContent)
            }
            let token: String
            do {
                token = try uploads.adopt(file, kind: kind, owner: owner, now: now)
            } catch ImportUploads.Refusal.full {
                return Pages.message(status: .serviceUnavailable, title: "busy", text: "importFull", context: context)
            }
            guard let kept = uploads.upload(token, owner: owner, kind: kind, now: now) else { return expired(context) }
            upload = kept
        } else if let token = context.form["token"] {
            guard let kept = uploads.upload(token, owner: owner, kind: kind, now: now) else { return expired(context) }
            upload = kept
        } else {
            return importForm(context, error: Words.text("importChooseFile", context.language), status: .unprocessableContent)
        }
        do {
            let outcome = try await runImport(upload, preview: true, skipBad: skipBad, context: context)
            return previewPage(outcome, upload, skipBad: skipBad, error: nil, status: .ok, context: context)
        } catch let failure as ServerImportFailure where failure.cause == nil {
            uploads.discard(upload.token)
            return refusedFile(failure, context: context)
        }
    }

    /// `POST /imports/:kind`: the kept file of `token` imported (its rows checked again against the store as it is
    /// now); refused rows stop it unless `skipBad`, and the preview comes back with them.
    @Sendable func importConfirm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let kind: ServerImportKind
        switch importKind(context) {
        case .success(let found): kind = found
        case .failure(let page): return page.response
        }
        let uploads = services.uploads
        let owner = ImportUploads.owner(ofSession: context.sessionToken ?? "")
        guard let token = context.form["token"],
            let upload = uploads.claim(token, owner: owner, kind: kind, now: services.now())
        else { return expired(context) }
        let skipBad = context.form["skipBad"] == "1"
        let outcome: ServerImportOutcome
        do {
            outcome = try await runImport(upload, preview: false, skipBad: skipBad, context: context)
        } catch let failure as ServerImportFailure where failure.cause == nil {
            uploads.discard(token)
            return refusedFile(failure, context: context)
        } catch {
            uploads.release(token)  // nothing or only whole batches written: the failure is answered as the store's
            throw error
        }
        if outcome.imported == 0 && outcome.refusedCount > 0 && !skipBad {
            uploads.release(token)
            return previewPage(
                outcome, upload, skipBad: false, error: Words.text("importRefusedStop", context.language),
                status: .unprocessableContent, context: context)
        }
        uploads.discard(token)
        var shown = context
        shown.isPosted = false  // the result cannot be posted again: the language switch links to the form
        shown.path = "/imports"
        shown.query = ""
        return Pages.render(
            "importResult", resultData(outcome, upload, language: context.language),
            title: Words.text("importResultHeading", context.language), status: .created, context: shown)
    }

    // MARK: - Pages

    /// The form of every kind the account may import.
    func importForm(_ context: AppRequestContext, error: String?, status: HTTPResponse.Status) -> Response {
        let roles = Set(context.account?.roles ?? [])
        let kinds = ServerImportKind.allCases.filter { $0.action.allows(roles) }.map { kind -> [String: Any] in
            ["kind": kind.rawValue, "label": Words.text("importKind-\(kind.rawValue)", context.language)]
        }
        var data: [String: Any] = [
            "kinds": kinds, "limit": Self.size(services.configuration.maximumImportBytes, context.language),
        ]
        if let error { data["error"] = error }
        var shown = context
        shown.isPosted = false
        shown.path = "/imports"
        shown.query = ""
        return Pages.render("imports", data, title: Words.text("importHeading", context.language), status: status, context: shown)
    }

    /// The preview of a kept file: what would be written, the refused rows, the confirmation with its token.
    func previewPage(
        _ outcome: ServerImportOutcome, _ upload: ImportUploads.Upload, skipBad: Bool, error: String?,
        status: HTTPResponse.Status, context: AppRequestContext
    ) -> Response {
        let vi = context.language == .vi
        let toWrite = outcome.rowsRead - outcome.refusedCount
        var data: [String: Any] = [
            "kind": upload.kind.rawValue, "label": Words.text("importKind-\(upload.kind.rawValue)", context.language),
            "fileName": upload.fileName, "token": upload.token, "rowsRead": outcome.rowsRead, "toWrite": toWrite,
            "refusedCount": outcome.refusedCount, "hasRefused": outcome.refusedCount > 0,
            "moreRefused": outcome.refusedCount > outcome.refused.count, "skipBad": skipBad, "canWrite": toWrite > 0,
            "header": outcome.header, "hasSample": !outcome.sample.isEmpty,
            "moreSample": toWrite > outcome.sample.count,
            "sample": outcome.sample.map { row -> [String: Any] in ["line": row.line, "fields": row.fields] },
            "refused": outcome.refused.map { row -> [String: Any] in
                ["line": row.line, "column": row.column, "reason": vi ? row.vi : row.en]
            },
        ]
        if let error { data["error"] = error }
        // The language switch posts the kept file's token to the preview again, never the file.
        var shown = context
        shown.path = "/imports/\(upload.kind.rawValue)/preview"
        shown.form = ["token": upload.token, "skipBad": skipBad ? "1" : "0"]
        return Pages.render(
            "importPreview", data, title: Words.text("importPreviewHeading", context.language), status: status,
            context: shown)
    }

    func resultData(_ outcome: ServerImportOutcome, _ upload: ImportUploads.Upload, language: Language) -> [String: Any] {
        var data: [String: Any] = [
            "label": Words.text("importKind-\(upload.kind.rawValue)", language), "fileName": upload.fileName,
            "rowsRead": outcome.rowsRead, "imported": outcome.imported, "refusedCount": outcome.refusedCount,
            "batches": outcome.batches, "sha256": outcome.sha256,
        ]
        if let first = outcome.journalFirst { data["journal"] = ["first": first, "last": outcome.journalLast ?? first] }
        if let first = outcome.firstID { data["records"] = ["first": first, "last": outcome.lastID ?? first] }
        if let amount = outcome.amountVND { data["amount"] = Pages.money(amount) }
        if let surcharge = outcome.surchargeVND { data["surcharge"] = Pages.money(surcharge) }
        return data
    }

    /// 413: the file is larger than the server takes (``ServerConfiguration/maximumImportBytes``).
    static func tooLargePage(_ limit: Int, context: AppRequestContext) -> Response {
        let size = size(limit, context.language)
        let text =
            context.language == .vi
            ? "Tệp lớn hơn \(size) máy chủ nhận; không có gì được nhập. Chia tệp thành nhiều phần (mỗi phần giữ dòng "
                + "tiêu đề) hoặc dùng lệnh thanhtra import."
            : "The file is larger than the \(size) the server takes; nothing was imported. Split it (each part keeping "
                + "the header line) or use thanhtra import."
        let heading = Words.text("importTooLarge", context.language)
        return Pages.render(
            "message", ["heading": heading, "text": text], title: heading, status: .contentTooLarge, context: context)
    }

    /// A size in words: bytes, KB or MB.
    static func size(_ bytes: Int, _ language: Language) -> String {
        if bytes >= 1024 * 1024 { return "\(bytes / (1024 * 1024)) MB" }
        if bytes >= 1024 { return "\(bytes / 1024) KB" }
        return "\(bytes) " + (language == .vi ? "byte" : "bytes")
    }

    // MARK: - Steps

    /// The kind of the path, when the account may import it: else the page to answer (404, 403, 501).
    private func importKind(_ context: AppRequestContext) -> Result<ServerImportKind, ImportPage> {
        guard let kind = context.parameters.get("kind").flatMap(ServerImportKind.init(rawValue:)) else {
            return .failure(ImportPage(Pages.message(status: .notFound, title: "notFound", text: "notFound", context: context)))
        }
        guard kind.action.allows(Set(context.account?.roles ?? [])) else {
            return .failure(
                ImportPage(
                    Pages.message(status: .forbidden, title: "forbidden", text: "importKindForbidden", context: context)))
        }
        guard services.importer != nil else {
            return .failure(
                ImportPage(
                    Pages.message(status: .notImplemented, title: "error", text: "importNotAvailable", context: context)))
        }
        return .success(kind)
    }

    /// Runs the kept file through the importer on a worker, with that worker's rule engine.
    private func runImport(
        _ upload: ImportUploads.Upload, preview: Bool, skipBad: Bool, context: AppRequestContext
    ) async throws -> ServerImportOutcome {
        guard let importer = services.importer else { throw ServerImportFailure(code: "import.unavailable", vi: "", en: "") }
        let request = ServerImportRequest(
            kind: upload.kind, path: upload.path, preview: preview, skipBad: skipBad, acting: services.acting(context),
            fileName: upload.fileName)
        let services = services
        // With the reads, as the API's import: a long import must not hold up everyday commands on the write lane.
        return try await services.pool.run(lane: .read) { worker in
            let policy = try worker.policy()
            return try importer.importFile(request, policy: policy, pack: services.packRecord(of: policy))
        }
    }

    private func expired(_ context: AppRequestContext) -> Response {
        Pages.message(status: .notFound, title: "importExpired", text: "importExpiredText", context: context)
    }

    /// 422: the file as a whole refused (not CSV, no header, an unknown column…), in the command's words.
    private func refusedFile(_ failure: ServerImportFailure, context: AppRequestContext) -> Response {
        let vi = context.language == .vi
        var text = vi ? failure.vi : failure.en
        if let line = failure.line { text += vi ? " (dòng \(line))" : " (line \(line))" }
        if let hint = vi ? failure.hintVI : failure.hintEN { text += " " + hint }
        return importForm(context, error: text, status: .unprocessableContent)
    }
}

/// A page answered instead of going on (a refusal), as the failure of a `Result`.
struct ImportPage: Error {
    let response: Response
    init(_ response: Response) { self.response = response }
}
