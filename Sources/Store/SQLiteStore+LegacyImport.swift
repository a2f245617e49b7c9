public import Casework
import GRDB

/// The look-ups of `thanhtra import --kind inspections|cases|payments`: each answers a whole window of rows in one
/// read transaction, through cached statements on the unique indexes.
extension SQLiteStore: LegacyImportStore {
    /// The registered subjects among `references`, read in one transaction.
    ///
    /// - Throws: ``StoreError``.
    public func subjects(matching references: [SubjectReference]) throws -> [SubjectReference: Subject] {
        try read { db in
            let byNumber = try db.cachedStatement(sql: "SELECT * FROM subject WHERE id = ?")
            let byIdentifier = try db.cachedStatement(sql: "SELECT * FROM subject WHERE kind = ? AND identifier = ?")
            var found: [SubjectReference: Subject] = [:]
            for reference in references {
                let subject: Subject?
                switch reference {
                case .number(let id): subject = try Subject.fetchOne(byNumber, arguments: [id.databaseValue])
                case .identifier(let kind, let identifier):
                    subject = try Subject.fetchOne(byIdentifier, arguments: [kind.rawValue, identifier])
                }
                if let subject { found[reference] = subject }
            }
            return found
        }
    }

    /// Which of `values` are recorded as `kind`, with the case or inspection that has each, read in one transaction.
    ///
    /// - Throws: ``StoreError``.
    public func recorded(_ keys: [RecordedKey], as kind: RecordedValue) throws -> [RecordedKey: Int64] {
        guard !keys.isEmpty else { return [:] }
        let sql: String
        switch kind {
        case .caseRecordNumber:
            sql = "SELECT id FROM penaltyCase WHERE recordNumber = ? AND substr(recordMadeOn, 1, 4) = ?"
        case .penaltyDecisionNumber:
            sql = "SELECT caseId FROM penaltyDecision WHERE number = ? AND substr(decidedOn, 1, 4) = ?"
        case .inspectionDecisionNumber:
            sql = "SELECT inspectionId FROM inspectionDecision WHERE number = ? AND substr(decidedOn, 1, 4) = ?"
        case .conclusionNumber:
            sql = "SELECT id FROM inspection WHERE conclusionNumber = ? AND substr(concludedOn, 1, 4) = ?"
        case .followUpReceipt:
            sql =
                "SELECT r.inspectionId FROM followUp f JOIN recommendation r ON r.id = f.recommendationId WHERE f.receipt = ?"
        case .paymentReceipt: sql = "SELECT caseId FROM payment WHERE receipt = ?"
        }
        return try read { db in
            let statement = try db.cachedStatement(sql: sql)
            var found: [RecordedKey: Int64] = [:]
            for key in keys where found[key] == nil {
                let arguments: StatementArguments =
                    kind.isUniquePerYear
                    ? [key.value, key.year.map { CalendarDate.yearText($0) }] : [key.value]
                if let id = try Int64.fetchOne(statement, arguments: arguments) { found[key] = id }
            }
            return found
        }
    }

    /// The cases `references` name, with their state, decision and what their payments paid towards the fine.
    ///
    /// - Throws: ``StoreError``.
    public func payableCases(_ references: [CaseReference]) throws -> [CaseReference: [PayableCase]] {
        let columns = """
            SELECT c.id, c.state, d.decidedOn, d.totalFineVND,
                (SELECT COALESCE(SUM(y.amountVND), 0) FROM payment y WHERE y.caseId = c.id) AS paidVND
            FROM penaltyCase c LEFT JOIN penaltyDecision d ON d.caseId = c.id
            """
        return try read { db in
            let byNumber = try db.cachedStatement(sql: "\(columns) WHERE c.id = ?")
            let byDecision = try db.cachedStatement(sql: "\(columns) WHERE d.number = ? ORDER BY c.id")
            let byRecord = try db.cachedStatement(sql: "\(columns) WHERE c.recordNumber = ? ORDER BY c.id")
            var found: [CaseReference: [PayableCase]] = [:]
            for reference in references {
                let rows: [Row]
                switch reference {
                case .number(let id): rows = try Row.fetchAll(byNumber, arguments: [id.databaseValue])
                case .decision(let number): rows = try Row.fetchAll(byDecision, arguments: [number])
                case .record(let number): rows = try Row.fetchAll(byRecord, arguments: [number])
                }
                let cases = try rows.map { row in
                    guard let state = PenaltyCase.State(rawValue: row["state"]) else {
                        throw StoreError(
                            .corrupt, "penalty case #\(row["id"] as Int64) has a state thanhtra cannot read",
                            hint: "the database was changed outside thanhtra; restore it from a backup")
                    }
                    return PayableCase(
                        id: PenaltyCase.ID(rawValue: row["id"]), state: state,
                        decidedOn: try row.decode(CalendarDate?.self, forColumn: "decidedOn"),
                        totalFineVND: try row.decode(VND?.self, forColumn: "totalFineVND"),
                        paidVND: try row.decode(VND.self, forColumn: "paidVND"))
                }
                if !cases.isEmpty { found[reference] = cases }
            }
            return found
        }
    }
}
