public import Casework
import Foundation
import GRDB
import GRDBSQLite

extension SQLiteStore {
    /// Proves the store: SQLite's integrity and foreign-key checks, the journal's hash chain, and every sealed row
    /// against the seal the entry that last wrote it left; optionally that a head recorded elsewhere (on a filed
    /// report) is still in the chain.
    ///
    /// Runs in one read transaction, so it sees one consistent state and works on a read-only file. Time grows with
    /// the number of rows: every row is read and hashed once (docs/journal.md gives the figure for 1M cases).
    ///
    /// - Parameters:
    ///   - head: A journal head as printed on a filed report, `(sequence, hash)`: the entry must exist with that
    ///     hash; when the journal ends before it, its tail was truncated.
    ///   - fullIntegrityCheck: `PRAGMA integrity_check` when true (reads every page and index), `quick_check` when
    ///     false (skips the index-to-table cross-check, several times faster on a large file).
    /// - Throws: ``StoreError`` when the file cannot be read at all.
    public func auditJournal(head: (sequence: Int64, hash: String)? = nil, fullIntegrityCheck: Bool = true) throws
        -> JournalAudit
    {
        try read { db in
            var audit = Audit()
            audit.baseline = try? Self.sealBaseline(db)
            audit.integrity(db, full: fullIntegrityCheck)
            audit.foreignKeys(db)
            let chain = audit.chain(db)
            if let head { audit.head(db, expected: head, chain: chain) }
            do {
                try audit.seals(db, chain: chain)
            } catch {
                audit.add(.integrity, message: "the tables could not be read to the end: \(error)")
            }
            return JournalAudit(
                chain: chain.verdict, headSequence: chain.lastSequence, headHash: chain.lastHash,
                sealedRows: audit.sealedRows, sealedTables: audit.sealedTables, fullIntegrityCheck: fullIntegrityCheck,
                problems: audit.problems, problemCount: audit.problemCount, warnings: audit.warnings)
        }
    }
}

/// The state of one ``SQLiteStore/auditJournal(head:fullIntegrityCheck:)`` run.
private struct Audit {
    var problems: [JournalAudit.Finding] = []
    var problemCount = 0
    var warnings: [JournalAudit.Finding] = []
    var perKind: [JournalAudit.Finding.Kind: Int] = [:]
    var sealedRows: Int64 = 0
    var sealedTables = 0
    /// Commands of entries named in findings, by sequence (looked up once each).
    var commands: [Int64: String] = [:]
    /// The seal baseline of a store made by `db copy` (``SQLiteStore/SealBaseline``), if any.
    var baseline: SQLiteStore.SealBaseline?

    struct Chain {
        var verdict: JournalVerification
        var lastSequence: Int64
        var lastHash: String
        var lastDigest: String?
        /// The first entry that carries a state digest.
        var firstSealed: Int64?
    }

    mutating func add(
        _ kind: JournalAudit.Finding.Kind, table: String? = nil, rowID: Int64? = nil, sequence: Int64? = nil,
        message: String
    ) {
        problemCount += 1
        perKind[kind, default: 0] += 1
        guard perKind[kind, default: 0] <= JournalAudit.findingLimit else { return }
        problems.append(.init(kind: kind, table: table, rowID: rowID, sequence: sequence, message: message))
    }

    /// `PRAGMA integrity_check` (or `quick_check`): any line but `ok` is damage SQLite found.
    mutating func integrity(_ db: Database, full: Bool) {
        do {
            let lines = try String.fetchAll(db, sql: full ? "PRAGMA integrity_check(100)" : "PRAGMA quick_check(100)")
            for line in lines where line != "ok" {
                add(.integrity, message: "SQLite's \(full ? "integrity_check" : "quick_check") reports: \(line)")
            }
        } catch {
            add(.integrity, message: "SQLite's integrity check could not run: \(error)")
        }
    }

