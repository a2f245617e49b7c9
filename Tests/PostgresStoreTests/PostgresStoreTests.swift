import Casework
import Foundation
import Logging
import PostgresNIO
import PostgresStore
import Store
import Testing

/// What is PostgreSQL's own in ``PostgresStore`` (the ports' behaviour is the conformance suite's, in StoreTests):
/// the write lock and its busy error, the journal written as SQLite's store writes it, errors that never show the
/// password.
@Suite(.enabled(if: TestServer.runs, TestServer.skipReason))
struct PostgresStoreTests {
    static let context = CommandContext(actor: "thanh.nguyen", timestamp: "2026-11-23T16:05:09+07:00")

    /// Runs `body` with a store on a new, empty database of its own, dropped afterwards.
    static func withStore<T>(_ body: (PostgresStore, PostgresSettings) throws -> T) async throws -> T {
        let name = "thanhtra_store_\(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: ""))"
        let admin = try await TestServer.settings().connect(logger: TestServer.logger)
        try await admin.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"), logger: TestServer.logger)
        let result: Result<T, any Error>
        do {
            let settings = try TestServer.settings(database: name)
            result = .success(try body(try PostgresStore(settings: settings), settings))
        } catch {
            result = .failure(error)
        }
        _ = try? await admin.query(
            PostgresQuery(unsafeSQL: "DROP DATABASE \(name) WITH (FORCE)"), logger: TestServer.logger)
        try? await admin.close()
        return try result.get()
    }

