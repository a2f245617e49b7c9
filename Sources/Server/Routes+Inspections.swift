import Casework
import Hummingbird
import HTTPTypes
import NIOCore
import Inspectorate

/// The inspection list and detail, and the account list.
extension Routes {
    /// `GET /inspections?page=N`: newest opening first, through ``Inspectorate/Registry/inspectionPage(_:)``.
    func inspectionList(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let page = max(1, FormData.query(of: request)["page"].flatMap { Int($0) } ?? 1)
        let size = services.configuration.pageSize
        let store = services.store
        return try await services.pool.run { _ in
            let found = try Registry(store: store).inspectionPage(InspectionFilter(limit: page * size))
            let language = context.language
            let rows = found.items.dropFirst((page - 1) * size).map { inspection -> [String: Any] in
                [
                    "id": "\(inspection.id.rawValue)", "content": inspection.content, "field": inspection.field,
                    "openedOn": "\(inspection.openedOn)", "state": Words.state(inspection.state.rawValue, language),
                ]
            }
            var data: [String: Any] = ["rows": Array(rows), "hasRows": !rows.isEmpty, "page": "\(page)"]
            if page > 1 { data["previous"] = "/inspections?page=\(page - 1)" }
            if found.hasMore { data["next"] = "/inspections?page=\(page + 1)" }
            return Pages.render("inspections", data, title: Words.text("inspections", language), context: context)
        }
    }

    /// Inspection `number` with its subjects, or `nil` when there is none (the caller answers the 404 page).
    static func storedInspection(_ number: Int64, _ store: any InspectorateStore) throws
        -> (inspection: Inspection, subjects: [Subject])?
    {
        do {
            return try Registry(store: store).inspection(Inspection.ID(rawValue: number))
        } catch InspectorateError.unknownInspection {
            return nil
        }
    }

    /// `GET /inspections/:id`: the inspection, its decision, deadlines and subjects.
    func inspectionDetail(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        try await inspectionPage(context)
    }

    /// The inspection page; a step's form posted back by "Sửa lại" shows what was typed in it.
    func inspectionPage(_ context: AppRequestContext) async throws -> Response {
        guard let number = context.parameters.get("id", as: Int64.self) else {
            return notFound("inspectionNotFound", context)
        }
        let store = services.store
        let today = services.clock.today()
        return try await services.pool.run { _ in
            guard let found = try Self.storedInspection(number, store) else {
                return Self.notFoundPage("inspectionNotFound", context)
            }
            let inspection = found.inspection
            let language = context.language
            var data: [String: Any] = [
                "id": "\(number)", "state": Words.state(inspection.state.rawValue, language),
                "content": inspection.content, "field": inspection.field, "mode": inspection.mode.rawValue,
                "leadUnit": inspection.leadUnit, "openedOn": "\(inspection.openedOn)",
                "subjects": found.subjects.map { subject -> [String: Any] in
                    ["id": "\(subject.id.rawValue)", "name": subject.name, "identifier": subject.identifier]
                },
                "findingCount": "\(inspection.findings.count)",
            ]
            if let decision = inspection.decision {
                data["decisionNumber"] = decision.number
                data["decidedOn"] = "\(decision.decidedOn)"
            }
            data["steps"] = Self.inspectionSteps(inspection, language)
            let deadlines = Self.inspectionDeadlines(inspection, today: today, language)
            data["deadlines"] = deadlines
            data["hasDeadlines"] = !deadlines.isEmpty
            data["recommendationCount"] = "\(inspection.recommendations.count)"
            data.merge(Self.inspectionResultsData(inspection, subjects: found.subjects, account: context.account, language)) {
                _, results in results
            }
            let chiefTyped = context.isPosted && context.path.contains("/chief-steps") ? context.form : [:]
            let teamTyped = context.isPosted && !context.path.contains("/chief-steps") ? context.form : [:]
            if context.account.map(ProtectedRoute.inspectionStep.allows) == true {
                data["canStep"] = true
                data["today"] = "\(today)"
                data["stepDay"] = teamTyped["on"] ?? "\(today)"
                data["stepReason"] = teamTyped["reason"] ?? ""
                data["teamSteps"] = Self.teamSteps.map { code -> [String: Any] in
                    ["code": code, "name": Words.text("inspectionStep-\(code)", language), "selected": teamTyped["step"] == code]
                }
            }
            if context.account.map(ProtectedRoute.decideInspectionStep.allows) == true, inspection.state != .closed {
                data["canChiefStep"] = true
                data["today"] = "\(today)"
                data["chiefForms"] = Self.chiefStepForms(
                    inspection.state == .open ? ["decide"] : ["extend", "conclude", "close"], language, today: today,
                    typed: chiefTyped)
            }
            return Pages.render(
                "inspection", data, title: "\(Words.text("inspections", language)) #\(number)", context: context)
        }
    }

    /// The chief's step forms for the inspection page: each step's name and the fields it takes besides its day, with
    /// what was typed in the one `typed` posted.
    static func chiefStepForms(
        _ steps: [String], _ language: Language, today: CalendarDate, typed: [String: String]
    ) -> [[String: Any]] {
        return steps.map { code -> [String: Any] in
            let values = typed["step"] == code ? typed : [:]
            func field(_ name: String, _ label: String, type: String = "text") -> [String: Any] {
                ["name": name, "label": Words.text(label, language), "type": type, "value": values[name] ?? ""]
            }
            let fields: [[String: Any]] =
                switch code {
                case "decide":
                    [
                        field("number", "number"), field("signerTitle", "signerTitle"), field("signerName", "signerName"),
                        field("teamLead", "teamLead"), field("members", "members"),
                    ]
                case "extend": [field("days", "extraDays", type: "number"), field("reason", "reason")]
                case "conclude": [field("number", "conclusionNumber")]
                default: []
                }
            return [
                "code": code, "title": Words.text("inspectionStep-\(code)", language), "fields": fields,
                "day": values["on"] ?? "\(today)",
            ]
        }
    }

    /// `GET /accounts`: every account (administrators only, by the route table).
    func accountList(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let accounts = services.accounts
        let acting = services.acting(context)
        return try await services.pool.run { _ in
            let language = context.language
            let rows = try accounts.listAccounts(acting: acting).map { account -> [String: Any] in
                [
                    "login": account.login, "name": account.displayName,
                    "roles": account.roles.map(\.rawValue).joined(separator: ", "),
                    "active": Words.text(account.isActive ? "yes" : "no", language),
                ]
            }
            return Pages.render("accounts", ["rows": rows], title: Words.text("accounts", language), context: context)
        }
    }
}
