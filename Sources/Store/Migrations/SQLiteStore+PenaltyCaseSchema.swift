import GRDB

/// The penalty-case tables: one row per case in `penaltyCase`, and one table per kind of part, so that reports can
/// add up fines, payments and recoveries in SQL by date and sector.
///
/// Rows are appended by commands and never deleted. The only updates are the case's `state`, its `decisionDueOn`
/// (an extension) and cancellation columns (a cancellation), and the decision's `receivedOn` and `paymentDueOn`
/// (delivery, once). Lists are kept in order by a zero-based `position` within their case. Steps and remedies, which
/// reports never add up, are JSON text (`[{"citation": …, "text": …}]`, amounts as integers).
///
/// Booleans are `BOOLEAN` (0 or 1 in SQLite, a real boolean in PostgreSQL); nothing else is SQLite-specific.
extension SQLiteStore {
    static func createPenaltyCase(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE penaltyCase (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    subjectId INTEGER NOT NULL REFERENCES subject(id),
                    violatorKind TEXT NOT NULL CHECK (violatorKind IN ('organization', 'person')),
                    recordNumber TEXT NOT NULL UNIQUE CHECK (recordNumber <> ''),
                    recordMadeOn TEXT NOT NULL,
                    recordPlace TEXT NOT NULL,
                    openedOn TEXT NOT NULL,
                    decisionDueOn TEXT NOT NULL,
                    openedWithPack TEXT NOT NULL,
                    state TEXT NOT NULL CHECK (state IN ('open', 'decided', 'settled', 'cancelled')),
                    isComplex BOOLEAN NOT NULL,
                    explanationRequested BOOLEAN NOT NULL,
                    isMinor BOOLEAN NOT NULL,
                    extensionDays INTEGER NOT NULL CHECK (extensionDays >= 0),
                    extensionReason TEXT,
                    cancelledOn TEXT,
                    cancellationReason TEXT,
                    CHECK ((cancelledOn IS NULL) = (cancellationReason IS NULL)),
                    CHECK ((state = 'cancelled') = (cancelledOn IS NOT NULL))
                );
                CREATE INDEX penaltyCaseOnSubjectId ON penaltyCase(subjectId);
                CREATE INDEX penaltyCaseOnState ON penaltyCase(state);
                CREATE INDEX penaltyCaseOnRecordMadeOn ON penaltyCase(recordMadeOn, id);

                CREATE TABLE caseViolation (
                    caseId INTEGER NOT NULL REFERENCES penaltyCase(id),
                    position INTEGER NOT NULL CHECK (position >= 0),
                    code TEXT NOT NULL CHECK (code <> ''),
                    sector TEXT NOT NULL,
                    committedOn TEXT NOT NULL,
                    endedOn TEXT,
                    detectedOn TEXT,
                    illegalGainVND INTEGER NOT NULL CHECK (illegalGainVND >= 0),
                    PRIMARY KEY (caseId, position)
                );
                CREATE INDEX caseViolationOnSector ON caseViolation(sector, caseId);

                CREATE TABLE caseCircumstance (
                    caseId INTEGER NOT NULL REFERENCES penaltyCase(id),
                    kind TEXT NOT NULL CHECK (kind IN ('mitigating', 'aggravating')),
                    position INTEGER NOT NULL CHECK (position >= 0),
                    code TEXT NOT NULL,
                    PRIMARY KEY (caseId, kind, position)
                );

                CREATE TABLE penaltyDecision (
                    caseId INTEGER PRIMARY KEY NOT NULL REFERENCES penaltyCase(id),
                    number TEXT NOT NULL UNIQUE CHECK (number <> ''),
                    decidedOn TEXT NOT NULL,
                    signerTitle TEXT NOT NULL,
                    signerName TEXT NOT NULL,
                    totalFineVND INTEGER NOT NULL CHECK (totalFineVND >= 0),
                    totalRemedialVND INTEGER NOT NULL CHECK (totalRemedialVND >= 0),
                    packHash TEXT NOT NULL,
                    steps TEXT NOT NULL,
                    receivedOn TEXT,
                    paymentDueOn TEXT,
                    enforcementExpiresOn TEXT NOT NULL,
                    CHECK ((receivedOn IS NULL) = (paymentDueOn IS NULL))
                );
                CREATE INDEX penaltyDecisionOnDecidedOn ON penaltyDecision(decidedOn);
                CREATE INDEX penaltyDecisionOnPaymentDueOn ON penaltyDecision(paymentDueOn);
                CREATE INDEX penaltyDecisionOnEnforcementExpiresOn ON penaltyDecision(enforcementExpiresOn);

                CREATE TABLE decisionLine (
                    caseId INTEGER NOT NULL REFERENCES penaltyDecision(caseId),
                    position INTEGER NOT NULL CHECK (position >= 0),
                    code TEXT NOT NULL,
                    title TEXT NOT NULL,
                    legalBasis TEXT NOT NULL,
                    sector TEXT NOT NULL,
                    frameMinVND INTEGER NOT NULL CHECK (frameMinVND >= 0),
                    frameMaxVND INTEGER NOT NULL CHECK (frameMaxVND >= 0),
                    fineVND INTEGER NOT NULL CHECK (fineVND >= 0),
                    isWarning BOOLEAN NOT NULL,
                    remedies TEXT NOT NULL,
                    remedialVND INTEGER NOT NULL CHECK (remedialVND >= 0),
                    steps TEXT NOT NULL,
                    PRIMARY KEY (caseId, position)
                );
                CREATE INDEX decisionLineOnSector ON decisionLine(sector);

                CREATE TABLE payment (
                    caseId INTEGER NOT NULL REFERENCES penaltyCase(id),
                    position INTEGER NOT NULL CHECK (position >= 0),
                    paidOn TEXT NOT NULL,
                    amountVND INTEGER NOT NULL CHECK (amountVND >= 0),
                    surchargeVND INTEGER NOT NULL CHECK (surchargeVND >= 0),
                    receipt TEXT NOT NULL UNIQUE CHECK (receipt <> ''),
                    PRIMARY KEY (caseId, position)
                );
                CREATE INDEX paymentOnPaidOn ON payment(paidOn);

                CREATE TABLE installment (
                    caseId INTEGER NOT NULL REFERENCES penaltyCase(id),
                    position INTEGER NOT NULL CHECK (position >= 0),
                    dueOn TEXT NOT NULL,
                    amountVND INTEGER NOT NULL CHECK (amountVND >= 0),
                    PRIMARY KEY (caseId, position)
                );

                CREATE TABLE postponement (
                    caseId INTEGER NOT NULL REFERENCES penaltyCase(id),
                    position INTEGER NOT NULL CHECK (position >= 0),
                    fromOn TEXT NOT NULL,
                    untilOn TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    CHECK (fromOn <= untilOn),
                    PRIMARY KEY (caseId, position)
                );

                CREATE TABLE decisionDeadlineExtension (
                    caseId INTEGER NOT NULL REFERENCES penaltyCase(id),
                    position INTEGER NOT NULL CHECK (position >= 0),
                    newDueOn TEXT NOT NULL,
                    days INTEGER NOT NULL CHECK (days > 0),
                    reason TEXT NOT NULL,
                    PRIMARY KEY (caseId, position)
                );
                """)
    }

    /// The circumstances of one violation (Điều 9, 10 Luật XLVPHC attach them to a violation): `violationPosition`
    /// is the violation's `position` in `caseViolation`. The case's own circumstances (`caseCircumstance`) weigh on
    /// every violation; these only on theirs. Cases opened before this table have none here.
    static func createViolationCircumstance(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE violationCircumstance (
                    caseId INTEGER NOT NULL REFERENCES penaltyCase(id),
                    violationPosition INTEGER NOT NULL CHECK (violationPosition >= 0),
                    kind TEXT NOT NULL CHECK (kind IN ('mitigating', 'aggravating')),
                    position INTEGER NOT NULL CHECK (position >= 0),
                    code TEXT NOT NULL CHECK (code <> ''),
                    PRIMARY KEY (caseId, violationPosition, kind, position),
                    FOREIGN KEY (caseId, violationPosition) REFERENCES caseViolation(caseId, position)
                );
                """)
    }
}
