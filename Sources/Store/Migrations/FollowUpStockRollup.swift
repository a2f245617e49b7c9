import Casework
import GRDB

/// The rollup behind the follow-up stock (`followup.*`, ``FigureQuery/followUpStock``): `followUpStockChange`, per
/// day and category of inspection, what the conclusions add to four cumulative sums.
///
/// With, for a decided inspection concluded on `c` with at least one recommendation, `m` its implemented-on day
/// (``ConclusionImplemented``: `''` when nothing was asked, none while not implemented) and `d` the date of one of
/// its follow-ups, a conclusion is to implement in `[from, before)` when `c < before` and not `m < from`, implemented
/// by the end when also `m < before`. So, over the conclusions (and, for the follow-ups' figures, over their
/// follow-ups dated before the end):
///
/// - to implement = `[c < before]` − `[max(c, m) < from]` − `[from <= c < before, m < from]`;
/// - implemented = `[max(c, m) < before]` − `[max(c, m) < from]` − `[from <= c < before, m < from]`;
/// - a follow-up of one to implement, dated before the end = `[max(d, c) < before]` − `[max(d, c, m) < from]` −
///   `[from <= d < before, max(c, m) < from]` − `[d < before, from <= c < before, m < from]`.
///
/// The first terms are cumulative sums of this table's rows before a day, each stream (``Stream``) dated by its own
/// day: `concluded…` on `c` (the conclusion, valued at its recommendations), `implemented…` on `max(c, m)`, `done…`
/// on `max(d, c)` (each follow-up, valued at its figures), `implementedDone…` on `max(d, c, m)`. The last terms are
/// the period's own: its conclusions already implemented at its start and their follow-ups, and its follow-ups on
/// conclusions implemented before its start (through `inspectionOnConcludedOn` and `followUpOnDoneOn`). So the
/// statement reads this table's days before the period's end (a range of its primary key `(changedOn, category)`: a
/// few thousand rows) and the period's rows, not every conclusion before the period's end.
///
/// TRIGGERs keep the table in the statement that changes a row: an inspection's contribution depends on its
/// conclusion, category, decision, recommendations and their follow-ups together, so before an INSERT, UPDATE (of a
/// column it reads, when it changes) or DELETE on `inspection`, `inspectionDecision`, `recommendation` or
/// `followUp` the contribution of each inspection concerned is subtracted, and after it added again, both computed
/// from the rows as they are then (the implemented-on day too, from its recommendations and follow-ups: the triggers
/// do not depend on the order in which SQLite fires those of `conclusionImplemented`). A day whose changes cancel
/// out may keep a row of zeros. `WITHOUT ROWID`, like the other rollups.
///
/// The SQL of the table and its triggers is part of the migration `2026-12-12-createFollowUpStockRollup`: do not
/// change it; change the rollup in a new migration.
enum FollowUpStockRollup {
    /// The stock figures valued at the conclusions' recommendations: figure, column suffix, kind, column.
    static let recommended = FigureQuery.recommendedFigures.map { ($0.name, suffix($0.kind, $0.column), $0.kind, $0.column) }

    /// The stock figures valued at the follow-ups: figure, column suffix, and the value of a follow-up `x` of the
    /// recommendation `r` (zero unless `r` is of the figure's kind, and class for the handled by class).
    static let done: [(name: String, suffix: String, value: String)] =
        FigureQuery.doneFigures.map { ($0.name, suffix($0.kind, $0.column), "(r.kind = '\($0.kind.rawValue)') * x.\($0.column)") }
        + FigureQuery.handledByClass.map { figure in
            let handling = figure.handling.rawValue
            let kind = Recommendation.Kind.handling.rawValue
            return (
                figure.name, suffix(.handling, figure.column) + handling.prefix(1).uppercased() + handling.dropFirst(),
                "(r.kind = '\(kind)' AND \(handlingClass) = '\(handling)') * x.\(figure.column)"
            )
        }

