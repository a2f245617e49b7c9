import Casework
import Foundation
import HTTPTypes
import Hummingbird
import Inspectorate

/// The API's commands on cases: open, decide, pay, cancel — each the use case the page calls, one journaled
/// transaction; with `"preview": true` the use case's checks and the pack's answer, and nothing written.
extension APIRoutes {
    /// `POST /api/v1/subjects/{id}/cases`: opens a case (201, `Location` the new case) or previews it (200: the
    /// decision deadline and the pack's fines as if decided today, its problems listed; nothing written).
    @Sendable func openCase(_ request: Request, _ context: AppRequestContext, _ language: Language) async throws -> Response {
        let subject = Subject.ID(rawValue: try Self.id(context, language))
        let body = try await Self.decode(APIOpenCaseRequest.self, request, language)
        let today = services.clock.today()
        let recordOn = try Self.date(body.record.madeOn, field: "record.madeOn", default: today, language) ?? today
        var parsed: [CaseViolation] = []
        for (index, violation) in body.violations.enumerated() {
            let field = "violations.\(index)"
            let committed =
                try Self.date(violation.committedOn, field: "\(field).committedOn", default: recordOn, language) ?? recordOn
            let ended = try Self.date(violation.endedOn, field: "\(field).endedOn", default: nil, language)
            let detected = try Self.date(violation.detectedOn, field: "\(field).detectedOn", default: nil, language)
            // As the CLI and the page: a violation without a detection day is completed, on its commission day by
            // default.
            parsed.append(
                CaseViolation(
                    code: violation.code.trimmedOfWhitespace, sector: "", committedOn: committed,
                    endedOn: detected == nil ? (ended ?? committed) : ended, detectedOn: detected,
                    illegalGainVND: try Self.money(violation.illegalGainVND?.value ?? 0, field: "\(field).illegalGainVND", language)))
        }
        let violations = parsed
        let record = ViolationRecord(
            number: body.record.number.trimmedOfWhitespace, madeOn: recordOn, place: body.record.place ?? "")
        let facts = CaseFacts(
            isComplex: body.isComplex ?? false, explanationRequested: body.explanationRequested ?? false,
            isMinor: body.isMinor ?? false)
        let (mitigating, aggravating) = (body.mitigating ?? [], body.aggravating ?? [])
        let handlingBody = body.body
        let services = services
        let acting = services.acting(context)
        if body.preview == true {
            let preview = try await services.pool.run { worker in
                try services.inspectorate(on: worker).previewOpening(
                    subject: subject, record: record, violations: violations, mitigating: mitigating,
                    aggravating: aggravating, facts: facts, body: handlingBody, acting: acting)
            }
            return APIResponse.json(
                APICommandResult(
                    preview: true, penaltyCase: nil,
                    result: APIOpening(
                        decisionDueOn: preview.newCase.decisionDueOn,
                        violations: preview.newCase.violations.map(APIViolation.init),
                        assessment: APIAssessment(preview.assessment))))
        }
        let opened = try await services.pool.run { worker in
            try services.inspectorate(on: worker).openCase(
                subject: subject, record: record, violations: violations, mitigating: mitigating,
                aggravating: aggravating, facts: facts, body: handlingBody, acting: acting)
        }
        let item = opened.penaltyCase
        var response = APIResponse.json(
            APICommandResult(
                preview: false, penaltyCase: APICaseSummary(item, subject: opened.subject),
                result: APIOpening(
                    decisionDueOn: item.decisionDueOn, violations: item.violations.map(APIViolation.init),
                    assessment: nil)),
            status: .created)
        response.headers[.location] = "\(Self.prefix)/cases/\(item.id.rawValue)"
        return response
    }

    /// What `POST /api/v1/cases/{id}/decision` answers besides the case: the pack's assessment (preview) or the
    /// recorded decision.
    struct DecideResult: Encodable, Sendable {
        var assessment: APIAssessment?
        var decision: APIDecision?
    }

    /// `POST /api/v1/cases/{id}/decision`: records the penalty decision (200) or previews it (200: each line's fine,
    /// legal basis and explanation, the signer's competence; nothing written). A preview the pack refuses answers
    /// as the decision would: 422 `penaltyCase.refused` with the pack's problems.
    @Sendable func decideCase(_ request: Request, _ context: AppRequestContext, _ language: Language) async throws -> Response {
        let id = PenaltyCase.ID(rawValue: try Self.id(context, language))
        let body = try await Self.decode(APIDecideRequest.self, request, language)
        let today = services.clock.today()
        let decidedOn = try Self.date(body.decidedOn, field: "decidedOn", default: today, language) ?? today
        let title = body.signerTitle?.trimmedOfWhitespace ?? ""
        let services = services
        let acting = services.acting(context)
        let store = services.store
        if body.preview == true {
            let (assessment, item, subject) = try await services.pool.run { worker in
                let inspectorate = try services.inspectorate(on: worker)
                let assessment = try inspectorate.previewCase(
                    id, decidedOn: decidedOn, signer: title.isEmpty ? nil : title, acting: acting)
                let item = try inspectorate.penaltyCase(id)
                return (assessment, item, try store.subject(id: item.subjectID))
            }
            guard assessment.problems.isEmpty else {
                throw PenaltyCaseError("the decision would be refused", caseID: id, problems: assessment.problems)
            }
            return APIResponse.json(
                APICommandResult(
                    preview: true, penaltyCase: APICaseSummary(item, subject: subject),
                    result: DecideResult(assessment: APIAssessment(assessment), decision: nil)))
        }
        let sanctions = DecisionSanctions(
            confiscatedVND: try Self.money(body.confiscatedVND?.value ?? 0, field: "confiscatedVND", language),
            licenceRevocations: body.licenceRevocations ?? 0, activitySuspensions: body.activitySuspensions ?? 0,
            remedialMeasures: body.remedialMeasures ?? 0)
        let (item, subject) = try await services.pool.run { worker in
            let decided = try services.inspectorate(on: worker).decideCase(
                id, number: body.number?.trimmedOfWhitespace ?? "", decidedOn: decidedOn, signerTitle: title,
                signerName: body.signerName?.trimmedOfWhitespace ?? "", sanctions: sanctions, acting: acting)
            return (decided, try store.subject(id: decided.subjectID))
        }
        return APIResponse.json(
            APICommandResult(
                preview: false, penaltyCase: APICaseSummary(item, subject: subject),
                result: DecideResult(assessment: nil, decision: item.decision.map(APIDecision.init))))
    }

