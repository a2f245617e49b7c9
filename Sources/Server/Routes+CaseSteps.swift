import Casework
import Hummingbird
import HTTPTypes
import Inspectorate
import NIOCore

/// The steps of a case after its opening that have no form of their own elsewhere — the day the violator received
/// the decision (ngày nhận quyết định), a longer decision deadline (gia hạn, Điều 66), installments (nộp nhiều lần,
/// Điều 79), a postponement (hoãn, Điều 76) — from the case page: a form, a confirmation page from
/// ``Inspectorate/preview(_:of:acting:)`` that writes nothing (what the pack computes: the last day to pay, the new
/// deadline, the installments it accepts), then ``Inspectorate/apply(_:to:acting:)`` and a 303 back to the case. A
/// refusal comes back on the form, worded from the structured error (the pack's own reasons).
extension Routes {
    /// One of the four forms: its path under `/cases/:id/`, its route in the route × role table, its words.
    enum CaseStepForm: String, CaseIterable, Sendable {
        case delivery, `extension`, installments, postponement

        /// The route × role table's entry (``ProtectedRoute``), whose roles are the use case's.
        var route: ProtectedRoute {
            switch self {
            case .delivery: .deliverCase
            case .extension: .extendCase
            case .installments: .approveInstallments
            case .postponement: .postponeCase
            }
        }

        /// The key of ``Words`` naming the form (its heading and the case page's link).
        var title: String { "caseStep-\(rawValue)" }

        /// Whether the case page offers the form for a case in `item`'s state: a delivery once, for a decided case;
        /// an extension for an open case; installments and a postponement for a decided case.
        func isOffered(for item: PenaltyCase) -> Bool {
            switch self {
            case .delivery: item.state == .decided && item.decision?.receivedOn == nil
            case .extension: item.state == .open
            case .installments, .postponement: item.state == .decided
            }
        }
    }

    /// How many installment rows the form shows (the pack decides how many it accepts; empty rows are left out).
    static let installmentRows = 4

    func registerCaseSteps(on router: Router<AppRequestContext>) {
        for form in CaseStepForm.allCases {
            let path = "/cases/:id/\(form.rawValue)"
            router.get(RouterPath(path), use: protected(form.route) { _, context in try await caseStepForm(form, context) })
            router.post(
                RouterPath(path + "/preview"),
                use: protected(form.route) { _, context in try await caseStep(form, context, confirm: false) })
            router.post(
                RouterPath(path), use: protected(form.route) { _, context in try await caseStep(form, context, confirm: true) })
        }
    }

    /// `GET /cases/:id/<form>`: the form, its days set to today.
    func caseStepForm(_ form: CaseStepForm, _ context: AppRequestContext) async throws -> Response {
        guard let number = context.parameters.get("id", as: Int64.self) else { return notFound("caseNotFound", context) }
        let today = "\(services.clock.today())"
        return try await caseStepPage(
            form, number, ["receivedOn": today, "fromOn": today], problem: nil, context)
    }

