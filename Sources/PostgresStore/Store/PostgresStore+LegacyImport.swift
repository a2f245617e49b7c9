public import Casework
import PostgresNIO

/// Casework's ``LegacyImportStore`` port: what an import of cases, inspections and payments checks against the store,
/// and the batches it writes (one transaction and one journal entry each) through `COPY`
/// (`PostgresStore+LegacyCaseCopy.swift`, `+LegacyInspectionCopy.swift`).
extension PostgresStore: LegacyImportStore {
    /// Which of `values` are recorded as `kind`, with the case or inspection that has each.
    ///
    /// - Throws: ``StoreError``.
    public func recorded(_ keys: [RecordedKey], as kind: RecordedValue) throws -> [RecordedKey: Int64] {
        try read { session in try Self.recorded(keys, as: kind, session) }
    }

    /// ``recorded(_:as:)`` inside a transaction: one query for every key, the lowest ID of each holder.
    static func recorded(_ keys: [RecordedKey], as kind: RecordedValue, _ session: PGSession) throws
        -> [RecordedKey: Int64]
    {
        guard !keys.isEmpty else { return [:] }
        // (value column, holder column, the rows searched, the year that scopes a number)
        let (value, holder, from, year): (String, String, String, String)
        switch kind {
        case .caseRecordNumber:
            (value, holder, from, year) = ("recordNumber", "id", "penaltyCase", "EXTRACT(YEAR FROM recordMadeOn)")
        case .penaltyDecisionNumber:
            (value, holder, from, year) = ("number", "caseId", "penaltyDecision", "EXTRACT(YEAR FROM decidedOn)")
        case .inspectionDecisionNumber:
            (value, holder, from, year) = ("number", "inspectionId", "inspectionDecision", "EXTRACT(YEAR FROM decidedOn)")
        case .conclusionNumber:
            (value, holder, from, year) = ("conclusionNumber", "id", "inspection", "EXTRACT(YEAR FROM concludedOn)")
        case .followUpReceipt:
            (value, holder, from, year) = (
                "f.receipt", "r.inspectionId", "followUp f JOIN recommendation r ON r.id = f.recommendationId", "NULL"
            )
        case .paymentReceipt: (value, holder, from, year) = ("receipt", "caseId", "payment", "NULL")
        }
        var statement = PGStatement(
            "SELECT \(value) AS value, \(holder) AS holder, (\(year))::bigint AS year FROM \(from) WHERE \(value) = ANY(")
        statement.append(statement.bind(Array(Set(keys.map(\.value))).sorted()) + ")")
        let wanted = Set(keys)
        var found: [RecordedKey: Int64] = [:]
        for row in try session.rows(statement.query) {
            let key = RecordedKey(try row.string("value"), year: kind.isUniquePerYear ? Int(try row.int64("year")) : nil)
            guard wanted.contains(key) else { continue }
            let holder = try row.int64("holder")
            found[key] = min(found[key] ?? holder, holder)
        }
        return found
    }

    /// The cases `references` name, with what a payment needs to know of each.
    ///
    /// - Throws: ``StoreError``.
    public func payableCases(_ references: [CaseReference]) throws -> [CaseReference: [PayableCase]] {
        let columns = """
            SELECT c.id, c.state, d.decidedOn, d.totalFineVND,
                (SELECT COALESCE(SUM(y.amountVND), 0) FROM payment y WHERE y.caseId = c.id)::bigint AS paidVND
            FROM penaltyCase c LEFT JOIN penaltyDecision d ON d.caseId = c.id
            """
        return try read { session in
            var found: [CaseReference: [PayableCase]] = [:]
            for reference in references {
                var statement = PGStatement(columns)
                switch reference {
                case .number(let id): statement.append(" WHERE c.id = " + statement.bind(id.rawValue))
                case .decision(let number): statement.append(" WHERE d.number = " + statement.bind(number))
                case .record(let number): statement.append(" WHERE c.recordNumber = " + statement.bind(number))
                }
                statement.append(" ORDER BY c.id")
                let cases = try session.rows(statement.query).map { row in
                    PayableCase(
                        id: PenaltyCase.ID(rawValue: try row.int64("id")), state: try row.enumeration("state"),
                        decidedOn: try row.optionalDate("decidedOn"), totalFineVND: try row.optionalVND("totalFineVND"),
                        paidVND: try row.vnd("paidVND"))
                }
                if !cases.isEmpty { found[reference] = cases }
            }
            return found
        }
    }
}
