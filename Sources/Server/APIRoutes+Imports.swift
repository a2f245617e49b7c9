import Casework
import Foundation
import HTTPTypes
import Hummingbird
import Inspectorate
import NIOCore

/// `POST /api/v1/imports/{kind}`: a CSV file of subjects, inspections, penalty cases or payments, the body as it is
/// (`Content-Type: text/csv`), imported as `thanhtra import FILE --kind KIND` imports it (``ServerImporter``): every
/// row checked first; `?preview=true` checks and writes nothing; a refused row stops the import (422, every refused
/// row with its line and reasons) unless `?skipBad=true`, which imports the good rows and lists the others. The
/// kind's role check is the command's, before the body is read. A body above
/// ``ServerConfiguration/maximumImportBytes`` is refused with 413. The import runs on one worker of the pool, so the
/// other workers go on answering reads.
extension APIRoutes {
    func registerImports(on api: RouterGroup<AppRequestContext>) {
        api.post("imports/:kind", use: guarded(.apiImport, importFile, unsafe: true))
    }

    /// `POST /api/v1/imports/{kind}`.
    @Sendable func importFile(_ request: Request, _ context: AppRequestContext, _ language: Language) async throws
        -> Response
    {
        guard let kind = context.parameters.get("kind").flatMap(ServerImportKind.init(rawValue:)) else {
            throw APIProblem.notFound(language, what: request.uri.path)
        }
        // The command's check (the kind's use case), before a byte of the body is read.
        guard let account = context.account, kind.action.allows(Set(account.roles)) else {
            throw InspectorateError.actionNotAllowed(account: context.account?.login ?? "", action: kind.action)
        }
        guard let importer = services.importer else { throw Self.importsNotAvailable(language) }
        let query = FormData.query(of: request)
        let preview = query["preview"] == "true"
        let skipBad = query["skipBad"] == "true"
        let limit = services.configuration.maximumImportBytes
        let file = try await Self.keep(request, kind: kind, limit: limit, language)
        defer { try? FileManager.default.removeItem(atPath: file.directory) }
        let acting = services.acting(context)
        let services = services
        let outcome: ServerImportOutcome
        do {
            // With the reads, not on the write lane: a long import must not hold up everyday commands.
            outcome = try await services.pool.run(lane: .read) { worker in
                let policy = try worker.policy()
                let request = ServerImportRequest(
                    kind: kind, path: file.path, preview: preview, skipBad: skipBad, acting: acting)
                return try importer.importFile(request, policy: policy, pack: services.packRecord(of: policy))
            }
        } catch let failure as ServerImportFailure {
            guard let cause = failure.cause else { throw Self.problem(failure, language) }
            // A batch stopped by the store: answered as that error is (a busy database 503, else a 500 and a log).
            if let problem = APIProblem.from(cause, language) { throw problem }
            throw cause
        }
        if !preview && !skipBad && outcome.refusedCount > 0 {
            throw APIProblem(
                status: .unprocessableContent, code: "import.rowsRefused",
                message: language == .vi
                    ? "\(outcome.refusedCount) trên \(outcome.rowsRead) dòng bị sai (liệt kê trong details.refused); "
                        + "không có gì được nhập. Sửa chúng rồi nhập lại, hoặc dùng skipBad=true để nhập các dòng đúng."
                    : "\(outcome.refusedCount) of \(outcome.rowsRead) rows are bad (listed in details.refused); "
                        + "nothing was imported. Fix them and import again, or pass skipBad=true to import the good rows.",
                details: Self.json(outcome))
        }
        return APIResponse.json(JSONValue.object(Self.json(outcome)), status: preview ? .ok : .created)
    }

