import Casework
import Foundation
import HTTPTypes
import Hummingbird
import Inspectorate
import Reports

/// The API's inspections (list, detail, opening, steps), the year's plan and filing a period's report: the use cases
/// the CLI's `inspection …`, `plan show` and `report file` call; each command with `"preview": true` checked and
/// answered without writing anything.
extension APIRoutes {
    /// `GET /api/v1/inspections?page=&pageSize=`: newest opening first.
    @Sendable func inspectionList(_ request: Request, _ context: AppRequestContext, _ language: Language) async throws
        -> Response
    {
        let (page, size) = try paging(FormData.query(of: request), language)
        let store = services.store
        let result = try await services.pool.run { _ -> APIPage<APIInspectionSummary> in
            let found = try Registry(store: store).inspectionPage(InspectionFilter(limit: page * size))
            return APIPage(
                items: found.items.dropFirst((page - 1) * size).map(APIInspectionSummary.init), page: page,
                pageSize: size, hasMore: found.hasMore)
        }
        return APIResponse.json(result)
    }

    /// `GET /api/v1/inspections/{id}`: the inspection, its subjects, decision and team, dated steps and deadlines.
    @Sendable func inspectionDetail(_ request: Request, _ context: AppRequestContext, _ language: Language)
        async throws -> Response
    {
        let id = Inspection.ID(rawValue: try Self.id(context, language))
        let store = services.store
        let today = services.clock.today()
        let detail = try await services.pool.run { _ in
            let found = try Registry(store: store).inspection(id)
            return APIInspectionDetail(found.inspection, subjects: found.subjects, today: today)
        }
        return APIResponse.json(detail)
    }

    /// `POST /api/v1/inspections`: opens an unscheduled or regular inspection (201, `Location` the new inspection) or
    /// previews it (200: the pack's overlap warnings; nothing written).
    @Sendable func openInspection(_ request: Request, _ context: AppRequestContext, _ language: Language) async throws
        -> Response
    {
        let body = try await Self.decode(APIOpenInspectionRequest.self, request, language)
        guard let mode = Inspection.Mode(rawValue: body.mode), mode != .scheduled else {
            throw APIProblem.invalidField("mode", expected: "unscheduled, regular", language)
        }
        var ground: InspectionGround?
        if let given = body.ground {
            guard let kind = InspectionGround.Kind(rawValue: given.kind) else {
                throw APIProblem.invalidField(
                    "ground.kind", expected: InspectionGround.Kind.allCases.map(\.rawValue).joined(separator: ", "),
                    language)
            }
            ground = InspectionGround(kind: kind, reference: given.reference)
        }
        let opening = InspectionOpening(
            mode: mode, category: body.category.trimmedOfWhitespace, level: body.level.trimmedOfWhitespace,
            ground: ground, content: body.content, field: body.field ?? "", leadUnit: body.leadUnit,
            subjects: (body.subjects ?? []).map(Subject.ID.init(rawValue:)),
            openedOn: try Self.date(body.openedOn, field: "openedOn", default: nil, language), body: body.body)
        let preview = body.preview == true
        let services = services
        let acting = services.acting(context)
        let store = services.store
        let today = services.clock.today()
        let (detail, result) = try await services.pool.run { worker -> (APIInspectionDetail?, APIInspectionOpening) in
            let inspectorate = try services.inspectorate(on: worker)
            func warnings(_ collisions: [OverlapAnswer.Collision]) -> [APIInspectionOpening.Warning] {
                collisions.map { APIInspectionOpening.Warning(inspectionID: $0.inspectionID.rawValue, message: $0.message) }
            }
            if preview {
                let checked = try inspectorate.previewOpening(opening, acting: acting)
                return (
                    nil,
                    APIInspectionOpening(
                        openedOn: checked.inspection.openedOn, state: Inspection.State.open.rawValue,
                        warnings: warnings(checked.warnings))
                )
            }
            let opened = try inspectorate.openInspection(opening, acting: acting)
            let found = try Registry(store: store).inspection(opened.inspection.id)
            return (
                APIInspectionDetail(found.inspection, subjects: found.subjects, today: today),
                APIInspectionOpening(
                    openedOn: opened.inspection.openedOn, state: opened.inspection.state.rawValue,
                    warnings: warnings(opened.warnings))
            )
        }
        var response = APIResponse.json(
            APIInspectionCommandResult(preview: preview, inspection: detail, result: result),
            status: preview ? .ok : .created)
        if let detail { response.headers[.location] = "\(Self.prefix)/inspections/\(detail.inspection.id)" }
        return response
    }

    /// `POST /api/v1/inspections/{id}/steps`: one step of the inspection's lifecycle on `on` (today when absent), or
    /// its preview (the state after it and the deadlines the pack computes; nothing written). Which roles take which
    /// step, and that a team member acts on their own team's inspections only, the use case decides
    /// (``CaseworkAction``): 403 otherwise.
    @Sendable func inspectionStep(_ request: Request, _ context: AppRequestContext, _ language: Language) async throws
        -> Response
    {
        let id = Inspection.ID(rawValue: try Self.id(context, language))
        let body = try await Self.decode(APIInspectionStepRequest.self, request, language)
        let today = services.clock.today()
        let day = try Self.date(body.on, field: "on", default: today, language) ?? today
        let step = try Self.step(body, today: today, language)
        let preview = body.preview == true
        let services = services
        let acting = services.acting(context)
        let store = services.store
        let (detail, result) = try await services.pool.run { worker -> (APIInspectionDetail, APIInspectionStepResult) in
            let inspectorate = try services.inspectorate(on: worker)
            let result: APIInspectionStepResult
            if preview {
                let update = try inspectorate.preview(step, of: id, on: day, acting: acting).update
                result = APIInspectionStepResult(
                    command: step.command, newState: update.newState.rawValue, deadlines: update.deadlines)
            } else {
                let stepped = try inspectorate.advance(id, step, on: day, acting: acting)
                result = APIInspectionStepResult(
                    command: step.command, newState: stepped.state.rawValue, deadlines: stepped.deadlines)
            }
            let found = try Registry(store: store).inspection(id)
            return (APIInspectionDetail(found.inspection, subjects: found.subjects, today: today), result)
        }
        return APIResponse.json(APIInspectionCommandResult(preview: preview, inspection: detail, result: result))
    }