    /// `PRAGMA foreign_key_check`: rows whose parent row is missing.
    mutating func foreignKeys(_ db: Database) {
        do {
            let rows = try Row.fetchCursor(db, sql: "PRAGMA foreign_key_check")
            while let row = try rows.next() {
                let table: String = row[0]
                let rowID: Int64? = row[1]
                let parent: String = row[2]
                add(
                    .foreignKey, table: table, rowID: rowID,
                    message: "\(table) row \(rowID.map(String.init) ?? "?") refers to a \(parent) row that does not exist")
            }
        } catch {
            add(.foreignKey, message: "SQLite's foreign key check could not run: \(error)")
        }
    }

    /// The hash chain, as ``SQLiteStore/verifyJournal()`` checks it, plus: once an entry carries a state digest,
    /// every later one must; and `recordedAt` should never go backwards (a warning: clocks are corrected, but an
    /// entry recorded before the one it follows deserves a look).
    mutating func chain(_ db: Database) -> Chain {
        var expected: Int64 = 1
        var previousHash = JournalEntry.genesisHash
        var previousTime: String?
        var result = Chain(verdict: .intact(entries: 0, head: previousHash), lastSequence: 0, lastHash: previousHash)
        do {
            let hasDigest = try db.columns(in: "journal").contains { $0.name == "stateDigest" }
            let entries = try JournalEntry.fetchCursor(db, sql: "SELECT * FROM journal ORDER BY sequence")
            while let entry = try entries.next() {
                var broken: String?
                if entry.sequence != expected {
                    broken = "entry \(expected) is missing: "
                        + (expected == 1
                            ? "the journal starts at entry \(entry.sequence)"
                            : "entry \(expected - 1) is followed by entry \(entry.sequence)")
                } else if entry.previousHash != previousHash {
                    let previous = entry.sequence == 1 ? "the genesis hash" : "the hash of entry \(entry.sequence - 1)"
                    broken = "its previousHash \(entry.previousHash) is not \(previous), \(previousHash)"
                } else if entry.hash != entry.expectedHash {
                    broken = "its stored hash \(entry.hash) does not match the hash of its contents, "
                        + "\(entry.expectedHash): the entry was altered"
                } else if hasDigest, entry.stateDigest == nil, entry.sequence > (baseline?.sequence ?? 0),
                    let first = result.firstSealed ?? baseline?.sequence
                {
                    // Entries up to a copy's baseline may lack a digest (a PostgreSQL store wrote them); every
                    // entry this store wrote after the copy carries one.
                    broken = "it carries no state digest, but every entry since entry \(first) does: the entry was "
                        + "rewritten in the older format"
                }
                if let broken {
                    let sequence = entry.sequence != expected ? expected : entry.sequence
                    result.verdict = .broken(sequence: sequence, reason: broken)
                    add(.chain, sequence: sequence, message: "journal broken at entry #\(sequence): \(broken)")
                    return result
                }
                if let previousTime, entry.recordedAt < previousTime {
                    warnings.append(
                        .init(
                            kind: .clockBackwards, sequence: entry.sequence,
                            message: "entry #\(entry.sequence) (\(entry.command)) was recorded at \(entry.recordedAt), "
                                + "before entry #\(entry.sequence - 1) at \(previousTime)"))
                }
                if entry.stateDigest != nil, result.firstSealed == nil { result.firstSealed = entry.sequence }
                previousTime = entry.recordedAt
                previousHash = entry.hash
                result.lastSequence = entry.sequence
                result.lastHash = entry.hash
                result.lastDigest = entry.stateDigest
                expected += 1
            }
            result.verdict = .intact(entries: expected - 1, head: previousHash)
        } catch {
            result.verdict = .broken(sequence: expected, reason: "it cannot be read: \(error)")
            add(.chain, sequence: expected, message: "journal broken at entry #\(expected): it cannot be read: \(error)")
        }
        return result
    }

