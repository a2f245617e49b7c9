import Casework
import Hummingbird
import HTTPTypes
import Inspectorate
import NIOCore

/// The penalty decision from the case page: a form, a preview through ``Inspectorate/previewCase(_:decidedOn:signer:acting:)``
/// that writes nothing (each violation's fine as the pack gives it, its legal basis and explanation, the signer's
/// competence), then ``Inspectorate/decideCase(_:number:decidedOn:signerTitle:signerName:sanctions:acting:)`` and a 303 back to
/// the case. A signer without competence is refused with the pack's own reasons.
extension Routes {
    /// What the decision form posts.
    struct DecisionFields: Sendable {
        var number: String
        var decidedOn: String
        var signer: String
        var signerName: String

        init(_ form: [String: String]) {
            number = form["number"] ?? ""
            decidedOn = form["decidedOn"] ?? ""
            signer = form["signer"] ?? ""
            signerName = form["signerName"] ?? ""
        }

        /// The decision day, or the problem to show.
        func day(_ language: Language) -> Result<CalendarDate, Problem> {
            guard let day = CalendarDate(decidedOn.trimmedOfWhitespace) else {
                return .failure(Problem(summary: Words.text("badDecisionDate", language)))
            }
            return .success(day)
        }

        var asData: [String: Any] {
            ["number": number, "decidedOn": decidedOn, "signer": signer, "signerName": signerName]
        }
    }

