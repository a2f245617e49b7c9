import GRDB

/// The inspection tables: one row per inspection in `inspection` (its single-valued steps as columns), one table
/// per kind of part, so that reports count inspections and add up findings, recommendations and follow-ups in SQL.
///
/// Rows are appended by commands and never deleted. The only updates set a step's date once (`announcedOn` …
/// `closedOn`, a suspension's `resumedOn`), the `state`, and the due dates the rules compute. Lists keep their order
/// by a zero-based `position` within their inspection.
///
/// Land is INTEGER square decimetres (`…DM2`, 1 m² = 100 dm²), never floating point. The CHECKs keep what the
/// schema can know: a mode's reference (an unscheduled inspection has a ground, a scheduled one its plan entry),
/// steps in date order (`YYYY-MM-DD` text compares as the date), a state consistent with the recorded steps, each
/// recommendation kind's figures. A finding or recommendation may only name a subject of its inspection (a
/// composite foreign key on `inspectionSubject`). Partial indexes and `CHECK`s are plain SQL that PostgreSQL
/// accepts as well.
extension SQLiteStore {
    static func createInspection(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE inspection (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    mode TEXT NOT NULL CHECK (mode IN ('scheduled', 'unscheduled', 'regular')),
                    category TEXT NOT NULL CHECK (category <> ''),
                    level TEXT NOT NULL CHECK (level <> ''),
                    groundKind TEXT CHECK (groundKind IN ('complaint', 'violationSigns', 'assignment', 'other')),
                    groundReference TEXT CHECK (groundReference <> ''),
                    planYear INTEGER CHECK (planYear BETWEEN 1900 AND 9999),
                    planEntryKey TEXT CHECK (planEntryKey <> ''),
                    content TEXT NOT NULL CHECK (content <> ''),
                    field TEXT NOT NULL,
                    leadUnit TEXT NOT NULL CHECK (leadUnit <> ''),
                    openedOn TEXT NOT NULL,
                    openedWithPack TEXT,
                    state TEXT NOT NULL CHECK (state IN (
                        'open', 'decided', 'onsite', 'suspended', 'onsiteEnded', 'reported', 'drafted', 'concluded',
                        'closed')),
                    announcedOn TEXT,
                    onsiteEndedOn TEXT,
                    reportedOn TEXT,
                    draftedOn TEXT,
                    conclusionNumber TEXT UNIQUE CHECK (conclusionNumber <> ''),
                    concludedOn TEXT,
                    closedOn TEXT,
                    onsiteDueOn TEXT,
                    reportDueOn TEXT,
                    conclusionDueOn TEXT,
                    CHECK ((groundKind IS NULL) = (groundReference IS NULL)),
                    CHECK ((mode = 'unscheduled') = (groundKind IS NOT NULL)),
                    CHECK ((planYear IS NULL) = (planEntryKey IS NULL)),
                    CHECK ((mode = 'scheduled') = (planYear IS NOT NULL)),
                    CHECK ((conclusionNumber IS NULL) = (concludedOn IS NULL)),
                    CHECK (announcedOn IS NULL OR announcedOn >= openedOn),
                    CHECK (onsiteEndedOn IS NULL OR onsiteEndedOn >= announcedOn),
                    CHECK (reportedOn IS NULL OR reportedOn >= onsiteEndedOn),
                    CHECK (draftedOn IS NULL OR draftedOn >= reportedOn),
                    CHECK (concludedOn IS NULL OR (concludedOn >= draftedOn AND concludedOn >= announcedOn)),
                    CHECK (closedOn IS NULL OR closedOn >= concludedOn),
                    CHECK ((announcedOn IS NULL) = (state IN ('open', 'decided'))),
                    CHECK ((onsiteEndedOn IS NULL) = (state IN ('open', 'decided', 'onsite', 'suspended'))),
                    CHECK ((concludedOn IS NULL) = (state NOT IN ('concluded', 'closed'))),
                    CHECK ((closedOn IS NULL) = (state <> 'closed'))
                );
                CREATE INDEX inspectionOnState ON inspection(state);
                CREATE INDEX inspectionOnMode ON inspection(mode);
                CREATE INDEX inspectionOnCategory ON inspection(category, level);
                CREATE INDEX inspectionOnLevel ON inspection(level);
                CREATE INDEX inspectionOnOpenedOn ON inspection(openedOn, id);
                CREATE INDEX inspectionOnConcludedOn ON inspection(concludedOn);
                CREATE INDEX inspectionOnOnsiteDueOn ON inspection(onsiteDueOn);
                CREATE INDEX inspectionOnReportDueOn ON inspection(reportDueOn);
                CREATE INDEX inspectionOnConclusionDueOn ON inspection(conclusionDueOn);

                CREATE TABLE inspectionSubject (
                    inspectionId INTEGER NOT NULL REFERENCES inspection(id),
                    position INTEGER NOT NULL CHECK (position >= 0),
                    subjectId INTEGER NOT NULL REFERENCES subject(id),
                    PRIMARY KEY (inspectionId, position),
                    UNIQUE (inspectionId, subjectId)
                );
                CREATE INDEX inspectionSubjectOnSubjectId ON inspectionSubject(subjectId);

                CREATE TABLE inspectionDecision (
                    inspectionId INTEGER PRIMARY KEY NOT NULL REFERENCES inspection(id),
                    number TEXT NOT NULL UNIQUE CHECK (number <> ''),
                    decidedOn TEXT NOT NULL,
                    signerTitle TEXT NOT NULL CHECK (signerTitle <> ''),
                    signerName TEXT NOT NULL CHECK (signerName <> ''),
                    teamLead TEXT NOT NULL CHECK (teamLead <> '')
                );

                CREATE TABLE inspectionTeamMember (
                    inspectionId INTEGER NOT NULL REFERENCES inspectionDecision(inspectionId),
                    position INTEGER NOT NULL CHECK (position >= 0),
                    name TEXT NOT NULL CHECK (name <> ''),
                    PRIMARY KEY (inspectionId, position),
                    UNIQUE (inspectionId, name)
                );

                CREATE TABLE inspectionExtension (
                    inspectionId INTEGER NOT NULL REFERENCES inspection(id),
                    position INTEGER NOT NULL CHECK (position >= 0),
                    grantedOn TEXT NOT NULL,
                    days INTEGER NOT NULL CHECK (days > 0),
                    reason TEXT NOT NULL CHECK (reason <> ''),
                    PRIMARY KEY (inspectionId, position)
                );

                CREATE TABLE inspectionSuspension (
                    inspectionId INTEGER NOT NULL REFERENCES inspection(id),
                    position INTEGER NOT NULL CHECK (position >= 0),
                    suspendedOn TEXT NOT NULL,
                    reason TEXT NOT NULL CHECK (reason <> ''),
                    resumedOn TEXT,
                    CHECK (resumedOn IS NULL OR resumedOn >= suspendedOn),
                    PRIMARY KEY (inspectionId, position)
                );
                CREATE UNIQUE INDEX inspectionSuspensionOneOpen ON inspectionSuspension(inspectionId)
                    WHERE resumedOn IS NULL;

                CREATE TABLE finding (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    inspectionId INTEGER NOT NULL REFERENCES inspection(id),
                    subjectId INTEGER NOT NULL,
                    description TEXT NOT NULL CHECK (description <> ''),
                    category TEXT NOT NULL CHECK (category <> ''),
                    amountVND INTEGER NOT NULL CHECK (amountVND >= 0),
                    landAreaDM2 INTEGER NOT NULL CHECK (landAreaDM2 >= 0),
                    FOREIGN KEY (inspectionId, subjectId) REFERENCES inspectionSubject(inspectionId, subjectId)
                );
                CREATE INDEX findingOnInspectionId ON finding(inspectionId);
                CREATE INDEX findingOnCategory ON finding(category);

                CREATE TABLE recommendation (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    inspectionId INTEGER NOT NULL REFERENCES inspection(id),
                    kind TEXT NOT NULL CHECK (kind IN ('recovery', 'otherFinancial', 'handling', 'transfer')),
                    findingId INTEGER REFERENCES finding(id),
                    subjectId INTEGER,
                    description TEXT NOT NULL CHECK (description <> ''),
                    amountVND INTEGER NOT NULL CHECK (amountVND >= 0),
                    landAreaDM2 INTEGER NOT NULL CHECK (landAreaDM2 >= 0),
                    collectives INTEGER NOT NULL CHECK (collectives >= 0),
                    persons INTEGER NOT NULL CHECK (persons >= 0),
                    cases INTEGER NOT NULL CHECK (cases >= 0),
                    FOREIGN KEY (inspectionId, subjectId) REFERENCES inspectionSubject(inspectionId, subjectId),
                    CHECK (CASE kind
                        WHEN 'handling' THEN amountVND = 0 AND landAreaDM2 = 0 AND cases = 0
                            AND collectives + persons > 0
                        WHEN 'transfer' THEN amountVND = 0 AND landAreaDM2 = 0 AND collectives = 0 AND cases > 0
                        ELSE collectives = 0 AND persons = 0 AND cases = 0 AND amountVND + landAreaDM2 > 0
                    END)
                );
                CREATE INDEX recommendationOnInspectionId ON recommendation(inspectionId, kind);
                CREATE INDEX recommendationOnFindingId ON recommendation(findingId);

                CREATE TABLE recommendationName (
                    recommendationId INTEGER NOT NULL REFERENCES recommendation(id),
                    position INTEGER NOT NULL CHECK (position >= 0),
                    name TEXT NOT NULL CHECK (name <> ''),
                    PRIMARY KEY (recommendationId, position)
                );

                CREATE TABLE followUp (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    recommendationId INTEGER NOT NULL REFERENCES recommendation(id),
                    doneOn TEXT NOT NULL,
                    amountVND INTEGER NOT NULL CHECK (amountVND >= 0),
                    landAreaDM2 INTEGER NOT NULL CHECK (landAreaDM2 >= 0),
                    collectives INTEGER NOT NULL CHECK (collectives >= 0),
                    persons INTEGER NOT NULL CHECK (persons >= 0),
                    cases INTEGER NOT NULL CHECK (cases >= 0),
                    receipt TEXT UNIQUE CHECK (receipt <> ''),
                    note TEXT NOT NULL,
                    overReason TEXT CHECK (overReason <> ''),
                    CHECK (amountVND = 0 OR receipt IS NOT NULL)
                );
                CREATE INDEX followUpOnRecommendationId ON followUp(recommendationId);
                CREATE INDEX followUpOnDoneOn ON followUp(doneOn);
                """)
    }
}