    /// The class of the handling recommendation `r`, as SQL: its row of `recommendationHandling`, or xử lý hành chính
    /// when it has none (``FigureQuery/handlingClass``, without the join).
    static let handlingClass = """
        COALESCE((SELECT h.handling FROM recommendationHandling h WHERE h.recommendationId = r.id), \
        '\(Recommendation.Handling.administrative.rawValue)')
        """

    /// A column's suffix: the kind, then the value (`recoveryAmountVND`, `handlingPersons`).
    private static func suffix(_ kind: Recommendation.Kind, _ column: String) -> String {
        kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst() + column.prefix(1).uppercased() + column.dropFirst()
    }

    /// The four cumulative sums, each dated by its own day.
    enum Stream: String, CaseIterable {
        case concluded, implemented, done, implementedDone

        /// Its columns: a count and the recommended values, or the follow-ups' values.
        var columns: [String] {
            switch self {
            case .concluded, .implemented: [rawValue] + recommended.map { rawValue + $0.1 }
            case .done, .implementedDone: FollowUpStockRollup.done.map { rawValue + $0.suffix }
            }
        }
    }

    /// The table.
    static let rollup = DailyRollup(
        table: "followUpStockChange", day: "changedOn", columns: Stream.allCases.flatMap(\.columns),
        keys: [("category", "TEXT")], primaryKey: ["changedOn", "category"])

    /// `sign` × the contribution of the decided, concluded inspections with a recommendation that meet `condition`
    /// (on `i`), as rows of a UNION ALL; `implementedOn` is SQL of their implemented-on day (on `i`).
    static func contribution(where condition: String, implementedOn: String, sign: String) -> String {
        let k = """
            (SELECT i.id AS id, i.category AS category, i.concludedOn AS c, \(implementedOn) AS m
                FROM inspection i CROSS JOIN inspectionDecision d
                WHERE d.inspectionId = i.id AND i.concludedOn IS NOT NULL AND \(condition)
                    AND EXISTS (SELECT 1 FROM recommendation e WHERE e.inspectionId = i.id)) k
            """
        func conclusion(_ stream: Stream) -> [String: String] {
            var values = ["category": "k.category", stream.rawValue: "1"]
            for (_, suffix, kind, column) in recommended {
                values[stream.rawValue + suffix] = """
                    (SELECT COALESCE(SUM(r.\(column)), 0) FROM recommendation r
                        WHERE r.inspectionId = k.id AND r.kind = '\(kind.rawValue)')
                    """
            }
            return values
        }
        func followUps(_ stream: Stream) -> [String: String] {
            var values = ["category": "k.category"]
            for (_, suffix, value) in done { values[stream.rawValue + suffix] = value }
            return values
        }
        let eachFollowUp = """
            FROM \(k) CROSS JOIN recommendation r CROSS JOIN followUp x
            WHERE r.inspectionId = k.id AND x.recommendationId = r.id
            """
        return [
            rollup.select("k.c", conclusion(.concluded), sign: sign, "FROM \(k) WHERE 1"),
            rollup.select("max(k.c, k.m)", conclusion(.implemented), sign: sign, "FROM \(k) WHERE k.m IS NOT NULL"),
            rollup.select("max(x.doneOn, k.c)", followUps(.done), sign: sign, eachFollowUp),
            rollup.select(
                "max(x.doneOn, k.c, k.m)", followUps(.implementedDone), sign: sign, "\(eachFollowUp) AND k.m IS NOT NULL"),
        ].joined(separator: "\nUNION ALL\n")
    }

    /// Every conclusion's contribution, summed by category and day, with the implemented-on days of
    /// `conclusionImplemented` (filled before, by its own migration): the backfill.
    static var totals: String {
        rollup.totals(
            contribution(
                where: "1", implementedOn: "(SELECT implementedOn FROM conclusionImplemented WHERE inspectionId = i.id)",
                sign: ""))
    }

    /// The implemented-on day of inspection `i` computed from its recommendations and follow-ups as they are.
    static let implementedNow =
        "(SELECT implementedOn FROM (\(ConclusionImplemented.rows(where: "q.inspectionId = i.id"))))"

