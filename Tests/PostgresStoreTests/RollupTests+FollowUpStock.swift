import PostgresNIO
@testable import PostgresStore
import Testing

/// The follow-up stock's tables in the random histories: statements on the recommendations, their follow-ups, their
/// documents and classes, and the conclusions, several rows at once, in any order (``statement(_:_:kinds:)`` draws
/// them); and the migration's backfill of a database that had conclusions.
extension RollupTests {
    /// One random statement on the tables the follow-up stock reads.
    static func stockStatement(_ random: inout Random, _ n: Int) -> String {
        // Mostly decided inspections: only theirs count in the stock.
        let inspections = random.chance(80)
            ? "(SELECT inspectionId FROM inspectionDecision ORDER BY random() LIMIT \(1 + random.below(3)))"
            : "(SELECT id FROM inspection ORDER BY random() LIMIT \(1 + random.below(3)))"
        let recommendations = "(SELECT id FROM recommendation ORDER BY random() LIMIT \(1 + random.below(3)))"
        switch random.below(10) {
        case 0, 1:
            // Recommendations of one kind on a few inspections, concluded or not.
            let (kind, figures): (String, String) =
                switch random.below(5) {
                case 0: ("recovery", "\(random.below(3)) * 1000, 5, 0, 0, 0")
                case 1: ("otherFinancial", "1000, \(random.below(2)) * 5, 0, 0, 0")
                case 2: ("handling", "0, 0, \(random.below(2)), \(1 + random.below(3)), 0")
                case 3: ("transfer", "0, 0, 0, \(random.below(3)), \(1 + random.below(2))")
                default: ("policy", "0, 0, 0, 0, 0")
                }
            return """
                INSERT INTO recommendation (inspectionId, kind, description, amountVND, landAreaDM2, collectives,
                    persons, cases)
                SELECT i.id, '\(kind)', 'Kiến nghị \(n)', \(figures) FROM inspection i WHERE i.id IN \(inspections)
                """
        case 2, 3:
            // One or two follow-ups on each of a few recommendations, doing half, all or none of each figure.
            return """
                INSERT INTO followUp (recommendationId, doneOn, amountVND, landAreaDM2, collectives, persons, cases,
                    receipt, note)
                SELECT r.id, \(random.day()) + k * 7, (r.amountVND + 1) / 2 * v, (r.landAreaDM2 + 1) / 2 * v,
                    (r.collectives + 1) / 2 * v, (r.persons + 1) / 2 * v, (r.cases + 1) / 2 * v,
                    CASE WHEN r.amountVND > 0 AND v > 0 THEN 'PT-\(n)-' || r.id || '-' || k END, ''
                FROM recommendation r CROSS JOIN (VALUES (0, \(random.below(3))), (1, \(random.below(3)))) f(k, v)
                WHERE r.id IN \(recommendations) AND k <= \(random.below(2))
                """
        case 4:
            // Documents asked by policy recommendations, and done by their follow-ups; classes of handling.
            switch random.below(3) {
            case 0:
                return """
                    INSERT INTO recommendationDocuments (recommendationId, documents)
                    SELECT r.id, \(1 + random.below(3)) FROM recommendation r WHERE r.kind = 'policy'
                        AND NOT EXISTS (SELECT 1 FROM recommendationDocuments w WHERE w.recommendationId = r.id)
                    """
            case 1:
                return """
                    INSERT INTO followUpDocuments (followUpId, documents)
                    SELECT x.id, \(1 + random.below(2)) FROM followUp x JOIN recommendation r ON r.id = x.recommendationId
                    WHERE r.kind = 'policy' AND NOT EXISTS (SELECT 1 FROM followUpDocuments g WHERE g.followUpId = x.id)
                    """
            default:
                let handling = ["review", "discipline", "administrative"][random.below(3)]
                return """
                    INSERT INTO recommendationHandling (recommendationId, handling)
                    SELECT r.id, '\(handling)' FROM recommendation r WHERE r.kind = 'handling' AND r.id IN \(recommendations)
                    ON CONFLICT (recommendationId) DO UPDATE SET handling = excluded.handling
                    """
            }
        case 5, 6:
            // Inspections concluded at once, from any step before; or their conclusion day moved.
            let shift = random.below(20) - 5
            return random.chance(70)
                ? """
                UPDATE inspection SET state = 'concluded', announcedOn = COALESCE(announcedOn, openedOn),
                    onsiteEndedOn = COALESCE(onsiteEndedOn, announcedOn, openedOn),
                    concludedOn = GREATEST(COALESCE(draftedOn, openedOn), COALESCE(announcedOn, openedOn)) + \(random.below(40)),
                    conclusionNumber = 'KL-\(n)-' || id
                WHERE id IN \(inspections) AND concludedOn IS NULL AND state IN ('decided', 'onsite', 'onsiteEnded')
                """
                : """
                UPDATE inspection SET concludedOn = concludedOn + \(shift)
                WHERE id IN \(inspections) AND concludedOn IS NOT NULL AND concludedOn + \(shift) >= announcedOn
                    AND (draftedOn IS NULL OR concludedOn + \(shift) >= draftedOn)
                """
        case 7:
            // Follow-ups moved, their figures changed; a category changed.
            return random.chance(70)
                ? """
                UPDATE followUp SET doneOn = \(random.day()), collectives = collectives + \(random.below(2))
                WHERE id IN (SELECT id FROM followUp ORDER BY random() LIMIT 3)
                """
                : "UPDATE inspection SET category = '\(["thanh_tra", "kiem_tra"][random.below(2)])' WHERE id IN \(inspections)"
        case 8:
            // Documents and classes changed or taken back.
            switch random.below(3) {
            case 0: return "UPDATE recommendationDocuments SET documents = documents + 1 WHERE recommendationId IN \(recommendations)"
            case 1: return "DELETE FROM followUpDocuments WHERE followUpId IN (SELECT id FROM followUp ORDER BY random() LIMIT 2)"
            default: return "DELETE FROM recommendationHandling WHERE recommendationId IN \(recommendations)"
            }
        default:
            // Follow-ups taken back (those without documents), or a recommendation without follow-ups.
            return random.chance(70)
                ? """
                DELETE FROM followUp x WHERE x.id IN (SELECT id FROM followUp ORDER BY random() LIMIT 2)
                    AND NOT EXISTS (SELECT 1 FROM followUpDocuments g WHERE g.followUpId = x.id)
                """
                : """
                DELETE FROM recommendation r WHERE r.id IN \(recommendations)
                    AND NOT EXISTS (SELECT 1 FROM followUp x WHERE x.recommendationId = r.id)
                    AND NOT EXISTS (SELECT 1 FROM recommendationDocuments w WHERE w.recommendationId = r.id)
                    AND NOT EXISTS (SELECT 1 FROM recommendationHandling h WHERE h.recommendationId = r.id)
                """
        }
    }

