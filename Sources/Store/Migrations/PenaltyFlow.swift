/// The SQL of the penalty flow rollup (see ``SQLiteStore/createPenaltyDailyFlow(_:)``).
///
/// A row's *contribution* is what it adds to the figures of the day it is dated: a case not cancelled adds 1 case
/// opened on `recordMadeOn`; its decision adds, on `decidedOn`, 1 decision (and 1 to the organizations' or the
/// individuals' by the case's `violatorKind`: ``FormKind``, household businesses with individuals), its number of warning lines, its fine and its remedial amount; each of
/// its payments adds, on `paidOn`, its amount and surcharge. A cancelled case, or a row without its case, adds
/// nothing.
enum PenaltyFlow {
    /// The figure columns of `penaltyDailyFlow`, in order, after the day.
    static let columns = [
        "casesOpened", "decisions", "decisionsOrganizations", "decisionsIndividuals", "warnings", "finesImposedVND",
        "remedialVND", "finesCollectedVND", "surchargesCollectedVND",
    ]

    /// The table and the SQL it shares with the inspection rollup.
    static let rollup = DailyRollup(table: "penaltyDailyFlow", day: "countedOn", columns: columns)

    /// One row of contribution (see ``DailyRollup/select(_:_:sign:_:)``).
    private static func select(_ day: String, _ values: [String: String], sign: String = "", _ from: String) -> String {
        rollup.select(day, values, sign: sign, from)
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
            "decisions": "1", "decisionsOrganizations": "\(c).violatorKind \(FormKind.organizations)",
            "decisionsIndividuals": "\(c).violatorKind \(FormKind.individuals)", "warnings": warningLines("\(p).caseId"),
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

    /// Adds the rows of `select` (the day, then ``columns``) to `penaltyDailyFlow`, in one statement.
    static func upsert(_ select: String) -> String { rollup.upsert(select) }

    /// Every row's contribution, summed by day (only days where one is not zero): the backfill.
    static var totals: String {
        rollup.totals(
            """
            \(select("c.recordMadeOn", caseValues(), "FROM penaltyCase c WHERE c.cancelledOn IS NULL"))
            UNION ALL
            \(select("p.decidedOn", decisionValues("p", case: "c"),
                "FROM penaltyDecision p JOIN penaltyCase c ON c.id = p.caseId WHERE c.cancelledOn IS NULL"))
            UNION ALL
            \(select("y.paidOn", paymentValues("y"),
                "FROM payment y JOIN penaltyCase c ON c.id = y.caseId WHERE c.cancelledOn IS NULL"))
            """)
    }

    /// The twelve triggers: after INSERT, UPDATE (of a column the figures read, when it changes) and DELETE on
    /// `penaltyCase`, `penaltyDecision`, `decisionLine` and `payment`. Each is one UPSERT; an UPDATE subtracts the old
    /// row's contribution and adds the new one's in that one statement.
    static func triggers(_ rollup: DailyRollup) -> [String] {
        rollup.triggers(on: "penaltyCase", watching: ["id", "recordMadeOn", "violatorKind", "cancelledOn"]) {
            caseContributions($0, sign: $1)
        }
            + rollup.triggers(on: "penaltyDecision", watching: ["caseId", "decidedOn", "totalFineVND", "totalRemedialVND"]) {
                decisionContribution($0, sign: $1)
            }
            + rollup.triggers(on: "decisionLine", watching: ["caseId", "isWarning"], only: { "\($0).isWarning" }) {
                lineContribution($0, sign: $1)
            }
            + rollup.triggers(on: "payment", watching: ["caseId", "paidOn", "amountVND", "surchargeVND"]) {
                paymentContribution($0, sign: $1)
            }
    }
}