    /// A head recorded elsewhere must be an entry of the chain, with the same hash.
    mutating func head(_ db: Database, expected: (sequence: Int64, hash: String), chain: Chain) {
        let short = String(expected.hash.prefix(12))
        if expected.sequence > chain.lastSequence, case .intact = chain.verdict {
            add(
                .truncated, sequence: expected.sequence,
                message: "the journal ends at entry #\(chain.lastSequence), but head #\(expected.sequence) (\(short)…) "
                    + "was recorded from it: "
                    + (expected.sequence == chain.lastSequence + 1
                        ? "entry #\(expected.sequence) is missing"
                        : "entries #\(chain.lastSequence + 1)–#\(expected.sequence) are missing")
                    + " (a truncated tail)")
            return
        }
        let stored = try? String.fetchOne(
            db, sql: "SELECT hash FROM journal WHERE sequence = ?", arguments: [expected.sequence])
        guard let stored else {
            add(
                .head, sequence: expected.sequence,
                message: "head #\(expected.sequence) (\(short)…) is not in the journal")
            return
        }
        if stored.lowercased() != expected.hash.lowercased() {
            add(
                .head, sequence: expected.sequence,
                message: "entry #\(expected.sequence) has hash \(stored), not \(expected.hash) as recorded: the journal "
                    + "was rewritten from that entry or earlier")
        }
    }

    mutating func command(_ db: Database, _ sequence: Int64) -> String {
        if let known = commands[sequence] { return known }
        let command =
            (try? String.fetchOne(db, sql: "SELECT command FROM journal WHERE sequence = ?", arguments: [sequence]))
            .flatMap { $0 } ?? "missing"
        commands[sequence] = command
        return command
    }

