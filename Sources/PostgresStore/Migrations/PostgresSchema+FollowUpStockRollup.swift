import Casework

/// `followUpStockChange`, per day and category of inspection, what the conclusions add to four cumulative sums:
/// SQLite's `FollowUpStockRollup` (`Sources/Store/Migrations/FollowUpStockRollup.swift` says how the follow-up stock
/// figures are read from it), with the same columns, kept by ``PostgresRollup``'s statement triggers on the seven
/// tables it reads (``followUpStockParts``). With `c` an inspection's conclusion day and `m` its implemented-on day
/// (computed from its rows, ``recommendationsDone(_:)``, not read from `conclusionImplemented`): `concluded…` on
/// `c`, `implemented…` on the later of `c` and `m`, `done…` on the later of each follow-up's day and `c`,
/// `implementedDone…` on the latest of the three.
extension PostgresSchema {
    /// The stock figures valued at the conclusions' recommendations: figure, column suffix, kind, column (SQLite's
    /// `FollowUpStockRollup.recommended`).
    static let stockRecommended: [(name: String, suffix: String, kind: Recommendation.Kind, column: String)] = {
        let figures: [(String, Recommendation.Kind, String)] = [
            (Figure.followUpRecoveryDueVND, .recovery, "amountVND"),
            (Figure.followUpLandDue, .recovery, "landAreaDM2"),
            (Figure.followUpCollectivesDue, .handling, "collectives"),
            (Figure.followUpPersonsDue, .handling, "persons"),
        ]
        return figures.map { ($0.0, stockSuffix($0.1, $0.2), $0.1, $0.2) }
    }()

    /// The stock figures valued at the follow-ups: figure, column suffix, and the value of a follow-up `x` of the
    /// recommendation `r` whose class is in `h` (SQLite's `FollowUpStockRollup.done`).
    static let stockDone: [(name: String, suffix: String, value: String)] = {
        let done: [(String, Recommendation.Kind, String)] = [
            (Figure.followUpRecoveredVND, .recovery, "amountVND"),
            (Figure.followUpLandRecovered, .recovery, "landAreaDM2"),
            (Figure.followUpCollectivesHandled, .handling, "collectives"),
            (Figure.followUpPersonsHandled, .handling, "persons"),
            (Figure.followUpProsecutedCases, .transfer, "cases"),
            (Figure.followUpProsecutedPersons, .transfer, "persons"),
        ]
        let byClass: [(String, Recommendation.Handling, String)] = [
            (Figure.followUpReviewCollectivesHandled, .review, "collectives"),
            (Figure.followUpReviewPersonsHandled, .review, "persons"),
            (Figure.followUpDisciplineCollectivesHandled, .discipline, "collectives"),
            (Figure.followUpDisciplinePersonsHandled, .discipline, "persons"),
            (Figure.followUpAdministrativeCollectivesHandled, .administrative, "collectives"),
            (Figure.followUpAdministrativePersonsHandled, .administrative, "persons"),
        ]
        return done.map { ($0.0, stockSuffix($0.1, $0.2), "CASE WHEN r.kind = '\($0.1.rawValue)' THEN x.\($0.2) ELSE 0 END") }
            + byClass.map { name, handling, column in
                let suffix = stockSuffix(.handling, column) + handling.rawValue.prefix(1).uppercased()
                    + handling.rawValue.dropFirst()
                return (
                    name, suffix,
                    """
                    CASE WHEN r.kind = '\(Recommendation.Kind.handling.rawValue)' AND \(stockHandlingClass) = \
                    '\(handling.rawValue)' THEN x.\(column) ELSE 0 END
                    """
                )
            }
    }()

    /// The class of the handling recommendation `r` from its row `h` of `recommendationHandling`: its own, or xử lý
    /// hành chính when it has none.
    static let stockHandlingClass = "COALESCE(h.handling, '\(Recommendation.Handling.administrative.rawValue)')"

    /// A column's suffix: the kind, then the value (`RecoveryAmountVND`, `HandlingPersons`).
    private static func stockSuffix(_ kind: Recommendation.Kind, _ column: String) -> String {
        kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst() + column.prefix(1).uppercased() + column.dropFirst()
    }

    /// The columns of the four streams, in SQLite's order.
    static let stockStreams: [(stream: String, columns: [String])] = [
        ("concluded", ["concluded"] + stockRecommended.map { "concluded" + $0.suffix }),
        ("implemented", ["implemented"] + stockRecommended.map { "implemented" + $0.suffix }),
        ("done", stockDone.map { "done" + $0.suffix }),
        ("implementedDone", stockDone.map { "implementedDone" + $0.suffix }),
    ]

    /// The rollup: migration `2026-12-12-createFollowUpStockRollup` (after `2026-12-12-createConclusionImplemented`,
    /// as on SQLite, though it does not read it).
    static let followUpStockChange = PostgresRollup(
        table: "followUpStockChange", day: "changedOn", columns: stockStreams.flatMap(\.columns), keys: ["category"],
        parts: followUpStockParts,
        changes: { rows in
            let all = stockStreams.flatMap(\.columns)
            func select(_ day: String, _ values: [String: String], _ from: String) -> String {
                let list = all.map { "\(values[$0] ?? "0") AS \($0)" }.joined(separator: ", ")
                return "SELECT \(day) AS changedOn, e.category AS category, \(list) \(from)"
            }
            func conclusion(_ stream: String) -> [String: String] {
                var values = [stream: "1"]
                for figure in stockRecommended { values[stream + figure.suffix] = "e.\(figure.suffix)" }
                return values
            }
            func followUps(_ stream: String) -> [String: String] {
                Dictionary(uniqueKeysWithValues: stockDone.map { (stream + $0.suffix, "e.\($0.suffix)") })
            }
            let recommended = stockRecommended.map {
                "SUM(CASE WHEN q.kind = '\($0.kind.rawValue)' THEN q.\($0.column) ELSE 0 END) AS \($0.suffix)"
            }
            let done = stockDone.map { "\($0.value) AS \($0.suffix)" }
            return """
                WITH k AS (
                    SELECT i.id AS id, i.category AS category, i.concludedOn AS c,
                        CASE WHEN COUNT(*) = COUNT(q.done) THEN MAX(q.done) END AS m,
                        \(recommended.joined(separator: ", "))
                    FROM \(rows["inspection"]) i JOIN \(rows["inspectionDecision"]) d ON d.inspectionId = i.id
                    JOIN (\(recommendationsDone(rows))) q ON q.inspectionId = i.id
                    WHERE i.concludedOn IS NOT NULL
                    GROUP BY i.id, i.category, i.concludedOn
                ), f AS (
                    SELECT k.category AS category, k.c AS c, k.m AS m, x.doneOn AS doneOn, \(done.joined(separator: ", "))
                    FROM k JOIN \(rows["recommendation"]) r ON r.inspectionId = k.id
                    JOIN \(rows["followUp"]) x ON x.recommendationId = r.id
                    LEFT JOIN \(rows["recommendationHandling"]) h ON h.recommendationId = r.id
                )
                \(select("e.c", conclusion("concluded"), "FROM k e"))
                UNION ALL
                \(select("GREATEST(e.c, e.m)", conclusion("implemented"), "FROM k e WHERE e.m IS NOT NULL"))
                UNION ALL
                \(select("GREATEST(e.doneOn, e.c)", followUps("done"), "FROM f e"))
                UNION ALL
                \(select("GREATEST(e.doneOn, e.c, e.m)", followUps("implementedDone"), "FROM f e WHERE e.m IS NOT NULL"))
                """
        })
}
