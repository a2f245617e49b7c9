import Casework
import GRDB
import Testing

@testable import Store

@Suite struct JournalChainTests {
    @Test func theJournalRefusesChangesEvenFromInsideACommand() throws {
        let store = try SQLiteStore.makeEmpty()
        _ = try store.addSubject(.company(1), context: .test)

        let update = #expect(throws: StoreError.self) {
            try store.perform("tamper", payload: [String: String](), context: .test) { db in
                try db.execute(sql: "UPDATE journal SET actor = 'someone else'")
            }
        }
        #expect(
            update?.description == """
                error: refused by the database: the journal is append-only: entries cannot be changed
                  help: the journal is append-only; record a correcting command instead of changing history
                """)
        let delete = #expect(throws: StoreError.self) {
            try store.perform("tamper", payload: [String: String](), context: .test) { db in
                try db.execute(sql: "DELETE FROM journal")
            }
        }
        #expect(delete?.kind == .invalid)
        #expect(try store.verifyJournal() == .intact(entries: 1, head: store.journal(after: 0, limit: 1)[0].hash))
    }
}
