import Casework
import Foundation
import Hummingbird
import HTTPTypes
import NIOCore
import Inspectorate

/// The penalty case list and detail, and the subject page.
extension Routes {
    /// `GET /cases?q=&state=&unpaid=1&decisionOverdue=1&paymentOverdue=1&page=N`.
    ///
    /// Without `q`: ``Inspectorate/Registry/penaltyCasePage(_:)`` with a limit of `page × size`, showing the last
    /// `size`. With `q`: the subjects whose name (accent-insensitive) or tax code / ID number matches, through
    /// ``Inspectorate/Registry/subjectPage(kind:search:limit:)``, then their cases with the same filters.
    func caseList(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let query = FormData.query(of: request)
        let text = query["q"].map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        let state = query["state"].flatMap { PenaltyCase.State(rawValue: $0) }
        let unpaid = query["unpaid"] == "1"
        let decisionOverdue = query["decisionOverdue"] == "1"
        let paymentOverdue = query["paymentOverdue"] == "1"
        let page = max(1, query["page"].flatMap { Int($0) } ?? 1)
        let size = services.configuration.pageSize
        let store = services.store
        let today = services.clock.today()
        return try await services.pool.run { _ in
            let registry = Registry(store: store)
            var filter = PenaltyCaseFilter(
                state: state, decisionOverdueAsOf: decisionOverdue ? today : nil,
                paymentOverdueAsOf: paymentOverdue ? today : nil, unpaidOnly: unpaid, limit: page * size)
            var cases: [PenaltyCase]
            var hasMore: Bool
            var names: [Subject.ID: Subject] = [:]
            var matched: [Subject] = []
            if text.isEmpty {
                let found = try registry.penaltyCasePage(filter)
                cases = found.items
                hasMore = found.hasMore
            } else {
                let subjects = try registry.subjectPage(kind: nil, search: text, limit: 200).items
                matched = subjects
                cases = []
                for subject in subjects {
                    names[subject.id] = subject
                    filter.subjectID = subject.id
                    cases += try registry.penaltyCases(filter)
                }
                cases.sort { $0.id.rawValue > $1.id.rawValue }
                hasMore = cases.count > page * size
                cases = Array(cases.prefix(page * size))
            }
            let shown = Array(cases.dropFirst((page - 1) * size))
            for item in shown where names[item.subjectID] == nil {
                names[item.subjectID] = try registry.store.subject(id: item.subjectID)
            }
            let rows: [[String: Any]] = shown.map { item in
                var row: [String: Any] = [
                    "id": "\(item.id.rawValue)", "recordNumber": item.record.number,
                    "recordOn": "\(item.record.madeOn)", "state": Words.state(item.state.rawValue, context.language),
                    "fine": item.decision.map { Pages.money($0.totalFineVND) } ?? "",
                    "outstanding": item.decision == nil ? "" : Pages.money(item.outstandingVND),
                ]
                if let subject = names[item.subjectID] {
                    row["subjectID"] = "\(subject.id.rawValue)"
                    row["subjectName"] = subject.name
                }
                return row
            }
            func link(_ number: Int) -> String {
                var parts = ["page=\(number)"]
                if !text.isEmpty { parts.append("q=\(Self.escapeQuery(text))") }
                if let state { parts.append("state=\(state.rawValue)") }
                if unpaid { parts.append("unpaid=1") }
                if decisionOverdue { parts.append("decisionOverdue=1") }
                if paymentOverdue { parts.append("paymentOverdue=1") }
                return "/cases?" + parts.joined(separator: "&")
            }
            var states: [[String: Any]] = [["value": "", "label": Words.text("any", context.language), "selected": state == nil]]
            for candidate in PenaltyCase.State.allCases {
                states.append([
                    "value": candidate.rawValue, "label": Words.state(candidate.rawValue, context.language),
                    "selected": candidate == state,
                ])
            }
            var data: [String: Any] = [
                "rows": rows, "hasRows": !rows.isEmpty, "q": text, "states": states, "unpaid": unpaid,
                "decisionOverdue": decisionOverdue, "paymentOverdue": paymentOverdue, "page": "\(page)",
                "subjects": matched.prefix(20).map { subject -> [String: Any] in
                    ["id": "\(subject.id.rawValue)", "name": subject.name, "identifier": subject.identifier]
                },
                "hasSubjects": !matched.isEmpty,
            ]
            if page > 1 { data["previous"] = link(page - 1) }
            if hasMore { data["next"] = link(page + 1) }
            return Pages.render("cases", data, title: Words.text("cases", context.language), context: context)
        }
    }

