/// Family households (hộ gia đình) and residential communities (cộng đồng dân cư) as kinds of subject and of violator:
/// SQLite's `2026-12-13-allowFamilyAndCommunityKinds`. PostgreSQL drops and re-adds the CHECKs of `subject.kind` and
/// `penaltyCase.violatorKind` with the two kinds, lets `subject.identifier` be NULL for them only (the law gives
/// neither a number of its own; `UNIQUE (kind, identifier)` lets NULLs repeat), and makes the penalty flow rollup's
/// trigger functions again, counting both with the individuals (``FormKind``) as SQLite's triggers do; no row had
/// either kind before, so no total changes.
extension PostgresSchema {
    static let allowFamilyAndCommunityKinds = [
        """
        ALTER TABLE subject DROP CONSTRAINT subject_kind_check,
            ADD CONSTRAINT subject_kind_check
            CHECK (kind IN ('organization', 'person', 'household', 'family', 'community')),
            ALTER COLUMN identifier DROP NOT NULL,
            ADD CONSTRAINT subject_identifier_given_check
            CHECK (identifier IS NOT NULL OR kind IN ('family', 'community'))
        """,
        """
        ALTER TABLE penaltyCase DROP CONSTRAINT penaltycase_violatorkind_check,
            ADD CONSTRAINT penaltycase_violatorkind_check
            CHECK (violatorKind IN ('organization', 'person', 'household', 'family', 'community'))
        """,
    ] + penaltyDailyFlow.droppingTriggers + penaltyDailyFlow.triggers
}
