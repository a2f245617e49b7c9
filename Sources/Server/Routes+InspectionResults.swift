import Casework
import Hummingbird
import HTTPTypes
import Inspectorate
import NIOCore

/// An inspection's results from its page — a finding (phát hiện sai phạm), a recommendation (kiến nghị), what was done
/// on a recommendation (theo dõi, đôn đốc) — each a form, a confirmation page from the application layer's preview
/// (``Inspectorate/previewFinding(to:subject:description:category:amountVND:landArea:acting:)``,
/// ``Inspectorate/previewRecommendation(_:on:acting:)``, ``Inspectorate/previewFollowUp(_:on:of:allowOver:acting:)``)
/// that writes nothing, then the use case the CLI's `finding add`, `recommend` and `follow-up record` call and a 303
/// back to the inspection. A refusal comes back on the form with what was typed, worded from the structured error:
/// 403 for the role or another team's inspection, 404 for no such inspection or recommendation, else 422.
extension Routes {
    /// One of the three forms: its path, its route in the route × role table, its words.
    enum InspectionResultForm: String, CaseIterable, Sendable {
        case finding, recommendation, followUp

        /// The route × role table's entry (``ProtectedRoute``), whose roles are the use case's.
        var route: ProtectedRoute {
            switch self {
            case .finding: .addFinding
            case .recommendation: .recommend
            case .followUp: .recordFollowUp
            }
        }

        /// The router's path of the recorded change; the form is at `…/new`, the confirmation at `…/preview`.
        var routerPath: String {
            switch self {
            case .finding: "/inspections/:id/findings"
            case .recommendation: "/inspections/:id/recommendations"
            case .followUp: "/inspections/:id/recommendations/:recommendation/follow-ups"
            }
        }

        /// The path of the recorded change for inspection `id` (and recommendation `recommendation`).
        func path(_ id: Int64, _ recommendation: Int64?) -> String {
            switch self {
            case .finding: "/inspections/\(id)/findings"
            case .recommendation: "/inspections/\(id)/recommendations"
            case .followUp: "/inspections/\(id)/recommendations/\(recommendation ?? 0)/follow-ups"
            }
        }

        /// The application layer's action, checked for the acting account (and its team) before the form is shown.
        var action: CaseworkAction {
            switch self {
            case .finding, .recommendation: .recordFinding
            case .followUp: .recordFollowUp
            }
        }

        /// The key of ``Words`` naming the form (its heading and the inspection page's link).
        var title: String { "resultForm-\(rawValue)" }

        /// Whether the inspection's state allows the form: findings and recommendations while it runs
        /// (``InspectionCasework/resultStates``), follow-ups once it is concluded or closed.
        func isOffered(for inspection: Inspection) -> Bool {
            switch self {
            case .finding, .recommendation: InspectionCasework.resultStates.contains(inspection.state)
            case .followUp: inspection.state == .concluded || inspection.state == .closed
            }
        }

        /// The fields the form posts.
        var fieldNames: [String] {
            let figures = ["amount", "land", "collectives", "persons", "cases", "documents"]
            switch self {
            case .finding: return ["subject", "description", "category", "amount", "land"]
            case .recommendation: return ["kind", "finding", "subject", "description"] + figures + ["names", "handling"]
            case .followUp: return ["doneOn"] + figures + ["receipt", "note", "allowOver"]
            }
        }
    }

    /// What a result form asks for, parsed.
    enum ResultChange: Sendable {
        case finding(subject: Subject.ID, description: String, category: String?, amount: VND, land: LandArea)
        case recommendation(NewRecommendation)
        case followUp(NewFollowUp, allowOver: String?)
    }

    /// What the confirmation page shows: the change as the use case would write it.
    enum ResultPreview: Sendable {
        case finding(FindingPreview)
        case recommendation(NewRecommendation)
        case followUp(NewFollowUp, of: Recommendation)
    }

    func registerInspectionResults(on router: Router<AppRequestContext>) {
        for form in InspectionResultForm.allCases {
            router.get(
                RouterPath(form.routerPath + "/new"),
                use: protected(form.route) { _, context in try await resultFormPage(form, context) })
            router.post(
                RouterPath(form.routerPath + "/preview"),
                use: protected(form.route) { _, context in try await inspectionResult(form, context, confirm: false) })
            router.post(
                RouterPath(form.routerPath),
                use: protected(form.route) { _, context in try await inspectionResult(form, context, confirm: true) })
        }
    }