    /// `GET /cases/:id`: the case, its violator, decision, amounts, deadlines, the surcharge to date (the rule pack
    /// of this worker, asked only for a decided case) and its timeline from the journal.
    func caseDetail(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard let number = context.parameters.get("id", as: Int64.self) else {
            return notFound("caseNotFound", context)
        }
        let store = services.store
        let today = services.clock.today()
        let services = services
        return try await services.pool.run { worker in
            let registry = Registry(store: store)
            let item: PenaltyCase
            do {
                item = try registry.penaltyCase(PenaltyCase.ID(rawValue: number))
            } catch InspectorateError.unknownPenaltyCase {
                return Self.notFoundPage("caseNotFound", context)
            }
            let details = try registry.details(of: item, asOf: today, makePolicy: { try worker.policy() })
            let timeline = try registry.timeline(of: item.id)
            let language = context.language
            var data: [String: Any] = [
                "id": "\(number)", "state": Words.state(item.state.rawValue, language),
                "recordNumber": item.record.number, "recordOn": "\(item.record.madeOn)", "recordPlace": item.record.place,
                "violations": item.violations.map { violation -> [String: Any] in
                    [
                        "code": violation.code, "sector": violation.sector, "committedOn": "\(violation.committedOn)",
                        "illegalGain": Pages.money(violation.illegalGainVND),
                    ]
                },
                "totalFine": item.decision.map { Pages.money($0.totalFineVND) } ?? "—",
                "paid": Pages.money(VND(rawValue: item.payments.reduce(0) { $0 + $1.amountVND.rawValue }) ?? .zero),
                "outstanding": Pages.money(item.outstandingVND),
                "decisionDue": "\(item.decisionDueOn)",
                "payments": item.payments.map { payment -> [String: Any] in
                    ["paidOn": "\(payment.paidOn)", "receipt": payment.receipt, "amount": Pages.money(payment.amountVND)]
                },
                "hasPayments": !item.payments.isEmpty,
                "timeline": timeline.map { entry -> [String: Any] in
                    ["when": entry.recordedAt, "who": entry.actor, "what": entry.command]
                },
            ]
            if let account = context.account {
                data["canPay"] = ProtectedRoute.recordPayment.allows(account) && item.state == .decided
                data["canDecide"] = ProtectedRoute.decideCase.allows(account) && item.state == .open
                data["canCancel"] = ProtectedRoute.cancelCase.allows(account)
                    && (item.state == .open || item.state == .decided)
                data["canPrint"] = ProtectedRoute.decisionDocument.allows(account) && item.state != .cancelled
                data["stepForms"] = CaseStepForm.allCases.filter { $0.route.allows(account) && $0.isOffered(for: item) }
                    .map { form -> [String: Any] in ["path": form.rawValue, "label": Words.text(form.title, language)] }
            }
            if let subject = details.subject {
                data["subjectID"] = "\(subject.id.rawValue)"
                data["subjectName"] = subject.name
                data["subjectIdentifier"] = subject.identifier
            }
            if let decision = item.decision {
                data["decision"] = [
                    "number": decision.number, "decidedOn": "\(decision.decidedOn)",
                    "signer": "\(decision.signerTitle) \(decision.signerName)",
                    "lines": decision.lines.map { line -> [String: Any] in
                        ["code": line.code, "title": line.title, "fine": Pages.money(line.fineVND)]
                    },
                ] as [String: Any]
                if let due = decision.paymentDueOn { data["paymentDue"] = "\(due)" }
                data["enforcementExpires"] = "\(decision.enforcementExpiresOn)"
            }
            if let surcharge = details.surcharge {
                data["surcharge"] = Pages.money(surcharge.owedVND)
                data["surchargeDays"] = "\(surcharge.accrued.days)"
            }
            return Pages.render(
                "case", data, title: "\(Words.text("cases", language)) #\(number)", context: context)
        }
    }

    /// `GET /subjects/:id`: the subject, its cases and inspections.
    func subjectDetail(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard let number = context.parameters.get("id", as: Int64.self) else {
            return notFound("subjectNotFound", context)
        }
        let store = services.store
        return try await services.pool.run { _ in
            let registry = Registry(store: store)
            let subject: Subject
            do {
                subject = try registry.subject(Subject.ID(rawValue: number))
            } catch InspectorateError.unknownSubject {
                return Self.notFoundPage("subjectNotFound", context)
            }
            let cases = try registry.penaltyCases(PenaltyCaseFilter(subjectID: subject.id, limit: 500))
            let inspections = try registry.inspections(InspectionFilter(subjectID: subject.id, limit: 500))
            let language = context.language
            let data: [String: Any] = [
                "id": "\(number)", "canOpen": context.account.map(ProtectedRoute.openCase.allows) ?? false,
                "name": subject.name, "identifier": subject.identifier, "address": subject.address,
                "kind": Words.text(subject.kind.rawValue, language),
                "cases": cases.map { item -> [String: Any] in
                    [
                        "id": "\(item.id.rawValue)", "recordNumber": item.record.number,
                        "recordOn": "\(item.record.madeOn)", "state": Words.state(item.state.rawValue, language),
                    ]
                },
                "hasCases": !cases.isEmpty,
                "inspections": inspections.map { inspection -> [String: Any] in
                    [
                        "id": "\(inspection.id.rawValue)", "content": inspection.content,
                        "openedOn": "\(inspection.openedOn)", "state": Words.state(inspection.state.rawValue, language),
                    ]
                },
                "hasInspections": !inspections.isEmpty,
            ]
            return Pages.render("subject", data, title: subject.name, context: context)
        }
    }

    // MARK: - Helpers

    func notFound(_ text: String, _ context: AppRequestContext) -> Response {
        Self.notFoundPage(text, context)
    }

    static func notFoundPage(_ text: String, _ context: AppRequestContext) -> Response {
        Pages.render(
            "message",
            ["heading": Words.text("notFound", context.language), "text": Words.text(text, context.language)],
            title: Words.text("notFound", context.language), status: .notFound, context: context)
    }

    /// `text` escaped for a query string value.
    static func escapeQuery(_ text: String) -> String {
        let allowed = CharacterSet(
            charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
