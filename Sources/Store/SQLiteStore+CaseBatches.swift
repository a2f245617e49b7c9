public import Casework
import GRDB

extension SQLiteStore {
    /// Calls `body` with every case in `states`, whole, `batchSize` at a time in ID order, inside one read
    /// transaction: bulk work over all cases in constant memory (`case recompute`).
    ///
    /// - Throws: ``StoreError`` (`.corrupt` naming the case and column); what `body` throws, unchanged.
    public func forEachPenaltyCase(
        inStates states: Set<PenaltyCase.State>, batchSize: Int = 500, _ body: ([PenaltyCase]) throws -> Void
    ) throws {
        let list = PenaltyCase.State.allCases.filter { states.contains($0) }
        guard !list.isEmpty else { return }
        let stateList = list.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        try read { db in
            var after: Int64 = 0
            while true {
                let ids = try Int64.fetchAll(
                    db, sql: "SELECT id FROM penaltyCase WHERE id > ? AND state IN (\(stateList)) ORDER BY id LIMIT ?",
                    arguments: [after, max(1, batchSize)])
                guard let last = ids.last else { return }
                try body(try PenaltyCase.fetchAll(db, ids: ids))
                after = last
            }
        }
    }
}
