import Casework
import Foundation
import Testing

/// Subjects registered in bulk through ``SubjectImportStore``: one journal entry per batch, all or nothing.
///
/// Written against the ports only and run for every store of ``StoreFactory/all`` that implements the ports it uses (``StoreFactory/implementing(_:)``).
@Suite struct BulkSubjectConformanceTests {
    struct Payload: Encodable { var count: Int }

    @Test(arguments: StoreFactory.implementing(.subjectImport, .subjects, .journal))
    func manySubjectsAreRegisteredWithOneJournalEntry(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let stored = try store.addSubjects((1...500).map { .company($0) }, command: "import subjects", context: .test) {
                Payload(count: $0.count)
            }
            #expect(stored.map(\.id.rawValue) == Array(1...500))
            let journal = try store.journal(after: 0, limit: 10)
            #expect(journal.map(\.command) == ["import subjects"])
            #expect(journal.first?.payload == #"{"count":500}"#)
            #expect(try store.subjects(kind: .organization, search: "Công ty số 250", limit: 5).map(\.id) == [250])
        }
    }

    @Test(arguments: StoreFactory.implementing(.subjectImport, .subjects, .journal))
    func oneRegisteredSubjectWritesNothing(_ factory: StoreFactory) throws {
        // Given a registered company
        try factory.withStore { store in
            _ = try store.addSubject(.company(7), context: .test)

            // When a batch includes it again
            let error = #expect(throws: StoreError.self) {
                try store.addSubjects([.company(6), .company(7), .company(8)], command: "import subjects", context: .test) {
                    Payload(count: $0.count)
                }
            }

            // Then nothing of the batch is written or journaled
            #expect(error?.description == """
                error: subject with tax code 0100000007 is already registered as #1
                  help: see `thanhtra subject show 1`
                """)
            #expect(try store.subjects(kind: nil, search: nil, limit: 10).count == 1)
            #expect(try store.journal(after: 0, limit: 10).count == 1)
        }
    }

    @Test(arguments: StoreFactory.implementing(.subjectImport, .subjects, .journal))
    func aSubjectGivenTwiceInOneBatchIsRefused(_ factory: StoreFactory) throws {
        try factory.withStore { store throws in
            let error = #expect(throws: StoreError.self) {
                try store.addSubjects([.company(1), .company(1)], command: "batch subject add", context: .test) { $0 }
            }
            #expect(error?.kind == .duplicate)
            #expect(error?.message == "subject with tax code 0100000001 is given twice")
            #expect(try store.journal(after: 0, limit: 10).isEmpty)
        }
    }

    @Test(arguments: StoreFactory.implementing(.subjectImport, .subjects, .journal))
    func registeredSubjectsAreFoundByKindAndIdentifier(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let added = try store.addSubject(.company(3), context: .test)
            let person = NewSubject(kind: .person, identifier: "0100000003" + "00", name: "P")
            let found = try store.registeredSubjects(among: [.company(2), .company(3), person])
            #expect(found == [NewSubject.company(3).registerKey: added.id])
        }
    }

    /// The same batch gives the same register on every store: the rows as given (backslashes, quotes, percent signs
    /// and Vietnamese letters kept byte for byte — PostgreSQL loads them as array parameters), the IDs in the
    /// order given, found again by the accent-insensitive search.
    @Test(arguments: StoreFactory.implementing(.subjectImport, .subjects, .journal))
    func aBatchGivesTheSameRegisterOnEveryStore(_ factory: StoreFactory) throws {
        let awkward = [
            #"Công ty "Đông Á" \ chi nhánh 1"#, "Hợp tác xã 100% vốn\\n", "Nguyễn Thị Ánh_Dương", "Doanh nghiệp tư nhân 'An Phú'",
        ]
        let batch = (1...1_200).map { number in
            NewSubject.company(number, name: number <= awkward.count ? awkward[number - 1] : nil)
        } + [NewSubject(kind: .person, identifier: "001089012345", name: "Trần Văn Đức", address: "Số 5\\ngõ 3")]
        try factory.withStore { store in
            _ = try store.addSubject(.company(9_999), context: .test)
            let stored = try store.addSubjects(batch, command: "import subjects", context: .test) {
                Payload(count: $0.count)
            }
            let expected = batch.enumerated().map { index, new in
                Subject(
                    id: Subject.ID(Int64(index) + 2), kind: new.kind, identifier: new.identifier, name: new.name,
                    address: new.address)
            }
            #expect(stored == expected)
            let all = try store.subjects(kind: nil, search: nil, limit: 10_000).sorted { $0.id < $1.id }
            #expect(all == [
                Subject(id: Subject.ID(1), kind: .organization, identifier: "0100009999", name: "Công ty số 9999",
                    address: "Hà Nội")
            ] + expected)
            #expect(try store.subjects(kind: nil, search: "dong a", limit: 5).map(\.id) == [Subject.ID(2)])
            #expect(try store.subjects(kind: nil, search: "100%", limit: 5).map(\.id) == [Subject.ID(3)])
            #expect(try store.subjects(kind: .person, search: "duc", limit: 5).map(\.id) == [Subject.ID(1_202)])
            #expect(try store.journal(after: 0, limit: 10).map(\.payload).last == #"{"count":1201}"#)
        }
    }

    /// Text that PostgreSQL's `COPY` text format would read as something else unless escaped — `\N` (NULL), `\.`
    /// (the end of the data), a backslash before a letter (`\t` a tab, `\n` a newline), a trailing backslash — is
    /// stored byte for byte on every store (PostgreSQL writes a batch with one `COPY … FROM STDIN`).
    @Test(arguments: StoreFactory.implementing(.subjectImport, .subjects, .journal))
    func textTheCopyFormatWouldReadOtherwiseIsStoredAsGiven(_ factory: StoreFactory) throws {
        let names = [#"\N"#, #"\."#, #"Công ty \t Hà Nội"#, #"Chi nhánh \n số 2 \"#, #"C:\\Program Files"#]
        let batch = names.enumerated().map { index, name in
            var subject = NewSubject.company(index + 1, name: name)
            subject.address = #"\N"# + String(repeating: "\\", count: index)
            return subject
        }
        try factory.withStore { store in
            _ = try store.addSubjects(batch, command: "import subjects", context: .test) { Payload(count: $0.count) }
            let read = try store.subjects(kind: nil, search: nil, limit: 10).sorted { $0.id < $1.id }
            #expect(read.map(\.name) == names)
            #expect(read.map(\.address) == batch.map(\.address))
            #expect(try store.subject(id: Subject.ID(1))?.name == #"\N"#)
        }
    }

    /// Batches written from more Swift tasks than the machine has cores, each blocking its thread of the cooperative
    /// pool in the store's call, all end: PostgreSQL's `COPY` (async in PostgresNIO) runs on a thread of its own that
    /// the blocked callers do not need to give back (a COPY run as a plain task once waited for ever here).
    @Test(arguments: StoreFactory.implementing(.subjectImport, .subjects, .journal))
    func batchesFromManyTasksAtOnceAllEnd(_ factory: StoreFactory) async throws {
        let tasks = max(8, 4 * ProcessInfo.processInfo.activeProcessorCount)
        let scratch = try TemporaryDirectory()
        defer {
            factory.dispose(scratch)
            scratch.remove()
        }
        // The store is released when `run` returns, before its database is dropped.
        func run() async throws {
            let shared = SharedStore(try factory.make(scratch))
            let written = try await withThrowingTaskGroup(of: Int.self) { group in
                for task in 0..<tasks {
                    group.addTask {
                        try shared.store.addSubjects(
                            (1...50).map { .company(task * 1_000 + $0) }, command: "import subjects", context: .test
                        ) { Payload(count: $0.count) }.count
                    }
                }
                return try await group.reduce(0, +)
            }
            #expect(written == tasks * 50)
            #expect(try shared.store.subjects(kind: nil, search: nil, limit: 10_000).count == tasks * 50)
            #expect(try shared.store.journal(after: 0, limit: 1_000).count == tasks)
        }
        try await run()
    }

    /// A store handed to the tasks of a group.
    ///
    /// `@unchecked Sendable`: every store is safe to call from several threads (each call takes its connection or
    /// file in turn).
    final class SharedStore: @unchecked Sendable {
        let store: any InspectorateStore
        init(_ store: any InspectorateStore) { self.store = store }
    }
}
