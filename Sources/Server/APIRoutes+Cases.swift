import Casework
import Foundation
import HTTPTypes
import Hummingbird
import Inspectorate

/// Reading cases and subjects through the API: the list with its filters and pages, one case in full, the subject
/// search.
extension APIRoutes {
    /// The largest page the lists give.
    static let maximumPageSize = 200

    /// `page` (from 1) and `pageSize` (1…200, the server's page size by default) of a list; 422 otherwise.
    func paging(_ query: [String: String], _ language: Language) throws -> (page: Int, size: Int) {
        var page = 1
        var size = services.configuration.pageSize
        if let text = query["page"] {
            guard let value = Int(text), value >= 1 else {
                throw APIProblem.invalidField("page", expected: language == .vi ? "số trang từ 1" : "a page number from 1", language)
            }
            page = value
        }
        if let text = query["pageSize"] {
            guard let value = Int(text), (1...Self.maximumPageSize).contains(value) else {
                throw APIProblem.invalidField(
                    "pageSize", expected: language == .vi ? "từ 1 đến 200" : "from 1 to 200", language)
            }
            size = value
        }
        return (page, size)
    }

    /// `GET /api/v1/cases?q=&state=&subject=&sector=&from=&before=&unpaid=true&decisionOverdue=true&paymentOverdue=true&page=&pageSize=`:
    /// newest first. `q` searches subjects by name (accent-insensitive), tax code or ID number, then lists their
    /// cases, as the case list page does.
    @Sendable func caseList(_ request: Request, _ context: AppRequestContext, _ language: Language) async throws -> Response {
        let query = FormData.query(of: request)
        let (page, size) = try paging(query, language)
        let text = query["q"]?.trimmedOfWhitespace ?? ""
        var stateFilter: PenaltyCase.State?
        if let value = query["state"], !value.isEmpty {
            guard let parsed = PenaltyCase.State(rawValue: value) else {
                throw APIProblem.invalidField("state", expected: "open, decided, settled, cancelled", language)
            }
            stateFilter = parsed
        }
        let state = stateFilter
        var subjectFilter: Subject.ID?
        if let value = query["subject"], !value.isEmpty {
            guard let number = Int64(value) else {
                throw APIProblem.invalidField("subject", expected: language == .vi ? "số đối tượng" : "a subject number", language)
            }
            subjectFilter = Subject.ID(rawValue: number)
        }
        let subjectID = subjectFilter
        let today = services.clock.today()
        func flag(_ name: String) -> Bool { ["1", "true"].contains(query[name] ?? "") }
        let base = PenaltyCaseFilter(
            state: state, subjectID: subjectID, sector: query["sector"].flatMap { $0.isEmpty ? nil : $0 },
            recordFrom: try Self.date(query["from"], field: "from", default: nil, language),
            recordBefore: try Self.date(query["before"], field: "before", default: nil, language),
            decisionOverdueAsOf: flag("decisionOverdue") ? today : nil,
            paymentOverdueAsOf: flag("paymentOverdue") ? today : nil, unpaidOnly: flag("unpaid"), limit: page * size)
        let store = services.store
        let result = try await services.pool.run { _ -> APIPage<APICaseSummary> in
            let registry = Registry(store: store)
            var filter = base
            var cases: [PenaltyCase] = []
            var hasMore = false
            var subjects: [Subject.ID: Subject] = [:]
            if text.isEmpty {
                let found = try registry.penaltyCasePage(filter)
                cases = found.items
                hasMore = found.hasMore
            } else {
                for subject in try registry.subjectPage(kind: nil, search: text, limit: 200).items
                where subjectID == nil || subject.id == subjectID {
                    subjects[subject.id] = subject
                    filter.subjectID = subject.id
                    cases += try registry.penaltyCases(filter)
                }
                cases.sort { $0.id.rawValue > $1.id.rawValue }
                hasMore = cases.count > page * size
                cases = Array(cases.prefix(page * size))
            }
            let shown = Array(cases.dropFirst((page - 1) * size))
            for item in shown where subjects[item.subjectID] == nil {
                subjects[item.subjectID] = try store.subject(id: item.subjectID)
            }
            return APIPage(
                items: shown.map { APICaseSummary($0, subject: subjects[$0.subjectID]) }, page: page, pageSize: size,
                hasMore: hasMore)
        }
        return APIResponse.json(result)
    }

    /// `GET /api/v1/cases/{id}?timeline=false`: the case, its violator, violations, decision, payments, the late
    /// surcharge to date (the worker's rule engine, for a decided case only) and, unless `timeline=false`, its
    /// timeline from the journal.
    @Sendable func caseDetail(_ request: Request, _ context: AppRequestContext, _ language: Language) async throws -> Response {
        let id = PenaltyCase.ID(rawValue: try Self.id(context, language))
        let withTimeline = FormData.query(of: request)["timeline"] != "false"
        let store = services.store
        let today = services.clock.today()
        let detail = try await services.pool.run { worker -> APICaseDetail in
            let registry = Registry(store: store)
            let item = try registry.penaltyCase(id)
            let details = try registry.details(of: item, asOf: today, makePolicy: { try worker.policy() })
            let timeline = withTimeline ? try registry.timeline(of: id) : nil
            return APICaseDetail(item, details: details, asOf: today, timeline: timeline)
        }
        return APIResponse.json(detail)
    }

    /// `GET /api/v1/subjects?q=&kind=organization|person|household|family|community&page=&pageSize=`: subjects whose name matches without
    /// regard to accents or case, or whose tax code or ID number does.
    @Sendable func subjectSearch(_ request: Request, _ context: AppRequestContext, _ language: Language) async throws
        -> Response
    {
        let query = FormData.query(of: request)
        let (page, size) = try paging(query, language)
        let text = query["q"]?.trimmedOfWhitespace ?? ""
        var kindFilter: Subject.Kind?
        if let value = query["kind"], !value.isEmpty {
            guard let parsed = Subject.Kind(rawValue: value) else {
                throw APIProblem.invalidField(
                    "kind", expected: Subject.Kind.allCases.map(\.rawValue).joined(separator: ", "), language)
            }
            kindFilter = parsed
        }
        let kind = kindFilter
        let store = services.store
        let result = try await services.pool.run { _ -> APIPage<APISubject> in
            let found = try Registry(store: store).subjectPage(
                kind: kind, search: text.isEmpty ? nil : text, limit: page * size)
            return APIPage(
                items: found.items.dropFirst((page - 1) * size).map(APISubject.init), page: page, pageSize: size,
                hasMore: found.hasMore)
        }
        return APIResponse.json(result)
    }
}
