import Casework
import Foundation
import HTTPTypes
import Hummingbird
import Inspectorate

/// The API's steps of a decided (or open) case after the decision: delivery, a longer decision deadline,
/// installments, a postponement — each ``Inspectorate/apply(_:to:acting:)`` of one ``PenaltyCaseStep``, one journaled
/// transaction; with `"preview": true` ``Inspectorate/preview(_:of:acting:)``: the same checks and the pack's answer,
/// nothing written.
extension APIRoutes {
    /// `POST /api/v1/cases/{id}/delivery`: `receivedOn` (today when absent); the pack gives the last day to pay.
    @Sendable func deliverCase(_ request: Request, _ context: AppRequestContext, _ language: Language) async throws
        -> Response
    {
        let body = try await Self.decode(APIDeliveryRequest.self, request, language)
        let today = services.clock.today()
        let day = try Self.date(body.receivedOn, field: "receivedOn", default: today, language) ?? today
        return try await caseStep(.deliver(receivedOn: day), preview: body.preview == true, context, language)
    }

    /// `POST /api/v1/cases/{id}/extension`: `days` more to decide, with the `reason` (Điều 66).
    @Sendable func extendCase(_ request: Request, _ context: AppRequestContext, _ language: Language) async throws
        -> Response
    {
        let body = try await Self.decode(APIExtensionRequest.self, request, language)
        return try await caseStep(
            .extendDecisionDeadline(days: body.days, reason: body.reason), preview: body.preview == true, context,
            language)
    }

    /// `POST /api/v1/cases/{id}/installments`: the installments, each a day and an amount (Điều 79).
    @Sendable func approveInstallments(_ request: Request, _ context: AppRequestContext, _ language: Language)
        async throws -> Response
    {
        let body = try await Self.decode(APIInstallmentsRequest.self, request, language)
        var installments: [Installment] = []
        for (index, item) in body.installments.enumerated() {
            let field = "installments.\(index)"
            guard let due = try Self.date(item.dueOn, field: "\(field).dueOn", default: nil, language) else {
                throw APIProblem.invalidField(
                    "\(field).dueOn", expected: language == .vi ? "ngày YYYY-MM-DD" : "a date YYYY-MM-DD", language)
            }
            installments.append(
                Installment(dueOn: due, amountVND: try Self.money(item.amountVND.value, field: "\(field).amountVND", language)))
        }
        return try await caseStep(.approveInstallments(installments), preview: body.preview == true, context, language)
    }

    /// `POST /api/v1/cases/{id}/postponement`: from `fromOn` (today when absent) to `untilOn`, with the `reason`
    /// (Điều 76).
    @Sendable func postponeCase(_ request: Request, _ context: AppRequestContext, _ language: Language) async throws
        -> Response
    {
        let body = try await Self.decode(APIPostponementRequest.self, request, language)
        let today = services.clock.today()
        let from = try Self.date(body.fromOn, field: "fromOn", default: today, language) ?? today
        guard let until = try Self.date(body.untilOn, field: "untilOn", default: nil, language) else {
            throw APIProblem.invalidField(
                "untilOn", expected: language == .vi ? "ngày YYYY-MM-DD" : "a date YYYY-MM-DD", language)
        }
        return try await caseStep(
            .postpone(Postponement(fromOn: from, untilOn: until, reason: body.reason)), preview: body.preview == true,
            context, language)
    }

    /// Runs `change` on the case of the path, or previews it; 200 with the case after it (or as it stands) and what
    /// the change recorded.
    private func caseStep(_ change: PenaltyCaseStep, preview: Bool, _ context: AppRequestContext, _ language: Language)
        async throws -> Response
    {
        let id = PenaltyCase.ID(rawValue: try Self.id(context, language))
        let services = services
        let acting = services.acting(context)
        let store = services.store
        let (outcome, subject) = try await services.pool.run { worker in
            let inspectorate = try services.inspectorate(on: worker)
            let outcome =
                preview
                ? try inspectorate.preview(change, of: id, acting: acting)
                : try inspectorate.apply(change, to: id, acting: acting)
            return (outcome, try store.subject(id: outcome.penaltyCase.subjectID))
        }
        return APIResponse.json(
            APICommandResult(
                preview: preview, penaltyCase: APICaseSummary(outcome.penaltyCase, subject: subject),
                result: APICaseStepResult(command: change.command, update: outcome.update)))
    }
}
