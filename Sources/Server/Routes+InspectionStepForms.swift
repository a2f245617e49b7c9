import Casework
import Hummingbird
import HTTPTypes
import Inspectorate
import NIOCore

/// The steps of an inspection from its page: the team's (announce … draft) and the chief's (the decision, an
/// extension, the conclusion, the closing), each its step, its day and what it takes (the reason of a suspension or an
/// extension, the numbers, the decision's signer and team), a confirmation page from
/// ``Inspectorate/preview(_:of:on:acting:)`` that writes nothing (the state after it and the deadlines the pack
/// computes), then ``Inspectorate/advance(_:_:on:acting:)`` and a 303 back to the inspection. Who may take the step —
/// and that a team lead takes it only on its own team's inspection — the use case decides (``CaseworkAction``): a
/// refusal is a page of its own, 403 for a role or a team, 422 for a wrong step.
extension Routes {
    /// The team's steps a page offers, in lifecycle order, with the words of each.
    static let teamSteps = ["announce", "suspend", "resume", "end-onsite", "report", "draft"]

    /// The chief's steps a page offers (the decider's, ``CaseworkAction/decideInspectionStep``), in lifecycle order.
    static let chiefSteps = ["decide", "extend", "conclude", "close"]

    func registerInspectionSteps(on router: Router<AppRequestContext>) {
        router.post("/inspections/:id/steps/preview", use: protected(.inspectionStep, inspectionStepPreview))
        router.post("/inspections/:id/steps", use: protected(.inspectionStep, inspectionStepRecord))
        router.post("/inspections/:id/chief-steps/preview", use: protected(.decideInspectionStep) { _, context in
            try await inspectionStep(context, confirm: false, chief: true)
        })
        router.post("/inspections/:id/chief-steps", use: protected(.decideInspectionStep) { _, context in
            try await inspectionStep(context, confirm: true, chief: true)
        })
    }

    /// `POST /inspections/:id/steps/preview`: the step's checks and the pack's deadlines; nothing is written.
    func inspectionStepPreview(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await inspectionStep(context, confirm: false, chief: false)
    }

    /// `POST /inspections/:id/steps`: takes the step (`inspection <step>`) and goes back to the inspection.
    func inspectionStepRecord(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await inspectionStep(context, confirm: true, chief: false)
    }

    /// The fields a step's form posts, kept for its confirmation.
    static let inspectionStepFields = [
        "step", "on", "reason", "days", "number", "signerTitle", "signerName", "teamLead", "members",
    ]

    /// The step `form` asks for among the team's steps or the chief's, or the key of ``Words`` naming the field
    /// that is missing or not a value of its kind (the checks of the values themselves are the use case's).
    static func requestedStep(_ form: [String: String], day: CalendarDate, chief: Bool) -> Result<InspectionStep, FieldProblem> {
        let name = form["step"] ?? ""
        let reason = form["reason"] ?? ""
        guard (chief ? chiefSteps : teamSteps).contains(name) else { return .failure(FieldProblem("step")) }
        switch name {
        case "announce": return .success(.announce)
        case "suspend": return .success(.suspend(reason: reason))
        case "resume": return .success(.resume)
        case "end-onsite": return .success(.endOnsite)
        case "report": return .success(.report)
        case "draft": return .success(.draft)
        case "extend":
            guard let days = Int((form["days"] ?? "").trimmedOfWhitespace) else { return .failure(FieldProblem("extraDays")) }
            return .success(.extend(days: days, reason: reason))
        case "conclude": return .success(.conclude(number: (form["number"] ?? "").trimmedOfWhitespace))
        case "close": return .success(.close)
        default:  // "decide": the decision carries its own day, the form's
            let members = (form["members"] ?? "").split(separator: ",").map { String($0).trimmedOfWhitespace }
                .filter { !$0.isEmpty }
            let decision = InspectionDecision(
                number: (form["number"] ?? "").trimmedOfWhitespace, decidedOn: day,
                signerTitle: (form["signerTitle"] ?? "").trimmedOfWhitespace,
                signerName: (form["signerName"] ?? "").trimmedOfWhitespace,
                teamLead: (form["teamLead"] ?? "").trimmedOfWhitespace, members: members)
            return .success(.decide(decision, subjects: []))
        }
    }