    /// `GET /inspections/:id/<form>/new`: the form, a follow-up's day set to today. The acting account is checked as
    /// the use case checks it (a team member on another team's inspection: 403) before anything of it is shown.
    func resultFormPage(_ form: InspectionResultForm, _ context: AppRequestContext) async throws -> Response {
        guard let number = context.parameters.get("id", as: Int64.self) else {
            return notFound("inspectionNotFound", context)
        }
        let fields = form == .followUp ? ["doneOn": "\(services.clock.today())"] : [:]
        return try await resultPage(form, number, fields, problem: nil, status: .ok, authorizing: true, context)
    }

    /// `POST …/preview` (the confirmation page; nothing written) and the record (one journaled transaction, then back
    /// to the inspection).
    private func inspectionResult(_ form: InspectionResultForm, _ context: AppRequestContext, confirm: Bool)
        async throws -> Response
    {
        guard let number = context.parameters.get("id", as: Int64.self) else {
            return notFound("inspectionNotFound", context)
        }
        let language = context.language
        let fields = Dictionary(uniqueKeysWithValues: form.fieldNames.map { ($0, context.form[$0] ?? "") })
        if !confirm, context.form[Self.editField] != nil {
            return try await resultPage(form, number, fields, problem: nil, status: .ok, context)
        }
        let change: ResultChange
        switch Self.resultChange(form, fields, today: services.clock.today()) {
        case .failure(let field):
            let problem = Problem(summary: Words.text("badField", language) + " “\(Words.text(field.key, language))”.")
            return try await resultPage(form, number, fields, problem: problem, status: .unprocessableContent, context)
        case .success(let value): change = value
        }
        let id = Inspection.ID(rawValue: number)
        let recommendation = context.parameters.get("recommendation", as: Int64.self).map(Recommendation.ID.init(rawValue:))
        let services = services
        let acting = services.acting(context)
        let outcome = try await services.pool.run { worker -> Result<ResultPreview?, RefusedResult> in
            let inspectorate = try services.inspectorate(on: worker)
            do {
                return .success(
                    try Self.runResult(change, on: id, recommendation: recommendation, confirm: confirm, inspectorate, acting))
            } catch let error as StoreError where error.kind == .notFound {
                // No such recommendation on the inspection of the path (the store's words name none for a page).
                let problem = Problem(summary: Words.text("recommendationNotFound", language))
                return .failure(RefusedResult(problem: problem, status: .notFound))
            } catch {
                guard let problem = ProblemWords.problem(for: error, language) else { throw error }
                return .failure(RefusedResult(problem: problem, status: Self.refusalStatus(error)))
            }
        }
        switch outcome {
        case .failure(let refused):
            return try await resultPage(form, number, fields, problem: refused.problem, status: refused.status, context)
        case .success(nil):
            return Pages.redirect(to: "/inspections/\(number)")
        case .success(let preview?):
            let path = form.path(number, recommendation?.rawValue)
            let subjects = try await services.pool.run { [store = services.store] _ in
                try Registry(store: store).inspection(id).subjects
            }
            return confirmationPage(
                Confirmation(
                    heading: "\(Words.text(form.title, language)) · \(Words.text("inspections", language)) #\(number)",
                    action: path, facts: Self.resultFacts(preview, subjects: subjects, language),
                    hidden: fields.filter { !$0.value.isEmpty }, button: Words.text("confirmRecord", language),
                    back: path + "/new", note: Words.text("\(form.title)-note", language), edit: path + "/preview"),
                context)
        }
    }

