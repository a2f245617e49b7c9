import Casework
import GRDB
import Testing

@testable import Store

/// A store that holds an amount above ``VND/maximum`` (written behind thanhtra's back) answers every report with an
/// error naming the record, never a huge figure or an overflow trap.
@Suite struct AmountBoundStoreTests {
    func tampered(_ sql: String) throws -> SQLiteStore {
        let store = try makeReportStore()
        try store.perform("test edit", payload: sql, context: .test) { db in try db.execute(sql: sql) }
        return store
    }

    @Test func theFiguresOfACleanStoreAreComputed() throws {
        let store = try makeReportStore()
        #expect(try store.figures(for: reportP1).values[Figure.recoveredVND] == 7_000_000)
    }

    @Test func aPaymentAboveTheBoundStopsTheFiguresNamingItsCase() throws {
        let store = try tampered(
            "UPDATE payment SET amountVND = 1000000000000001 WHERE rowid = (SELECT MIN(rowid) FROM payment)")
        let caseID = try store.read { db in
            try Int64.fetchOne(db, sql: "SELECT caseId FROM payment WHERE amountVND = 1000000000000001")
        }
        let expected = "penalty case #\(caseID ?? -1) holds 1000000000000001 in payment.amountVND, outside 0 … "
            + "1.000.000.000.000.000 đ (10^15 đồng), the bound of every amount; totals cannot be computed"
        for read in [
            { _ = try store.figures(for: reportP1) },
            { _ = try store.figures(for: reportP1, named: [Figure.recoveredVND]) },
            { _ = try store.figures(for: [reportP2, reportP1], named: [Figure.recoveredVND]) },
            { _ = try store.members(of: Figure.decisions, in: reportP1) },
        ] as [() throws -> Void] {
            let error = #expect(throws: StoreError.self) { try read() }
            #expect(error?.kind == .corrupt)
            #expect(error?.message == expected)
        }
    }

    @Test func aFindingAtTheBoundIsAcceptedAndOneĐồngMoreIsNamed() throws {
        let atBound = try tampered("UPDATE finding SET amountVND = 1000000000000000 WHERE id = 1")
        #expect(throws: Never.self) { _ = try atBound.figures(for: reportP1) }
        let above = try tampered("UPDATE finding SET amountVND = 1000000000000001 WHERE id = 1")
        let error = #expect(throws: StoreError.self) { _ = try above.figures(for: reportP1) }
        #expect(error?.message.hasPrefix("inspection #") == true)
        #expect(error?.message.contains("holds 1000000000000001 in finding.amountVND") == true)
    }

    @Test func aCaseWhoseStoredFineIsAboveTheBoundIsReportedAsCorruptWhenLoaded() throws {
        let store = try tampered(
            "UPDATE penaltyDecision SET totalFineVND = 9223372036854775807 WHERE caseId = 1")
        let error = #expect(throws: StoreError.self) { _ = try store.penaltyCase(id: 1) }
        #expect(error?.kind == .corrupt)
        #expect(error?.message == "penalty case #1 has a value thanhtra cannot read in penaltyDecision.totalFineVND")
    }
}
