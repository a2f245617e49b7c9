import Casework
import Hummingbird
import HTTPTypes
import Inspectorate
import NIOCore

/// The rule pack page (four-eyes, docs/titles.md): the pack the server runs and the active stored pack (its hash,
/// version, when and by whom it was activated), every proposal with what `rules check`, `rules test` and
/// `rules diff` said of it when proposed, and — for `duyet_quy_tac` — activate or reject, each confirmed first.
/// The store refuses the proposer's own decision inside its transaction; the page words that refusal. Once a pack is
/// active, every worker builds its engine before its next job (``ActivePack``), so the next request runs under it.
extension Routes {
    func registerRulePack(on router: Router<AppRequestContext>) {
        router.get("/rules", use: protected(.rulePack, rulePackPage))
        router.post("/rules/:hash/activate/preview", use: protected(.decideRulePack, activatePreview))
        router.post("/rules/:hash/activate", use: protected(.decideRulePack, activateRecord))
        router.post("/rules/:hash/reject/preview", use: protected(.decideRulePack, rejectPreview))
        router.post("/rules/:hash/reject", use: protected(.decideRulePack, rejectRecord))
    }

    /// The approval use cases over the store, when it keeps proposals (SQLite does).
    func approval() -> RulePackApproval? {
        guard let proposals = services.store as? any RulePackProposalStore else { return nil }
        return RulePackApproval(store: proposals, accounts: services.accounts.store)
    }

    /// `GET /rules`: the packs and the proposals.
    func rulePackPage(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let notice = FormData.query(of: request)["done"].map { "done-\($0)" }
        return try await rulePackPage(problem: nil, notice: notice, context)
    }

    private func rulePackPage(problem: Problem?, notice: String?, _ context: AppRequestContext) async throws -> Response {
        guard let approval = approval() else { return notAvailable(context) }
        let services = services
        return try await services.pool.run { worker in
            let language = context.language
            // Asked on a worker: its engine follows the active pack, so this is what the next request runs.
            let running = try worker.policy().packHash
            let proposals = try approval.proposals()
            let history = try Registry(store: services.store).rulePackHistory()
            let identity = services.packs?.identity(hash: running)
            var data: [String: Any] = [
                "running": running, "runningShort": String(running.prefix(12)),
                "runningName": identity?.name ?? services.pack.name, "runningVersion": identity?.version ?? services.pack.version,
                "canDecide": context.account.map(ProtectedRoute.decideRulePack.allows) ?? false,
                "proposals": proposals.map { proposal -> [String: Any] in
                    var row = Self.proposalData(proposal, language)
                    // A rejection's reason posted back by "Sửa lại" (or refused) is shown again in its form.
                    if context.isPosted, context.path.hasPrefix("/rules/\(proposal.hash)/reject") {
                        row["typedReason"] = context.form["reason"] ?? ""
                    }
                    return row
                },
                "hasProposals": !proposals.isEmpty,
            ]
            if let active = proposals.first(where: { $0.status == .active }) {
                data["active"] = [
                    "hash": active.hash, "name": active.name, "version": active.version,
                    "decidedBy": active.decidedBy ?? "", "decidedAt": active.decidedAt ?? "", "proposedBy": active.proposedBy,
                ]
            } else if let recorded = history.first(where: { $0.hash == running }) {
                data["initial"] = ["hash": recorded.hash, "name": recorded.name, "version": recorded.version, "recordedAt": recorded.recordedAt]
            }
            if let problem { data["problem"] = problem.asData }
            if let notice { data["notice"] = Words.text(notice, language) }
            return Pages.render(
                "rulePack", data, title: Words.text("rulePack", language),
                status: problem == nil ? .ok : .unprocessableContent, context: context)
        }
    }