    /// `POST /cases/:id/<form>/preview` (the confirmation page; nothing written) and `POST /cases/:id/<form>` (the
    /// step, one journaled transaction, then back to the case).
    private func caseStep(_ form: CaseStepForm, _ context: AppRequestContext, confirm: Bool) async throws -> Response {
        guard let number = context.parameters.get("id", as: Int64.self) else { return notFound("caseNotFound", context) }
        let language = context.language
        let fields = Self.caseStepFields(form, context.form)
        if !confirm, context.form[Self.editField] != nil {  // "Sửa lại": the form again with what was typed
            return try await caseStepPage(form, number, fields, problem: nil, context)
        }
        let change: PenaltyCaseStep
        switch Self.caseStepChange(form, fields) {
        case .failure(let field):
            let problem = Problem(summary: Words.text("badField", language) + " “\(Words.text(field.key, language))”.")
            return try await caseStepPage(form, number, fields, problem: problem, context)
        case .success(let value): change = value
        }
        let services = services
        let acting = services.acting(context)
        let id = PenaltyCase.ID(rawValue: number)
        let outcome = try await attempt(context) { worker in
            let inspectorate = try services.inspectorate(on: worker)
            return confirm
                ? try inspectorate.apply(change, to: id, acting: acting)
                : try inspectorate.preview(change, of: id, acting: acting)
        }
        switch outcome {
        case .failure(let problem): return try await caseStepPage(form, number, fields, problem: problem, context)
        case .success(_) where confirm: return Pages.redirect(to: "/cases/\(number)")
        case .success(let previewed):
            let path = "/cases/\(number)/\(form.rawValue)"
            return confirmationPage(
                Confirmation(
                    heading: "\(Words.text(form.title, language)) · \(Words.text("cases", language)) #\(number)",
                    action: path, facts: Self.caseStepFacts(previewed, language),
                    hidden: fields.filter { !$0.value.isEmpty }, button: Words.text("confirmStep", language), back: path,
                    note: Words.text("\(form.title)-note", language), edit: path + "/preview"),
                context)
        }
    }

    /// The form's fields as posted (only the form's own; untouched text, so a refused form shows what was typed).
    static func caseStepFields(_ form: CaseStepForm, _ posted: [String: String]) -> [String: String] {
        let names: [String] =
            switch form {
            case .delivery: ["receivedOn"]
            case .extension: ["days", "reason"]
            case .installments: (1...installmentRows).flatMap { ["i\($0)dueOn", "i\($0)amount"] }
            case .postponement: ["fromOn", "untilOn", "reason"]
            }
        return Dictionary(uniqueKeysWithValues: names.map { ($0, posted[$0] ?? "") })
    }

    /// The step the fields ask for, or the key of ``Words`` naming the field that is not a value of its kind (the
    /// checks of the values themselves — a day in the future, more than the pack allows — are the use case's).
    static func caseStepChange(_ form: CaseStepForm, _ fields: [String: String]) -> Result<PenaltyCaseStep, FieldProblem> {
        func day(_ name: String) -> CalendarDate? { CalendarDate((fields[name] ?? "").trimmedOfWhitespace) }
        switch form {
        case .delivery:
            guard let received = day("receivedOn") else { return .failure(FieldProblem("receivedOn")) }
            return .success(.deliver(receivedOn: received))
        case .extension:
            guard let days = Int((fields["days"] ?? "").trimmedOfWhitespace) else { return .failure(FieldProblem("extraDays")) }
            return .success(.extendDecisionDeadline(days: days, reason: fields["reason"] ?? ""))
        case .installments:
            var installments: [Installment] = []
            for row in 1...installmentRows {
                let due = (fields["i\(row)dueOn"] ?? "").trimmedOfWhitespace
                let amount = (fields["i\(row)amount"] ?? "").trimmedOfWhitespace
                if due.isEmpty && amount.isEmpty { continue }
                guard let dueOn = CalendarDate(due) else { return .failure(FieldProblem("dueOn")) }
                guard let value = try? VND(parsing: amount), value > .zero else { return .failure(FieldProblem("amount")) }
                installments.append(Installment(dueOn: dueOn, amountVND: value))
            }
            guard !installments.isEmpty else { return .failure(FieldProblem("installmentRows")) }
            return .success(.approveInstallments(installments))
        case .postponement:
            guard let from = day("fromOn") else { return .failure(FieldProblem("fromOn")) }
            guard let until = day("untilOn") else { return .failure(FieldProblem("untilOn")) }
            return .success(.postpone(Postponement(fromOn: from, untilOn: until, reason: fields["reason"] ?? "")))
        }
    }