    /// Every sealed row against its seal, the seals' sum against the head's digest, and rows changed since the last
    /// entry.
    mutating func seals(_ db: Database, chain: Chain) throws {
        guard try db.tableExists("sealedTable") else { return }
        let tables = try Row.fetchAll(db, sql: "SELECT id, name FROM sealedTable ORDER BY id")
        sealedTables = tables.count
        var digest = StateDigest()
        var newestSeal: Int64 = 0
        var sealer = RowSealer()
        for table in tables {
            let tableID: Int64 = table["id"]
            let name: String = table["name"]
            guard try db.tableExists(name) else {
                add(.rowDeleted, table: name, message: "the sealed table \(name) no longer exists")
                continue
            }
            let rows = try db.makeStatement(sql: "SELECT rowid, * FROM \(name.quotedDatabaseIdentifier) ORDER BY rowid")
            let seals = try db.makeStatement(
                sql: "SELECT rowId, sequence, seal FROM rowSeal WHERE tableId = ? ORDER BY rowId")
            try seals.setArguments([tableID])
            let rowStatement = rows.sqliteStatement
            let sealStatement = seals.sqliteStatement
            let columns = sqlite3_column_count(rowStatement)
            defer {
                sqlite3_reset(rowStatement)
                sqlite3_reset(sealStatement)
            }
            func step(_ statement: OpaquePointer) throws -> Bool {
                let code = sqlite3_step(statement)
                if code == SQLITE_ROW { return true }
                if code == SQLITE_DONE { return false }
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
            var haveRow = try step(rowStatement)
            var haveSeal = try step(sealStatement)
            while haveRow || haveSeal {
                let rowID = haveRow ? sqlite3_column_int64(rowStatement, 0) : Int64.max
                let sealRowID = haveSeal ? sqlite3_column_int64(sealStatement, 0) : Int64.max
                if haveSeal && (!haveRow || sealRowID < rowID) {
                    let sequence = sqlite3_column_int64(sealStatement, 1)
                    addSeal(sealStatement, to: &digest)
                    newestSeal = max(newestSeal, sequence)
                    add(
                        .rowDeleted, table: name, rowID: sealRowID, sequence: sequence,
                        message: "\(name) row \(sealRowID) is missing: entry #\(sequence) (\(command(db, sequence))) "
                            + "wrote it and no entry removed it")
                    haveSeal = try step(sealStatement)
                } else if haveRow && (!haveSeal || rowID < sealRowID) {
                    add(
                        .rowInserted, table: name, rowID: rowID,
                        message: "\(name) row \(rowID) was written by no journal entry")
                    haveRow = try step(rowStatement)
                } else {
                    let sequence = sqlite3_column_int64(sealStatement, 1)
                    newestSeal = max(newestSeal, sequence)
                    let expected = sealer.seal(
                        table: name, rowID: rowID, sequence: sequence, statement: rowStatement, firstColumn: 1,
                        columnCount: columns)
                    let stored = UnsafeRawBufferPointer(
                        start: sqlite3_column_blob(sealStatement, 2), count: Int(sqlite3_column_bytes(sealStatement, 2)))
                    if !expected.elementsEqual(stored) {
                        add(
                            .rowChanged, table: name, rowID: rowID, sequence: sequence,
                            message: "\(name) row \(rowID) is not what entry #\(sequence) (\(command(db, sequence))) "
                                + "wrote: it was changed outside thanhtra")
                    }
                    addSeal(sealStatement, to: &digest)
                    sealedRows += 1
                    haveRow = try step(rowStatement)
                    haveSeal = try step(sealStatement)
                }
            }
        }
        // Seals of tables that are not registered still count in the digest.
        let orphans = try db.makeStatement(
            sql: "SELECT rowId, sequence, seal FROM rowSeal WHERE tableId NOT IN (SELECT id FROM sealedTable)")
        let orphanStatement = orphans.sqliteStatement
        while sqlite3_step(orphanStatement) == SQLITE_ROW {
            addSeal(orphanStatement, to: &digest)
            add(.rowDeleted, message: "a seal refers to a table that is not registered: the seal tables were altered")
        }
        sqlite3_reset(orphanStatement)

        let pending = try Row.fetchAll(
            db,
            sql: """
                SELECT t.name, p.rowId FROM sealPending p LEFT JOIN sealedTable t ON t.id = p.tableId
                ORDER BY p.tableId, p.rowId
                """)
        for row in pending {
            let name: String = row["name"] ?? "?"
            let rowID: Int64 = row["rowId"]
            add(
                .unsealedChange, table: name, rowID: rowID,
                message: "\(name) row \(rowID) was changed after the last journal entry (#\(chain.lastSequence)), "
                    + "outside thanhtra")
        }

        if let baseline {
            let stored = try String.fetchOne(
                db, sql: "SELECT hash FROM journal WHERE sequence = ?", arguments: [baseline.sequence])
            if stored != baseline.hash {
                add(
                    .digest, sequence: baseline.sequence,
                    message: "the copy's seal baseline names entry #\(baseline.sequence) with hash \(baseline.hash), "
                        + "but the journal's entry #\(baseline.sequence) "
                        + (stored.map { "has hash \($0)" } ?? "is missing")
                        + ": the baseline or the journal was altered")
            }
        }

        guard case .intact = chain.verdict else { return }
        if newestSeal > chain.lastSequence {
            add(
                .truncated, sequence: newestSeal,
                message: "rows were written by entry #\(newestSeal), but the journal ends at entry "
                    + "#\(chain.lastSequence): entries are missing at its end (a truncated tail)")
        }
        if let baseline, baseline.sequence == chain.lastSequence {
            // A copy, and no command since: the seals add up to what the copy sealed (the copied head's own digest
            // is the source's).
            if baseline.digest != digest.hex {
                add(
                    .digest, sequence: chain.lastSequence,
                    message: "the row seals add up to \(digest.hex), not to the digest \(baseline.digest) that the copy "
                        + "recorded for entry #\(chain.lastSequence) (its seal baseline): the seals were altered")
            }
        } else if let recorded = chain.lastDigest {
            if recorded != digest.hex {
                add(
                    .digest, sequence: chain.lastSequence,
                    message: "the row seals add up to \(digest.hex), not to the digest \(recorded) that the head entry "
                        + "#\(chain.lastSequence) records: the seals were altered")
            }
        } else if chain.firstSealed == nil, baseline == nil, sealedRows > 0 {
            add(
                .digest, sequence: chain.lastSequence,
                message: "\(sealedRows) rows are sealed, but no journal entry records a state digest: the journal was "
                    + "rewritten in the older format")
        }
    }

    private func addSeal(_ statement: OpaquePointer, to digest: inout StateDigest) {
        let count = Int(sqlite3_column_bytes(statement, 2))
        guard count == 32, let pointer = sqlite3_column_blob(statement, 2) else { return }
        digest.add(UnsafeRawBufferPointer(start: pointer, count: count))
    }
}
