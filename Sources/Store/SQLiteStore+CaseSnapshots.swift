public import Casework
import GRDB

/// Casework's ``CaseSnapshotReader`` port: the columns `rules diff` needs, read by ID range and merged in Swift.
///
/// One chunk of IDs costs six range scans, each in `caseId` order over its table's primary key (`penaltyCase`,
/// `caseViolation`, `caseCircumstance`, `decisionDeadlineExtension`, `penaltyDecision`, `decisionLine`); the rows
/// are merged with the chunk's cases as they come, so nothing is looked up by key and nothing is held beyond the
/// chunk. Statements are prepared once per connection. Sessions run on a `DatabasePool`'s readers, one per thread,
/// side by side; each is one read transaction.
extension SQLiteStore: CaseSnapshotReader {
    public func caseSnapshotExtent(_ selection: CaseSelection) throws -> CaseSnapshotExtent {
        let (conditions, arguments) = Self.snapshotConditions(selection)
        return try read { db in
            let row = try Row.fetchOne(
                db, sql: "SELECT COUNT(*), MIN(id), MAX(id) FROM penaltyCase WHERE \(conditions)", arguments: arguments)
            let count: Int = row?[0] ?? 0
            guard count > 0, let first: Int64 = row?[1], let last: Int64 = row?[2] else {
                return CaseSnapshotExtent(count: 0, ids: nil)
            }
            return CaseSnapshotExtent(count: count, ids: first...last)
        }
    }

    public func readCaseSnapshots<T>(
        _ body: (_ read: (_ selection: CaseSelection, _ ids: Range<Int64>) throws -> [CaseSnapshot]) throws -> T
    ) throws -> T {
        try read { db in
            try body { selection, ids in try Self.caseSnapshots(db, selection, ids: ids) }
        }
    }

    /// The SQL condition on `penaltyCase` for `selection`, with its arguments.
    private static func snapshotConditions(_ selection: CaseSelection) -> (String, StatementArguments) {
        let states = PenaltyCase.State.allCases.filter { selection.states.contains($0) }
        var conditions = ["state IN (\(states.isEmpty ? "NULL" : states.map { "'\($0.rawValue)'" }.joined(separator: ", ")))"]
        var arguments: StatementArguments = []
        if let from = selection.recordFrom {
            conditions.append("recordMadeOn >= ?")
            arguments += [from]
        }
        if let before = selection.recordBefore {
            conditions.append("recordMadeOn < ?")
            arguments += [before]
        }
        return (conditions.joined(separator: " AND "), arguments)
    }

