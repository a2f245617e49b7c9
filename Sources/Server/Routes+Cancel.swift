import Casework
import Hummingbird
import HTTPTypes
import Inspectorate
import NIOCore

/// Cancelling a case from its page: the reason and the day, a preview through
/// ``Inspectorate/previewCancellation(_:on:reason:acting:)`` that writes nothing, then
/// ``Inspectorate/cancelCase(_:on:reason:acting:)`` and a 303 back to the case.
extension Routes {
    /// `GET /cases/:id/cancel`: the form.
    func cancelForm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard let number = context.parameters.get("id", as: Int64.self) else { return notFound("caseNotFound", context) }
        return try await cancelPage(
            number, ["cancelledOn": "\(services.clock.today())", "reason": ""], problem: nil, preview: false, context)
    }

    /// `POST /cases/:id/cancel/preview`: the checks of a cancellation; nothing is written.
    func cancelPreview(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await cancel(context, confirm: false)
    }

    /// `POST /cases/:id/cancel`: cancels the case (`case cancel`) and goes back to it.
    func cancelRecord(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await cancel(context, confirm: true)
    }

    private func cancel(_ context: AppRequestContext, confirm: Bool) async throws -> Response {
        guard let number = context.parameters.get("id", as: Int64.self) else { return notFound("caseNotFound", context) }
        let fields = ["cancelledOn": context.form["cancelledOn"] ?? "", "reason": context.form["reason"] ?? ""]
        if !confirm, context.form[Self.editField] != nil {  // "Sửa lại": the form again with what was typed
            return try await cancelPage(number, fields, problem: nil, preview: false, context)
        }
        guard let day = CalendarDate((fields["cancelledOn"] ?? "").trimmedOfWhitespace) else {
            let problem = Problem(summary: Words.text("badField", context.language) + " “\(Words.text("cancelledOn", context.language))”.")
            return try await cancelPage(number, fields, problem: problem, preview: false, context)
        }
        let reason = fields["reason"] ?? ""
        let services = services
        let acting = services.acting(context)
        let id = PenaltyCase.ID(rawValue: number)
        let outcome = try await attempt(context) { worker in
            let inspectorate = try services.inspectorate(on: worker)
            if confirm {
                _ = try inspectorate.cancelCase(id, on: day, reason: reason, acting: acting)
            } else {
                _ = try inspectorate.previewCancellation(id, on: day, reason: reason, acting: acting)
            }
        }
        switch outcome {
        case .failure(let problem): return try await cancelPage(number, fields, problem: problem, preview: false, context)
        case .success:
            if confirm { return Pages.redirect(to: "/cases/\(number)") }
            return try await cancelPage(number, fields, problem: nil, preview: true, context)
        }
    }

    /// The cancellation page: the case, the form or the preview with its confirm button, a problem if any.
    private func cancelPage(
        _ number: Int64, _ fields: [String: String], problem: Problem?, preview: Bool, _ context: AppRequestContext
    ) async throws -> Response {
        let store = services.store
        return try await services.pool.run { _ in
            let language = context.language
            guard let item = try store.penaltyCase(id: PenaltyCase.ID(rawValue: number)) else {
                return Self.notFoundPage("caseNotFound", context)
            }
            var data: [String: Any] = fields
            data["id"] = "\(number)"
            data["recordNumber"] = item.record.number
            data["state"] = Words.state(item.state.rawValue, language)
            data["newState"] = Words.state(PenaltyCase.State.cancelled.rawValue, language)
            data["preview"] = preview
            if let problem { data["problem"] = problem.asData }
            return Pages.render(
                "cancelCase", data, title: "\(Words.text("cancelCase", language)) #\(number)",
                status: problem == nil ? .ok : .unprocessableContent, context: context)
        }
    }
}
