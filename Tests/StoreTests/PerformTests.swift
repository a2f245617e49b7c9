import Casework
import GRDB
import Testing

@testable import Store

@Suite struct PerformTests {
    @Test func aBodyThatThrowsLeavesNoStateAndNoJournalEntry() throws {
        let store = try SQLiteStore.makeEmpty()
        _ = try store.addSubject(.company(1), context: .test)
        let headBefore = try store.verifyJournal()

        #expect(throws: DeliberateFailure()) {
            try store.perform("broken command", payload: ["key": "value"], context: .test) { db in
                try db.execute(sql: "INSERT INTO setting (key, value) VALUES ('half', 'written')")
                try db.execute(sql: "DELETE FROM subject")
                throw DeliberateFailure()
            }
        }

        #expect(try store.setting("half") == nil)
        #expect(try store.subject(id: 1) != nil)
        #expect(try store.verifyJournal() == headBefore)
        #expect(try store.journal(after: 0, limit: 10).count == 1)
    }

    @Test func aPayloadThatCannotBeEncodedWritesNothing() throws {
        struct Unencodable: Encodable {
            func encode(to encoder: any Encoder) throws { throw DeliberateFailure() }
        }
        let store = try SQLiteStore.makeEmpty()

        let error = #expect(throws: StoreError.self) {
            try store.perform("odd", payload: Unencodable(), context: .test) { db in
                try db.execute(sql: "INSERT INTO setting (key, value) VALUES ('odd', '1')")
            }
        }
        #expect(error?.kind == .invalid)
        #expect(try store.setting("odd") == nil)
        #expect(try store.journal(after: 0, limit: 10) == [])
    }

    @Test func performReturnsTheBodysResultAndJournalsThePayload() throws {
        struct Payload: Encodable { var zeta = 1, alpha = "a/b", amount = VND(1_500_000) }
        let store = try SQLiteStore.makeEmpty()

        let count = try store.perform("count subjects", payload: Payload(), context: .test) { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM subject")
        }

        #expect(count == 0)
        let entry = try #require(try store.journal(after: 0, limit: 1).first)
        #expect(entry.command == "count subjects")
        #expect(entry.payload == #"{"alpha":"a/b","amount":1500000,"zeta":1}"#)
    }

    @Test func thePayloadCanComeFromTheBody() throws {
        let store = try SQLiteStore.makeEmpty()

        let id = try store.perform("note", context: .test) { db in
            try db.execute(sql: "INSERT INTO setting (key, value) VALUES ('note', 'x')")
            return (result: 99, payload: ["assigned": 99])
        }

        #expect(id == 99)
        #expect(try store.journal(after: 0, limit: 1).first?.payload == #"{"assigned":99}"#)
    }

    @Test func readRunsQueriesAndTranslatesErrors() throws {
        let store = try SQLiteStore.makeEmpty()
        #expect(try store.read { db in try String.fetchOne(db, sql: "PRAGMA foreign_keys") } == "1")
        let error = #expect(throws: StoreError.self) {
            try store.read { db in try db.execute(sql: "INSERT INTO setting (key, value) VALUES ('a', 'b')") }
        }
        #expect(error?.kind == .io)
    }
}
