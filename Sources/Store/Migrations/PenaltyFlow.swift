/// The SQL of the penalty flow rollup (see ``SQLiteStore/createPenaltyDailyFlow(_:)``).
///
/// A row's *contribution* is what it adds to the figures of the day it is dated: a case not cancelled adds 1 case
/// opened on `recordMadeOn`; its decision adds, on `decidedOn`, 1 decision (and 1 to the organizations' or the
/// individuals' by the case's `violatorKind`), its number of warning lines, its fine and its remedial amount; each of
/// its payments adds, on `paidOn`, its amount and surcharge. A cancelled case, or a row without its case, adds
/// nothing.
enum PenaltyFlow {
    /// The figure columns of `penaltyDailyFlow`, in order, after the day.
    static let columns = [
        "casesOpened", "decisions", "decisionsOrganizations", "decisionsIndividuals", "warnings", "finesImposedVND",
        "remedialVND", "finesCollectedVND", "surchargesCollectedVND",
    ]

    /// Selects one row of contribution (the day, then ``columns``) from `values`, which are SQL by column name;
    /// missing columns are 0. `from` is the rest of the SELECT (`FROM … WHERE …`).
    private static func select(_ day: String, _ values: [String: String], sign: String = "", _ from: String) -> String {
        let list = columns.map { column in "\(values[column].map { "\(sign)(\($0))" } ?? "0") AS \(column)" }
        return "SELECT \(day) AS countedOn, \(list.joined(separator: ", ")) \(from)"
    }

    /// The number of warning lines of the decision of case `id`.
    private static func warningLines(_ id: String) -> String {
        "SELECT COUNT(*) FROM decisionLine l WHERE l.caseId = \(id) AND l.isWarning"
    }

    /// The case columns read from `c`'s row (`NEW`, `OLD` or an alias).
    private static func caseValues() -> [String: String] { ["casesOpened": "1"] }

    /// A decision `p`'s values, with its case `c`.
    private static func decisionValues(_ p: String, case c: String) -> [String: String] {
        [
            "decisions": "1", "decisionsOrganizations": "\(c).violatorKind = 'organization'",
            "decisionsIndividuals": "\(c).violatorKind = 'person'", "warnings": warningLines("\(p).caseId"),
            "finesImposedVND": "\(p).totalFineVND", "remedialVND": "\(p).totalRemedialVND",
        ]
    }

    /// A payment `y`'s values.
    private static func paymentValues(_ y: String) -> [String: String] {
        ["finesCollectedVND": "\(y).amountVND", "surchargesCollectedVND": "\(y).surchargeVND"]
    }

    /// `sign` × everything case `c` (`NEW` or `OLD` of `penaltyCase`) contributes with the rows it has now: itself,
    /// its decision and its payments.
    private static func caseContributions(_ c: String, sign: String) -> String {
        """
        \(select("\(c).recordMadeOn", caseValues(), sign: sign, "WHERE \(c).cancelledOn IS NULL"))
        UNION ALL
        \(select("p.decidedOn", decisionValues("p", case: c), sign: sign,
            "FROM penaltyDecision p WHERE p.caseId = \(c).id AND \(c).cancelledOn IS NULL"))
        UNION ALL
        \(select("y.paidOn", paymentValues("y"), sign: sign,
            "FROM payment y WHERE y.caseId = \(c).id AND \(c).cancelledOn IS NULL"))
        """
    }

    /// The live case of `id`, as `c`.
    private static func liveCase(_ id: String) -> String {
        "FROM penaltyCase c WHERE c.id = \(id) AND c.cancelledOn IS NULL"
    }

    /// `sign` × what decision `p` (`NEW` or `OLD`) contributes, with its case and lines as they are now.
    private static func decisionContribution(_ p: String, sign: String) -> String {
        select("\(p).decidedOn", decisionValues(p, case: "c"), sign: sign, liveCase("\(p).caseId"))
    }

    /// `sign` × what warning line `l` (`NEW` or `OLD`) contributes: 1 on its decision's day, if it is a warning.
    private static func lineContribution(_ l: String, sign: String) -> String {
        select(
            "p.decidedOn", ["warnings": "1"], sign: sign,
            """
            FROM penaltyDecision p JOIN penaltyCase c ON c.id = p.caseId
            WHERE p.caseId = \(l).caseId AND c.cancelledOn IS NULL AND \(l).isWarning
            """)
    }

    /// `sign` × what payment `y` (`NEW` or `OLD`) contributes.
    private static func paymentContribution(_ y: String, sign: String) -> String {
        select("\(y).paidOn", paymentValues(y), sign: sign, liveCase("\(y).caseId"))
    }

    /// Adds the rows of `select` (columns: the day, then ``columns``) to `penaltyDailyFlow`, in one statement.
    /// (`select` ends with a `WHERE`: SQLite needs one before `ON CONFLICT` to tell it from a join's `ON`.)
    static func upsert(_ select: String) -> String {
        """
        INSERT INTO penaltyDailyFlow (countedOn, \(columns.joined(separator: ", ")))
        \(select)
        ON CONFLICT (countedOn) DO UPDATE SET
            \(columns.map { "\($0) = \($0) + excluded.\($0)" }.joined(separator: ",\n    "))
        """
    }

