import Casework
import GRDB
import Testing

@testable import Store

@Suite struct JournalChainTests {
    @Test func anEmptyJournalIsIntactWithTheGenesisHead() throws {
        let store = try SQLiteStore.makeEmpty()
        #expect(try store.verifyJournal() == .intact(entries: 0, head: JournalEntry.genesisHash))
        #expect(try store.journal(after: 0, limit: 10) == [])
    }

    @Test func manyCommandsFormAnIntactChain() throws {
        // Given 120 subjects and a settings change, each its own command
        let store = try SQLiteStore.makeEmpty()
        for number in 1...120 {
            _ = try store.addSubject(.company(number), context: .test)
        }
        try store.saveSettings(["rules.path": "rules"], command: "init", context: .test)

        // When the whole journal is read
        let entries = try store.journal(after: 0, limit: 1000)

        // Then the entries are consecutive, each chained to the one before, and verification agrees
        #expect(entries.map(\.sequence) == Array(1...121))
        #expect(entries.first?.previousHash == JournalEntry.genesisHash)
        for (previous, entry) in zip(entries, entries.dropFirst()) {
            #expect(entry.previousHash == previous.hash)
        }
        #expect(entries.allSatisfy { $0.hash == $0.expectedHash })
        let head = try #require(entries.last?.hash)
        #expect(try store.verifyJournal() == .intact(entries: 121, head: head))
    }

    @Test func entriesRecordTheContextAndACanonicalPayload() throws {
        let store = try SQLiteStore.makeEmpty()
        let context = CommandContext(
            actor: "lan.tran", timestamp: "2026-11-24T08:00:00+07:00", packHash: String(repeating: "c", count: 64))
        _ = try store.addSubject(.company(7, name: "Công ty Ánh Dương/HN"), context: context)

        let entry = try #require(try store.journal(after: 0, limit: 1).first)
        #expect(entry.actor == "lan.tran")
        #expect(entry.recordedAt == "2026-11-24T08:00:00+07:00")
        #expect(entry.packHash == context.packHash)
        #expect(entry.command == "subject add")
        #expect(
            entry.payload
                == #"{"address":"Hà Nội","id":1,"identifier":"0100000007","kind":"organization","name":"Công ty Ánh Dương/HN"}"#
        )
    }

    @Test func journalPagesAfterASequence() throws {
        let store = try SQLiteStore.makeEmpty()
        for number in 1...25 {
            _ = try store.addSubject(.company(number), context: .test)
        }
        #expect(try store.journal(after: 0, limit: 10).map(\.sequence) == Array(1...10))
        #expect(try store.journal(after: 10, limit: 10).map(\.sequence) == Array(11...20))
        #expect(try store.journal(after: 20, limit: 10).map(\.sequence) == Array(21...25))
        #expect(try store.journal(after: 25, limit: 10) == [])
        #expect(try store.journal(after: 3, limit: 0) == [])
    }

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
