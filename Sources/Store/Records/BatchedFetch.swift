import GRDB

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

/// The rows `sql` selects for one batch of `ids` (one `?` per ID). A batch of one ID or of a whole ``fetchBatchSize``
/// always has the same SQL text, so its statement is prepared once per connection and kept in the connection's
/// statement cache; a shorter last batch, whose text varies with its size, is prepared for the call. Reading one case
/// or inspection is what the server repeats most (docs/performance.md, "Serving the JSON API").
func batchRows(_ db: Database, sql: String, ids: [Int64]) throws -> [Row] {
    guard ids.count == 1 || ids.count == fetchBatchSize else {
        return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(ids))
    }
    return try Row.fetchAll(db.cachedStatement(sql: sql), arguments: StatementArguments(ids))
}

extension Database {
    /// The rows of `sql`, a query whose text never varies (every value is a `?` argument): prepared once per
    /// connection and kept in its statement cache, which spares SQLite's parser and GRDB's authorizer on each call.
    func cachedRows(_ sql: String, _ arguments: StatementArguments) throws -> [Row] {
        try Row.fetchAll(cachedStatement(sql: sql), arguments: arguments)
    }
}
