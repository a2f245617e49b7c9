/// How many IDs go into one `IN (…)` list: well under SQLite's smallest limit on statement arguments (999).
let fetchBatchSize = 500

/// Reads the records with `ids` through `fetchBatch` (one call per batch of at most ``fetchBatchSize`` IDs) and
/// returns them in the order of `ids`; IDs without a record are skipped.
func fetchInBatches<Record>(
    ids: [Int64], id: (Record) -> Int64, _ fetchBatch: ([Int64]) throws -> [Record]
) rethrows -> [Record] {
    var found: [Int64: Record] = [:]
    for start in stride(from: 0, to: ids.count, by: fetchBatchSize) {
        for record in try fetchBatch(Array(ids[start..<min(start + fetchBatchSize, ids.count)])) { found[id(record)] = record }
    }
    return ids.compactMap { found[$0] }
}