    private func inspectionStep(_ context: AppRequestContext, confirm: Bool, chief: Bool) async throws -> Response {
        guard let number = context.parameters.get("id", as: Int64.self) else {
            return notFound("inspectionNotFound", context)
        }
        if !confirm, context.form[Self.editField] != nil {  // "Sửa lại": the inspection page, the form as it was typed
            return try await inspectionPage(context)
        }
        let language = context.language
        let name = context.form["step"] ?? ""
        let reason = context.form["reason"] ?? ""
        guard let day = CalendarDate((context.form["on"] ?? "").trimmedOfWhitespace) else {
            return problemPage(Problem(summary: Words.text("badField", language) + " “\(Words.text("day", language))”."), context)
        }
        let step: InspectionStep
        switch Self.requestedStep(context.form, day: day, chief: chief) {
        case .failure(let field):
            return problemPage(
                Problem(summary: Words.text("badField", language) + " “\(Words.text(field.key, language))”."), context)
        case .success(let value): step = value
        }
        let id = Inspection.ID(rawValue: number)
        let services = services
        let acting = services.acting(context)
        // A refusal as its page and status: 403 for the role and team checks, 404 for no such inspection, else 422.
        let outcome = try await services.pool.run {
            worker -> Result<InspectionUpdate?, RefusedStep> in
            let inspectorate = try services.inspectorate(on: worker)
            do {
                if confirm {
                    _ = try inspectorate.advance(id, step, on: day, acting: acting)
                    return .success(nil)
                }
                return .success(try inspectorate.preview(step, of: id, on: day, acting: acting).update)
            } catch {
                guard let problem = ProblemWords.problem(for: error, language) else { throw error }
                let status: HTTPResponse.Status =
                    switch error as? InspectorateError {
                    case .actionNotAllowed, .notOnInspectionTeam: .forbidden
                    case .unknownInspection: .notFound
                    default: .unprocessableContent
                    }
                return .failure(RefusedStep(problem: problem, status: status))
            }
        }
        switch outcome {
        case .failure(let refused):
            var response = problemPage(refused.problem, context)
            response.status = refused.status
            return response
        case .success(nil):
            return Pages.redirect(to: "/inspections/\(number)")
        case .success(let update?):
            var facts: [(String, String)] = [
                (Words.text("step", language), Words.text("inspectionStep-\(name)", language)),
                (Words.text("day", language), "\(day)"),
                (Words.text("state", language), Words.state(update.newState.rawValue, language)),
            ]
            switch step {
            case .suspend: facts.append((Words.text("reason", language), reason))
            case .extend(let days, _):
                facts.append((Words.text("extraDays", language), "\(days)"))
                facts.append((Words.text("reason", language), reason))
            case .conclude(let conclusion): facts.append((Words.text("conclusionNumber", language), conclusion))
            case .decide(let decision, _):
                facts.append((Words.text("number", language), decision.number))
                facts.append((Words.text("signer", language), "\(decision.signerTitle) \(decision.signerName)"))
                facts.append((Words.text("teamLead", language), decision.teamLead))
                if !decision.members.isEmpty {
                    facts.append((Words.text("members", language), decision.members.joined(separator: ", ")))
                }
            default: break
            }
            if let due = update.deadlines?.onsiteDueOn { facts.append((Words.text("onsiteDue", language), "\(due)")) }
            if let due = update.deadlines?.reportDueOn { facts.append((Words.text("reportDue", language), "\(due)")) }
            if let due = update.deadlines?.conclusionDueOn {
                facts.append((Words.text("conclusionDue", language), "\(due)"))
            }
            return confirmationPage(
                Confirmation(
                    heading: "\(Words.text("inspections", language)) #\(number) · \(Words.text("inspectionStep-\(name)", language))",
                    action: "/inspections/\(number)/\(chief ? "chief-steps" : "steps")", facts: facts,
                    hidden: Dictionary(
                        uniqueKeysWithValues: Self.inspectionStepFields.compactMap { field in
                            context.form[field].map { (field, $0) }
                        }).merging(["on": "\(day)"]) { _, given in given },
                    button: Words.text("confirmStep", language), back: "/inspections/\(number)",
                    edit: "/inspections/\(number)/\(chief ? "chief-steps" : "steps")/preview"),
                context)
        }
    }
}

/// A step refused, with the status its page answers.
private struct RefusedStep: Error, Sendable {
    var problem: Problem
    var status: HTTPResponse.Status
}
