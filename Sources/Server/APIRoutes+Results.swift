import Casework
import Foundation
import HTTPTypes
import Hummingbird
import Inspectorate

/// The API's results of an inspection — findings, recommendations, their follow-ups — and the plan load: the use
/// cases the CLI's `finding add`, `recommend`, `follow-up record` and `plan load` call, each with `"preview": true`
/// checked exactly as the command (the application layer's previews) and nothing written. A recorded one answers 201.
extension APIRoutes {
    /// `POST /api/v1/inspections/{id}/findings`: the pack classifies the finding (keeping a valid `category`) and
    /// says what to recommend; the inspection's team (or the chief) records it.
    @Sendable func addFinding(_ request: Request, _ context: AppRequestContext, _ language: Language) async throws
        -> Response
    {
        let id = Inspection.ID(rawValue: try Self.id(context, language))
        let body = try await Self.decode(APIFindingRequest.self, request, language)
        let amount = try Self.money(body.amountVND?.value ?? 0, field: "amountVND", language)
        let land = try Self.land(body.landAreaDM2?.value ?? 0, field: "landAreaDM2", language)
        let category = body.category.map(\.trimmedOfWhitespace).flatMap { $0.isEmpty ? nil : $0 }
        let preview = body.preview == true
        let services = services
        let acting = services.acting(context)
        let result = try await services.pool.run { worker -> APIFindingResult in
            let inspectorate = try services.inspectorate(on: worker)
            let subject = Subject.ID(rawValue: body.subjectID)
            if preview {
                let checked = try inspectorate.previewFinding(
                    to: id, subject: subject, description: body.description, category: category, amountVND: amount,
                    landArea: land, acting: acting)
                return APIFindingResult(
                    id: nil, checked.finding, categoryTitle: checked.categoryTitle, suggestion: checked.suggestion)
            }
            let recorded = try inspectorate.addFinding(
                to: id, subject: subject, description: body.description, category: category, amountVND: amount,
                landArea: land, acting: acting)
            let finding = recorded.finding
            return APIFindingResult(
                id: finding.id.rawValue,
                NewFinding(
                    subjectID: finding.subjectID, description: finding.description, category: finding.category,
                    amountVND: finding.amountVND, landArea: finding.landArea),
                categoryTitle: recorded.categoryTitle, suggestion: recorded.suggestion)
        }
        return APIResponse.json(
            APIInspectionCommandResult(preview: preview, inspection: nil, result: result), status: preview ? .ok : .created)
    }

    /// `POST /api/v1/inspections/{id}/recommendations`: a recommendation of the inspection's conclusion, its kind's
    /// figures checked against what it refers to.
    @Sendable func recommend(_ request: Request, _ context: AppRequestContext, _ language: Language) async throws
        -> Response
    {
        let id = Inspection.ID(rawValue: try Self.id(context, language))
        let body = try await Self.decode(APIRecommendationRequest.self, request, language)
        guard let kind = Recommendation.Kind(rawValue: body.kind) else {
            throw APIProblem.invalidField(
                "kind", expected: Recommendation.Kind.allCases.map(\.rawValue).joined(separator: ", "), language)
        }
        var handling: Recommendation.Handling?
        if let given = body.handling {
            guard let value = Recommendation.Handling(rawValue: given) else {
                throw APIProblem.invalidField(
                    "handling", expected: Recommendation.Handling.allCases.map(\.rawValue).joined(separator: ", "),
                    language)
            }
            handling = value
        }
        let new = NewRecommendation(
            kind: kind, findingID: body.findingID.map(Finding.ID.init(rawValue:)),
            subjectID: body.subjectID.map(Subject.ID.init(rawValue:)), description: body.description,
            figures: try Self.figures(body.figures, field: "figures", language), names: body.names ?? [],
            handling: handling)
        let preview = body.preview == true
        let services = services
        let acting = services.acting(context)
        let result = try await services.pool.run { worker -> APIRecommendationResult in
            let inspectorate = try services.inspectorate(on: worker)
            if preview {
                return APIRecommendationResult(id: nil, try inspectorate.previewRecommendation(new, on: id, acting: acting))
            }
            let stored = try inspectorate.recommend(new, on: id, acting: acting)
            return APIRecommendationResult(
                id: stored.id.rawValue,
                NewRecommendation(
                    kind: stored.kind, findingID: stored.findingID, subjectID: stored.subjectID,
                    description: stored.description, figures: stored.figures, names: stored.names,
                    handling: stored.handling))
        }
        return APIResponse.json(
            APIInspectionCommandResult(preview: preview, inspection: nil, result: result), status: preview ? .ok : .created)
    }