    /// A proposal for the page: its status, who and when, and its stored impact.
    static func proposalData(_ proposal: RulePackProposal, _ language: Language) -> [String: Any] {
        // Stored totals are never negative; one that is (a damaged row) is shown as its number, not trusted as money.
        func money(_ amount: Int64) -> String { VND(rawValue: amount).map(Pages.money) ?? "\(amount)" }
        let impact = proposal.impact
        let diff = impact.diff
        var data: [String: Any] = [
            "hash": proposal.hash, "short": String(proposal.hash.prefix(12)), "name": proposal.name,
            "version": proposal.version, "status": Words.proposalStatus(proposal.status, language),
            "waiting": proposal.status == .proposed, "proposedBy": proposal.proposedBy, "proposedAt": proposal.proposedAt,
            "checkErrors": "\(impact.checkErrors)", "checkWarnings": "\(impact.checkWarnings)", "warnings": impact.warnings(vietnamese: language == .vi),
            "testsPassed": "\(impact.testsPassed)", "testsFailed": "\(impact.testsFailed)",
            "testFailures": impact.testFailures, "testsOK": impact.testsFailed == 0,
            "comparedWith": String(impact.comparedWith.prefix(12)), "cases": "\(diff.cases)",
            "casesChanged": "\(diff.casesChanged)", "finesChanged": "\(diff.finesChanged)",
            "decisionDueChanged": "\(diff.decisionDueChanged)", "paymentDueChanged": "\(diff.paymentDueChanged)",
            "oldTotal": money(diff.oldTotalVND), "newTotal": money(diff.newTotalVND),
            "difference": (diff.differenceVND > 0 ? "+" : diff.differenceVND < 0 ? "−" : "")
                + money(diff.differenceVND.magnitude > UInt64(Int64.max) ? 0 : abs(diff.differenceVND)),
        ]
        if let reason = proposal.reason { data["reason"] = reason }
        if let decidedBy = proposal.decidedBy {
            data["decidedBy"] = decidedBy
            data["decidedAt"] = proposal.decidedAt ?? ""
        }
        return data
    }

    /// `POST /rules/:hash/activate/preview`: what activating changes; nothing is written.
    func activatePreview(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await decidePack(context, activate: true, confirm: false)
    }

    /// `POST /rules/:hash/activate`: activates the pack (`rules activate`); the server runs it from the next request.
    func activateRecord(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await decidePack(context, activate: true, confirm: true)
    }

    /// `POST /rules/:hash/reject/preview`: what rejecting records; nothing is written.
    func rejectPreview(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await decidePack(context, activate: false, confirm: false)
    }

    /// `POST /rules/:hash/reject`: rejects the pack with its reason (`rules reject`).
    func rejectRecord(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await decidePack(context, activate: false, confirm: true)
    }

    private func decidePack(_ context: AppRequestContext, activate: Bool, confirm: Bool) async throws -> Response {
        guard let approval = approval() else { return notAvailable(context) }
        let hash = context.parameters.get("hash") ?? ""
        let reason = context.form["reason"] ?? ""
        if !confirm, context.form[Self.editField] != nil {  // "Sửa lại": the page, the reason as it was typed
            return try await rulePackPage(problem: nil, notice: nil, context)
        }
        let acting = services.acting(context)
        let language = context.language
        let outcome = try await attempt(context) { _ -> RulePackProposal in
            switch (confirm, activate) {
            case (true, true): return try approval.activate(hash, acting: acting)
            case (true, false): return try approval.reject(hash, reason: reason, acting: acting)
            case (false, _): return try approval.previewDecision(hash, reason: activate ? nil : reason, acting: acting)
            }
        }
        switch outcome {
        case .failure(let problem): return try await rulePackPage(problem: problem, notice: nil, context)
        case .success(let proposal):
            if confirm { return Pages.redirect(to: activate ? "/rules?done=activated" : "/rules?done=rejected") }
            let short = String(proposal.hash.prefix(12))
            var facts: [(String, String)] = [
                (Words.text("packHash", language), proposal.hash), (Words.text("packVersion", language), "\(proposal.name) \(proposal.version)"),
                (Words.text("proposedBy", language), "\(proposal.proposedBy) · \(proposal.proposedAt)"),
                (Words.text("testsResult", language), "\(proposal.impact.testsPassed) / \(proposal.impact.testsFailed)"),
                (Words.text("casesChanged", language), "\(proposal.impact.diff.casesChanged) / \(proposal.impact.diff.cases)"),
            ]
            if !activate { facts.append((Words.text("reason", language), reason.trimmedOfWhitespace)) }
            return confirmationPage(
                Confirmation(
                    heading: "\(Words.text(activate ? "activatePack" : "rejectPack", language)) \(short)",
                    action: "/rules/\(proposal.hash)/\(activate ? "activate" : "reject")",
                    facts: facts, hidden: activate ? [:] : ["reason": reason.trimmedOfWhitespace],
                    button: Words.text(activate ? "confirmActivate" : "confirmReject", language), back: "/rules",
                    note: Words.text(activate ? "activateNote" : "rejectNote", language),
                    edit: activate ? nil : "/rules/\(proposal.hash)/reject/preview"),
                context)
        }
    }
}
