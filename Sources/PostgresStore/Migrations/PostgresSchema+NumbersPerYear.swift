/// Numbers unique per year: SQLite's `2026-12-10-makeNumbersUniquePerYear`. A violation record's, a penalty
/// decision's, an inspection decision's and a conclusion's number are unique within the calendar year of their date
/// (each year's register starts again at 1), no longer for ever. PostgreSQL drops the columns' UNIQUE constraints
/// (named by its default, `table_column_key`) where SQLite has to rebuild the tables, and indexes the number with the
/// year of its date as SQLite does.
extension PostgresSchema {
    static let makeNumbersUniquePerYear = [
        "ALTER TABLE penaltyCase DROP CONSTRAINT penaltycase_recordnumber_key",
        """
        CREATE UNIQUE INDEX penaltyCaseOnRecordNumberInYear
        ON penaltyCase(recordNumber, (EXTRACT(YEAR FROM recordMadeOn)))
        """,
        "ALTER TABLE penaltyDecision DROP CONSTRAINT penaltydecision_number_key",
        """
        CREATE UNIQUE INDEX penaltyDecisionOnNumberInYear
        ON penaltyDecision(number, (EXTRACT(YEAR FROM decidedOn)))
        """,
        "ALTER TABLE inspectionDecision DROP CONSTRAINT inspectiondecision_number_key",
        """
        CREATE UNIQUE INDEX inspectionDecisionOnNumberInYear
        ON inspectionDecision(number, (EXTRACT(YEAR FROM decidedOn)))
        """,
        "ALTER TABLE inspection DROP CONSTRAINT inspection_conclusionnumber_key",
        """
        CREATE UNIQUE INDEX inspectionOnConclusionNumberInYear
        ON inspection(conclusionNumber, (EXTRACT(YEAR FROM concludedOn)))
        """,
    ]
}
