import Casework
import GRDB
import Testing

@testable import Store

/// SQLite's own side of a case's timeline: the query reads the index `journalOnCase`, not the whole journal, and an
/// entry whose payload is not JSON is still written (it indexes NULL).
@Suite struct JournalCaseIndexTests {
    @Test func aCasesEntriesAreReadThroughTheIndex() throws {
        let store = try SQLiteStore.makeEmpty()
        let plan = try store.read { db in
            try Row.fetchAll(
                db, sql: "EXPLAIN QUERY PLAN SELECT * FROM journal WHERE \(SQLiteStore.journalCaseReference) = ? ORDER BY sequence",
                arguments: [7]
            ).map { $0["detail"] as String }
        }
        #expect(plan == ["SEARCH journal USING INDEX journalOnCase (<expr>=?)"])
    }

    @Test func aCaseCommandWhosePayloadIsNoObjectIsWrittenAndNamesNoCase() throws {
        // Given a case, and a `case …` entry whose payload is a JSON string, not an object
        let store = try SQLiteStore.makeEmpty()
        let subject = try store.addSubject(.company(1), context: .test)
        let opened = try store.openCase(.sample(subject: subject.id), context: .test)
        try store.perform("case remark", payload: "case 1 was discussed", context: .test) { _ in }

        // Then the entry is in the journal, the chain intact, and the case's entries are its opening alone
        let entries = try store.journal(after: 0, limit: 10)
        #expect(entries.map(\.command) == ["subject add", "case open", "case remark"])
        #expect(try store.verifyJournal() == .intact(entries: 3, head: entries[2].hash))
        #expect(try store.journal(ofCase: opened.id).map(\.sequence) == [2])
    }
}
