import Casework
import Hummingbird
import HTTPTypes
import Inspectorate
import NIOCore

/// The team's steps of an inspection from its page: the step, its day (and the reason of a suspension), a
/// confirmation page from ``Inspectorate/preview(_:of:on:acting:)`` that writes nothing (the state after it and the
/// deadlines the pack computes), then ``Inspectorate/advance(_:_:on:acting:)`` and a 303 back to the inspection.
/// Who may take the step — and that a team lead takes it only on its own team's inspection — the use case decides
/// (``CaseworkAction``): a refusal is a page of its own, 403 for a role or a team, 422 for a wrong step.
extension Routes {
    /// The team's steps a page offers, in lifecycle order, with the words of each.
    static let teamSteps = ["announce", "suspend", "resume", "end-onsite", "report", "draft"]

    func registerInspectionSteps(on router: Router<AppRequestContext>) {
        router.post("/inspections/:id/steps/preview", use: protected(.inspectionStep, inspectionStepPreview))
        router.post("/inspections/:id/steps", use: protected(.inspectionStep, inspectionStepRecord))
    }

    /// `POST /inspections/:id/steps/preview`: the step's checks and the pack's deadlines; nothing is written.
    func inspectionStepPreview(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await inspectionStep(context, confirm: false)
    }

    /// `POST /inspections/:id/steps`: takes the step (`inspection <step>`) and goes back to the inspection.
    func inspectionStepRecord(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await inspectionStep(context, confirm: true)
    }

    private func inspectionStep(_ context: AppRequestContext, confirm: Bool) async throws -> Response {
        guard let number = context.parameters.get("id", as: Int64.self) else {
            return notFound("inspectionNotFound", context)
        }
        let language = context.language
        let name = context.form["step"] ?? ""
        let reason = context.form["reason"] ?? ""
        let step: InspectionStep
        switch name {
        case "announce": step = .announce
        case "suspend": step = .suspend(reason: reason)
        case "resume": step = .resume
        case "end-onsite": step = .endOnsite
        case "report": step = .report
        case "draft": step = .draft
        default:
            return problemPage(Problem(summary: Words.text("badField", language) + " “\(Words.text("step", language))”."), context)
        }
        guard let day = CalendarDate((context.form["on"] ?? "").trimmedOfWhitespace) else {
            return problemPage(Problem(summary: Words.text("badField", language) + " “\(Words.text("day", language))”."), context)
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
            if case .suspend = step { facts.append((Words.text("reason", language), reason)) }
            if let due = update.deadlines?.onsiteDueOn { facts.append((Words.text("onsiteDue", language), "\(due)")) }
            if let due = update.deadlines?.reportDueOn { facts.append((Words.text("reportDue", language), "\(due)")) }
            if let due = update.deadlines?.conclusionDueOn {
                facts.append((Words.text("conclusionDue", language), "\(due)"))
            }
            return confirmationPage(
                Confirmation(
                    heading: "\(Words.text("inspections", language)) #\(number) · \(Words.text("inspectionStep-\(name)", language))",
                    action: "/inspections/\(number)/steps", facts: facts,
                    hidden: ["step": name, "on": "\(day)", "reason": reason],
                    button: Words.text("confirmStep", language), back: "/inspections/\(number)"),
                context)
        }
    }
}

/// A step refused, with the status its page answers.
private struct RefusedStep: Error, Sendable {
    var problem: Problem
    var status: HTTPResponse.Status
}
