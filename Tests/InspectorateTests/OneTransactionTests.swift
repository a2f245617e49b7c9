import Casework
import Foundation
import Inspectorate
import Reports
import Rules
import Store
import Testing

/// The transaction port: use cases run against the store it hands out join one transaction of the file.
@Suite struct OneTransactionTests {
    /// A fresh database file in the temporary folder, removed by `body`'s end.
    private func withFile(_ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("thanhtra-tx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder.appendingPathComponent("db.sqlite").path)
    }

    private func inspectorate(_ store: any InspectorateStore, _ bench: Workbench) -> Inspectorate {
        Inspectorate(store: store, policy: bench.engine, pack: bench.inspectorate.pack)
    }

    @Test func useCasesInOneTransactionAreAllRolledBackWhenTheBodySaysSo() throws {
        try withFile { path in
            let bench = try Workbench()
            let store = try SQLiteStore(path: path)
            let subject = try store.addSubject(NewSubject(kind: .organization, identifier: "0101234567", name: "Công ty A"), context: acting.context).id
            let before = try store.journal(after: 0, limit: 1000).count

            let opened = try store.inOneTransaction { tx in
                let first = try inspectorate(tx, bench).openInspection(.regular([subject]), acting: acting)
                // A later use case sees what the earlier one wrote: the pack warns of the first.
                let second = try inspectorate(tx, bench).openInspection(.regular([subject]), acting: acting)
                #expect(second.warnings.map(\.inspectionID) == [first.inspection.id])
                return (result: [first.inspection.id, second.inspection.id], commit: false)
            }

            #expect(opened.count == 2)
            #expect(try store.inspections(InspectionFilter()).isEmpty)
            #expect(try store.journal(after: 0, limit: 1000).count == before)
        }
    }

    @Test func useCasesInOneTransactionAreCommittedTogetherWithTheirJournalEntries() throws {
        try withFile { path in
            let bench = try Workbench()
            let store = try SQLiteStore(path: path)
            let subject = try store.addSubject(NewSubject(kind: .organization, identifier: "0101234567", name: "Công ty A"), context: acting.context).id
            try store.inOneTransaction { tx in
                _ = try inspectorate(tx, bench).openInspection(.regular([subject]), acting: acting)
                _ = try inspectorate(tx, bench).fileReport(kind: "monthly", spec: "2026-10", language: .en, acting: acting)
                return (result: (), commit: true)
            }
            #expect(try store.inspections(InspectionFilter()).count == 1)
            #expect(try store.filedReports().count == 1)
            #expect(try store.journal(after: 0, limit: 1000).map(\.command).suffix(3) == ["rules record", "inspection open", "report file"])
        }
    }

    @Test func anInMemoryStoreCannotHostOneTransaction() throws {
        let store = try SQLiteStore.makeEmpty()
        let error = try #require(throws: StoreError.self) {
            try store.inOneTransaction { _ in (result: (), commit: true) }
        }
        #expect(error.kind == .invalid)
    }
}