    /// Every row's contribution, summed by day (only days where one is not zero): the backfill.
    static var totals: String {
        let sums = columns.map { "SUM(\($0)) AS \($0)" }.joined(separator: ", ")
        let nonZero = columns.map { "SUM(\($0)) <> 0" }.joined(separator: " OR ")
        return """
            SELECT countedOn, \(sums) FROM (
                \(select("c.recordMadeOn", caseValues(), "FROM penaltyCase c WHERE c.cancelledOn IS NULL"))
                UNION ALL
                \(select("p.decidedOn", decisionValues("p", case: "c"),
                    "FROM penaltyDecision p JOIN penaltyCase c ON c.id = p.caseId WHERE c.cancelledOn IS NULL"))
                UNION ALL
                \(select("y.paidOn", paymentValues("y"),
                    "FROM payment y JOIN penaltyCase c ON c.id = y.caseId WHERE c.cancelledOn IS NULL"))
            )
            GROUP BY countedOn
            HAVING \(nonZero)
            """
    }

    /// One trigger: after `event` on `table`, when `condition` holds, add the rows of `select`.
    private static func trigger(
        _ name: String, after event: String, on table: String, when condition: String? = nil, _ select: String
    ) -> String {
        """
        CREATE TRIGGER penaltyDailyFlowAfter\(name) AFTER \(event) ON \(table)\(condition.map { " WHEN \($0)" } ?? "")
        BEGIN
        \(upsert(select));
        END;
        """
    }

    /// `OLD.x IS NOT NEW.x OR …` over `columns`.
    private static func changed(_ columns: [String]) -> String {
        columns.map { "OLD.\($0) IS NOT NEW.\($0)" }.joined(separator: " OR ")
    }

    /// The twelve triggers: after INSERT, UPDATE (of a column the figures read, when it changes) and DELETE on
    /// `penaltyCase`, `penaltyDecision`, `decisionLine` and `payment`. Each is one UPSERT; an UPDATE subtracts the old
    /// row's contribution and adds the new one's in that one statement.
    static var triggers: [String] {
        let caseColumns = ["id", "recordMadeOn", "violatorKind", "cancelledOn"]
        let decisionColumns = ["caseId", "decidedOn", "totalFineVND", "totalRemedialVND"]
        let lineColumns = ["caseId", "isWarning"]
        let paymentColumns = ["caseId", "paidOn", "amountVND", "surchargeVND"]
        func update(_ columns: [String]) -> String { "UPDATE OF \(columns.joined(separator: ", "))" }
        return [
            trigger("InsertOnPenaltyCase", after: "INSERT", on: "penaltyCase", caseContributions("NEW", sign: "")),
            trigger(
                "UpdateOnPenaltyCase", after: update(caseColumns), on: "penaltyCase", when: changed(caseColumns),
                "\(caseContributions("OLD", sign: "-"))\nUNION ALL\n\(caseContributions("NEW", sign: ""))"),
            trigger("DeleteOnPenaltyCase", after: "DELETE", on: "penaltyCase", caseContributions("OLD", sign: "-")),
            trigger(
                "InsertOnPenaltyDecision", after: "INSERT", on: "penaltyDecision",
                decisionContribution("NEW", sign: "")),
            trigger(
                "UpdateOnPenaltyDecision", after: update(decisionColumns), on: "penaltyDecision",
                when: changed(decisionColumns),
                "\(decisionContribution("OLD", sign: "-"))\nUNION ALL\n\(decisionContribution("NEW", sign: ""))"),
            trigger(
                "DeleteOnPenaltyDecision", after: "DELETE", on: "penaltyDecision",
                decisionContribution("OLD", sign: "-")),
            trigger(
                "InsertOnDecisionLine", after: "INSERT", on: "decisionLine", when: "NEW.isWarning",
                lineContribution("NEW", sign: "")),
            trigger(
                "UpdateOnDecisionLine", after: update(lineColumns), on: "decisionLine",
                when: "(\(changed(lineColumns))) AND (OLD.isWarning OR NEW.isWarning)",
                "\(lineContribution("OLD", sign: "-"))\nUNION ALL\n\(lineContribution("NEW", sign: ""))"),
            trigger(
                "DeleteOnDecisionLine", after: "DELETE", on: "decisionLine", when: "OLD.isWarning",
                lineContribution("OLD", sign: "-")),
            trigger("InsertOnPayment", after: "INSERT", on: "payment", paymentContribution("NEW", sign: "")),
            trigger(
                "UpdateOnPayment", after: update(paymentColumns), on: "payment", when: changed(paymentColumns),
                "\(paymentContribution("OLD", sign: "-"))\nUNION ALL\n\(paymentContribution("NEW", sign: ""))"),
            trigger("DeleteOnPayment", after: "DELETE", on: "payment", paymentContribution("OLD", sign: "-")),
        ]
    }
}
