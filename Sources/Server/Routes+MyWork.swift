import Casework
import Hummingbird
import HTTPTypes
import Inspectorate
import NIOCore

/// "My work": what the signed-in account's roles act on that is overdue or due within N days (`?days=N`, 7 by
/// default): decisions to make (the inspectors, team leads and the chief; leadership reads them) and fines to
/// collect (collections and the chief; leadership reads them). The store has no assignment of a case to a person
/// yet (team membership is another piece of issue 14), so the lists are by role, not by person.
extension Routes {
    /// The roles that see the decisions due, and the fines due.
    static let decisionWorkers: Set<AccountRole> = [.inspector, .teamLead, .chiefInspector, .leadership]
    static let paymentWorkers: Set<AccountRole> = [.collections, .chiefInspector, .leadership]

    /// `GET /work?days=N`.
    func myWork(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let days = min(365, max(0, FormData.query(of: request)["days"].flatMap { Int($0) } ?? 7))
        let store = services.store
        let today = services.clock.today()
        let roles = Set(context.account?.roles ?? [])
        return try await services.pool.run { _ in
            let language = context.language
            let registry = Registry(store: store)
            let horizon = today.adding(days: days + 1)  // due on or before today + days
            var data: [String: Any] = ["days": "\(days)", "today": "\(today)"]
            var names: [Subject.ID: String] = [:]
            func name(_ id: Subject.ID) throws -> String {
                if let known = names[id] { return known }
                let found = try store.subject(id: id)?.name ?? "#\(id)"
                names[id] = found
                return found
            }
            func row(_ item: PenaltyCase, due: CalendarDate) throws -> [String: Any] {
                let subjectName = try name(item.subjectID)
                return [
                    "id": "\(item.id.rawValue)", "subjectName": subjectName,
                    "subjectID": "\(item.subjectID.rawValue)", "recordNumber": item.record.number, "due": "\(due)",
                    "overdue": due < today, "outstanding": Pages.money(item.outstandingVND),
                    "late": due < today ? "\(due.days(to: today))" : "",
                ]
            }
            if !roles.isDisjoint(with: Self.decisionWorkers) {
                let open = try registry.penaltyCases(
                    PenaltyCaseFilter(state: .open, decisionOverdueAsOf: horizon, limit: 500))
                let rows = try open.sorted { $0.decisionDueOn < $1.decisionDueOn }.map { try row($0, due: $0.decisionDueOn) }
                data["decisions"] = ["rows": rows, "count": "\(rows.count)", "hasRows": !rows.isEmpty] as [String: Any]
            }
            if !roles.isDisjoint(with: Self.paymentWorkers) {
                let unpaid = try registry.penaltyCases(PenaltyCaseFilter(paymentOverdueAsOf: horizon, limit: 500))
                let rows = try unpaid.compactMap { item -> (CalendarDate, PenaltyCase)? in
                    item.decision?.paymentDueOn.map { ($0, item) }
                }.sorted { $0.0 < $1.0 }.map { try row($0.1, due: $0.0) }
                data["payments"] = ["rows": rows, "count": "\(rows.count)", "hasRows": !rows.isEmpty] as [String: Any]
            }
            if data["decisions"] == nil && data["payments"] == nil { data["nothing"] = true }
            return Pages.render("work", data, title: Words.text("myWork", language), context: context)
        }
    }
}
