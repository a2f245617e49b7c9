/// The baseline of figure 3: the same period figures written by hand as plain SQL for the `sqlite3` shell (or, for
/// the PostgreSQL column, for `psql`), each the shortest query over the app's own tables and indexes (no drill-down,
/// no report rules, no rendering).
enum BaselineSQL {
    /// Whose SQL: the few expressions the two engines spell differently.
    enum Dialect {
        case sqlite, postgres

        /// 1 for a row where `condition` holds, summed.
        func count(_ condition: String) -> String {
            self == .sqlite ? "SUM(\(condition))" : "COUNT(*) FILTER (WHERE \(condition))"
        }

        /// The day before the date literal `day`.
        func dayBefore(_ day: String) -> String { self == .sqlite ? "date(\(day), '-1 day')" : "(\(day)::date - 1)" }

        /// The reporting month (`YYYY-MM`) of the date `column`: a day from the 15th on belongs to the next month.
        func reportingMonth(_ column: String) -> String {
            switch self {
            case .sqlite:
                "CASE WHEN substr(\(column), 9, 2) >= '15' THEN strftime('%Y-%m', \(column), 'start of month', '+1 month') "
                    + "ELSE substr(\(column), 1, 7) END"
            case .postgres:
                "CASE WHEN EXTRACT(DAY FROM \(column)) >= 15 THEN to_char(\(column) + INTERVAL '1 month', 'YYYY-MM') "
                    + "ELSE to_char(\(column), 'YYYY-MM') END"
            }
        }
    }

    /// The penalty and inspection figures of one period `[from, before)`.
    static func month(from: String, before: String, dialect: Dialect = .sqlite) -> String {
        let f = "'\(from)'"
        let b = "'\(before)'"
        return """
            SELECT COUNT(*) FROM penaltyCase WHERE recordMadeOn >= \(f) AND recordMadeOn < \(b) AND cancelledOn IS NULL;
            SELECT COUNT(*), \(dialect.count("c.violatorKind = 'organization'")), SUM(p.totalFineVND), SUM(p.totalRemedialVND)
                FROM penaltyDecision p JOIN penaltyCase c ON c.id = p.caseId
                WHERE p.decidedOn >= \(f) AND p.decidedOn < \(b) AND c.cancelledOn IS NULL;
            SELECT COUNT(*) FROM decisionLine l JOIN penaltyDecision p ON p.caseId = l.caseId
                WHERE p.decidedOn >= \(f) AND p.decidedOn < \(b) AND l.isWarning;
            SELECT SUM(y.amountVND), SUM(y.surchargeVND) FROM payment y JOIN penaltyCase c ON c.id = y.caseId
                WHERE y.paidOn >= \(f) AND y.paidOn < \(b) AND c.cancelledOn IS NULL;
            \(asOf(before: b, dialect: dialect))
            SELECT COUNT(*) FROM inspectionDecision d WHERE d.decidedOn >= \(f) AND d.decidedOn < \(b);
            SELECT COUNT(*) FROM inspection i WHERE i.concludedOn >= \(f) AND i.concludedOn < \(b);
            SELECT SUM(r.amountVND) FROM recommendation r JOIN inspection i ON i.id = r.inspectionId
                WHERE i.concludedOn >= \(f) AND i.concludedOn < \(b) AND r.kind = 'recovery';
            SELECT SUM(x.amountVND) FROM followUp x WHERE x.doneOn >= \(f) AND x.doneOn < \(b);
            """
    }

    /// The figures as of a period's end: fines still owed, decisions and payments overdue.
    static func asOf(before b: String, dialect: Dialect = .sqlite) -> String {
        """
        SELECT SUM(o) FROM (SELECT p.totalFineVND - COALESCE((SELECT SUM(y.amountVND) FROM payment y
                WHERE y.caseId = p.caseId AND y.paidOn < \(b)), 0) AS o
            FROM penaltyDecision p JOIN penaltyCase c ON c.id = p.caseId
            WHERE p.decidedOn < \(b) AND c.cancelledOn IS NULL)\(dialect == .sqlite ? "" : " AS owed") WHERE o > 0;
        SELECT COUNT(*) FROM penaltyCase c LEFT JOIN penaltyDecision p ON p.caseId = c.id
            WHERE c.decisionDueOn < \(dialect.dayBefore(b)) AND c.openedOn < \(b) AND c.cancelledOn IS NULL
                AND (p.caseId IS NULL OR p.decidedOn >= \(b));
        """
    }

    /// Every month of a year: the flow figures grouped by reporting month in one pass each (a day from the 15th
    /// on belongs to the next month), the as-of figures at each month's end.
    static func year(_ periods: [(label: String, from: String, before: String)], dialect: Dialect = .sqlite) -> String {
        guard let first = periods.first?.from, let last = periods.last?.before else { return "" }
        let month = dialect.reportingMonth
        var sql = """
            SELECT \(month("recordMadeOn")) AS m, COUNT(*) FROM penaltyCase
                WHERE recordMadeOn >= '\(first)' AND recordMadeOn < '\(last)' AND cancelledOn IS NULL GROUP BY m;
            SELECT \(month("p.decidedOn")) AS m, COUNT(*), \(dialect.count("c.violatorKind = 'organization'")), SUM(p.totalFineVND),
                    SUM(p.totalRemedialVND)
                FROM penaltyDecision p JOIN penaltyCase c ON c.id = p.caseId
                WHERE p.decidedOn >= '\(first)' AND p.decidedOn < '\(last)' AND c.cancelledOn IS NULL GROUP BY m;
            SELECT \(month("y.paidOn")) AS m, SUM(y.amountVND), SUM(y.surchargeVND)
                FROM payment y JOIN penaltyCase c ON c.id = y.caseId
                WHERE y.paidOn >= '\(first)' AND y.paidOn < '\(last)' AND c.cancelledOn IS NULL GROUP BY m;
            SELECT \(month("d.decidedOn")) AS m, COUNT(*) FROM inspectionDecision d
                WHERE d.decidedOn >= '\(first)' AND d.decidedOn < '\(last)' GROUP BY m;

            """
        for period in periods { sql += asOf(before: "'\(period.before)'", dialect: dialect) + "\n" }
        return sql
    }
}