    /// `POST /api/v1/cases/{id}/payments`: records a payment (201) or previews it (200: the outstanding after it,
    /// the new state, the surcharge owed on the payment day; nothing written).
    @Sendable func recordPayment(_ request: Request, _ context: AppRequestContext, _ language: Language) async throws
        -> Response
    {
        let id = PenaltyCase.ID(rawValue: try Self.id(context, language))
        let body = try await Self.decode(APIPaymentRequest.self, request, language)
        let today = services.clock.today()
        let amount = try Self.money(body.amountVND.value, field: "amountVND", language)
        let surcharge = try Self.money(body.surchargeVND?.value ?? 0, field: "surchargeVND", language)
        let paidOn = try Self.date(body.paidOn, field: "paidOn", default: today, language) ?? today
        let receipt = body.receipt.trimmedOfWhitespace
        let services = services
        let acting = services.acting(context)
        let store = services.store
        if body.preview == true {
            let (preview, subject) = try await services.pool.run { worker in
                let preview = try services.inspectorate(on: worker).previewPayment(
                    id, amountVND: amount, surchargeVND: surcharge, paidOn: paidOn, receipt: receipt, acting: acting)
                return (preview, try store.subject(id: preview.penaltyCase.subjectID))
            }
            return APIResponse.json(
                APICommandResult(
                    preview: true, penaltyCase: APICaseSummary(preview.penaltyCase, subject: subject),
                    result: APIPaymentResult(
                        receipt: receipt, amountVND: amount, surchargeVND: surcharge, paidOn: paidOn,
                        outstandingBeforeVND: preview.outstandingBeforeVND,
                        outstandingAfterVND: preview.outstandingAfterVND, newState: preview.newState.rawValue,
                        surchargeOwedVND: preview.surchargeOwedVND)))
        }
        let (item, subject) = try await services.pool.run { worker in
            let paid = try services.inspectorate(on: worker).payCase(
                id, amountVND: amount, surchargeVND: surcharge, paidOn: paidOn, receipt: receipt, acting: acting)
            return (paid, try store.subject(id: paid.subjectID))
        }
        // The payment took exactly `amount` off the fine (both at most 10^18: the sum fits).
        let before = VND(rawValue: item.outstandingVND.rawValue + amount.rawValue) ?? item.outstandingVND
        return APIResponse.json(
            APICommandResult(
                preview: false, penaltyCase: APICaseSummary(item, subject: subject),
                result: APIPaymentResult(
                    receipt: receipt, amountVND: amount, surchargeVND: surcharge, paidOn: paidOn,
                    outstandingBeforeVND: before, outstandingAfterVND: item.outstandingVND,
                    newState: item.state.rawValue, surchargeOwedVND: nil)),
            status: .created)
    }

    /// `POST /api/v1/cases/{id}/cancellation`: cancels the case (200) or previews it (200; nothing written).
    @Sendable func cancelCase(_ request: Request, _ context: AppRequestContext, _ language: Language) async throws -> Response {
        let id = PenaltyCase.ID(rawValue: try Self.id(context, language))
        let body = try await Self.decode(APICancelRequest.self, request, language)
        let today = services.clock.today()
        let day = try Self.date(body.cancelledOn, field: "cancelledOn", default: today, language) ?? today
        let preview = body.preview == true
        let services = services
        let acting = services.acting(context)
        let store = services.store
        let (item, subject) = try await services.pool.run { worker in
            let inspectorate = try services.inspectorate(on: worker)
            let item = preview
                ? try inspectorate.previewCancellation(id, on: day, reason: body.reason, acting: acting)
                : try inspectorate.cancelCase(id, on: day, reason: body.reason, acting: acting)
            return (item, try store.subject(id: item.subjectID))
        }
        return APIResponse.json(
            APICommandResult(
                preview: preview, penaltyCase: APICaseSummary(item, subject: subject),
                result: APICancellationResult(
                    cancelledOn: day, reason: body.reason, newState: PenaltyCase.State.cancelled.rawValue)))
    }
}