    /// The tables whose rows the figures read: each with the columns read and the inspection of a row (`NEW` or
    /// `OLD`), as SQL.
    static let sources: [(table: String, watched: [String], inspection: @Sendable (String) -> String)] = [
        ("inspection", ["id", "category", "concludedOn"], { "\($0).id" }),
        ("inspectionDecision", ["inspectionId"], { "\($0).inspectionId" }),
        ("recommendation", ["inspectionId", "kind"] + ConclusionImplemented.figures, { "\($0).inspectionId" }),
        (
            "followUp", ["recommendationId", "doneOn"] + ConclusionImplemented.figures,
            { "(SELECT inspectionId FROM recommendation WHERE id = \($0).recommendationId)" }
        ),
        ("recommendationHandling", ["recommendationId", "handling"], ConclusionImplemented.inspectionOfRecommendation),
        ("recommendationDocuments", ["recommendationId", "documents"], ConclusionImplemented.inspectionOfRecommendation),
        ("followUpDocuments", ["followUpId", "documents"], ConclusionImplemented.inspectionOfFollowUp),
    ]

    /// Where each trigger fires: its name (`followUpStockChange` + timing + this), what follows the timing
    /// (`INSERT ON inspection`, `UPDATE OF … ON … WHEN …`) and the inspections of the changed row, as SQL. The same
    /// sites serve the triggers of `2026-12-12-createFollowUpStockRollup` and of
    /// `2026-12-16-followUpStockTriggersThroughViews`.
    static var sites: [(name: String, clause: String, inspections: [String])] {
        sources.flatMap { source in
            let name = source.table.prefix(1).uppercased() + source.table.dropFirst()
            let changed = source.watched.map { "OLD.\($0) IS NOT NEW.\($0)" }.joined(separator: " OR ")
            let events: [(name: String, event: String, when: String?, rows: [String])] = [
                ("Insert", "INSERT", nil, ["NEW"]),
                ("Update", "UPDATE OF \(source.watched.joined(separator: ", "))", changed, ["OLD", "NEW"]),
                ("Delete", "DELETE", nil, ["OLD"]),
            ]
            return events.map { event in
                (
                    "\(event.name)On\(name)",
                    "\(event.event) ON \(source.table)\(event.when.map { " WHEN \($0)" } ?? "")",
                    event.rows.map(source.inspection)
                )
            }
        }
    }

    /// The two timings of each site, and the sign of the contribution each applies.
    static let timings = [("Before", "-"), ("After", "")]

    /// The forty-two triggers: before and after INSERT, UPDATE (of a column the figures read, when it changes) and
    /// DELETE on `inspection`, `inspectionDecision`, `recommendation`, `followUp` and the rows beside the last two
    /// (`recommendationHandling`, `recommendationDocuments`, `followUpDocuments`), each one UPSERT of the
    /// contribution of the inspections the row belongs to (before: subtracted, after: added).
    static var triggers: [String] {
        sites.flatMap { site in
            timings.map { timing, sign in
                let condition = "i.id IN (\(site.inspections.joined(separator: ", ")))"
                let select = contribution(where: condition, implementedOn: implementedNow, sign: sign)
                return """
                    CREATE TRIGGER followUpStockChange\(timing)\(site.name) \(timing.uppercased()) \(site.clause)
                    BEGIN
                    \(rollup.upsert("SELECT * FROM (\(select)) WHERE 1"));
                    END;
                    """
            }
        }
    }
}

extension SQLiteStore {
    /// Migration `2026-12-12-createFollowUpStockRollup`: the table and its triggers, filled from every conclusion
    /// (``FollowUpStockRollup``); after `2026-12-12-createConclusionImplemented`, whose days it reads.
    static func createFollowUpStockRollup(_ db: Database) throws {
        try FollowUpStockRollup.rollup.create(db, triggers: FollowUpStockRollup.triggers, totals: FollowUpStockRollup.totals)
    }
}
