import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra journal verify`.
struct JournalVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Prove the journal and the tables: the hash chain, every row against its seal, SQLite's checks.",
        discussion: """
            Checks, in one read: SQLite's integrity_check (quick_check with --quick) and foreign_key_check; the \
            journal's hash chain; that every row of every sealed table is what the journal entry that last wrote \
            it left, that no row was added or removed outside thanhtra, and that the seals add up to the digest the \
            head entry records; with --head, that the head printed on a filed report is still in the journal (a \
            truncated tail is caught only this way). An entry recorded before the one it follows is a warning.

            Exit status: 0 when everything holds, 1 when anything does not (each finding is named).
            """)

    @OptionGroup var options: GlobalOptions

    @Option(help: "A journal head as printed on a filed report: SEQ:HASH, the entry's sequence and its 64 hex digits; it must still be in the journal.")
    var head: JournalHead?

    @Flag(help: "Run SQLite's quick_check instead of the full integrity_check (faster on large files).")
    var quick = false

    struct Result: Encodable {
        struct Finding: Encodable {
            var kind: String
            var table: String?
            var row: Int64?
            var entry: Int64?
            var message: String
        }
        var intact: Bool
        var entries: Int64
        var head: String
        var sealedRows: Int64
        var sealedTables: Int
        var integrityCheck: String
        var problemCount: Int
        var problems: [Finding]
        var warnings: [Finding]
        var brokenAt: Int64?
        var reason: String?
        /// What the store could not check (PostgreSQL keeps no row seals yet), when anything.
        var notChecked: String?
    }

    func run() throws {
        let app = try App(options)
        let audit = try app.openRegistry(reading: .readJournal).auditJournal(
            head: head.map { ($0.sequence, $0.hash) }, fullIntegrityCheck: !quick)
        func finding(_ f: JournalAudit.Finding) -> Result.Finding {
            Result.Finding(kind: f.kind.name, table: f.table, row: f.rowID, entry: f.sequence, message: f.message)
        }
        var result = Result(
            intact: audit.isIntact, entries: audit.headSequence, head: "\(audit.headSequence):\(audit.headHash)",
            sealedRows: audit.sealedRows, sealedTables: audit.sealedTables,
            integrityCheck: audit.fullIntegrityCheck ? "integrity_check" : "quick_check",
            problemCount: audit.problemCount, problems: audit.problems.map(finding), warnings: audit.warnings.map(finding),
            notChecked: audit.notChecked)
        if case .broken(let sequence, let reason) = audit.chain {
            result.brokenAt = sequence
            result.reason = reason
        }
        switch app.configuration.format {
        case .json: try Output.json(result)
        default:
            for warning in audit.warnings {
                Output.error(
                    app.say(
                        "warning: \(warning.message)\n  help: the journal's times come from the machine's clock; "
                            + "check that clock, and whether this entry was written by an older thanhtra with THANHTRA_TODAY set",
                        "cảnh báo: \(warning.message)\n  gợi ý: thời gian trong nhật ký lấy từ đồng hồ của máy; kiểm tra đồng hồ "
                            + "đó, và xem mục này có phải do một thanhtra cũ ghi khi đặt THANHTRA_TODAY không"))
            }
            let say = app.say
            let intact = say(
                "journal intact: \(audit.headSequence) entries, head \(audit.headHash)",
                "nhật ký nguyên vẹn: \(audit.headSequence) mục, mục cuối \(audit.headHash)")
            if audit.isIntact, let notChecked = audit.notChecked {
                Output.line(intact)
                Output.line(say("not checked: ", "chưa kiểm tra: ") + notChecked)
            } else if audit.isIntact {
                Output.line(intact)
                Output.line(
                    say(
                        "tables match the journal: \(audit.sealedRows) rows in \(audit.sealedTables) sealed tables; "
                            + "SQLite \(result.integrityCheck) ok, foreign keys ok",
                        "các bảng khớp với nhật ký: \(audit.sealedRows) dòng trong \(audit.sealedTables) bảng được niêm phong; "
                            + "SQLite \(result.integrityCheck) ok, khóa ngoại ok"))
            } else {
                var text = audit.problems.map { "error: \($0.message)" }.joined(separator: "\n")
                if audit.problemCount > audit.problems.count {
                    text += "\nerror: … and \(audit.problemCount - audit.problems.count) more of the same kinds (--format json lists the same)"
                }
                text += "\n  --> \(app.databaseName)"
                text += "\n  help: the database was changed or damaged outside thanhtra; restore it from a backup and keep "
                    + "this copy for investigation"
                Output.error(text)
            }
        }
        if !audit.isIntact { throw ExitCode(1) }
    }
}
