import Casework
import Hummingbird
import HTTPTypes
import Inspectorate
import NIOCore

/// The plan page (as `plan show`): the year's approved plan entries, each with the scheduled inspection it led to and
/// that inspection's state, and the totals planned, opened and concluded.
extension Routes {
    func registerPlan(on router: Router<AppRequestContext>) {
        router.get("/plan", use: protected(.plan, planPage))
    }

    /// `GET /plan?year=YYYY` (this year by default).
    func planPage(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let today = services.clock.today()
        let asked = FormData.query(of: request)["year"].flatMap { Int($0.trimmedOfWhitespace) }
        let year = asked.flatMap { (1990...2200).contains($0) ? $0 : nil } ?? today.year
        let store = services.store
        return try await services.pool.run { _ in
            let language = context.language
            let progress = try Registry(store: store).planProgress(year: year)
            let totals = PlanProgress.totals(progress)
            let data: [String: Any] = [
                "year": "\(year)", "previousYear": "\(year - 1)", "nextYear": "\(year + 1)",
                "rows": progress.map { item -> [String: Any] in
                    let entry = item.entry
                    var row: [String: Any] = [
                        "key": entry.key, "period": entry.period, "content": entry.content, "field": entry.field,
                        "category": entry.category, "level": entry.level, "leadUnit": entry.leadUnit,
                        "subjects": "\(entry.subjects.count)", "onsiteDays": "\(entry.onsiteDays)",
                        "state": item.state.map { Words.state($0.rawValue, language) } ?? Words.text("notOpened", language),
                        "concluded": item.isConcluded,
                    ]
                    if let id = item.inspectionID { row["inspection"] = "\(id.rawValue)" }
                    return row
                },
                "hasRows": !progress.isEmpty, "planned": "\(totals.planned)", "opened": "\(totals.opened)",
                "concluded": "\(totals.concluded)",
            ]
            return Pages.render("plan", data, title: "\(Words.text("plan", language)) \(year)", context: context)
        }
    }
}
