import Casework
import Hummingbird
import HTTPTypes
import Inspectorate
import NIOCore

/// The journal: its entries newest first, 50 a page, each with who, when, which command and its hash; and its
/// verification (``Inspectorate/Registry/auditJournal(head:fullIntegrityCheck:)``: the hash chain, every sealed row
/// against its seal).
extension Routes {
    /// `GET /journal?before=SEQUENCE`: the entries before `before` (the newest when absent).
    func journalPage(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let before = FormData.query(of: request)["before"].flatMap { Int64($0) }
        let size = Int64(services.configuration.pageSize)
        let store = services.store
        return try await services.pool.run { _ in
            let head = try store.journalHead().sequence
            let end = min(before ?? head + 1, head + 1)  // entries < end
            let start = max(0, end - 1 - size)  // after `start`
            let count = Int(end - 1 - start)
            let entries = count > 0 ? try Registry(store: store).journal(after: start, limit: count) : []
            var data: [String: Any] = [
                "head": "\(head)",
                "entries": entries.reversed().map { entry -> [String: Any] in
                    [
                        "sequence": "\(entry.sequence)", "when": entry.recordedAt, "who": entry.actor,
                        "what": entry.command, "hash": String(entry.hash.prefix(16)),
                    ]
                },
            ]
            if start > 0 { data["older"] = "/journal?before=\(start + 1)" }
            if end <= head { data["newer"] = "/journal?before=\(min(head + 1, end + size))" }
            return Pages.render("journal", data, title: Words.text("journal", context.language), context: context)
        }
    }

    /// `GET /journal/verify`: proves the chain and the sealed rows; a read, so it writes nothing.
    func journalVerify(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let store = services.store
        return try await services.pool.run { _ in
            let audit = try Registry(store: store).auditJournal(head: nil, fullIntegrityCheck: false)
            let language = context.language
            var data: [String: Any] = [
                "intact": audit.isIntact, "headSequence": "\(audit.headSequence)", "headHash": audit.headHash,
                "sealedRows": "\(audit.sealedRows)", "sealedTables": "\(audit.sealedTables)",
                "problems": audit.problems.map(\.message), "warnings": audit.warnings.map(\.message),
                "problemCount": "\(audit.problemCount)",
            ]
            if case .broken(let sequence, let reason) = audit.chain {
                data["broken"] = ["sequence": "\(sequence)", "reason": reason]
            }
            if let skipped = audit.notChecked { data["notChecked"] = skipped }
            return Pages.render(
                "journalVerify", data, title: Words.text("journalVerify", language),
                status: audit.isIntact ? .ok : .conflict, context: context)
        }
    }
}
