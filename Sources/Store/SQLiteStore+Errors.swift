import Casework
import GRDB

/// Translation of GRDB's errors into ``StoreError`` at the store's boundary.
///
/// Messages never contain SQL or statement arguments; they use SQLite's own message only where it names no data
/// (constraint names, "disk I/O error").
extension SQLiteStore {
    /// Runs `body`, translating any `DatabaseError` it throws; other errors pass through unchanged.
    func translatingErrors<T>(opening: Bool = false, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw Self.translate(error, path: path, opening: opening)
        }
    }

    /// The ``StoreError`` for a database error on the file at `path`; other errors are returned unchanged.
    ///
    /// - Parameter opening: Whether the error happened while opening or migrating, when an I/O failure means the
    ///   file cannot be opened or created.
    static func translate(_ error: any Error, path: String, opening: Bool) -> any Error {
        guard let error = error as? DatabaseError else { return error }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError(
                .busy, "database is busy: another thanhtra is writing to \(path)", hint: "try again in a moment")
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return StoreError(
                .corrupt, "\(path) is not a thanhtra database, or it is damaged",
                hint: "check the database path; if it was a thanhtra database, restore it from a backup")
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            return StoreError(
                .io, "cannot open or create the database \(path)",
                hint: "check that the directory exists and that you may read and write there")
        case .SQLITE_READONLY:
            return StoreError(
                .io, "cannot write to the database \(path): it is read-only",
                hint: "check the file's permissions, or open a writable copy")
        case .SQLITE_FULL:
            return StoreError(
                .io, "cannot write to the database \(path): the disk is full", hint: "free some disk space")
        case .SQLITE_IOERR:
            return StoreError(
                .io, "cannot \(opening ? "open" : "read or write") the database \(path): \(error.message ?? "I/O error")",
                hint: "check the disk and the file's permissions")
        case .SQLITE_CONSTRAINT:
            if error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE
                || error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY
            {
                return StoreError(
                    .duplicate, "the value is already recorded (\(error.message ?? "unique constraint"))",
                    hint: "look up the existing record instead of adding it again")
            }
            if error.extendedResultCode == .SQLITE_CONSTRAINT_TRIGGER {
                return StoreError(
                    .invalid, "refused by the database: \(error.message ?? "trigger")",
                    hint: "the journal is append-only; record a correcting command instead of changing history")
            }
            return StoreError(
                .invalid, "the database refused the change (\(error.message ?? "constraint failed"))",
                hint: "this is a bug in thanhtra if the input was validated; please report it")
        default:
            if error.isIntegerOverflow {
                return StoreError(
                    .invalid, "a total does not fit in 64 bits on \(path): a stored amount is probably above the "
                        + "bound of \(VND.maximum.formatted()) (10^15 đồng)",
                    hint: "run a report to see which record holds it; the database was changed outside thanhtra")
            }
            return StoreError(
                .io, "database error on \(path): \(error.message ?? "SQLite error \(error.resultCode.rawValue)")",
                hint: "try again; if it persists, check the file with `thanhtra journal verify`")
        }
    }
}
