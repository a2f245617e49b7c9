import Casework
import Foundation
import GRDB
import Testing

@testable import Store

@Suite struct OpeningTests {
    @Test func aNewFileIsCreatedInWALModeWithForeignKeysAndSurvivesReopening() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }

        let added = try SQLiteStore(path: directory.path()).addSubject(.company(1), context: .test)
        let reopened = try SQLiteStore(path: directory.path())

        #expect(try reopened.subject(id: added.id) == added)
        #expect(try reopened.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal")
        #expect(try reopened.read { db in try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") } == true)
        #expect(try reopened.verifyJournal() == .intact(entries: 1, head: reopened.journal(after: 0, limit: 1)[0].hash))
    }

    @Test func aDatabaseMigratedByANewerThanhtraIsRefused() throws {
        // Given a store file on which a future version ran a migration this one does not know
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        _ = try SQLiteStore(path: directory.path())
        try rawDatabase(directory.path()).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('2099-01-01-createHologram')")
        }

        // When it is opened
        let error = #expect(throws: StoreError.self) { try SQLiteStore(path: directory.path()) }

        // Then
        #expect(error?.kind == .schemaTooNew)
        #expect(
            error?.description == """
                error: \(directory.path()) was created by a newer thanhtra
                  help: upgrade thanhtra to open this database
                """)
    }

    @Test func aFileThatIsNotADatabaseIsReportedAsCorrupt() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("notes.sqlite")
        try Data(String(repeating: "Biên bản thanh tra\n", count: 400).utf8).write(to: URL(fileURLWithPath: path))

        let error = #expect(throws: StoreError.self) { try SQLiteStore(path: path) }

        #expect(
            error?.description == """
                error: \(path) is not a thanhtra database, or it is damaged
                  help: check the database path; if it was a thanhtra database, restore it from a backup
                """)
    }

    @Test func aFileInAMissingDirectoryCannotBeOpened() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("no/such/dir/thanhtra.sqlite")

        let error = #expect(throws: StoreError.self) { try SQLiteStore(path: path) }

        #expect(
            error?.description == """
                error: cannot open or create the database \(path)
                  help: check that the directory exists and that you may read and write there
                """)
    }

    @Test func aWriterThatWaitsTooLongGetsABusyError() throws {
        // Given another connection holding the write lock
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try SQLiteStore(path: directory.path(), busyTimeout: 0.2)
        let other = try rawDatabase(directory.path())

        // When the store tries to write meanwhile
        let error = try other.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            defer { try? db.execute(sql: "ROLLBACK") }
            return #expect(throws: StoreError.self) { try store.addSubject(.company(1), context: .test) }
        }

        // Then it is told to try again, and nothing was written
        #expect(
            error?.description == """
                error: database is busy: another thanhtra is writing to \(directory.path())
                  help: try again in a moment
                """)
        #expect(try store.subjects(kind: nil, search: nil, limit: 10) == [])
        #expect(try store.verifyJournal() == .intact(entries: 0, head: JournalEntry.genesisHash))
    }
}
