import Casework
import Testing

/// The journal through ``CaseStore``: every command appends one entry chained to the head, read back in pages,
/// and `verifyJournal` agrees.
///
/// Written against the ports only and run for every store of ``StoreFactory/all`` that implements the ports it uses (``StoreFactory/implementing(_:)``).
@Suite struct JournalConformanceTests {
    @Test(arguments: StoreFactory.implementing(.journal, .subjects, .settings))
    func anEmptyJournalIsIntactWithTheGenesisHead(_ factory: StoreFactory) throws {
        try factory.withStore { store throws in
            #expect(try store.verifyJournal() == .intact(entries: 0, head: JournalEntry.genesisHash))
            #expect(try store.journal(after: 0, limit: 10) == [])
        }
    }

    @Test(arguments: StoreFactory.implementing(.journal, .subjects, .settings))
    func manyCommandsFormAnIntactChain(_ factory: StoreFactory) throws {
        // Given 120 subjects and a settings change, each its own command
        try factory.withStore { store in
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
    }

    @Test(arguments: StoreFactory.implementing(.journal, .subjects, .settings))
    func entriesRecordTheContextAndACanonicalPayload(_ factory: StoreFactory) throws {
        try factory.withStore { store in
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
    }

    @Test(arguments: StoreFactory.implementing(.journal, .subjects, .settings))
    func journalPagesAfterASequence(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            for number in 1...25 {
                _ = try store.addSubject(.company(number), context: .test)
            }
            #expect(try store.journal(after: 0, limit: 10).map(\.sequence) == Array(1...10))
            #expect(try store.journal(after: 10, limit: 10).map(\.sequence) == Array(11...20))
            #expect(try store.journal(after: 20, limit: 10).map(\.sequence) == Array(21...25))
            #expect(try store.journal(after: 25, limit: 10) == [])
            #expect(try store.journal(after: 3, limit: 0) == [])
        }
    }
}
