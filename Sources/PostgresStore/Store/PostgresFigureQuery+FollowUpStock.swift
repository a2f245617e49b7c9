import Casework

/// The nineteen follow-up stock figures of a whole store's period in one statement, read from the rollup
/// `followUpStockChange` and `conclusionImplemented` exactly as SQLite's `FigureQuery.followUpStock` reads them
/// (`Sources/Store/FigureQuery+FollowUpStock.swift` and `Migrations/FollowUpStockRollup.swift` say how the sums add
/// up): cumulative sums of the rollup before the period's start and end, less what the period's own conclusions and
/// follow-ups add while implemented before its start. Each figure equals the sum over its members
/// (``followUpStockFigures``, which a body's period still sums). It carries the ``scope(_:)`` and
/// ``categoryScope(_:)`` marks, so ``restricted(_:)`` makes it count some categories only.
extension PostgresFigureQuery {
    /// The names of the figures ``followUpStock`` gives.
    static var followUpStockNames: [String] { Array(followUpStockFigures.keys) }

    /// The statement: one row, a column per figure named by the figure.
    static let followUpStock: String = {
        func before(_ column: String, _ bound: String) -> String {
            "COALESCE(SUM(CASE WHEN s.changedOn < \(bound) THEN s.\(column) ELSE 0 END), 0)::bigint AS \(column)\(bound.dropFirst())"
        }
        func sum(_ value: String, as name: String) -> String { "COALESCE(SUM(\(value)), 0)::bigint AS \"\(name)\"" }
        var cumulative = [before("concluded", ":before"), before("implemented", ":from"), before("implemented", ":before")]
        var figures = [
            "a.concludedbefore - a.implementedfrom - n.n AS \"\(Figure.followUpConclusions)\"",
            "a.implementedbefore - a.implementedfrom - n.n AS \"\(Figure.followUpConclusionsDone)\"",
            "a.concludedbefore - a.implementedbefore AS \"\(Figure.followUpConclusionsPending)\"",
        ]
        for figure in PostgresSchema.stockRecommended {
            let suffix = figure.suffix
            cumulative += [before("concluded\(suffix)", ":before"), before("implemented\(suffix)", ":from")]
            figures.append(
                "a.concluded\(suffix)before - a.implemented\(suffix)from - q.\"\(figure.name)\" AS \"\(figure.name)\"")
        }
        for figure in PostgresSchema.stockDone {
            let suffix = figure.suffix
            cumulative += [before("done\(suffix)", ":before"), before("implementedDone\(suffix)", ":from")]
            figures.append(
                """
                a.done\(suffix)before - a.implementedDone\(suffix)from - y."\(figure.name)" - z."\(figure.name)" \
                AS "\(figure.name)"
                """)
        }
        let recommendedSums = PostgresSchema.stockRecommended.map {
            sum("CASE WHEN r.kind = '\($0.kind.rawValue)' THEN r.\($0.column) ELSE 0 END", as: $0.name)
        }
        let doneSums = PostgresSchema.stockDone.map { sum($0.value, as: $0.name) }
        return """
            WITH p AS MATERIALIZED (
                SELECT i.id AS id FROM inspection i JOIN conclusionImplemented c ON c.inspectionId = i.id
                JOIN inspectionDecision d ON d.inspectionId = i.id
                WHERE i.concludedOn >= :from AND i.concludedOn < :before AND c.implementedOn < :from\(scope("i.id"))
            )
            SELECT \(figures.joined(separator: ",\n    "))
            FROM (SELECT \(cumulative.joined(separator: ",\n        "))
                    FROM followUpStockChange s WHERE s.changedOn < :before\(categoryScope("s.category"))) a,
                (SELECT COUNT(*)::bigint AS n FROM p) n,
                (SELECT \(recommendedSums.joined(separator: ", "))
                    FROM p JOIN recommendation r ON r.inspectionId = p.id) q,
                (SELECT \(doneSums.joined(separator: ", "))
                    FROM p JOIN recommendation r ON r.inspectionId = p.id JOIN followUp x ON x.recommendationId = r.id
                    LEFT JOIN recommendationHandling h ON h.recommendationId = r.id
                    WHERE x.doneOn < :before) y,
                (SELECT \(doneSums.joined(separator: ", "))
                    FROM followUp x \(recommendationOf("x"))
                    JOIN inspection i ON i.id = r.inspectionId JOIN conclusionImplemented c ON c.inspectionId = i.id
                    JOIN inspectionDecision d ON d.inspectionId = i.id
                    LEFT JOIN recommendationHandling h ON h.recommendationId = r.id
                    WHERE x.doneOn >= :from AND x.doneOn < :before AND i.concludedOn < :from
                        AND c.implementedOn < :from\(scope("i.id"))) z
            """
    }()
}
