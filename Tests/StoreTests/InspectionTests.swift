import Casework
import GRDB
import Testing

@testable import Store

@Suite struct InspectionTests {
    @Test func landIsStoredAsIntegerSquareDecimetres() throws {
        let store = try SQLiteStore.makeEmpty()
        let subject = try store.addSubject(.company(1), context: .test)
        let inspection = try store.makeInspection(.sample(subjects: [subject.id]), through: .onsite)
        _ = try store.addFinding(to: inspection.id, context: .test) {
            try InspectionCasework.addFinding(
                $0, NewFinding(subjectID: subject.id, description: "Lấn chiếm", category: "dat_dai",
                               landArea: LandArea(squareDecimetres: 5_050)))
        }
        let row = try #require(try store.read { db in
            try Row.fetchOne(db, sql: "SELECT typeof(landAreaDM2) AS type, landAreaDM2 FROM finding")
        })
        #expect(row["type"] as String == "integer")
        #expect(row["landAreaDM2"] as Int64 == 5_050)
        #expect(LandArea(squareDecimetres: 5_050).description == "50,50 m²")
        #expect(LandArea(squareMetres: 1_234_567).description == "1.234.567 m²")
    }
}
