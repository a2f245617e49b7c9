import Casework

/// The SQL behind every period figure on PostgreSQL: SQLite's definitions (`Sources/Store/SQLiteStore+ReportQueries
/// .swift`, where each figure's meaning is documented) in PostgreSQL's dialect. Each figure is the list of its
/// members (`id, value, label`) and its value is `SUM(value)` over that list, or, for the figures SQLite reads from a
/// daily rollup, the same sum read from PostgreSQL's rollup of the same name (``PostgresSchema/rollups``), which its
/// triggers keep equal to it.
///
/// Queries take the named arguments `:from` (first day of the period), `:before` (first day after it) and `:through`
/// (its last day); the per-category and per-level lists take `:code`, and a query restricted to some categories
/// `:categories` (a text array). ``PostgresFigureQuery/statement(_:_:)`` turns them into bound parameters.
///
/// The dialect: dates are `DATE` (`x + 1` is the next day); labels are compared and ordered in byte order
/// (`COLLATE "C"`, as SQLite's BINARY), so members come in the same order on both stores; every value is cast to
/// `bigint` (PostgreSQL sums `bigint` as `numeric`).
///
/// A new figure: add its entry to ``all`` with the members SQL of SQLite's entry rewritten in this dialect (and its
/// rollup SQL when SQLite reads it from a rollup); `PostgresFigureQueryTests` fails for a figure of ``Figure/all``
/// that has no entry here, and the conformance suite compares it with its members and with SQLite's value.
struct PostgresFigureQuery: Sendable {
    /// What the members are.
    var kind: FigureMembers.Kind
    /// Selects the members as columns `id`, `value`, `label`.
    var sql: String
    /// Selects the figure's value from a rollup, equal to `SUM(value)` over ``sql``; `nil` to sum the members.
    var valueSQL: String? = nil
    /// For members that are one per distinct key, each valued 1 (the distinct subjects), their number read without
    /// listing them: `SELECT COUNT(DISTINCT key)` over the same rows as ``sql``, with the same scope and body marks,
    /// without the joins that only label a member (SQLite's `FigureQuery.countSQL`).
    var countSQL: String? = nil

    /// What selects the figure's value: ``valueSQL``, else ``total(_:)`` of the members as they are.
    var totalSQL: String { valueSQL ?? total { $0 } }

    /// The sum over the members, each query first passed through `restrict` (``ofBody(_:)``, ``restricted(_:)``):
    /// ``countSQL`` when there is one, else `SUM(value)` over ``sql``.
    func total(_ restrict: (String) -> String) -> String {
        countSQL.map(restrict) ?? "SELECT COALESCE(SUM(m.value), 0)::bigint FROM (\(restrict(sql))) m"
    }

    /// Selects the members of ``sql`` in the order every store lists them: by ID, then label in byte order.
    var membersSQL: String {
        #"SELECT m.id::bigint AS id, m.value::bigint AS value, m.label AS label FROM (\#(sql)) m ORDER BY m.id, m.label COLLATE "C""#
    }
}

extension PostgresFigureQuery {
    // MARK: Building blocks

    /// `sql` with every comment that starts with `mark` (` /*scope `, ` /*case `) replaced by `condition` of the
    /// column it names; a mark without its closing `*/` is left as it is.
    static func replacingMarks(_ mark: String, in sql: String, _ condition: (Substring) -> String) -> String {
        let pieces = sql.split(separator: mark, omittingEmptySubsequences: false)
        var out = String(pieces[0])
        for piece in pieces.dropFirst() {
            guard let end = piece.firstRange(of: "*/") else {
                out += mark + piece
                continue
            }
            out += condition(piece[..<end.lowerBound])
            out += piece[end.upperBound...]
        }
        return out
    }

    /// An inspection as a member.
    static let inspectionColumns = "i.id AS id, 1 AS value, i.content AS label"