    /// The body kept in a temporary file of its own folder, for the import's two passes: 413 when it is, or grows,
    /// larger than `limit` bytes (what was kept is removed).
    static func keep(_ request: Request, kind: ServerImportKind, limit: Int, _ language: Language) async throws
        -> (directory: String, path: String)
    {
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit {
            throw tooLarge(limit, language)
        }
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("thanhtra-import-\(SessionTokenFactory.randomHex().prefix(16))").path
        // Private to the server's user, as the import page's uploads: the file holds names and ID numbers.
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        let path = directory + "/\(kind.rawValue).csv"
        do {
            guard FileManager.default.createFile(atPath: path, contents: nil),
                let handle = FileHandle(forWritingAtPath: path)
            else { throw CocoaError(.fileWriteUnknown) }
            defer { try? handle.close() }
            var size = 0
            for try await buffer in request.body {
                size += buffer.readableBytes
                guard size <= limit else { throw tooLarge(limit, language) }
                try handle.write(contentsOf: Data(buffer.readableBytesView))
            }
        } catch {
            try? FileManager.default.removeItem(atPath: directory)
            throw error
        }
        return (directory, path)
    }

    /// 413: the file is larger than the server takes.
    static func tooLarge(_ limit: Int, _ language: Language) -> APIProblem {
        let megabytes = limit / (1024 * 1024)
        return APIProblem(
            status: .contentTooLarge, code: "import.tooLarge",
            message: language == .vi
                ? "Tệp lớn hơn \(megabytes) MB máy chủ nhận; không có gì được nhập. Chia tệp thành nhiều phần "
                    + "(mỗi phần giữ dòng tiêu đề) hoặc dùng lệnh thanhtra import."
                : "The file is larger than the \(megabytes) MB the server takes; nothing was imported. Split it (each "
                    + "part keeping the header line) or use thanhtra import.",
            details: ["maximumBytes": .int(Int64(limit))])
    }

    /// 501: the server was started without an importer.
    static func importsNotAvailable(_ language: Language) -> APIProblem {
        APIProblem(
            status: .notImplemented, code: "server.notAvailable",
            message: language == .vi
                ? "Máy chủ này không nhận tệp nhập; dùng lệnh thanhtra import."
                : "This server takes no imports; use thanhtra import.")
    }

    /// 422 for a file refused as a whole, in the command's words.
    static func problem(_ failure: ServerImportFailure, _ language: Language) -> APIProblem {
        let vi = language == .vi
        var details: [String: JSONValue] = [:]
        if let line = failure.line { details["line"] = .int(Int64(line)) }
        if let hint = vi ? failure.hintVI : failure.hintEN { details["hint"] = .string(hint) }
        return APIProblem(
            status: .unprocessableContent, code: failure.code, message: vi ? failure.vi : failure.en, details: details)
    }

    /// The answer's body: what was read, refused (each row's line, column, next step and reasons in both languages)
    /// and written, with the journal range.
    static func json(_ outcome: ServerImportOutcome) -> [String: JSONValue] {
        func optional(_ value: Int64?) -> JSONValue { value.map(JSONValue.int) ?? .null }
        return [
            "kind": .string(outcome.kind.rawValue), "preview": .bool(outcome.preview),
            "rowsRead": .int(Int64(outcome.rowsRead)), "imported": .int(Int64(outcome.imported)),
            "refusedCount": .int(Int64(outcome.refusedCount)),
            "refused": .array(
                outcome.refused.map { row in
                    .object([
                        "line": .int(Int64(row.line)), "column": .string(row.column),
                        "next": row.next.map(JSONValue.string) ?? .null,
                        "reason": .object(["vi": .string(row.vi), "en": .string(row.en)]),
                    ])
                }),
            "sha256": .string(outcome.sha256), "batches": .int(Int64(outcome.batches)),
            "firstID": optional(outcome.firstID), "lastID": optional(outcome.lastID),
            "amountVND": optional(outcome.amountVND?.rawValue),
            "surchargeVND": optional(outcome.surchargeVND?.rawValue),
            "journal": outcome.journalFirst.map { first in
                .object(["first": .int(first), "last": .int(outcome.journalLast ?? first)])
            } ?? .null,
        ]
    }
}
