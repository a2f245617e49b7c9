import Casework

/// Figures of one body's records only (``ReportPeriod/body``), as SQLite's `FigureQuery+Bodies.swift`: the mark a
/// penalty query carries on its case, and a query's marks turned into conditions on `caseBody` and `inspectionBody`
/// (migration `2026-12-14-createBodies`). A report of one body reads every figure as the sum over its members.
extension PostgresFigureQuery {
    /// Where a query on penalty cases, decisions or payments can be restricted to one body's cases: a comment naming
    /// the column that holds the case's ID, which ``ofBody(_:)`` replaces and PostgreSQL otherwise ignores.
    static func caseScope(_ caseID: String) -> String { " /*case \(caseID)*/" }

    /// `sql` counting only the records of the body `:body`: before every ``scope(_:)`` mark (which stays, for
    /// ``restricted(_:)``) the condition that the inspection is the body's, and in place of every ``caseScope(_:)``
    /// mark the condition that the case is.
    static func ofBody(_ sql: String) -> String {
        let inspections = replacingMarks(" /*scope ", in: sql) { column in
            " AND \(column) IN (SELECT ib.inspectionId FROM inspectionBody ib WHERE ib.body = :body) /*scope \(column)*/"
        }
        return replacingMarks(" /*case ", in: inspections) { column in
            " AND \(column) IN (SELECT cb.caseId FROM caseBody cb WHERE cb.body = :body)"
        }
    }

    /// What selects the value of `query` for one body: the sum over its members restricted by ``ofBody(_:)``.
    static func bodyTotal(_ query: PostgresFigureQuery) -> String { query.total(ofBody) }
}
