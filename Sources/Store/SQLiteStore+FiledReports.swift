public import Casework
import Foundation
import GRDB

/// Filed reports: one row per period, the frozen report as canonical JSON, its hash in the journal.
extension SQLiteStore: FiledReportStore {
    static func createFiledReport(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE filedReport (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    kind TEXT NOT NULL,
                    label TEXT NOT NULL,
                    fromOn TEXT NOT NULL,
                    beforeOn TEXT NOT NULL CHECK (fromOn < beforeOn),
                    filedOn TEXT NOT NULL,
                    hash TEXT NOT NULL CHECK (length(hash) = 64),
                    content TEXT NOT NULL,
                    UNIQUE (kind, label)
                );
                CREATE TRIGGER filedReportNoUpdate BEFORE UPDATE ON filedReport
                BEGIN SELECT RAISE(ABORT, 'filed reports never change'); END;
                CREATE TRIGGER filedReportNoDelete BEFORE DELETE ON filedReport
                BEGIN SELECT RAISE(ABORT, 'filed reports never change'); END;
                """)
    }

    public func fileReport(_ report: FiledReport, context: CommandContext) throws {
        struct Payload: Encodable { var kind: String; var label: String; var hash: String }
        let period = report.period
        let content = String(decoding: try Self.canonicalEncoder.encode(report), as: UTF8.self)
        try perform("report file", payload: Payload(kind: period.kind, label: period.label, hash: report.hash), context: context) { db in
            // The report says which journal head it was made from: that must still be the head as it is filed.
            if let made = report.journalHead {
                let head = try Self.journalHead(db)
                guard made == "\(head.sequence):\(head.hash)" else {
                    throw StoreError(
                        .busy,
                        "the journal moved on (to entry #\(head.sequence)) while the \(period.kind) report \(period.label) "
                            + "was being made from entry \(made.prefix(while: { $0 != ":" }))",
                        hint: "file it again: another command was recorded meanwhile")
                }
            }
            if let existing = try Row.fetchOne(
                db, sql: "SELECT filedOn, hash FROM filedReport WHERE kind = ? AND label = ?", arguments: [period.kind, period.label])
            {
                let filedOn: String = existing["filedOn"]
                let hash: String = existing["hash"]
                throw StoreError(
                    .duplicate, "the \(period.kind) report \(period.label) was filed on \(filedOn) (hash \(hash.prefix(12)))",
                    hint: "a filed report never changes; see what moved since with `thanhtra report restatements`")
            }
            try db.execute(
                sql: """
                    INSERT INTO filedReport (kind, label, fromOn, beforeOn, filedOn, hash, content)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    period.kind, period.label, period.from.description, period.before.description,
                    (report.filedOn ?? report.generatedOn).description, report.hash, content,
                ])
        }
    }

    public func filedReport(kind: String, label: String) throws -> FiledReport? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT content FROM filedReport WHERE kind = ? AND label = ?", arguments: [kind, label])
        }.map(Self.decodeFiled)
    }

    public func filedReports() throws -> [FiledReport] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT content FROM filedReport ORDER BY fromOn, kind, id")
        }.map(Self.decodeFiled)
    }

    static let canonicalEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    private static func decodeFiled(_ content: String) throws -> FiledReport {
        do {
            return try JSONDecoder().decode(FiledReport.self, from: Data(content.utf8))
        } catch {
            throw StoreError(.corrupt, "a filed report cannot be read back", hint: "run `thanhtra journal verify`")
        }
    }
}