    /// Selects `columns` of the decided inspections `i` (decision `d`) meeting `condition`. With `decisionFirst`, for a
    /// condition that bounds the decisions' date (the period's decisions: a few hundred), each decision's inspection
    /// is looked up by its key (`LATERAL`, kept by `OFFSET 0`; its columns `id`, `mode`, `category`, `level` and
    /// `field`), as SQLite's `decisionFirst` reads `inspectionDecision` first: PostgreSQL on its own hashed the
    /// decisions after reading every inspection (2026-12-07).
    static func selectInspections(_ columns: String, where condition: String, decisionFirst: Bool = false) -> String {
        guard decisionFirst else {
            return """
                SELECT \(columns) FROM inspection i JOIN inspectionDecision d ON d.inspectionId = i.id
                WHERE \(condition)\(scope("i.id"))
                """
        }
        return """
            SELECT \(columns) FROM inspectionDecision d CROSS JOIN LATERAL (
                SELECT i.id, i.mode, i.category, i.level, i.field FROM inspection i WHERE i.id = d.inspectionId OFFSET 0) i
            WHERE \(condition)\(scope("i.id"))
            """
    }

    /// Decided in the period.
    static let openedCondition = "d.decidedOn >= :from AND d.decidedOn < :before"
    /// Concluded in the period.
    static let concludedCondition = "i.concludedOn >= :from AND i.concludedOn < :before"

    /// The period's total inspections meeting `condition` (carried over, in progress at its start, then opened), as
    /// members.
    static func total(where condition: String = "TRUE") -> PostgresFigureQuery {
        PostgresFigureQuery(
            kind: .inspection,
            sql: """
                \(selectInProgress(inspectionColumns, on: ":from", where: condition))
                UNION ALL
                \(selectInspections(inspectionColumns, where: "\(openedCondition) AND \(condition)"))
                """)
    }

    /// Decided inspections meeting `condition`, as members.
    private static func inspections(where condition: String) -> PostgresFigureQuery {
        PostgresFigureQuery(kind: .inspection, sql: selectInspections(inspectionColumns, where: condition))
    }

    /// Joins the decided inspection `i` (with its decision `d`) that `column` refers to.
    static func joiningInspection(on column: String) -> String {
        "JOIN inspection i ON i.id = \(column) JOIN inspectionDecision d ON d.inspectionId = i.id"
    }

    /// Findings of inspections concluded in the period, on a subject of `subjectKind` when given, whose `column` is
    /// not zero, valued at `column`.
    private static func findings(_ column: String, subjectKind: String? = nil) -> PostgresFigureQuery {
        let join = subjectKind == nil ? "" : " JOIN subject b ON b.id = f.subjectId"
        let condition = subjectKind.map { " AND b.kind \($0)" } ?? ""
        return PostgresFigureQuery(
            kind: .finding,
            sql: """
                SELECT f.id AS id, f.\(column) AS value, f.description AS label
                FROM finding f \(joiningInspection(on: "f.inspectionId"))\(join)
                WHERE \(concludedCondition) AND f.\(column) > 0\(condition)\(scope("i.id"))
                """)
    }

    /// One member per subject (of `subjectKind`, or every kind) that an inspection concluded in the period
    /// inspected: its first such inspection, labelled with the subject's name.
    private static func subjectsInspected(kind subjectKind: String? = nil) -> PostgresFigureQuery {
        let condition = subjectKind.map { " AND b.kind \($0)" } ?? ""
        return PostgresFigureQuery(
            kind: .inspection,
            sql: """
                SELECT MIN(i.id) AS id, 1 AS value, MIN(b.name COLLATE "C") AS label
                FROM inspection i JOIN inspectionDecision d ON d.inspectionId = i.id
                JOIN inspectionSubject s ON s.inspectionId = i.id JOIN subject b ON b.id = s.subjectId
                WHERE \(concludedCondition)\(condition)\(scope("i.id")) GROUP BY s.subjectId
                """)
    }

