import GRDB

/// The schema, as dated migrations. Never edit a migration that has shipped; add a new one.
///
/// Tables are singular camelCase; money columns end in `VND` (INTEGER, `CHECK (… >= 0)`), dates in `On`
/// (TEXT `YYYY-MM-DD`). Types and SQL stay plain so the same schema can be written for PostgreSQL.
extension SQLiteStore {
    /// Every migration this version of thanhtra knows, in order.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("2026-11-23-createJournal", migrate: createJournal)
        migrator.registerMigration("2026-11-23-createSubject", migrate: createSubject)
        migrator.registerMigration("2026-11-23-createSetting", migrate: createSetting)
        migrator.registerMigration("2026-11-24-createPenaltyCase", migrate: createPenaltyCase)
        migrator.registerMigration("2026-11-25-createInspection", migrate: createInspection)
        migrator.registerMigration("2026-11-26-createPlanEntry", migrate: createPlanEntry)
        migrator.registerMigration("2026-11-27-createReportIndexes", migrate: createReportIndexes)
        migrator.registerMigration("2026-11-28-createFiledReport", migrate: createFiledReport)
        migrator.registerMigration("2026-11-29-createRulePack", migrate: createRulePack)
        migrator.registerMigration("2026-11-30-createPenaltyDailyChange", migrate: createPenaltyDailyChange)
        migrator.registerMigration("2026-12-01-createPenaltyDailyFlow", migrate: createPenaltyDailyFlow)
        migrator.registerMigration("2026-12-02-createInspectionDailyChange", migrate: createInspectionDailyChange)
        migrator.registerMigration("2026-12-06-createSeals", migrate: createSeals)
        migrator.registerMigration("2026-12-06-createAmountBoundIndexes", migrate: createAmountBoundIndexes)
        migrator.registerMigration("2026-12-07-createViolationCircumstance", migrate: createViolationCircumstance)
        migrator.registerMigration("2026-12-08-createAccount", migrate: createAccount)
        migrator.registerMigration("2026-12-09-createRecommendationHandling", migrate: createRecommendationHandling)
        migrator.registerMigration("2026-12-09-createTitleAssignment", migrate: createTitleAssignment)
        migrator.registerMigration("2026-12-09-createRulePackProposal", migrate: createRulePackProposal)
        migrator.registerMigration("2026-12-10-makeNumbersUniquePerYear", migrate: makeNumbersUniquePerYear)
        // Adds tables and triggers only: foreign keys stay enforced, without the whole-file check after it.
        migrator.registerMigration(
            "2026-12-11-createPenaltyViolatorRollups", foreignKeyChecks: .immediate, migrate: createPenaltyViolatorRollups)
        migrator.registerMigration("2026-12-11-allowHouseholdKind", migrate: allowHouseholdKind)
        migrator.registerMigration("2026-12-11-createJournalCaseIndex", migrate: createJournalCaseIndex)
        migrator.registerMigration("2026-12-12-allowPolicyRecommendation", migrate: allowPolicyRecommendation)
        migrator.registerMigration(
            "2026-12-12-createConclusionImplemented", foreignKeyChecks: .immediate,
            migrate: createConclusionImplemented)
        migrator.registerMigration(
            "2026-12-12-createFollowUpStockRollup", foreignKeyChecks: .immediate, migrate: createFollowUpStockRollup)
        migrator.registerMigration(
            "2026-12-12-createInspectionCategoryRollup", foreignKeyChecks: .immediate,
            migrate: createInspectionCategoryRollup)
        migrator.registerMigration("2026-12-13-allowFamilyAndCommunityKinds", migrate: allowFamilyAndCommunityKinds)
        migrator.registerMigration("2026-12-13-createDecisionSanction", migrate: createDecisionSanction)
        migrator.registerMigration("2026-12-14-createBodies", migrate: createBodies)
        migrator.registerMigration("2026-12-16-followUpStockTriggersThroughViews", migrate: followUpStockTriggersThroughViews)
        migrator.registerMigration(
            "2026-12-17-penaltyDailyChangeTriggersThroughView", migrate: penaltyDailyChangeTriggersThroughView)
        migrator.registerMigration("2026-12-18-dailyRollupTriggersThroughViews", migrate: dailyRollupTriggersThroughViews)
        migrator.registerMigration(
            "2026-12-18-conclusionImplementedTriggersThroughView", migrate: conclusionImplementedTriggersThroughView)
        migrator.registerMigration(
            "2026-12-19-sealTriggersWithoutTemporaryTable", migrate: sealTriggersWithoutTemporaryTable)
        // Adds a table and triggers only: foreign keys stay enforced, without the whole-file check after it.
        migrator.registerMigration(
            "2026-12-20-createInspectionSpan", foreignKeyChecks: .immediate, migrate: createInspectionSpan)
        return migrator
    }

    /// The append-only journal: one row per command, each chained to the one before by its hash.
    ///
    /// `sequence` is assigned by the store as head + 1 (no AUTOINCREMENT), so gaps mean deleted rows.
    /// Triggers refuse UPDATE and DELETE; they are SQLite's, and a PostgreSQL store would use its own.
    private static func createJournal(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE journal (
                    sequence INTEGER PRIMARY KEY NOT NULL CHECK (sequence >= 1),
                    recordedAt TEXT NOT NULL,
                    actor TEXT NOT NULL,
                    command TEXT NOT NULL,
                    payload TEXT NOT NULL,
                    packHash TEXT,
                    previousHash TEXT NOT NULL CHECK (length(previousHash) = 64),
                    hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
                );
                CREATE TRIGGER journalRefusesUpdate BEFORE UPDATE ON journal
                BEGIN
                    SELECT RAISE(ABORT, 'the journal is append-only: entries cannot be changed');
                END;
                CREATE TRIGGER journalRefusesDelete BEFORE DELETE ON journal
                BEGIN
                    SELECT RAISE(ABORT, 'the journal is append-only: entries cannot be deleted');
                END;
                """)
    }

    /// People and organizations that are inspected. `nameFolded` is the name lowercased without diacritics
    /// (`đ` → `d`), written by the store, for searching.
    private static func createSubject(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE subject (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    kind TEXT NOT NULL CHECK (kind IN ('organization', 'person')),
                    identifier TEXT NOT NULL CHECK (identifier <> ''),
                    name TEXT NOT NULL CHECK (name <> ''),
                    nameFolded TEXT NOT NULL,
                    address TEXT NOT NULL,
                    UNIQUE (kind, identifier)
                );
                CREATE INDEX subjectOnNameFolded ON subject(nameFolded);
                """)
    }

    /// The store's own key–value settings, such as the rule pack path and hash.
    private static func createSetting(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE setting (
                    key TEXT PRIMARY KEY NOT NULL,
                    value TEXT NOT NULL
                );
                """)
    }
}
