import GRDB

/// How a handling recommendation asks collectives and persons to be handled (``Casework/Recommendation/Handling``):
/// kiểm điểm rút kinh nghiệm, xử lý kỷ luật, xử lý hành chính, which the reports count apart.
///
/// A table of its own rather than a column of `recommendation`: a row seal covers every column of its row, so a new
/// column would change the seal of every recommendation already recorded. A handling recommendation without a row
/// here (every one recorded before this migration) is counted as xử lý hành chính, the meaning it was reported with.
extension SQLiteStore {
    static func createRecommendationHandling(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE recommendationHandling (
                    recommendationId INTEGER PRIMARY KEY NOT NULL REFERENCES recommendation(id),
                    handling TEXT NOT NULL CHECK (handling IN ('review', 'discipline', 'administrative'))
                );
                """)
    }
}
