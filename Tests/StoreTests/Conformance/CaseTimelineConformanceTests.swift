import Casework
import Foundation
import Testing

/// ``CaseStore/journal(ofCase:)``, the store's query behind a case's timeline: the same entries, in the same order,
/// as reading the whole journal and keeping those about the case (what `Registry.timeline` did before the index).
///
/// Written against the ports only and run for every store of ``StoreFactory/all`` that implements the ports it uses (``StoreFactory/implementing(_:)``).
@Suite struct CaseTimelineConformanceTests {
    /// The entries about case `id` found by reading every entry and parsing its payload: `case open` by the case's
    /// `id`, every other `case …` command by its `case`.
    static func scanned(_ store: any InspectorateStore, case id: PenaltyCase.ID) throws -> [JournalEntry] {
        try store.journal(after: 0, limit: 10_000).filter { entry in
            guard entry.command.hasPrefix("case "),
                let object = try JSONSerialization.jsonObject(with: Data(entry.payload.utf8)) as? [String: Any]
            else { return false }
            let key = entry.command == "case open" ? "id" : "case"
            return (object[key] as? NSNumber)?.int64Value == id.rawValue
        }
    }

    @Test(arguments: StoreFactory.implementing(.penaltyCases, .subjects, .settings, .journal))
    func aCasesEntriesAreTheJournalsEntriesAboutIt(_ factory: StoreFactory) throws {
        // Given twelve cases whose commands interleave in the journal (case 1 and case 12, case 2 and case 12 share
        // digits), other commands between them, and a `case …` entry whose payload names no case
        try factory.withStore { store in
            let subject = try store.addSubject(.company(1), context: .test)
            for number in 1...12 {
                _ = try store.openCase(.sample(subject: subject.id, record: "BB-\(number)/2026"), context: .test)
                _ = try store.addSubject(.company(100 + number), context: .test)
            }
            try store.saveSettings(["note": "not a case"], command: "case note", context: .test)
            for id: PenaltyCase.ID in [12, 1, 2, 12, 1] {
                _ = try store.record(
                    .decisionDeadlineExtended(newDueOn: day("2026-04-16"), days: 30, reason: "vụ việc phức tạp"), on: id,
                    state: .open, command: "case extend")
            }
            _ = try store.record(.decided(decision: .sample()), on: 12, state: .decided, command: "case decide")

            // When each case's entries are asked of the store
            for number in Int64(1)...13 {
                let id = PenaltyCase.ID(rawValue: number)
                let indexed = try store.journal(ofCase: id)

                // Then they are exactly the scanned ones, oldest first
                #expect(indexed == (try Self.scanned(store, case: id)), "case #\(number)")
            }
            #expect(try store.journal(ofCase: 12).map(\.command) == ["case open", "case extend", "case extend", "case decide"])
            #expect(try store.journal(ofCase: 1).map(\.command) == ["case open", "case extend", "case extend"])
            #expect(try store.journal(ofCase: 13) == [])
        }
    }
}
