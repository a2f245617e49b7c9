public import Casework
import Foundation
import PostgresNIO

/// Filed reports: one row per period, the frozen report as canonical JSON (the same text SQLite's store keeps), its
/// hash in the journal; the table refuses UPDATE, DELETE and TRUNCATE by trigger.
extension PostgresStore: FiledReportStore {
    /// Files `report` once for its period, journaled as `report file` with its kind, label and hash.
    ///
    /// - Throws: ``StoreError`` `.busy` when the journal moved on since the report was made from its head;
    ///   `.duplicate` when the period's report was filed already.
    public func fileReport(_ report: FiledReport, context: CommandContext) throws {
        struct Payload: Encodable { var kind: String; var label: String; var hash: String }
        let period = report.period
        let content = try Self.canonicalJSON(report)
        try perform(
            "report file", payload: Payload(kind: period.kind, label: period.label, hash: report.hash), context: context
        ) { session in
            if let made = report.journalHead {
                let head = try Self.journalHead(session)
                guard made == "\(head.sequence):\(head.hash)" else {
                    throw StoreError(
                        .busy,
                        "the journal moved on (to entry #\(head.sequence)) while the \(period.kind) report \(period.label) "
                            + "was being made from entry \(made.prefix(while: { $0 != ":" }))",
                        hint: "file it again: another command was recorded meanwhile")
                }
            }
            if let existing = try session.row(
                "SELECT filedOn, hash FROM filedReport WHERE kind = \(period.kind) AND label = \(period.label)")
            {
                let hash = try existing.string("hash")
                throw StoreError(
                    .duplicate,
                    "the \(period.kind) report \(period.label) was filed on \(try existing.date("filedOn")) "
                        + "(hash \(hash.prefix(12)))",
                    hint: "a filed report never changes; see what moved since with `thanhtra report restatements`")
            }
            try session.execute(
                """
                INSERT INTO filedReport (kind, label, fromOn, beforeOn, filedOn, hash, content)
                VALUES (\(period.kind), \(period.label), \(PGDate(period.from)), \(PGDate(period.before)), \
                \(PGDate(report.filedOn ?? report.generatedOn)), \(report.hash), \(content))
                """)
        }
    }

    /// The filed report of a period, or `nil`.
    public func filedReport(kind: String, label: String) throws -> FiledReport? {
        try read { session in
            try session.row("SELECT content FROM filedReport WHERE kind = \(kind) AND label = \(label)")
                .map { try Self.decodeFiled(try $0.string("content")) }
        }
    }

    /// Every filed report, by period start, kind (byte order), then filing order.
    public func filedReports() throws -> [FiledReport] {
        try read { session in
            try session.rows(#"SELECT content FROM filedReport ORDER BY fromOn, kind COLLATE "C", id"#)
                .map { try Self.decodeFiled(try $0.string("content")) }
        }
    }

    private static func decodeFiled(_ content: String) throws -> FiledReport {
        do {
            return try JSONDecoder().decode(FiledReport.self, from: Data(content.utf8))
        } catch {
            throw StoreError(.corrupt, "a filed report cannot be read back", hint: "run `thanhtra journal verify`")
        }
    }
}
