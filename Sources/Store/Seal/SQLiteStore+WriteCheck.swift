public import Casework
import Foundation
import GRDB

/// The check a store makes before its first write: a damaged file takes no more writes.
///
/// `PRAGMA integrity_check` reads every page of the file and cross-checks every index against its table (a flipped
/// byte in an indexed column shows only in that cross-check; `quick_check` misses it). Its cost grows with the file,
/// so the store runs it before the first command of a process (once per `thanhtra` invocation, once per import or
/// batch) when the file is at most ``writeCheckLimitBytes``; a larger file is checked in full by
/// `thanhtra journal verify` instead (docs/journal.md has the figures that set the limit).
final class WriteCheck: @unchecked Sendable {
    // `@unchecked Sendable`: `done` is read and written only under `lock`.
    private let lock = NSLock()
    private var done = false

    /// Runs the check once; later calls return at once.
    ///
    /// - Throws: ``StoreError`` `.corrupt` naming SQLite's first complaint, when the file is damaged.
    func checkOnce(_ db: Database, path: String) throws {
        lock.lock()
        defer { lock.unlock() }
        guard !done else { return }
        let pages = try Int64.fetchOne(db, sql: "PRAGMA page_count") ?? 0
        let pageSize = try Int64.fetchOne(db, sql: "PRAGMA page_size") ?? 4096
        if pages * pageSize <= SQLiteStore.writeCheckLimitBytes {
            let lines = try String.fetchAll(db, sql: "PRAGMA integrity_check(3)")
            if lines != ["ok"] {
                throw StoreError(
                    .corrupt,
                    "\(path) is damaged: SQLite's integrity_check reports \(lines.joined(separator: "; ")); nothing was written",
                    hint: "run `thanhtra journal verify` on it to see what is affected; restore the database from a "
                        + "backup and keep this copy for investigation")
            }
        }
        done = true
    }
}

extension SQLiteStore {
    /// The largest file, in bytes, that is checked with `PRAGMA integrity_check` before a process's first write:
    /// 32 MiB, about 0.2–0.5 s (integrity_check reads 70–150 MB/s on the benchmark machine: 0.63 s for 45 MB and
    /// 21 s for the 1.4 GB 1M-case file under load). Larger files are checked by `thanhtra journal verify`.
    public static let writeCheckLimitBytes: Int64 = 32 << 20
}