    /// The selected cases with IDs in `ids`, in ID order.
    ///
    /// - Throws: ``StoreError`` `.corrupt` naming the case and column when a stored value does not decode.
    static func caseSnapshots(_ db: Database, _ selection: CaseSelection, ids: Range<Int64>) throws -> [CaseSnapshot] {
        let (conditions, filterArguments) = snapshotConditions(selection)
        let range: StatementArguments = [ids.lowerBound, ids.upperBound]
        let caseStatement = try db.cachedStatement(
            sql: """
                SELECT id, recordNumber, state, violatorKind, recordMadeOn, decisionDueOn, isComplex,
                       explanationRequested, isMinor, extensionDays
                FROM penaltyCase WHERE id >= ? AND id < ? AND \(conditions) ORDER BY id
                """)
        var cases: [CaseSnapshot] = []
        let caseRows = try Row.fetchCursor(caseStatement, arguments: range + filterArguments)
        while let row = try caseRows.next() {
            let id: Int64 = try row.decode(atIndex: 0)
            let read = SnapshotColumns(row: row, caseID: id, table: "penaltyCase")
            cases.append(
                CaseSnapshot(
                    id: PenaltyCase.ID(rawValue: id), recordNumber: try read.string(1, "recordNumber"),
                    state: try read.enumeration(2, "state"), violatorKind: try read.enumeration(3, "violatorKind"),
                    recordOn: try read.date(4, "recordMadeOn"),
                    facts: CaseFacts(
                        isComplex: try read.value(6, "isComplex"),
                        explanationRequested: try read.value(7, "explanationRequested"),
                        isMinor: try read.value(8, "isMinor"), extensionDays: try read.value(9, "extensionDays")),
                    decisionDueOn: try read.date(5, "decisionDueOn"), mitigating: [], aggravating: [],
                    violations: [], decision: nil))
        }
        guard !cases.isEmpty else { return [] }

        /// Calls `attach` with the index in `cases` of each row's case; rows of unselected cases are skipped.
        func merge(_ sql: String, _ attach: (Int, Row) throws -> Void) throws {
            let rows = try Row.fetchCursor(try db.cachedStatement(sql: sql), arguments: range)
            var index = 0
            while let row = try rows.next() {
                let caseID: Int64 = try row.decode(atIndex: 0)
                while index < cases.count, cases[index].id.rawValue < caseID { index += 1 }
                guard index < cases.count else { return }
                if cases[index].id.rawValue == caseID { try attach(index, row) }
            }
        }

        try merge(
            """
            SELECT caseId, code, sector, committedOn, endedOn, detectedOn, illegalGainVND
            FROM caseViolation WHERE caseId >= ? AND caseId < ? ORDER BY caseId, position
            """
        ) { index, row in
            let read = SnapshotColumns(row: row, caseID: cases[index].id.rawValue, table: "caseViolation")
            cases[index].violations.append(
                CaseViolation(
                    code: try read.string(1, "code"), sector: try read.string(2, "sector"),
                    committedOn: try read.date(3, "committedOn"), endedOn: try read.optionalDate(4, "endedOn"),
                    detectedOn: try read.optionalDate(5, "detectedOn"), illegalGainVND: try read.money(6, "illegalGainVND")))
        }
        try merge(
            """
            SELECT caseId, kind, code FROM caseCircumstance WHERE caseId >= ? AND caseId < ?
            ORDER BY caseId, kind, position
            """
        ) { index, row in
            let read = SnapshotColumns(row: row, caseID: cases[index].id.rawValue, table: "caseCircumstance")
            let code = try read.string(2, "code")
            switch try read.string(1, "kind") {
            case "mitigating": cases[index].mitigating.append(code)
            case "aggravating": cases[index].aggravating.append(code)
            default: throw read.corrupt("kind")
            }
        }
        try merge(
            "SELECT caseId, days FROM decisionDeadlineExtension WHERE caseId >= ? AND caseId < ? ORDER BY caseId, position"
        ) { index, row in
            let read = SnapshotColumns(row: row, caseID: cases[index].id.rawValue, table: "decisionDeadlineExtension")
            cases[index].facts.extensionDays += try read.value(1, "days") as Int
        }
        try merge(
            """
            SELECT caseId, decidedOn, totalFineVND, receivedOn, paymentDueOn
            FROM penaltyDecision WHERE caseId >= ? AND caseId < ? ORDER BY caseId
            """
        ) { index, row in
            let read = SnapshotColumns(row: row, caseID: cases[index].id.rawValue, table: "penaltyDecision")
            cases[index].decision = RecordedDecision(
                decidedOn: try read.date(1, "decidedOn"), totalFineVND: try read.money(2, "totalFineVND"),
                lineFinesVND: [], receivedOn: try read.optionalDate(3, "receivedOn"),
                paymentDueOn: try read.optionalDate(4, "paymentDueOn"))
        }
        try merge(
            "SELECT caseId, fineVND FROM decisionLine WHERE caseId >= ? AND caseId < ? ORDER BY caseId, position"
        ) { index, row in
            let read = SnapshotColumns(row: row, caseID: cases[index].id.rawValue, table: "decisionLine")
            let fine = try read.money(1, "fineVND")
            cases[index].decision?.lineFinesVND.append(fine)
        }
        return cases
    }
}

/// Decodes the columns of one row by index, without building intermediate values: dates are parsed from their ten
/// bytes. A value that does not decode becomes ``StoreError`` `.corrupt` naming the case and the column, never the
/// value.
private struct SnapshotColumns {
    let row: Row
    let caseID: Int64
    let table: String

    /// The column's value; optional types read NULL as `nil`.
    func value<Value: DatabaseValueConvertible & StatementColumnConvertible>(_ index: Int, _ column: String) throws
        -> Value
    {
        do {
            return try row.decode(Value.self, atIndex: index)
        } catch {
            throw corrupt(column)
        }
    }

    func optionalValue<Value: DatabaseValueConvertible & StatementColumnConvertible>(_ index: Int, _ column: String)
        throws -> Value?
    {
        do {
            return try row.decode(Value?.self, atIndex: index)
        } catch {
            throw corrupt(column)
        }
    }

    func string(_ index: Int, _ column: String) throws -> String { try value(index, column) }

    func enumeration<Value: RawRepresentable>(_ index: Int, _ column: String) throws -> Value
    where Value.RawValue == String {
        guard let value = Value(rawValue: try string(index, column)) else { throw corrupt(column) }
        return value
    }

    func date(_ index: Int, _ column: String) throws -> CalendarDate {
        guard let date = try optionalDate(index, column) else { throw corrupt(column) }
        return date
    }

    func optionalDate(_ index: Int, _ column: String) throws -> CalendarDate? {
        guard var text: String = try optionalValue(index, column) else { return nil }
        guard let date = text.withUTF8({ CalendarDate(utf8: UnsafeRawBufferPointer($0)) }) else { throw corrupt(column) }
        return date
    }

    func money(_ index: Int, _ column: String) throws -> VND {
        guard let amount = VND(rawValue: try value(index, column) as Int64) else { throw corrupt(column) }
        return amount
    }

    func corrupt(_ column: String) -> StoreError {
        StoreError(
            .corrupt, "penalty case #\(caseID) has a value thanhtra cannot read in \(table).\(column)",
            hint: "the database was changed outside thanhtra; restore it from a backup")
    }
}
