import Casework
import Hummingbird
import HTTPTypes
import Inspectorate
import NIOCore

/// Recording a payment from the case page: a form, a preview that writes nothing, then the payment itself (one
/// journaled transaction, `case pay`), and back to the case (303, so a reload does not pay twice).
extension Routes {
    /// What the form posts, read from the context's form fields.
    struct PaymentFields: Sendable {
        var amount: String
        var surcharge: String
        var paidOn: String
        var receipt: String

        init(_ form: [String: String]) {
            amount = form["amount"] ?? ""
            surcharge = form["surcharge"] ?? "0"
            paidOn = form["paidOn"] ?? ""
            receipt = form["receipt"] ?? ""
        }

        /// The values, or the key of ``Words`` that says which field is wrong.
        func parsed() -> Result<(amount: VND, surcharge: VND, paidOn: CalendarDate, receipt: String), FieldProblem> {
            guard let amount = try? VND(parsing: amount), amount > .zero else { return .failure(FieldProblem("badAmount")) }
            guard let surcharge = try? VND(parsing: surcharge.isEmpty ? "0" : surcharge) else {
                return .failure(FieldProblem("badAmount"))
            }
            guard let day = CalendarDate(paidOn) else { return .failure(FieldProblem("badDate")) }
            return .success((amount, surcharge, day, receipt.trimmedOfWhitespace))
        }

        var asData: [String: Any] { ["amount": amount, "surcharge": surcharge, "paidOn": paidOn, "receipt": receipt] }
    }

    struct FieldProblem: Error { var key: String; init(_ key: String) { self.key = key } }

    /// `GET /cases/:id/payment`: the form.
    func paymentForm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard let number = context.parameters.get("id", as: Int64.self) else { return notFound("caseNotFound", context) }
        let fields = PaymentFields(["paidOn": "\(services.clock.today())"])
        return try await paymentPage(number, fields, problem: nil, preview: nil, context)
    }

    /// `POST /cases/:id/payment/preview`: checks the payment as recording it would, shows what it changes, writes
    /// nothing.
    func paymentPreview(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard let number = context.parameters.get("id", as: Int64.self) else { return notFound("caseNotFound", context) }
        let fields = PaymentFields(context.form)
        if context.form[Self.editField] != nil {  // "Sửa lại": the form again with what was typed
            return try await paymentPage(number, fields, problem: nil, preview: nil, context)
        }
        switch fields.parsed() {
        case .failure(let problem):
            return try await paymentPage(
                number, fields, problem: Problem(summary: Words.text(problem.key, context.language)), preview: nil, context)
        case .success(let values):
            let services = services
            let acting = services.acting(context)
            let outcome = try await attempt(context) { worker in
                try services.inspectorate(on: worker).previewPayment(
                    PenaltyCase.ID(rawValue: number), amountVND: values.amount, surchargeVND: values.surcharge,
                    paidOn: values.paidOn, receipt: values.receipt, acting: acting)
            }
            switch outcome {
            case .failure(let problem):
                return try await paymentPage(number, fields, problem: Self.refusal(problem, context), preview: nil, context)
            case .success(let preview): return try await paymentPage(number, fields, problem: nil, preview: preview, context)
            }
        }
    }

    /// A refused payment: the general sentence, then why (the structured error's wording) and what to do.
    static func refusal(_ problem: Problem, _ context: AppRequestContext) -> Problem {
        Problem(
            summary: Words.text("paymentRefused", context.language), reasons: [problem.summary] + problem.reasons,
            hint: problem.hint)
    }

    /// `POST /cases/:id/payment`: records the payment (`case pay`) and goes back to the case.
    func paymentRecord(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard let number = context.parameters.get("id", as: Int64.self) else { return notFound("caseNotFound", context) }
        let fields = PaymentFields(context.form)
        guard case .success(let values) = fields.parsed() else {
            return try await paymentPage(
                number, fields, problem: Problem(summary: Words.text("badAmount", context.language)), preview: nil, context)
        }
        let services = services
        let acting = services.acting(context)
        let outcome = try await attempt(context) { worker in
            _ = try services.inspectorate(on: worker).payCase(
                PenaltyCase.ID(rawValue: number), amountVND: values.amount, surchargeVND: values.surcharge,
                paidOn: values.paidOn, receipt: values.receipt, acting: acting)
        }
        if case .failure(let problem) = outcome {
            return try await paymentPage(number, fields, problem: Self.refusal(problem, context), preview: nil, context)
        }
        return Pages.redirect(to: "/cases/\(number)")
    }

    /// The payment page: the case's amounts, the form (or the preview with a confirm button), and a problem if any.
    private func paymentPage(
        _ number: Int64, _ fields: PaymentFields, problem: Problem?, preview: PaymentPreview?, _ context: AppRequestContext
    ) async throws -> Response {
        let store = services.store
        return try await services.pool.run { _ in
            let language = context.language
            guard let item = try store.penaltyCase(id: PenaltyCase.ID(rawValue: number)) else {
                return Self.notFoundPage("caseNotFound", context)
            }
            var data = fields.asData
            data["id"] = "\(number)"
            data["recordNumber"] = item.record.number
            data["outstanding"] = Pages.money(item.outstandingVND)
            if let problem { data["problem"] = problem.asData }
            if let preview {
                var shown: [String: Any] = [
                    "amountShown": Pages.money((try? VND(parsing: fields.amount)) ?? .zero),
                    "outstandingAfter": Pages.money(preview.outstandingAfterVND),
                    "newState": Words.state(preview.newState.rawValue, language),
                ]
                if let owed = preview.surchargeOwedVND { shown["surchargeOwed"] = Pages.money(owed) }
                data["preview"] = shown
            }
            return Pages.render(
                "payment", data, title: "\(Words.text("recordPayment", language)) #\(number)",
                status: problem == nil ? .ok : .unprocessableContent, context: context)
        }
    }
}