    /// What the confirmation page says the step records: the event as the pack computed it, and the state after it.
    static func caseStepFacts(_ outcome: PenaltyCaseStepOutcome, _ language: Language) -> [(String, String)] {
        var facts: [(String, String)] = []
        func add(_ key: String, _ value: String) { facts.append((Words.text(key, language), value)) }
        switch outcome.update.event {
        case .delivered(let receivedOn, let paymentDueOn):
            add("receivedOn", "\(receivedOn)")
            add("paymentDue", "\(paymentDueOn)")
        case .decisionDeadlineExtended(let newDueOn, let days, let reason):
            add("decisionDue", "\(outcome.penaltyCase.decisionDueOn)")
            add("extraDays", "\(days)")
            add("reason", reason)
            add("newDecisionDue", "\(newDueOn)")
        case .installmentsApproved(let installments):
            for (index, item) in installments.enumerated() {
                facts.append(("\(Words.text("installment", language)) \(index + 1)", "\(item.dueOn): \(Pages.money(item.amountVND))"))
            }
            let total = installments.reduce(Int64(0)) { $0 + $1.amountVND.rawValue }
            add("total", Pages.money(VND(rawValue: total) ?? .zero))
        case .postponed(let postponement):
            add("fromOn", "\(postponement.fromOn)")
            add("untilOn", "\(postponement.untilOn)")
            add("reason", postponement.reason)
        case .decided, .paid, .cancelled:
            break  // not a step of these forms
        }
        add(
            "state",
            "\(Words.state(outcome.penaltyCase.state.rawValue, language)) → \(Words.state(outcome.update.newState.rawValue, language))")
        return facts
    }

    /// The form's page: the case's deadlines and amounts, the form with what was typed, a problem if any (422).
    private func caseStepPage(
        _ form: CaseStepForm, _ number: Int64, _ fields: [String: String], problem: Problem?, _ context: AppRequestContext
    ) async throws -> Response {
        let store = services.store
        return try await services.pool.run { _ in
            let language = context.language
            guard let item = try store.penaltyCase(id: PenaltyCase.ID(rawValue: number)) else {
                return Self.notFoundPage("caseNotFound", context)
            }
            var data: [String: Any] = [
                "id": "\(number)", "form": form.rawValue, "heading": Words.text(form.title, language),
                "note": Words.text("\(form.title)-note", language), "recordNumber": item.record.number,
                "state": Words.state(item.state.rawValue, language), "decisionDue": "\(item.decisionDueOn)",
                "isOffered": form.isOffered(for: item), "formClass": form == .installments ? "wide" : "login",
                "hasInstallments": form == .installments,
            ]
            if let decision = item.decision {
                data["totalFine"] = Pages.money(decision.totalFineVND)
                data["outstanding"] = Pages.money(item.outstandingVND)
                if let due = decision.paymentDueOn { data["paymentDue"] = "\(due)" }
            }
            func input(_ name: String, _ label: String, type: String = "text") -> [String: Any] {
                ["name": name, "label": Words.text(label, language), "type": type, "value": fields[name] ?? ""]
            }
            switch form {
            case .delivery: data["fields"] = [input("receivedOn", "receivedOn", type: "date")]
            case .extension: data["fields"] = [input("days", "extraDays", type: "number"), input("reason", "reason")]
            case .postponement:
                data["fields"] = [
                    input("fromOn", "fromOn", type: "date"), input("untilOn", "untilOn", type: "date"),
                    input("reason", "reason"),
                ]
            case .installments:
                data["installments"] = (1...Self.installmentRows).map { row -> [String: Any] in
                    ["n": "\(row)", "dueOn": fields["i\(row)dueOn"] ?? "", "amount": fields["i\(row)amount"] ?? ""]
                }
            }
            if let problem { data["problem"] = problem.asData }
            return Pages.render(
                "caseStep", data, title: "\(Words.text(form.title, language)) #\(number)",
                status: problem == nil ? .ok : .unprocessableContent, context: context)
        }
    }
}
