public import Casework
import GRDB

/// Casework's ``CaseSnapshotReader`` port: the columns `rules diff` needs, read by ID range and merged in Swift.
///
/// One chunk of IDs costs seven range scans, each in `caseId` order over its table's primary key (`penaltyCase`,
/// `caseViolation`, `caseCircumstance`, `violationCircumstance`, `decisionDeadlineExtension`, `penaltyDecision`,
/// `decisionLine`); the rows are merged with the chunk's cases as they come, so nothing is looked up by key and
/// nothing is held beyond the chunk. Statements are prepared once per connection. Sessions run on a
/// `DatabasePool`'s readers, one per thread, side by side; each is one read transaction.
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
            // Map the file rather than copy each page through read(2): bulk reading touches most of it.
            try db.execute(sql: "PRAGMA mmap_size = \(Self.bulkReadMapSize)")
            defer { try? db.execute(sql: "PRAGMA mmap_size = 0") }
            return try body { selection, ids in try Self.caseSnapshots(db, selection, ids: ids) }
        }
    }

    /// Bytes of the file a bulk-reading connection maps into memory (SQLite caps it at its compile-time maximum).
    static let bulkReadMapSize = 1 << 34

    /// The SQL condition on `penaltyCase` for `selection`, with its arguments.
    private static func snapshotConditions(_ selection: CaseSelection) -> (String, StatementArguments) {
        let (conditions, arguments) = rawSnapshotConditions(selection)
        return (conditions, StatementArguments(arguments.map { argument -> String in
            if case .text(let text) = argument { return text }
            return ""
        }))
    }

    private static func rawSnapshotConditions(_ selection: CaseSelection) -> (String, [RawArgument]) {
        let states = PenaltyCase.State.allCases.filter { selection.states.contains($0) }
        var conditions = ["state IN (\(states.isEmpty ? "NULL" : states.map { "'\($0.rawValue)'" }.joined(separator: ", ")))"]
        var arguments: [RawArgument] = []
        if let from = selection.recordFrom {
            conditions.append("recordMadeOn >= ?")
            arguments.append(.text(from.description))
        }
        if let before = selection.recordBefore {
            conditions.append("recordMadeOn < ?")
            arguments.append(.text(before.description))
        }
        return (conditions.joined(separator: " AND "), arguments)
    }

    /// The selected cases with IDs in `ids`, in ID order.
    ///
    /// - Throws: ``StoreError`` `.corrupt` naming the case and column when a stored value does not decode.
    static func caseSnapshots(_ db: Database, _ selection: CaseSelection, ids: Range<Int64>) throws -> [CaseSnapshot] {
        let (conditions, filterArguments) = rawSnapshotConditions(selection)
        let range: [RawArgument] = [.integer(ids.lowerBound), .integer(ids.upperBound)]
        var texts = TextCache()
        var cases: [CaseSnapshot] = []
        let caseRows = RawRows(
            try db.cachedStatement(
                sql: """
                    SELECT id, recordNumber, state, violatorKind, recordMadeOn, decisionDueOn, isComplex,
                           explanationRequested, isMinor, extensionDays
                    FROM penaltyCase WHERE id >= ? AND id < ? AND \(conditions) ORDER BY id
                    """), range + filterArguments)
        while try caseRows.next() {
            let id = caseRows.integer(0)
            let corrupt = { (column: String) in Self.corruptSnapshot(id, "penaltyCase", column) }
            guard let state = caseRows.withText(2, { PenaltyCase.State(rawValue: String(decoding: $0, as: UTF8.self)) })
            else { throw corrupt("state") }
            let kind: Subject.Kind
            if caseRows.textEquals(3, "organization") {
                kind = .organization
            } else if caseRows.textEquals(3, "person") {
                kind = .person
            } else if caseRows.textEquals(3, "household") {
                kind = .household
            } else if caseRows.textEquals(3, "family") {
                kind = .family
            } else if caseRows.textEquals(3, "community") {
                kind = .community
            } else {
                throw corrupt("violatorKind")
            }
            guard let recordOn = caseRows.date(4) else { throw corrupt("recordMadeOn") }
            guard let decisionDueOn = caseRows.date(5) else { throw corrupt("decisionDueOn") }
            cases.append(
                CaseSnapshot(
                    id: PenaltyCase.ID(rawValue: id), recordNumber: caseRows.text(1), state: state, violatorKind: kind,
                    recordOn: recordOn,
                    facts: CaseFacts(
                        isComplex: caseRows.integer(6) != 0, explanationRequested: caseRows.integer(7) != 0,
                        isMinor: caseRows.integer(8) != 0, extensionDays: Int(caseRows.integer(9))),
                    decisionDueOn: decisionDueOn, mitigating: [], aggravating: [], violations: [], decision: nil))
        }
        guard !cases.isEmpty else { return [] }

        /// Steps `sql` over the chunk and calls `attach` with the index in `cases` of each row's case (column 0);
        /// rows of unselected cases are skipped.
        func merge(_ sql: String, _ attach: (Int, RawRows) throws -> Void) throws {
            let rows = RawRows(try db.cachedStatement(sql: sql), range)
            var index = 0
            while try rows.next() {
                let caseID = rows.integer(0)
                while index < cases.count, cases[index].id.rawValue < caseID { index += 1 }
                guard index < cases.count else {
                    sqlite3Finish(rows)
                    return
                }
                if cases[index].id.rawValue == caseID { try attach(index, rows) }
            }
        }

        try merge(
            """
            SELECT caseId, code, sector, committedOn, endedOn, detectedOn, illegalGainVND
            FROM caseViolation WHERE caseId >= ? AND caseId < ? ORDER BY caseId, position
            """
        ) { index, row in
            let corrupt = { (column: String) in Self.corruptSnapshot(cases[index].id.rawValue, "caseViolation", column) }
            guard let committedOn = row.date(3) else { throw corrupt("committedOn") }
            let endedOn = row.isNull(4) ? nil : row.date(4)
            if !row.isNull(4), endedOn == nil { throw corrupt("endedOn") }
            let detectedOn = row.isNull(5) ? nil : row.date(5)
            if !row.isNull(5), detectedOn == nil { throw corrupt("detectedOn") }
            guard let gain = VND(bounded: row.integer(6)) else { throw corrupt("illegalGainVND") }
            cases[index].violations.append(
                CaseViolation(
                    code: row.withText(1) { texts.text($0) }, sector: row.withText(2) { texts.text($0) },
                    committedOn: committedOn, endedOn: endedOn, detectedOn: detectedOn, illegalGainVND: gain))
        }
        try merge(
            """
            SELECT caseId, kind, code FROM caseCircumstance WHERE caseId >= ? AND caseId < ?
            ORDER BY caseId, kind, position
            """
        ) { index, row in
            let code = row.withText(2) { texts.text($0) }
            if row.textEquals(1, "mitigating") {
                cases[index].mitigating.append(code)
            } else if row.textEquals(1, "aggravating") {
                cases[index].aggravating.append(code)
            } else {
                throw Self.corruptSnapshot(cases[index].id.rawValue, "caseCircumstance", "kind")
            }
        }
        try merge(
            """
            SELECT caseId, violationPosition, kind, code FROM violationCircumstance WHERE caseId >= ? AND caseId < ?
            ORDER BY caseId, violationPosition, kind, position
            """
        ) { index, row in
            let position = Int(row.integer(1))
            guard cases[index].violations.indices.contains(position) else {
                throw Self.corruptSnapshot(cases[index].id.rawValue, "violationCircumstance", "violationPosition")
            }
            let code = row.withText(3) { texts.text($0) }
            if row.textEquals(2, "mitigating") {
                cases[index].violations[position].mitigating.append(code)
            } else if row.textEquals(2, "aggravating") {
                cases[index].violations[position].aggravating.append(code)
            } else {
                throw Self.corruptSnapshot(cases[index].id.rawValue, "violationCircumstance", "kind")
            }
        }
        try merge(
            "SELECT caseId, days FROM decisionDeadlineExtension WHERE caseId >= ? AND caseId < ? ORDER BY caseId, position"
        ) { index, row in
            cases[index].facts.extensionDays += Int(row.integer(1))
        }
        try merge(
            """
            SELECT caseId, decidedOn, totalFineVND, receivedOn, paymentDueOn
            FROM penaltyDecision WHERE caseId >= ? AND caseId < ? ORDER BY caseId
            """
        ) { index, row in
            let corrupt = { (column: String) in Self.corruptSnapshot(cases[index].id.rawValue, "penaltyDecision", column) }
            guard let decidedOn = row.date(1) else { throw corrupt("decidedOn") }
            guard let total = VND(bounded: row.integer(2)) else { throw corrupt("totalFineVND") }
            let receivedOn = row.isNull(3) ? nil : row.date(3)
            if !row.isNull(3), receivedOn == nil { throw corrupt("receivedOn") }
            let paymentDueOn = row.isNull(4) ? nil : row.date(4)
            if !row.isNull(4), paymentDueOn == nil { throw corrupt("paymentDueOn") }
            cases[index].decision = RecordedDecision(
                decidedOn: decidedOn, totalFineVND: total, lineFinesVND: [], receivedOn: receivedOn,
                paymentDueOn: paymentDueOn)
        }
        try merge(
            "SELECT caseId, fineVND FROM decisionLine WHERE caseId >= ? AND caseId < ? ORDER BY caseId, position"
        ) { index, row in
            guard let fine = VND(bounded: row.integer(1)) else {
                throw Self.corruptSnapshot(cases[index].id.rawValue, "decisionLine", "fineVND")
            }
            cases[index].decision?.lineFinesVND.append(fine)
        }
        return cases
    }

    /// Ends a statement stopped before its last row, so GRDB can use it again.
    private static func sqlite3Finish(_ rows: RawRows) { rows.reset() }

    /// A value that does not decode: names the case and the column, never the value (it may be personal data).
    private static func corruptSnapshot(_ caseID: Int64, _ table: String, _ column: String) -> StoreError {
        StoreError(
            .corrupt, "penalty case #\(caseID) has a value thanhtra cannot read in \(table).\(column)",
            hint: "the database was changed outside thanhtra; restore it from a backup")
    }
}