    /// `GET /cases/:id/decide`: the form, the signer titles of the pack in force today.
    func decideForm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard let number = context.parameters.get("id", as: Int64.self) else { return notFound("caseNotFound", context) }
        let fields = DecisionFields(["decidedOn": "\(services.clock.today())"])
        return try await decidePage(number, fields, problem: nil, preview: nil, context)
    }

    /// `POST /cases/:id/decide/preview`: what the pack gives for this decision; nothing is written.
    func decidePreview(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard let number = context.parameters.get("id", as: Int64.self) else { return notFound("caseNotFound", context) }
        let fields = DecisionFields(context.form)
        if context.form[Self.editField] != nil {  // "Sửa lại": the form again with what was typed
            return try await decidePage(number, fields, problem: nil, preview: nil, context)
        }
        let day: CalendarDate
        switch fields.day(context.language) {
        case .failure(let problem): return try await decidePage(number, fields, problem: problem, preview: nil, context)
        case .success(let value): day = value
        }
        let services = services
        let acting = services.acting(context)
        let signer = fields.signer.trimmedOfWhitespace
        let outcome = try await attempt(context) { worker in
            let inspectorate = try services.inspectorate(on: worker)
            let assessment = try inspectorate.previewCase(
                PenaltyCase.ID(rawValue: number), decidedOn: day, signer: signer.isEmpty ? nil : signer, acting: acting)
            // What the pack allows, the account must also hold on the day (with accounts): refused here as the
            // decision would be, so no confirm button leads to a refusal.
            if assessment.problems.isEmpty, !signer.isEmpty {
                _ = try inspectorate.signingAuthority(title: signer, on: day, acting: acting)
            }
            return assessment
        }
        switch outcome {
        case .failure(let problem): return try await decidePage(number, fields, problem: problem, preview: nil, context)
        case .success(let assessment):
            let problem = assessment.problems.isEmpty
                ? nil
                : ProblemWords.penaltyCase(
                    PenaltyCaseError("refused", caseID: PenaltyCase.ID(rawValue: number), problems: assessment.problems),
                    context.language)
            return try await decidePage(number, fields, problem: problem, preview: assessment, context)
        }
    }

    /// `POST /cases/:id/decide`: records the decision (`case decide`) and goes back to the case.
    func decideRecord(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard let number = context.parameters.get("id", as: Int64.self) else { return notFound("caseNotFound", context) }
        let fields = DecisionFields(context.form)
        let day: CalendarDate
        switch fields.day(context.language) {
        case .failure(let problem): return try await decidePage(number, fields, problem: problem, preview: nil, context)
        case .success(let value): day = value
        }
        let services = services
        let acting = services.acting(context)
        let outcome = try await attempt(context) { worker in
            try services.inspectorate(on: worker).decideCase(
                PenaltyCase.ID(rawValue: number), number: fields.number, decidedOn: day,
                signerTitle: fields.signer.trimmedOfWhitespace, signerName: fields.signerName, acting: acting)
        }
        if case .failure(let problem) = outcome {
            return try await decidePage(number, fields, problem: problem, preview: nil, context)
        }
        return Pages.redirect(to: "/cases/\(number)")
    }

    /// The decision page: the case, the form (or the preview with a confirm button), and a problem if any.
    private func decidePage(
        _ number: Int64, _ fields: DecisionFields, problem: Problem?, preview: Assessment?, _ context: AppRequestContext
    ) async throws -> Response {
        let store = services.store
        let today = services.clock.today()
        let services = services
        let acting = services.acting(context)
        return try await services.pool.run { worker in
            let language = context.language
            guard let item = try store.penaltyCase(id: PenaltyCase.ID(rawValue: number)) else {
                return Self.notFoundPage("caseNotFound", context)
            }
            let day = CalendarDate(fields.decidedOn) ?? today
            let titles = try Self.heldTitles(
                try Self.glossary(worker)?.signerTitles(on: day) ?? [], on: day,
                inspectorate: services.inspectorate(on: worker), acting: acting)
            var data = fields.asData
            data["id"] = "\(number)"
            data["recordNumber"] = item.record.number
            data["recordOn"] = "\(item.record.madeOn)"
            data["decisionDue"] = "\(item.decisionDueOn)"
            data["isOpen"] = item.state == .open
            data["noTitles"] = titles.isEmpty
            data["titles"] = titles.map { title -> [String: Any] in
                ["code": title.code, "name": title.name, "detail": title.detail, "selected": title.code == fields.signer]
            }
            if let problem { data["problem"] = problem.asData }
            if let preview {
                data["preview"] = Self.assessmentData(preview, language: language)
                data["canConfirm"] = preview.problems.isEmpty && item.state == .open
            }
            let refused = problem != nil
            return Pages.render(
                "decide", data, title: "\(Words.text("decideCase", language)) #\(number)",
                status: refused ? .unprocessableContent : .ok, context: context)
        }
    }

    /// The signer titles the acting account may sign under on `day`: with accounts, those it holds that day directly
    /// or by a delegation in force (``Inspectorate/Inspectorate/signingAuthority(title:on:acting:)``); without
    /// accounts, every title of the pack (the single-user behaviour).
    static func heldTitles(
        _ titles: [NamedCode], on day: CalendarDate, inspectorate: Inspectorate, acting: Acting
    ) throws -> [NamedCode] {
        try titles.filter { title in
            do {
                _ = try inspectorate.signingAuthority(title: title.code, on: day, acting: acting)
                return true
            } catch is AuthorityError {
                return false
            }
        }
    }

    /// An assessment for a template: the lines with their legal basis, frame, fine and explanation, the totals, the
    /// signer's competence.
    static func assessmentData(_ assessment: Assessment, language: Language) -> [String: Any] {
        var data: [String: Any] = [
            "lines": assessment.lines.map { line -> [String: Any] in
                let fine = line.fine
                return [
                    "code": fine.code, "title": fine.title, "basis": fine.legalBasis,
                    "frame": "\(Pages.money(fine.frameMinVND)) – \(Pages.money(fine.frameMaxVND))",
                    "fine": fine.isWarning ? Words.text("warning", language) : Pages.money(fine.fineVND),
                    "steps": fine.steps.map { ["text": $0.text, "citation": $0.citation] },
                ]
            },
            "total": Pages.money(assessment.totalFineVND),
            "decisionDue": "\(assessment.decisionDueOn)",
            "steps": assessment.steps.map { ["text": $0.text, "citation": $0.citation] },
        ]
        if assessment.totalRemedialVND > .zero { data["remedial"] = Pages.money(assessment.totalRemedialVND) }
        if let expires = assessment.enforcementExpiresOn { data["enforcementExpires"] = "\(expires)" }
        if let competence = assessment.competence {
            data["competence"] = [
                "title": competence.title.isEmpty ? competence.signer : competence.title,
                "allowed": competence.isAllowed, "limit": Pages.money(competence.limitVND),
                "citation": competence.citation,
            ] as [String: Any]
        }
        return data
    }

    /// The pack's names for its codes, when the worker's policy gives them (the rule engine does).
    static func glossary(_ worker: Worker) throws -> (any PenaltyGlossary)? {
        try worker.policy() as? any PenaltyGlossary
    }

    /// Runs a use case on a worker; a refusal the pages can word comes back as a ``Problem``, anything else throws
    /// (the 500 page and a log line).
    func attempt<T: Sendable>(
        _ context: AppRequestContext, _ body: @escaping @Sendable (Worker) throws -> T
    ) async throws -> Result<T, Problem> {
        let language = context.language
        return try await services.pool.run { worker -> Result<T, Problem> in
            do {
                return .success(try body(worker))
            } catch {
                guard let problem = ProblemWords.problem(for: error, language) else { throw error }
                return .failure(problem)
            }
        }
    }
}