    /// One member per subject (of `subjectKind`, or every kind) with a finding in the inspections concluded in the
    /// period: its first finding.
    private static func subjectsInViolation(kind subjectKind: String? = nil) -> PostgresFigureQuery {
        let condition = subjectKind.map { " AND b.kind \($0)" } ?? ""
        return PostgresFigureQuery(
            kind: .finding,
            sql: """
                SELECT MIN(f.id) AS id, 1 AS value, MIN(b.name COLLATE "C") AS label
                FROM finding f \(joiningInspection(on: "f.inspectionId")) JOIN subject b ON b.id = f.subjectId
                WHERE \(concludedCondition)\(condition)\(scope("i.id")) GROUP BY f.subjectId
                """)
    }

    /// Recommendations of `kind` made by inspections concluded in the period, valued at their `column`.
    private static func recommendations(_ kind: Recommendation.Kind, _ column: String) -> PostgresFigureQuery {
        PostgresFigureQuery(
            kind: .recommendation,
            sql: """
                SELECT r.id AS id, r.\(column) AS value, r.description AS label
                FROM recommendation r \(joiningInspection(on: "r.inspectionId"))
                WHERE \(concludedCondition) AND r.kind = '\(kind.rawValue)' AND r.\(column) > 0\(scope("i.id"))
                """)
    }

    /// Follow-ups dated in the period on recommendations of `kind`, valued at their `column`.
    static func followUps(_ kind: Recommendation.Kind, _ column: String) -> PostgresFigureQuery {
        PostgresFigureQuery(
            kind: .followUp,
            sql: """
                SELECT x.id AS id, x.\(column) AS value, x.doneOn::text || ' ' || r.description AS label
                FROM followUp x \(recommendationOf("x", kind: "r.kind = '\(kind.rawValue)'"))
                JOIN inspectionDecision d ON d.inspectionId = r.inspectionId
                WHERE x.doneOn >= :from AND x.doneOn < :before AND x.\(column) > 0\(scope("r.inspectionId"))
                """)
    }

    /// Joins the recommendation `r` (its `id`, `inspectionId`, `kind` and `description`) of each follow-up `followUp`
    /// meeting `condition`, looked up by its key one follow-up at a time (`LATERAL`, and `OFFSET 0` so that PostgreSQL
    /// keeps it so): the follow-ups of a period are a few hundred, where the join PostgreSQL chose on its own hashed
    /// every recommendation of the store for each figure (12–28 ms a figure at 100 000 cases, 2026-12-07).
    static func recommendationOf(_ followUp: String, kind condition: String = "TRUE") -> String {
        """
        CROSS JOIN LATERAL (SELECT r.id, r.inspectionId, r.kind, r.description FROM recommendation r
            WHERE r.id = \(followUp).recommendationId AND \(condition) OFFSET 0) r
        """
    }

    /// Decisions dated in the period on cases not cancelled; `value` is SQL on `p` and `c`.
    private static func decisions(value: String, where condition: String = "TRUE") -> PostgresFigureQuery {
        PostgresFigureQuery(
            kind: .penaltyCase,
            sql: """
                SELECT c.id AS id, \(value) AS value, c.recordNumber AS label
                FROM penaltyDecision p JOIN penaltyCase c ON c.id = p.caseId
                WHERE p.decidedOn >= :from AND p.decidedOn < :before AND c.cancelledOn IS NULL\(caseScope("c.id")) AND \(condition)
                """)
    }

    /// Payments dated in the period on cases not cancelled, valued at their `column` (the case's ID, the receipt in
    /// the label).
    private static func payments(_ column: String) -> PostgresFigureQuery {
        PostgresFigureQuery(
            kind: .payment,
            sql: """
                SELECT y.caseId AS id, y.\(column) AS value, c.recordNumber || ' ' || y.receipt AS label
                FROM payment y JOIN penaltyCase c ON c.id = y.caseId
                WHERE y.paidOn >= :from AND y.paidOn < :before AND c.cancelledOn IS NULL\(caseScope("c.id")) AND y.\(column) > 0
                """)
    }

