import Casework
import Foundation
import GRDB

/// Policy recommendations (kiến nghị hoàn thiện cơ chế, chính sách, pháp luật; ``Casework/Recommendation/Kind/policy``)
/// as a fifth kind of recommendation, counted in documents (văn bản) recommended and done.
///
/// `recommendation.kind`'s column CHECK listed the four kinds, and the table's CHECK gave every kind but handling and
/// transfer money or land, so `recommendation` is rebuilt (``rebuildTable(_:in:transform:)``) with `policy` in both:
/// its rows, ids (and so their seals), `AUTOINCREMENT` counter, indexes and triggers are kept as they were, and a
/// policy row has no money, land, collectives, persons or cases. The documents are counted in tables of their own
/// rather than in a new column of `recommendation` or `followUp`: a row seal covers every column of its row, so a new
/// column would change the seal of every row already recorded (as ``createRecommendationHandling(_:)``).
/// `recommendationDocuments` holds a policy recommendation's documents to issue, amend or repeal,
/// `followUpDocuments` a follow-up's documents done; a row of either has at least one. PostgreSQL's migration of the
/// same name drops and re-adds the two CHECKs and creates the same two tables.
extension SQLiteStore {
    /// The two CHECKs of `recommendation`, each as made by `2026-11-25-createInspection` and as it becomes.
    static let policyKindChecks: [(old: String, new: String)] = [
        ("CHECK (kind IN ('recovery', 'otherFinancial', 'handling', 'transfer'))",
         "CHECK (kind IN ('recovery', 'otherFinancial', 'handling', 'transfer', 'policy'))"),
        ("WHEN 'transfer' THEN amountVND = 0 AND landAreaDM2 = 0 AND collectives = 0 AND cases > 0",
         "WHEN 'transfer' THEN amountVND = 0 AND landAreaDM2 = 0 AND collectives = 0 AND cases > 0 "
            + "WHEN 'policy' THEN amountVND = 0 AND landAreaDM2 = 0 AND collectives = 0 AND persons = 0 AND cases = 0"),
    ]

    static func allowPolicyRecommendation(_ db: Database) throws {
        try rebuildTable("recommendation", in: db, replacing: policyKindChecks, what: "the kind checks")
        try db.execute(
            sql: """
                CREATE TABLE IF NOT EXISTS recommendationDocuments (
                    recommendationId INTEGER PRIMARY KEY NOT NULL REFERENCES recommendation(id),
                    documents INTEGER NOT NULL CHECK (documents > 0)
                );
                CREATE TABLE IF NOT EXISTS followUpDocuments (
                    followUpId INTEGER PRIMARY KEY NOT NULL REFERENCES followUp(id),
                    documents INTEGER NOT NULL CHECK (documents > 0)
                );
                """)
    }
}