    /// `POST /api/v1/inspections/{id}/recommendations/{recommendationID}/follow-ups`: what was done on a recommendation
    /// of a concluded inspection; more than recommended only with `allowOver`'s reason. 404 when the inspection has no
    /// such recommendation.
    @Sendable func recordFollowUp(_ request: Request, _ context: AppRequestContext, _ language: Language) async throws
        -> Response
    {
        let id = Inspection.ID(rawValue: try Self.id(context, language))
        guard let number = context.parameters.get("recommendationID", as: Int64.self) else {
            throw APIProblem.notFound(language)
        }
        let recommendation = Recommendation.ID(rawValue: number)
        let body = try await Self.decode(APIFollowUpRequest.self, request, language)
        let today = services.clock.today()
        let doneOn = try Self.date(body.doneOn, field: "doneOn", default: today, language) ?? today
        let new = NewFollowUp(
            doneOn: doneOn, figures: try Self.figures(body.figures, field: "figures", language), receipt: body.receipt,
            note: body.note ?? "")
        let allowOver = body.allowOver.map(\.trimmedOfWhitespace).flatMap { $0.isEmpty ? nil : $0 }
        let preview = body.preview == true
        let services = services
        let acting = services.acting(context)
        let result = try await services.pool.run { worker -> APIFollowUpResult in
            let inspectorate = try services.inspectorate(on: worker)
            // Checked on the inspection of the path first: its recommendation, or 404 (and the preview's answer).
            let checked = try inspectorate.previewFollowUp(
                new, on: recommendation, of: id, allowOver: allowOver, acting: acting)
            if preview { return APIFollowUpResult(id: nil, recommendation: recommendation, checked) }
            let stored = try inspectorate.recordFollowUp(new, on: recommendation, allowOver: allowOver, acting: acting)
            return APIFollowUpResult(
                id: stored.id.rawValue, recommendation: recommendation,
                NewFollowUp(
                    doneOn: stored.doneOn, figures: stored.figures, receipt: stored.receipt, note: stored.note,
                    overReason: stored.overReason))
        }
        return APIResponse.json(
            APIInspectionCommandResult(preview: preview, inspection: nil, result: result), status: preview ? .ok : .created)
    }

    /// `POST /api/v1/plan`: loads the year's approved plan as the pack computes it (one scheduled inspection per
    /// entry the first time; a changed plan only with `"apply": true`), or previews it (how it differs from the
    /// stored plan; nothing written).
    @Sendable func loadPlan(_ request: Request, _ context: AppRequestContext, _ language: Language) async throws
        -> Response
    {
        let body = try await Self.decode(APIPlanLoadRequest.self, request, language)
        guard (1990...2200).contains(body.year) else {
            throw APIProblem.invalidField("year", expected: language == .vi ? "năm 1990–2200" : "a year 1990–2200", language)
        }
        let preview = body.preview == true
        let services = services
        let acting = services.acting(context)
        let result = try await services.pool.run { worker -> APIPlanLoadResult in
            let inspectorate = try services.inspectorate(on: worker)
            if preview {
                let checked = try inspectorate.previewPlanLoad(year: body.year, acting: acting)
                return APIPlanLoadResult(
                    year: body.year, diff: checked.diff, applied: false, created: [], notices: checked.notices)
            }
            var notices: [PlanNotice] = []
            let loaded = try inspectorate.loadPlan(year: body.year, apply: body.apply == true, acting: acting) {
                notices.append($0)
            }
            return APIPlanLoadResult(
                year: body.year, diff: loaded.diff, applied: loaded.applied, created: loaded.created, notices: notices)
        }
        return APIResponse.json(
            APIInspectionCommandResult(preview: preview, inspection: nil, result: result),
            status: !preview && result.applied ? .created : .ok)
    }

    /// A land area field in whole square decimetres, 0 or more; 422 naming the field otherwise.
    static func land(_ value: Int64, field: String, _ language: Language) throws -> LandArea {
        guard let area = LandArea(rawValue: value) else {
            throw APIProblem.invalidField(
                field, expected: language == .vi ? "số dm² nguyên, không âm" : "whole dm², not negative", language)
        }
        return area
    }

    /// A recommendation's or follow-up's figures; absent figures are 0, a negative count is refused naming it.
    static func figures(_ given: APIFiguresRequest?, field: String, _ language: Language) throws -> RecommendationFigures {
        guard let given else { return .zero }
        func count(_ value: Int?, _ name: String) throws -> Int {
            guard let value else { return 0 }
            guard value >= 0 else {
                throw APIProblem.invalidField(
                    "\(field).\(name)", expected: language == .vi ? "số nguyên không âm" : "a whole number, not negative",
                    language)
            }
            return value
        }
        return RecommendationFigures(
            amountVND: try money(given.amountVND?.value ?? 0, field: "\(field).amountVND", language),
            landArea: try land(given.landAreaDM2?.value ?? 0, field: "\(field).landAreaDM2", language),
            collectives: try count(given.collectives, "collectives"), persons: try count(given.persons, "persons"),
            cases: try count(given.cases, "cases"))
    }
}