    /// What a decision's case still owes at the period's end, as SQL on `p`.
    private static let owedAtEnd = """
        p.totalFineVND - COALESCE((SELECT SUM(y.amountVND) FROM payment y
            WHERE y.caseId = p.caseId AND y.paidOn < :before), 0)
        """

    /// `query` with its value read by `valueSQL`.
    private static func rolledUp(_ query: PostgresFigureQuery, _ valueSQL: String) -> PostgresFigureQuery {
        var query = query
        query.valueSQL = valueSQL
        return query
    }

    /// `query` with its value summed over the period's days of `penaltyDailyFlow`'s `column`.
    private static func flow(_ query: PostgresFigureQuery, _ column: String) -> PostgresFigureQuery {
        rolledUp(
            query,
            "SELECT COALESCE(SUM(\(column)), 0)::bigint FROM penaltyDailyFlow WHERE countedOn >= :from AND countedOn < :before"
        )
    }

    /// `query` with its value summed over the period's days of `penaltyDailyFineByKind`'s `column` (migration
    /// `2026-12-11-createPenaltyViolatorRollups`, ``PostgresSchema/penaltyDailyFineByKind``).
    private static func finesByKind(_ query: PostgresFigureQuery, _ column: String) -> PostgresFigureQuery {
        rolledUp(
            query,
            """
            SELECT COALESCE(SUM(\(column)), 0)::bigint FROM penaltyDailyFineByKind
            WHERE countedOn >= :from AND countedOn < :before
            """)
    }

    /// The value of an "as of the period's end" figure: the sum of `column`'s daily changes in `table` up to the
    /// period's last day.
    private static func asOfEnd(_ table: String, _ column: String) -> String {
        "SELECT COALESCE(SUM(\(column)), 0)::bigint FROM \(table) WHERE changedOn < :before"
    }

    /// `<mode><suffix>` summed over `modes`, as SQL.
    private static func modes(_ suffix: String, _ modes: [String] = PostgresSchema.inspectionModes) -> String {
        "(" + modes.map { "\($0)\(suffix)" }.joined(separator: " + ") + ")"
    }

    /// The number of inspections in progress on the day before `bound` (`:from` or `:before`), from
    /// `inspectionDailyChange`: those that entered before `bound` less those that left before it. With `:from` it is
    /// `inspections.carried_over`, with `:before` `inspections.ongoing` (SQLite's `FigureQuery.inProgress`).
    static func inProgress(before bound: String) -> String {
        """
        SELECT COALESCE(SUM(\(modes("Decided")) - \(modes("Left"))), 0)::bigint
        FROM inspectionDailyChange WHERE changedOn < \(bound)
        """
    }

    /// The value of a period total over `modes`: the inspections that entered before `:before` less those that left
    /// before `:from`.
    private static func totalChange(_ modes: [String] = PostgresSchema.inspectionModes) -> String {
        """
        SELECT (COALESCE(SUM(\(Self.modes("Decided", modes))), 0)
            - COALESCE(SUM(CASE WHEN changedOn < :from THEN \(Self.modes("Left", modes)) ELSE 0 END), 0))::bigint
        FROM inspectionDailyChange WHERE changedOn < :before
        """
    }

    // MARK: The figures

    /// The query of each fixed figure in ``Figure/all``, one entry per figure: the ones below and those of
    /// `PostgresFigureQuery+Stock.swift` (handling classes, follow-up stock, inspections in progress, violators) and
    /// `PostgresFigureQuery+Policy.swift` (policy recommendations), `PostgresFigureQuery+Sanctions.swift` (what the
    /// decisions impose besides fines).
    static let all: [String: PostgresFigureQuery] = base.merging(
        handlingFigures.merging(followUpStockFigures) { first, _ in first }
            .merging(progressFigures) { first, _ in first }.merging(violatorFigures) { first, _ in first }
            .merging(policyFigures) { first, _ in first }.merging(sanctionFigures) { first, _ in first }
    ) { first, _ in first }

