import Casework
import GRDB
import Testing

@testable import Store

@Suite struct PenaltyCaseTests {
    @Test func decisionLinesStoreTheirRemedialSumAndStepsAsJSON() throws {
        // Given a decided case
        let store = try SQLiteStore.makeEmpty()
        let subject = try store.addSubject(.company(1), context: .test)
        let opened = try store.openCase(.sample(subject: subject.id), context: .test)
        _ = try store.record(.decided(decision: .sample()), on: opened.id, state: .decided)

        // Then the line's row has the sum of its remedies and its steps as JSON text, unescaped Vietnamese included
        let row = try #require(
            try store.read { db in
                try Row.fetchOne(db, sql: "SELECT remedialVND, remedies, steps FROM decisionLine WHERE caseId = 1")
            })
        #expect(row["remedialVND"] as Int64 == 1_250_000)
        #expect(
            row["steps"] as String
                == #"[{"citation":"Điều 23 k4","text":"mức trung bình = (4.000.000 + 8.000.000) / 2 = 6.000.000 đ"},"#
                + #"{"citation":"Điều 9, Điều 10","text":"tình tiết \"giảm nhẹ\" và \\ tăng nặng bù trừ"}]"#)
        #expect((row["remedies"] as String).hasPrefix(#"[{"amountVND":1250000,"code":"nop_lai_loi","#))
    }
}
