/// Household businesses (hộ kinh doanh) as a third kind of subject and of violator: SQLite's
/// `2026-12-11-allowHouseholdKind`. PostgreSQL drops the column CHECKs of `subject.kind` and `penaltyCase.violatorKind`
/// (named by its default, `table_column_check`) and adds them again with `household`, where SQLite has to rebuild
/// the tables. The penalty flow rollup's trigger functions are made again, counting a household business's decision
/// with the individuals' (``FormKind``) as SQLite's triggers do; no row had the kind before, so no total changes.
extension PostgresSchema {
    static let allowHouseholdKind = [
        """
        ALTER TABLE subject DROP CONSTRAINT subject_kind_check,
            ADD CONSTRAINT subject_kind_check CHECK (kind IN ('organization', 'person', 'household'))
        """,
        """
        ALTER TABLE penaltyCase DROP CONSTRAINT penaltycase_violatorkind_check,
            ADD CONSTRAINT penaltycase_violatorkind_check
            CHECK (violatorKind IN ('organization', 'person', 'household'))
        """,
    ] + penaltyDailyFlow.droppingTriggers + penaltyDailyFlow.triggers
}
