public import Casework
import Foundation
import GRDB

/// An ``ImportScratch`` in a private SQLite file in the temporary directory, deleted when the scratch goes away.
///
/// Values that are numbers (tax codes, citizen IDs: a subjects file's keys) are claimed in memory instead, 12 bytes
/// or so each (``DigitClaims``), so that checking a subjects file takes no statement per row.
///
/// What an import remembers about the rows it has checked — the first line of each unique value, the running totals
/// — lives in two indexed tables on disk behind a 4 MiB page cache, so memory stays the same for a thousand rows or
/// ten million. Each call is one transaction on the scratch file, without journal or fsync: the file is thrown
/// away if anything goes wrong.
public final class SQLiteImportScratch: ImportScratch {
    private let queue: DatabaseQueue
    private let path: String
    /// The claims of numbers, in memory.
    private var digits = DigitClaims()

    /// A new, empty scratch file in `directory` (the system's temporary directory unless given).
    ///
    /// - Throws: ``StoreError`` `.io` when the file cannot be created.
    public init(directory: String? = nil) throws {
        let folder = directory ?? FileManager.default.temporaryDirectory.path
        path = (folder as NSString).appendingPathComponent("thanhtra-import-\(UUID().uuidString).sqlite")
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -4096")
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.write { db in
                try db.execute(
                    sql: """
                        CREATE TABLE claim (space TEXT NOT NULL, value TEXT NOT NULL, line INTEGER NOT NULL,
                            PRIMARY KEY (space, value)) WITHOUT ROWID;
                        CREATE TABLE total (space TEXT NOT NULL, id INTEGER NOT NULL, amount INTEGER NOT NULL,
                            PRIMARY KEY (space, id)) WITHOUT ROWID;
                        """)
            }
        } catch {
            throw StoreError(
                .io, "cannot create the import's scratch file in \(folder)",
                hint: "check that the temporary directory (TMPDIR) exists, is writable and has free space")
        }
    }

    deinit {
        try? queue.close()
        for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// Claims each key in order: a number (a tax code, a citizen ID) in memory (``DigitClaims``), any other value in
    /// the scratch file.
    public func claim(_ keys: [ImportKey]) throws -> [Int?] {
        guard !keys.isEmpty else { return [] }
        var found: [Int?] = []
        found.reserveCapacity(keys.count)
        var elsewhere: [Int] = []
        for (index, key) in keys.enumerated() {
            switch digits.claim(key) {
            case .new: found.append(nil)
            case .earlier(let line): found.append(line)
            case .elsewhere:
                found.append(nil)
                elsewhere.append(index)
            }
        }
        guard !elsewhere.isEmpty else { return found }
        try queue.write { db in
            let insert = try db.cachedStatement(
                sql: "INSERT OR IGNORE INTO claim (space, value, line) VALUES (?, ?, ?)")
            let select = try db.cachedStatement(sql: "SELECT line FROM claim WHERE space = ? AND value = ?")
            for index in elsewhere {
                let key = keys[index]
                try insert.execute(arguments: [key.space, key.value, key.line])
                guard db.changesCount == 0 else { continue }
                found[index] = try Int.fetchOne(select, arguments: [key.space, key.value])
            }
        }
        return found
    }

    public func totals(of ids: [Int64], in space: String) throws -> [Int64: Int64] {
        try queue.read { db in
            let select = try db.cachedStatement(sql: "SELECT amount FROM total WHERE space = ? AND id = ?")
            var found: [Int64: Int64] = [:]
            for id in ids {
                if let amount = try Int64.fetchOne(select, arguments: [space, id]) { found[id] = amount }
            }
            return found
        }
    }

    public func add(_ amounts: [Int64: Int64], in space: String) throws {
        guard !amounts.isEmpty else { return }
        try queue.write { db in
            let upsert = try db.cachedStatement(
                sql: """
                    INSERT INTO total (space, id, amount) VALUES (?, ?, ?)
                    ON CONFLICT (space, id) DO UPDATE SET amount = amount + excluded.amount
                    """)
            for (id, amount) in amounts { try upsert.execute(arguments: [space, id, amount]) }
        }
    }
}
