import GRDB

/// The annual plan tables: one row per entry of a year's plan in `planEntry`, its subjects in `planEntrySubject`.
///
/// An entry is identified by `(year, entryKey)`. Loading a plan inserts new entries, updates changed ones in place
/// (the `plan load` journal entry keeps the old and new values) and marks entries the plan no longer has
/// `withdrawn` instead of deleting them. A changed entry's subject list is replaced as a whole.
///
/// Scheduled inspections point at their entry through `inspection.planYear` and `inspection.planEntryKey`, without
/// a foreign key: inspections opened by hand before plans were stored may name entries that were never loaded.
/// `inspectionOnPlanEntry` finds an entry's inspections. `period` is a quarter (`2026-Q2`) or a month
/// (`2026-05`) of the entry's year, checked with `substr` so that PostgreSQL accepts the same CHECK.
extension SQLiteStore {
    static func createPlanEntry(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE planEntry (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
                    entryKey TEXT NOT NULL CHECK (entryKey <> ''),
                    content TEXT NOT NULL CHECK (content <> ''),
                    field TEXT NOT NULL,
                    category TEXT NOT NULL CHECK (category <> ''),
                    level TEXT NOT NULL CHECK (level <> ''),
                    period TEXT NOT NULL CHECK (
                        length(period) = 7 AND substr(period, 1, 5) = CAST(year AS TEXT) || '-'
                        AND (substr(period, 6, 2) IN ('Q1', 'Q2', 'Q3', 'Q4')
                            OR substr(period, 6, 2) IN (
                                '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'))),
                    leadUnit TEXT NOT NULL CHECK (leadUnit <> ''),
                    onsiteDays INTEGER NOT NULL CHECK (onsiteDays >= 0),
                    status TEXT NOT NULL CHECK (status IN ('active', 'withdrawn')),
                    packHash TEXT,
                    loadedOn TEXT NOT NULL,
                    withdrawnOn TEXT,
                    CHECK ((status = 'withdrawn') = (withdrawnOn IS NOT NULL)),
                    UNIQUE (year, entryKey)
                );
                CREATE INDEX planEntryOnYearStatus ON planEntry(year, status);

                CREATE TABLE planEntrySubject (
                    planEntryId INTEGER NOT NULL REFERENCES planEntry(id),
                    position INTEGER NOT NULL CHECK (position >= 0),
                    subjectId INTEGER NOT NULL REFERENCES subject(id),
                    PRIMARY KEY (planEntryId, position),
                    UNIQUE (planEntryId, subjectId)
                );
                CREATE INDEX planEntrySubjectOnSubjectId ON planEntrySubject(subjectId);

                CREATE INDEX inspectionOnPlanEntry ON inspection(planYear, planEntryKey);
                """)
    }
}
