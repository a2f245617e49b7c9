/// Bulk reading of whole penalty cases in constant memory (`case recompute`): the port a store implements for it.
public protocol PenaltyCaseBatchReader: Sendable {
    /// Calls `body` with every case in `states`, whole, `batchSize` at a time in ID order, inside one read
    /// transaction.
    ///
    /// - Throws: ``StoreError``; what `body` throws, unchanged.
    func forEachPenaltyCase(
        inStates states: Set<PenaltyCase.State>, batchSize: Int, _ body: ([PenaltyCase]) throws -> Void
    ) throws
}

extension PenaltyCaseBatchReader {
    /// ``forEachPenaltyCase(inStates:batchSize:_:)`` 500 cases at a time.
    public func forEachPenaltyCase(inStates states: Set<PenaltyCase.State>, _ body: ([PenaltyCase]) throws -> Void) throws {
        try forEachPenaltyCase(inStates: states, batchSize: 500, body)
    }
}