    /// Runs the preview (`confirm` false) or the use case; `nil` once recorded.
    private static func runResult(
        _ change: ResultChange, on id: Inspection.ID, recommendation: Recommendation.ID?, confirm: Bool,
        _ inspectorate: Inspectorate, _ acting: Acting
    ) throws -> ResultPreview? {
        switch change {
        case .finding(let subject, let description, let category, let amount, let land):
            if confirm {
                _ = try inspectorate.addFinding(
                    to: id, subject: subject, description: description, category: category, amountVND: amount,
                    landArea: land, acting: acting)
                return nil
            }
            return .finding(
                try inspectorate.previewFinding(
                    to: id, subject: subject, description: description, category: category, amountVND: amount,
                    landArea: land, acting: acting))
        case .recommendation(let new):
            if confirm {
                _ = try inspectorate.recommend(new, on: id, acting: acting)
                return nil
            }
            return .recommendation(try inspectorate.previewRecommendation(new, on: id, acting: acting))
        case .followUp(let new, let allowOver):
            let target = recommendation ?? Recommendation.ID(rawValue: 0)
            // Checked on the inspection of the path first: its recommendation, or 404 (and the preview's answer).
            let checked = try inspectorate.previewFollowUp(new, on: target, of: id, allowOver: allowOver, acting: acting)
            if confirm {
                _ = try inspectorate.recordFollowUp(new, on: target, allowOver: allowOver, acting: acting)
                return nil
            }
            let stored = try inspectorate.inspection(id).recommendations.first { $0.id == target }
            guard let stored else { throw StoreError.recommendationNotFound(target) }
            return .followUp(checked, of: stored)
        }
    }

    /// The status of a refused result: 403 for the role and team checks, 404 for no such inspection, else 422.
    static func refusalStatus(_ error: any Error) -> HTTPResponse.Status {
        switch error {
        case InspectorateError.actionNotAllowed, InspectorateError.notOnInspectionTeam: .forbidden
        case InspectorateError.unknownInspection: .notFound
        default: .unprocessableContent
        }
    }

    /// The form's page: the inspection, the form with what was typed, a problem if any. `authorizing`: the acting
    /// account is first checked as the form's use case checks it, and refused with 403 (the form shown again after
    /// a post was checked by the use case already).
    private func resultPage(
        _ form: InspectionResultForm, _ number: Int64, _ fields: [String: String], problem: Problem?,
        status: HTTPResponse.Status, authorizing: Bool = false, _ context: AppRequestContext
    ) async throws -> Response {
        let services = services
        let store = services.store
        let today = services.clock.today()
        let acting = services.acting(context)
        let recommendation = context.parameters.get("recommendation", as: Int64.self)
        return try await services.pool.run { worker in
            let language = context.language
            guard let found = try Self.storedInspection(number, store) else {
                return Self.notFoundPage("inspectionNotFound", context)
            }
            if authorizing {
                do {
                    let inspectorate = try services.inspectorate(on: worker)
                    try inspectorate.authorize(form.action, on: found.inspection.id, acting: acting)
                } catch {
                    guard let refusal = ProblemWords.problem(for: error, language), refusal.isForbidden else {
                        throw error
                    }
                    return Pages.refusal(refusal, context: context)
                }
            }
            let inspection = found.inspection
            var data: [String: Any] = [
                "id": "\(number)", "heading": Words.text(form.title, language), "content": inspection.content,
                "state": Words.state(inspection.state.rawValue, language), "isOffered": form.isOffered(for: inspection),
                "action": form.path(number, recommendation), "note": Words.text("\(form.title)-note", language),
            ]
            if form == .followUp {
                guard let stored = inspection.recommendations.first(where: { $0.id.rawValue == recommendation }) else {
                    return Self.notFoundPage("recommendationNotFound", context)
                }
                data["recommendationText"] =
                    "#\(stored.id.rawValue) \(Self.kindName(stored.kind, language)): \(stored.description) · "
                    + "\(Words.text("recommended", language)) \(Self.figuresText(stored.figures, language)) · "
                    + "\(Words.text("doneSoFar", language)) \(Self.figuresText(stored.done, language))"
            }
            let categories = form == .finding ? try worker.policy().inspectionCatalog(on: today).findingCategories : []
            data["fields"] = Self.resultFields(form, fields, inspection: inspection, subjects: found.subjects,
                                               categories: categories, language)
            if let problem { data["problem"] = problem.asData }
            return Pages.render(
                "inspectionResult", data, title: "\(Words.text(form.title, language)) #\(number)", status: status,
                context: context)
        }
    }
}

/// A result refused, with the status its page answers.
private struct RefusedResult: Error, Sendable {
    var problem: Problem
    var status: HTTPResponse.Status
}