    @Test func theStockMigrationsBackfillADatabaseThatHadConclusions() async throws {
        try await TestServer.withEmptyDatabase { connection in
            // Given a database migrated up to the follow-up stock's tables, with a history written meanwhile
            let all = PostgresSchema.migrations
            let first = try #require(all.firstIndex { $0.identifier == "2026-12-12-createConclusionImplemented" })
            try await PostgresMigrator(migrations: Array(all.prefix(first))).migrate(connection, logger: TestServer.logger)
            try await RollupTests.insertTwoSubjects(connection)
            var random = Random(state: 7)
            for n in 0..<200 {
                try await connection.query(PostgresQuery(unsafeSQL: Self.statement(&random, n)), logger: TestServer.logger)
            }
            // When the rest of the migrations run
            try await PostgresMigrator().migrate(connection, logger: TestServer.logger)
            // Then both tables hold the history's conclusions
            #expect(try await Self.mismatches(connection) == [])
            let stock = try await connection.strings("SELECT count(*)::text FROM followUpStockChange")
            let implemented = try await connection.strings("SELECT count(*)::text FROM conclusionImplemented")
            #expect(Int(stock.first ?? "0") ?? 0 > 0, "followUpStockChange has \(stock)")
            #expect(Int(implemented.first ?? "0") ?? 0 > 0, "conclusionImplemented has \(implemented) rows")
        }
    }
}