    /// The step the body names, with what it takes; 422 naming the field that is missing or wrong.
    private static func step(_ body: APIInspectionStepRequest, today: CalendarDate, _ language: Language) throws
        -> InspectionStep
    {
        func required<T>(_ value: T?, _ field: String) throws -> T {
            guard let value else {
                throw APIProblem.invalidField(field, expected: language == .vi ? "một giá trị" : "a value", language)
            }
            return value
        }
        switch body.step {
        case "decide":
            let given = try required(body.decision, "decision")
            let decidedOn = try date(given.decidedOn, field: "decision.decidedOn", default: today, language) ?? today
            let decision = InspectionDecision(
                number: given.number.trimmedOfWhitespace, decidedOn: decidedOn, signerTitle: given.signerTitle,
                signerName: given.signerName, teamLead: given.teamLead.trimmedOfWhitespace,
                members: (given.members ?? []).map(\.trimmedOfWhitespace))
            return .decide(decision, subjects: (body.subjects ?? []).map(Subject.ID.init(rawValue:)))
        case "announce": return .announce
        case "extend": return .extend(days: try required(body.days, "days"), reason: try required(body.reason, "reason"))
        case "suspend": return .suspend(reason: try required(body.reason, "reason"))
        case "resume": return .resume
        case "end-onsite": return .endOnsite
        case "report": return .report
        case "draft": return .draft
        case "conclude": return .conclude(number: try required(body.number, "number").trimmedOfWhitespace)
        case "close": return .close
        default:
            throw APIProblem.invalidField("step", expected: stepNames.joined(separator: ", "), language)
        }
    }

    /// The steps `POST /api/v1/inspections/{id}/steps` takes, in lifecycle order (the CLI's subcommands' names).
    static let stepNames = [
        "decide", "announce", "extend", "suspend", "resume", "end-onsite", "report", "draft", "conclude", "close",
    ]

    /// `GET /api/v1/plan?year=YYYY` (this year by default): each entry of the approved plan with the inspection it
    /// led to and that inspection's state, and the totals planned, opened and concluded.
    @Sendable func plan(_ request: Request, _ context: AppRequestContext, _ language: Language) async throws -> Response {
        let today = services.clock.today()
        var year = today.year
        if let text = FormData.query(of: request)["year"], !text.isEmpty {
            guard let asked = Int(text.trimmedOfWhitespace), (1990...2200).contains(asked) else {
                throw APIProblem.invalidField("year", expected: language == .vi ? "năm 1990–2200" : "a year 1990–2200", language)
            }
            year = asked
        }
        let store = services.store
        let asked = year
        let progress = try await services.pool.run { _ in try Registry(store: store).planProgress(year: asked) }
        let totals = PlanProgress.totals(progress)
        return APIResponse.json(
            APIPlan(
                year: asked,
                entries: progress.map { item in
                    let entry = item.entry
                    return APIPlan.Entry(
                        key: entry.key, period: entry.period, content: entry.content, field: entry.field,
                        category: entry.category, level: entry.level, leadUnit: entry.leadUnit,
                        subjectCount: entry.subjects.count, onsiteDays: entry.onsiteDays,
                        inspectionID: item.inspectionID?.rawValue, state: item.state?.rawValue, concluded: item.isConcluded)
                },
                planned: totals.planned, opened: totals.opened, concluded: totals.concluded))
    }

    /// `POST /api/v1/reports/filing`: files the period (201) once it has ended, or previews it (200: the period it
    /// would file; refused as the filing would be — not ended, filed already).
    @Sendable func fileReport(_ request: Request, _ context: AppRequestContext, _ language: Language) async throws
        -> Response
    {
        let body = try await Self.decode(APIFileReportRequest.self, request, language)
        var query: [String: String] = [:]
        query["kind"] = body.kind
        query["spec"] = body.spec
        let (kind, spec) = try period(query, language)
        let preview = body.preview == true
        let services = services
        let acting = services.acting(context)
        let reportLanguage = Reports.Language(rawValue: language.rawValue) ?? .vi
        let result = try await services.pool.run { worker -> APIFilingResult in
            let inspectorate = try services.inspectorate(on: worker)
            if preview {
                let period = try inspectorate.previewFiling(kind: kind, spec: spec, acting: acting)
                return APIFilingResult(
                    kind: kind, period: period.label, from: period.from, through: period.through, hash: nil,
                    journalHead: nil)
            }
            let filed = try inspectorate.fileReport(kind: kind, spec: spec, language: reportLanguage, acting: acting)
            return APIFilingResult(
                kind: kind, period: filed.period.label, from: filed.period.from, through: filed.period.through,
                hash: filed.hash, journalHead: filed.journalHead)
        }
        return APIResponse.json(
            APICommandResult(preview: preview, penaltyCase: nil, result: result), status: preview ? .ok : .created)
    }
}
