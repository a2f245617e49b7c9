import Casework
import Testing

/// Bulk reading through ``PenaltyCaseBatchReader`` (`case recompute`) and ``CaseSnapshotReader`` (`rules diff`):
/// every selected case, whole or as a snapshot, in ID order, in batches or ID ranges, and nothing else.
///
/// Written against the ports only and run for every store of ``StoreFactory/all`` that implements the ports it uses (``StoreFactory/implementing(_:)``).
@Suite struct BulkReadingConformanceTests {
    /// A store with subject 1 and a random history of 60 cases; and every case as read one by one.
    static func withHistory(_ factory: StoreFactory, _ body: (any InspectorateStore, [PenaltyCase]) throws -> Void) throws {
        try factory.withStore { store in
            _ = try store.addSubject(.company(1), context: .test)
            try PenaltyHistory.write(cases: 60, seed: 11, into: store)
            let cases = try (1...60).map { id in try #require(try store.penaltyCase(id: PenaltyCase.ID(rawValue: Int64(id)))) }
            try body(store, cases)
        }
    }

    @Test(arguments: StoreFactory.implementing(.penaltyCaseBatches, .penaltyCases, .subjects))
    func everyCaseInTheStatesComesWholeInIDOrderInBatches(_ factory: StoreFactory) throws {
        try Self.withHistory(factory) { store, cases in
            let states: Set<PenaltyCase.State> = [.decided, .settled]
            let expected = cases.filter { states.contains($0.state) }
            #expect(expected.count > 14, "the history decides enough cases to fill several batches")

            var batches: [[PenaltyCase]] = []
            try store.forEachPenaltyCase(inStates: states, batchSize: 7) { batches.append($0) }

            #expect(batches.flatMap { $0 } == expected)
            #expect(batches.dropLast().allSatisfy { $0.count == 7 })
            #expect((1...7).contains(batches.last?.count ?? 0))

            var all: [PenaltyCase] = []
            try store.forEachPenaltyCase(inStates: Set(PenaltyCase.State.allCases)) { all += $0 }
            #expect(all == cases)
            var none = 0
            try store.forEachPenaltyCase(inStates: []) { none += $0.count }
            #expect(none == 0)
        }
    }

    @Test(arguments: StoreFactory.implementing(.penaltyCaseBatches, .penaltyCases, .subjects))
    func anErrorThrownByTheBodyStopsTheReadingUnchanged(_ factory: StoreFactory) throws {
        try Self.withHistory(factory) { store, _ in
            var calls = 0
            #expect(throws: Refused(reason: "stop")) {
                try store.forEachPenaltyCase(inStates: Set(PenaltyCase.State.allCases), batchSize: 10) { _ in
                    calls += 1
                    throw Refused(reason: "stop")
                }
            }
            #expect(calls == 1)
        }
    }

    @Test(arguments: StoreFactory.implementing(.caseSnapshots, .penaltyCases, .subjects))
    func snapshotsAreTheSelectedCasesByIDRange(_ factory: StoreFactory) throws {
        try Self.withHistory(factory) { store, cases in
            // Given a selection by state and a half-open window of record dates
            let from = PenaltyHistory.start.adding(days: 100)
            let before = PenaltyHistory.start.adding(days: 400)
            let selection = CaseSelection(states: [.open, .decided], recordFrom: from, recordBefore: before)
            let expected = cases.filter {
                selection.states.contains($0.state) && from <= $0.record.madeOn && $0.record.madeOn < before
            }
            #expect(!expected.isEmpty)

            // Then the extent counts them and spans their IDs
            let extent = try store.caseSnapshotExtent(selection)
            #expect(extent.count == expected.count)
            #expect(extent.ids == expected.first!.id.rawValue...expected.last!.id.rawValue)
            #expect(try store.caseSnapshotExtent(CaseSelection(states: [])) == CaseSnapshotExtent(count: 0, ids: nil))

            // And reading any split of the span gives each selected case's snapshot once, in ID order
            let middle = (extent.ids!.lowerBound + extent.ids!.upperBound) / 2
            let (whole, halves) = try store.readCaseSnapshots { read in
                (
                    try read(selection, 0..<Int64.max),
                    try read(selection, 0..<middle) + read(selection, middle..<(extent.ids!.upperBound + 1))
                )
            }
            #expect(whole == expected.map(CaseSnapshot.init))
            #expect(halves == whole)
            let empty = try store.readCaseSnapshots { read in try read(selection, 1_000..<2_000) }
            #expect(empty.isEmpty)
        }
    }
}
