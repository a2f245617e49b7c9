import Casework
import GRDB
import Testing

@testable import Store

/// Someone with the file and a SQLite shell drops the triggers and edits history; verification must notice at
/// exactly the first entry that no longer fits.
@Suite struct JournalTamperingTests {
    /// A store file with ten journaled commands and the append-only triggers dropped.
    private func makeTamperableStore() throws -> (TemporaryDirectory, SQLiteStore, DatabaseQueue) {
        let directory = try TemporaryDirectory()
        let store = try SQLiteStore(path: directory.path())
        for number in 1...10 {
            _ = try store.addSubject(.company(number), context: .test)
        }
        let raw = try rawDatabase(directory.path())
        try raw.write { db in
            try db.execute(sql: "DROP TRIGGER journalRefusesUpdate; DROP TRIGGER journalRefusesDelete")
        }
        return (directory, store, raw)
    }

    private func hash(_ sequence: Int64, in store: SQLiteStore) throws -> String {
        try #require(try store.journal(after: sequence - 1, limit: 1).first).hash
    }

    @Test func anAlteredPayloadIsReportedAtItsEntry() throws {
        let (directory, store, raw) = try makeTamperableStore()
        defer { directory.remove() }
        let original = try hash(5, in: store)

        try raw.write { db in
            try db.execute(sql: "UPDATE journal SET payload = replace(payload, 'Công ty', 'Cty') WHERE sequence = 5")
        }

        let entry = try #require(try store.journal(after: 4, limit: 1).first)
        #expect(
            try store.verifyJournal()
                == .broken(
                    sequence: 5,
                    reason: "its stored hash \(original) does not match the hash of its contents, "
                        + "\(entry.expectedHash): the entry was altered"))
    }

    @Test func aDeletedMiddleEntryIsReportedAsMissing() throws {
        let (directory, store, raw) = try makeTamperableStore()
        defer { directory.remove() }

        try raw.write { db in try db.execute(sql: "DELETE FROM journal WHERE sequence = 5") }

        #expect(
            try store.verifyJournal()
                == .broken(sequence: 5, reason: "entry 5 is missing: entry 4 is followed by entry 6"))
    }

    @Test func aDeletedFirstEntryIsReportedAsMissing() throws {
        let (directory, store, raw) = try makeTamperableStore()
        defer { directory.remove() }

        try raw.write { db in try db.execute(sql: "DELETE FROM journal WHERE sequence = 1") }

        #expect(
            try store.verifyJournal() == .broken(sequence: 1, reason: "entry 1 is missing: the journal starts at entry 2"))
    }

    @Test func anAlteredHashIsReportedAtItsEntryNotTheNext() throws {
        let (directory, store, raw) = try makeTamperableStore()
        defer { directory.remove() }
        let forged = String(repeating: "f", count: 64)
        let entry = try #require(try store.journal(after: 6, limit: 1).first)

        try raw.write { db in
            try db.execute(sql: "UPDATE journal SET hash = ? WHERE sequence = 7", arguments: [forged])
        }

        #expect(
            try store.verifyJournal()
                == .broken(
                    sequence: 7,
                    reason: "its stored hash \(forged) does not match the hash of its contents, "
                        + "\(entry.expectedHash): the entry was altered"))
    }

    @Test func aRechainedEntryWithAForgedPreviousHashIsReported() throws {
        // Given an entry rewritten consistently with itself, but pointing at a forged predecessor
        let (directory, store, raw) = try makeTamperableStore()
        defer { directory.remove() }
        var entry = try #require(try store.journal(after: 2, limit: 1).first)
        let realPrevious = try hash(2, in: store)
        entry.previousHash = String(repeating: "1", count: 64)
        entry.hash = entry.expectedHash

        // When it is written over the original
        try raw.write { db in
            try db.execute(
                sql: "UPDATE journal SET previousHash = ?, hash = ? WHERE sequence = 3",
                arguments: [entry.previousHash, entry.hash])
        }

        // Then verification names it and both hashes
        #expect(
            try store.verifyJournal()
                == .broken(
                    sequence: 3,
                    reason: "its previousHash \(entry.previousHash) is not the hash of entry 2, \(realPrevious)"))
    }

    @Test func anUntouchedCopyStillVerifies() throws {
        let (directory, store, _) = try makeTamperableStore()
        defer { directory.remove() }
        #expect(try store.verifyJournal() == .intact(entries: 10, head: hash(10, in: store)))
    }
}
