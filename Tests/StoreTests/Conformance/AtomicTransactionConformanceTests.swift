import Casework
import Testing

/// The transaction port (``TransactionalStore``, what `batch --atomic` runs its lines in): commands inside see each
/// other and are committed together, each with its own journal entry; a failing command leaves nothing of itself;
/// a rollback or an error leaves nothing at all.
///
/// Written against the ports only and run for every store of ``StoreFactory/all`` that implements the ports it uses (``StoreFactory/implementing(_:)``).
@Suite struct AtomicTransactionConformanceTests {
    @Test(arguments: StoreFactory.implementing(.transactions, .subjects, .journal))
    func commandsInsideSeeEachOtherAndCommitTogetherEachJournaled(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let seen = try store.inOneTransaction { batch in
                _ = try batch.addSubject(.company(1), context: .test)
                _ = try batch.addSubject(.company(2), context: .test)
                return (result: try batch.subjects(kind: nil, search: nil, limit: 10).count, commit: true)
            }
            #expect(seen == 2)
            #expect(try store.subjects(kind: nil, search: nil, limit: 100).count == 2)
            #expect(try store.journal(after: 0, limit: 10).map(\.command) == ["subject add", "subject add"])
            guard case .intact(let entries, _) = try store.verifyJournal() else {
                Issue.record("the journal is broken")
                return
            }
            #expect(entries == 2)
        }
    }

    @Test(arguments: StoreFactory.implementing(.transactions, .subjects, .journal))
    func aFailingCommandLeavesNothingOfItselfAndARollbackLeavesNothingAtAll(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            // Given a batch whose second command fails (the same subject again)
            let failures = try store.inOneTransaction { batch in
                _ = try batch.addSubject(.company(1), context: .test)
                var failures = 0
                do { _ = try batch.addSubject(.company(1), context: .test) } catch { failures += 1 }
                // Then the first is still there, once, inside the transaction
                #expect(try batch.subjects(kind: nil, search: nil, limit: 10).count == 1)
                #expect(try batch.journal(after: 0, limit: 10).count == 1)
                return (result: failures, commit: false)
            }
            // And after the rollback nothing at all is written
            #expect(failures == 1)
            #expect(try store.subjects(kind: nil, search: nil, limit: 100).isEmpty)
            #expect(try store.journal(after: 0, limit: 10).isEmpty)
        }
    }

    @Test(arguments: StoreFactory.implementing(.transactions, .subjects, .journal))
    func anErrorThrownByTheBodyRollsBack(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            struct Stop: Error {}
            #expect(throws: Stop.self) {
                try store.inOneTransaction { batch -> (result: Int, commit: Bool) in
                    _ = try batch.addSubject(.company(1), context: .test)
                    throw Stop()
                }
            }
            #expect(try store.subjects(kind: nil, search: nil, limit: 100).isEmpty)
            // The store is usable afterwards: the transaction ended.
            _ = try store.addSubject(.company(3), context: .test)
            #expect(try store.subjects(kind: nil, search: nil, limit: 100).count == 1)
        }
    }

    @Test(arguments: StoreFactory.implementing(.transactions, .subjects, .journal))
    func aBatchInsideABatchIsRefused(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let error = try #require(throws: StoreError.self) {
                try store.inOneTransaction { batch in
                    (result: try batch.inOneTransaction { _ in (result: 1, commit: true) }, commit: true)
                }
            }
            #expect(error.kind == .invalid)
            #expect(error.message == "a batch cannot run inside another batch's transaction")
            #expect(try store.journal(after: 0, limit: 10).isEmpty)
        }
    }
}