    @Test func aWriterWaitingPastTheBusyTimeoutGetsTheBusyErrorAndWritesNothing() async throws {
        try await Self.withStore { store, settings in
            // A second store (its own connection, as another process would have) waits at most one second.
            let other = try PostgresStore(settings: settings, busyTimeout: 1)
            let error = try store.inOneTransaction { batch -> (result: StoreError?, commit: Bool) in
                _ = try batch.addSubject(
                    NewSubject(kind: .organization, identifier: "0101234567", name: "Công ty A", address: "Hà Nội"),
                    context: Self.context)
                let started = Date()
                let refused = #expect(throws: StoreError.self) {
                    try other.addSubject(
                        NewSubject(kind: .organization, identifier: "0107654321", name: "Công ty B", address: "Huế"),
                        context: Self.context)
                }
                #expect(Date().timeIntervalSince(started) >= 0.9)
                return (refused, true)
            }
            #expect(error?.kind == .busy)
            #expect(error?.message.hasPrefix("database is busy: another thanhtra is writing to postgres://") == true)
            #expect(error?.hint == "try again in a moment")
            // The batch committed its subject; the refused one left nothing.
            #expect(try other.subjects(kind: nil, search: nil, limit: 10).map(\.identifier) == ["0101234567"])
            #expect(try other.journal(after: 0, limit: 10).count == 1)
        }
    }

    @Test func theSameCommandsJournalTheSamePayloadsAsSQLiteWithHashesOfTheSameFunction() async throws {
        try await Self.withStore { postgres, _ in
            let sqlite = try SQLiteStore.makeEmpty()
            for store in [postgres, sqlite] as [any InspectorateStore] {
                try store.saveSettings(["rulesDirectory": "rules/"], command: "init", context: Self.context)
                _ = try store.addSubject(
                    NewSubject(kind: .person, identifier: "001089012345", name: "Nguyễn Văn Đông", address: "Huế"),
                    context: Self.context)
                _ = try store.addSubjects(
                    [NewSubject(kind: .organization, identifier: "0101234567", name: "Công ty \"Ánh\"/Dương", address: "")],
                    command: "import subjects", context: Self.context, payload: { $0 })
            }
            let onPostgres = try postgres.journal(after: 0, limit: 10)
            let onSQLite = try sqlite.journal(after: 0, limit: 10)
            #expect(onPostgres.count == 3)
            #expect(onPostgres.map(\.payload) == onSQLite.map(\.payload))
            #expect(onPostgres.map(\.command) == onSQLite.map(\.command))
            #expect(onPostgres.map(\.recordedAt) == onSQLite.map(\.recordedAt))
            // PostgreSQL keeps no state digest yet: its entries are the format without one, hashed by the same
            // function, so every hash is recomputable from the entry's fields.
            for entry in onPostgres {
                #expect(entry.stateDigest == nil)
                #expect(
                    entry.hash
                        == JournalEntry.computeHash(
                            previousHash: entry.previousHash, sequence: entry.sequence, recordedAt: entry.recordedAt,
                            actor: entry.actor, command: entry.command, payload: entry.payload, packHash: entry.packHash))
            }
            #expect(try postgres.verifyJournal() == .intact(entries: 3, head: onPostgres[2].hash))
            #expect(try postgres.journalHead() == (3, onPostgres[2].hash))
        }
    }

    @Test func theAuditVerifiesTheChainAndSaysThatRowSealsAreNotKept() async throws {
        try await Self.withStore { store, _ in
            _ = try store.addSubject(
                NewSubject(kind: .person, identifier: "001089012345", name: "Nguyễn Văn Minh", address: "Huế"),
                context: Self.context)
            let head = try store.journalHead()
            let audit = try store.auditJournal(head: head, fullIntegrityCheck: true)
            #expect(audit.isIntact)
            #expect(audit.chain == .intact(entries: 1, head: head.hash))
            #expect(audit.sealedRows == 0 && audit.sealedTables == 0)
            #expect(
                audit.notChecked
                    == "row seals are not kept on PostgreSQL yet: only the journal's hash chain was verified, not the "
                    + "tables against it")
            // A head from the future is a truncated tail.
            let ahead = try store.auditJournal(head: (5, head.hash), fullIntegrityCheck: true)
            #expect(ahead.problems.map(\.kind) == [.truncated])
        }
    }

    @Test func aStoredAmountBeyondTheBoundIsNamedBeforeAReportAddsItUp() async throws {
        try await Self.withStore { store, settings in
            // Given a decision whose fine was written outside thanhtra, beyond 10^15 đồng
            _ = try store.addSubject(
                NewSubject(kind: .organization, identifier: "0101234567", name: "Công ty A", address: "Hà Nội"),
                context: Self.context)
            let connection = try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.next(), configuration: try settings.makeConnectionConfiguration(),
                id: 9, logger: TestServer.logger
            ).wait()
            defer { try? connection.close().wait() }
            _ = try connection.query(
                """
                INSERT INTO penaltyCase (subjectId, violatorKind, recordNumber, recordMadeOn, recordPlace, openedOn,
                    decisionDueOn, openedWithPack, state, isComplex, explanationRequested, isMinor, extensionDays)
                VALUES (1, 'organization', 'BB-1', DATE '2026-10-20', 'x', DATE '2026-10-20', DATE '2026-11-20', 'p',
                    'decided', false, false, false, 0)
                """, logger: TestServer.logger
            ).wait()
            _ = try connection.query(
                """
                INSERT INTO penaltyDecision (caseId, number, decidedOn, signerTitle, signerName, totalFineVND,
                    totalRemedialVND, packHash, steps, enforcementExpiresOn)
                VALUES (1, 'QD-1', DATE '2026-10-25', 'x', 'x', 2000000000000000, 0, 'p', '[]', DATE '2027-10-25')
                """, logger: TestServer.logger
            ).wait()
            // Then a report refuses to add it up, naming the record (as SQLite's store does)
            let period = try #require(
                CalendarDate(year: 2026, month: 10, day: 15).map {
                    ReportPeriod(kind: "monthly", label: "2026-11", from: $0, before: $0.adding(days: 31))
                })
            let error = #expect(throws: StoreError.self) { try store.figures(for: period) }
            #expect(error?.kind == .corrupt)
            #expect(
                error?.message
                    == "penalty case #1 holds 2000000000000000 in penaltyDecision.totalFineVND, outside 0 … "
                    + "\(VND.maximum.formatted()) (10^15 đồng), the bound of every amount; totals cannot be computed")
        }
    }

    @Test func aMissingDatabaseIsAnIOErrorThatNamesItWithoutThePassword() async throws {
        let settings = try TestServer.settings(database: "thanhtra_no_such_database")
        let password = settings.password?.revealed ?? ""
        let error = #expect(throws: StoreError.self) { try PostgresStore(settings: settings) }
        #expect(error?.kind == .io)
        #expect(error?.message.hasPrefix("cannot open postgres://") == true, "\(String(describing: error))")
        #expect(error?.message.hasSuffix("/thanhtra_no_such_database: the database does not exist") == true)
        if !password.isEmpty { #expect(error.map { !"\($0)".contains(password) } == true) }
    }
}