    /// The figures defined in this file.
    static let base: [String: PostgresFigureQuery] = [
        Figure.carriedOver: rolledUp(
            PostgresFigureQuery(kind: .inspection, sql: selectInProgress(inspectionColumns, on: ":from")),
            inProgress(before: ":from")),
        Figure.opened: rolledUp(
            inspections(where: openedCondition),
            """
            SELECT COALESCE(SUM(\(modes("Decided"))), 0)::bigint
            FROM inspectionDailyChange WHERE changedOn >= :from AND changedOn < :before
            """),
        Figure.total: rolledUp(total(), totalChange()),
        Figure.scheduled: rolledUp(total(where: "i.mode = 'scheduled'"), totalChange(["scheduled"])),
        Figure.unscheduled: rolledUp(total(where: "i.mode = 'unscheduled'"), totalChange(["unscheduled"])),
        Figure.regular: rolledUp(total(where: "i.mode = 'regular'"), totalChange(["regular"])),
        Figure.onsiteEnded: inspections(where: "i.onsiteEndedOn >= :from AND i.onsiteEndedOn < :before"),
        Figure.concluded: inspections(where: concludedCondition),
        Figure.subjectsInspected: subjectsInspected(),
        Figure.organizationsInspected: subjectsInspected(kind: FormKind.organizations),
        Figure.personsInspected: subjectsInspected(kind: FormKind.individuals),
        Figure.subjectsInViolation: subjectsInViolation(),
        Figure.organizationsInViolation: subjectsInViolation(kind: FormKind.organizations),
        Figure.personsInViolation: subjectsInViolation(kind: FormKind.individuals),
        Figure.violationsVND: findings("amountVND"),
        Figure.violationsOrganizationsVND: findings("amountVND", subjectKind: FormKind.organizations),
        Figure.violationsPersonsVND: findings("amountVND", subjectKind: FormKind.individuals),
        Figure.violationsLand: findings("landAreaDM2"),
        Figure.recoveryRecommendedVND: recommendations(.recovery, "amountVND"),
        Figure.recoveryRecommendedLand: recommendations(.recovery, "landAreaDM2"),
        Figure.otherFinancialVND: recommendations(.otherFinancial, "amountVND"),
        Figure.collectivesRecommended: recommendations(.handling, "collectives"),
        Figure.personsRecommended: recommendations(.handling, "persons"),
        Figure.transferCases: recommendations(.transfer, "cases"),
        Figure.transferPersons: recommendations(.transfer, "persons"),
        Figure.recoveredVND: followUps(.recovery, "amountVND"),
        Figure.recoveredLand: followUps(.recovery, "landAreaDM2"),
        Figure.collectivesHandled: followUps(.handling, "collectives"),
        Figure.personsHandled: followUps(.handling, "persons"),
        Figure.transferCasesAccepted: followUps(.transfer, "cases"),
        Figure.penaltyCasesOpened: flow(
            PostgresFigureQuery(
                kind: .penaltyCase,
                sql: """
                    SELECT c.id AS id, 1 AS value, c.recordNumber AS label FROM penaltyCase c
                    WHERE c.recordMadeOn >= :from AND c.recordMadeOn < :before AND c.cancelledOn IS NULL\(caseScope("c.id"))
                    """),
            "casesOpened"),
        Figure.decisions: flow(decisions(value: "1"), "decisions"),
        Figure.decisionsOrganizations: flow(
            decisions(value: "1", where: "c.violatorKind \(FormKind.organizations)"), "decisionsOrganizations"),
        Figure.decisionsIndividuals: flow(
            decisions(value: "1", where: "c.violatorKind \(FormKind.individuals)"), "decisionsIndividuals"),
        Figure.warnings: flow(
            decisions(
                value: "(SELECT COUNT(*) FROM decisionLine l WHERE l.caseId = p.caseId AND l.isWarning)",
                where: "EXISTS (SELECT 1 FROM decisionLine l WHERE l.caseId = p.caseId AND l.isWarning)"),
            "warnings"),
        Figure.finesImposedVND: flow(
            decisions(value: "p.totalFineVND", where: "p.totalFineVND > 0"), "finesImposedVND"),
        Figure.finesOrganizationsVND: finesByKind(
            decisions(value: "p.totalFineVND", where: "p.totalFineVND > 0 AND c.violatorKind \(FormKind.organizations)"),
            "finesOrganizationsVND"),
        Figure.finesIndividualsVND: finesByKind(
            decisions(value: "p.totalFineVND", where: "p.totalFineVND > 0 AND c.violatorKind \(FormKind.individuals)"),
            "finesIndividualsVND"),
        Figure.remedialVND: flow(
            decisions(value: "p.totalRemedialVND", where: "p.totalRemedialVND > 0"), "remedialVND"),
        Figure.finesCollectedVND: flow(payments("amountVND"), "finesCollectedVND"),
        Figure.surchargesCollectedVND: flow(payments("surchargeVND"), "surchargesCollectedVND"),
        Figure.outstandingVND: rolledUp(
            PostgresFigureQuery(
                kind: .penaltyCase,
                sql: """
                    SELECT o.id AS id, o.value AS value, o.label AS label FROM (
                        SELECT c.id AS id, \(owedAtEnd) AS value, c.recordNumber AS label
                        FROM penaltyDecision p JOIN penaltyCase c ON c.id = p.caseId
                        WHERE p.decidedOn < :before AND c.cancelledOn IS NULL\(caseScope("c.id"))) o
                    WHERE o.value > 0
                    """),
            asOfEnd("penaltyDailyChange", "outstandingVND")),
        Figure.decisionsOverdue: rolledUp(
            PostgresFigureQuery(
                kind: .penaltyCase,
                sql: """
                    SELECT c.id AS id, 1 AS value, c.recordNumber AS label
                    FROM penaltyCase c LEFT JOIN penaltyDecision p ON p.caseId = c.id
                    WHERE c.decisionDueOn < :through AND c.openedOn < :before AND c.cancelledOn IS NULL\(caseScope("c.id"))
                        AND (p.caseId IS NULL OR p.decidedOn >= :before)
                    """),
            asOfEnd("penaltyDailyChange", "overdueDecisions")),
        Figure.paymentsOverdue: rolledUp(
            PostgresFigureQuery(
                kind: .penaltyCase,
                sql: """
                    SELECT o.id AS id, 1 AS value, o.label AS label FROM (
                        SELECT c.id AS id, c.recordNumber AS label, \(owedAtEnd) AS owed
                        FROM penaltyDecision p JOIN penaltyCase c ON c.id = p.caseId
                        WHERE p.paymentDueOn < :through AND p.decidedOn < :before AND c.cancelledOn IS NULL\(caseScope("c.id"))) o
                    WHERE o.owed > 0
                    """),
            asOfEnd("penaltyDailyChange", "overduePayments")),
        Figure.onsiteOverdue: rolledUp(
            inspections(
                where: """
                    i.onsiteDueOn < :through AND i.announcedOn < :before \
                    AND (i.onsiteEndedOn IS NULL OR i.onsiteEndedOn >= :before)
                    """),
            asOfEnd("inspectionDailyChange", "overdueOnsite")),
        Figure.conclusionsOverdue: rolledUp(
            inspections(
                where: """
                    i.conclusionDueOn < :through AND (i.concludedOn IS NULL OR i.concludedOn >= :before) \
                    AND d.decidedOn < :before
                    """),
            asOfEnd("inspectionDailyChange", "overdueConclusions")),
    ]
}
