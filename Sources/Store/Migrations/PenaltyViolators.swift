/// The SQL of the two rollups behind the penalty figures split by violator kind (see
/// ``SQLiteStore/createPenaltyViolatorRollups(_:)``).
///
/// A decision on a case not cancelled *contributes*, on its `decidedOn`: its fine to `penaltyDailyFineByKind`'s
/// column of the case's `violatorKind` (`finesOrganizationsVND` or `finesIndividualsVND`), and 1 decision to the row
/// of `penaltyViolatorDay` keyed by that day, the case's `violatorKind` and its `subjectId`. A cancelled case, or a
/// decision without its case, contributes nothing.
enum PenaltyViolators {
    /// `penaltyDailyFineByKind`: per day, the fines of the decisions on organizations' and on individuals' cases.
    static let fines = DailyRollup(
        table: "penaltyDailyFineByKind", day: "countedOn", columns: ["finesOrganizationsVND", "finesIndividualsVND"])

    /// `penaltyViolatorDay`: per day, violator kind and subject, the number of decisions. The primary key
    /// `(violatorKind, decidedOn, subjectId)` is the index the distinct count of a period reads, and nothing else.
    static let violators = DailyRollup(
        table: "penaltyViolatorDay", day: "decidedOn", columns: ["decisions"],
        keys: [("violatorKind", "TEXT"), ("subjectId", "INTEGER")],
        primaryKey: ["violatorKind", "decidedOn", "subjectId"])

    /// What decision `p` on case `c` (each `NEW`, `OLD` or an alias) contributes to `rollup`, by column.
    private static func values(of rollup: DailyRollup, _ p: String, case c: String) -> [String: String] {
        rollup.table == fines.table
            ? [
                "finesOrganizationsVND": "(\(c).violatorKind = 'organization') * \(p).totalFineVND",
                "finesIndividualsVND": "(\(c).violatorKind = 'person') * \(p).totalFineVND",
            ]
            : ["violatorKind": "\(c).violatorKind", "subjectId": "\(c).subjectId", "decisions": "1"]
    }

    /// `sign` × what case `c` (`NEW` or `OLD` of `penaltyCase`) contributes to `rollup` through its decision.
    private static func caseContribution(_ rollup: DailyRollup, _ c: String, sign: String) -> String {
        rollup.select(
            "p.decidedOn", values(of: rollup, "p", case: c), sign: sign,
            "FROM penaltyDecision p WHERE p.caseId = \(c).id AND \(c).cancelledOn IS NULL")
    }

    /// `sign` × what decision `p` (`NEW` or `OLD`) contributes to `rollup`, with its case as it is now.
    private static func decisionContribution(_ rollup: DailyRollup, _ p: String, sign: String) -> String {
        rollup.select(
            "\(p).decidedOn", values(of: rollup, p, case: "c"), sign: sign,
            "FROM penaltyCase c WHERE c.id = \(p).caseId AND c.cancelledOn IS NULL")
    }

    /// Every decision's contribution to `rollup`, summed (only rows where one sum is not zero): the backfill, and
    /// what the table must always equal.
    static func totals(_ rollup: DailyRollup) -> String {
        rollup.totals(
            rollup.select(
                "p.decidedOn", values(of: rollup, "p", case: "c"), sign: "",
                "FROM penaltyDecision p JOIN penaltyCase c ON c.id = p.caseId WHERE c.cancelledOn IS NULL"))
    }

    /// The six triggers of `rollup`: after INSERT, UPDATE (of a column it reads, when it changes) and DELETE on
    /// `penaltyCase` and `penaltyDecision`, each one UPSERT.
    static func triggers(_ rollup: DailyRollup) -> [String] {
        let caseColumns = rollup.table == fines.table ? ["id", "violatorKind", "cancelledOn"]
            : ["id", "subjectId", "violatorKind", "cancelledOn"]
        let decisionColumns = rollup.table == fines.table ? ["caseId", "decidedOn", "totalFineVND"]
            : ["caseId", "decidedOn"]
        return rollup.triggers(on: "penaltyCase", watching: caseColumns) { caseContribution(rollup, $0, sign: $1) }
            + rollup.triggers(on: "penaltyDecision", watching: decisionColumns) {
                decisionContribution(rollup, $0, sign: $1)
            }
    }
}
