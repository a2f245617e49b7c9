/// Policy recommendations (kiến nghị hoàn thiện cơ chế, chính sách, pháp luật) as a fifth kind of recommendation:
/// SQLite's `2026-12-12-allowPolicyRecommendation`. PostgreSQL drops the column CHECK of `recommendation.kind` (named
/// by its default, `recommendation_kind_check`) and the table CHECK over the kinds' figures (found by its definition,
/// the one CHECK that reads `CASE kind`), and adds both again with `policy`, which has no money, land, collectives,
/// persons or cases; where SQLite has to rebuild the table. The documents recommended and done are kept in tables of
/// their own, as SQLite's: `recommendationDocuments` and `followUpDocuments`.
extension PostgresSchema {
    static let allowPolicyRecommendation = [
        """
        DO $$
        DECLARE figures TEXT;
        BEGIN
            SELECT conname INTO figures FROM pg_constraint
            WHERE conrelid = 'recommendation'::regclass AND contype = 'c'
                AND pg_get_constraintdef(oid) LIKE '%CASE kind%';
            IF figures IS NOT NULL THEN
                EXECUTE format('ALTER TABLE recommendation DROP CONSTRAINT %I', figures);
            END IF;
        END
        $$
        """,
        """
        ALTER TABLE recommendation DROP CONSTRAINT recommendation_kind_check,
            ADD CONSTRAINT recommendation_kind_check
            CHECK (kind IN ('recovery', 'otherFinancial', 'handling', 'transfer', 'policy')),
            ADD CONSTRAINT recommendation_check CHECK (CASE kind
                WHEN 'handling' THEN amountVND = 0 AND landAreaDM2 = 0 AND cases = 0
                    AND collectives + persons > 0
                WHEN 'transfer' THEN amountVND = 0 AND landAreaDM2 = 0 AND collectives = 0 AND cases > 0
                WHEN 'policy' THEN amountVND = 0 AND landAreaDM2 = 0 AND collectives = 0 AND persons = 0 AND cases = 0
                ELSE collectives = 0 AND persons = 0 AND cases = 0 AND amountVND + landAreaDM2 > 0
            END)
        """,
        """
        CREATE TABLE recommendationDocuments (
            recommendationId BIGINT PRIMARY KEY REFERENCES recommendation(id),
            documents INTEGER NOT NULL CHECK (documents > 0)
        )
        """,
        """
        CREATE TABLE followUpDocuments (
            followUpId BIGINT PRIMARY KEY REFERENCES followUp(id),
            documents INTEGER NOT NULL CHECK (documents > 0)
        )
        """,
    ]
}
