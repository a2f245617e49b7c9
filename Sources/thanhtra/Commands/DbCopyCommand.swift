import ArgumentParser
import Casework
import Foundation
import Inspectorate

/// `thanhtra db copy FROM TO`: a whole store into a new one, SQLite or PostgreSQL either way, then verified.
struct DbCopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy a whole database into a new, empty one (SQLite ⇄ PostgreSQL), then verify the copy.",
        discussion: """
            FROM and TO are each a SQLite file or a postgres:// URL. Every table moves in one transaction of TO: the \
            journal with every hash unchanged, subjects, cases and their events, inspections and their results, \
            plans, the rule pack history, filed reports, accounts, roles, titles, delegations, rule pack proposals \
            and settings; TO's own triggers rebuild the daily rollups. TO must be empty (a new SQLite file is \
            created; a PostgreSQL database must exist, empty: createdb). Then the copy is verified: the same journal \
            head, journal verify on TO, the same rows in every table, the same rollups, and every filed report \
            rendering the same on both.

            Stop every writer of FROM first: a command that lands during the copy shows as a different head.
            Progress goes to stderr on a terminal. Exit status: 0 when the copy verifies, 1 otherwise.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The database to copy: a SQLite file or a postgres:// URL.")
    var from: String

    @Argument(help: "The new database: a SQLite file (created) or a postgres:// URL of an existing, empty database.")
    var to: String

    struct Result: Encodable {
        struct Table: Encodable {
            var name: String
            var rows: Int64
        }
        var source: String
        var target: String
        var head: String
        var tables: [Table]
        var rollupsCompared: Int
        var filedReportsCompared: Int
        var targetVerified: Bool
        var verified: Bool
        var discrepancies: [String]
    }

    func validate() throws {
        if from == to { throw ValidationError.said(
            "FROM and TO are the same database; copy into a new one", "FROM và TO là cùng một cơ sở dữ liệu; hãy sao chép vào một cơ sở dữ liệu mới") }
    }

    func run() throws {
        let app = try App(options)
        let say = app.say
        let source = try app.openCopyStore(from, creating: false)
        let target = try app.openCopyStore(to, creating: true)
        var keep = false
        defer {
            // A SQLite file this command created and did not fill is removed, so a failed copy leaves nothing.
            if target.created && !keep {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: to + suffix) }
            }
        }
        let head = try target.store.journalHead()
        if head.sequence > 0 {
            throw CommandError(
                message: say(
                    "cannot copy into \(target.name): it is not empty (its journal has \(head.sequence) entries); "
                        + "nothing was written",
                    "không thể sao chép vào \(target.name): cơ sở dữ liệu này không trống (sổ nhật ký đã có "
                        + "\(head.sequence) mục); không ghi gì"),
                hint: say(
                    "copy into a new, empty database (a new SQLite file, or `createdb` a new PostgreSQL database)",
                    "hãy sao chép vào một cơ sở dữ liệu mới, trống (một tệp SQLite mới, hoặc tạo cơ sở dữ liệu "
                        + "PostgreSQL mới bằng `createdb`)"))
        }
        let line = ImportProgressLine()
        let result: StoreCopyResult
        do {
            result = try StoreCopier.copy(from: source.store, to: target.store) { progress in
                line.show(
                    phase: "\(say("copy", "sao chép")) \(progress.table) (\(progress.tableNumber)/\(progress.tableCount))",
                    rows: Int(progress.copied), bytesRead: progress.copied, byteCount: max(progress.total, 1))
            }
            line.end()
        } catch {
            line.end()
            throw error
        }
        keep = true
        let problems = result.discrepancies.map { words($0, say: say) }
        switch app.configuration.format {
        case .json:
            try Output.json(
                Result(
                    source: source.name, target: target.name,
                    head: "\(result.targetHead.sequence):\(result.targetHead.hash)",
                    tables: result.tables.map { Result.Table(name: $0.name, rows: $0.rows) },
                    rollupsCompared: result.rollupsCompared, filedReportsCompared: result.filedReportsCompared,
                    targetVerified: result.targetAudit.isIntact, verified: result.isVerified, discrepancies: problems))
        default:
            let rows = result.tables.reduce(Int64(0)) { $0 + $1.rows }
            Output.line(
                say(
                    "copied \(source.name) to \(target.name): \(result.tables.count) tables, \(rows) rows, "
                        + "journal head \(result.targetHead.sequence):\(result.targetHead.hash)",
                    "đã sao chép \(source.name) sang \(target.name): \(result.tables.count) bảng, \(rows) dòng, "
                        + "đầu sổ nhật ký \(result.targetHead.sequence):\(result.targetHead.hash)"))
            if result.isVerified {
                Output.line(
                    say(
                        "verified: the same journal head; journal verify on the copy: intact; every table with the same "
                            + "rows; \(result.rollupsCompared) daily rollups equal; \(result.filedReportsCompared) "
                            + "filed report(s) rendering the same",
                        "đã kiểm tra: cùng đầu sổ nhật ký; kiểm tra sổ nhật ký trên bản sao: nguyên vẹn; mọi bảng cùng "
                            + "số dòng; \(result.rollupsCompared) bảng tổng hợp theo ngày khớp nhau; "
                            + "\(result.filedReportsCompared) báo cáo đã nộp hiển thị như nhau"))
                if let notChecked = result.targetAudit.notChecked {
                    Output.line(say("not checked: ", "chưa kiểm tra: ") + notChecked)
                }
            }
        }
        if !result.isVerified {
            Output.error(
                say(
                    "error: the copy at \(target.name) does not match \(source.name):",
                    "lỗi: bản sao tại \(target.name) không khớp với \(source.name):"))
            for problem in problems { Output.error("  - \(problem)") }
            Output.error(
                say(
                    "  help: do not use the copy; remove it, stop every writer of \(source.name), and copy again",
                    "  gợi ý: không dùng bản sao này; xóa nó, dừng mọi tiến trình ghi vào \(source.name) rồi sao chép lại"))
            throw ExitCode.failure
        }
    }

    /// One discrepancy in a sentence.
    func words(_ discrepancy: CopyDiscrepancy, say: Wording) -> String {
        switch discrepancy {
        case .head(let source, let target):
            return say(
                "the journal heads differ: \(source) on the source, \(target) on the copy",
                "đầu sổ nhật ký khác nhau: \(source) ở nguồn, \(target) ở bản sao")
        case .targetNotIntact(let count, let first):
            return say(
                "journal verify on the copy found \(count) problem(s)", "kiểm tra sổ nhật ký trên bản sao thấy \(count) lỗi")
                + (first.map { ": \($0)" } ?? "")
        case .rowCount(let table, let source, let target):
            return say(
                "table \(table): \(source) rows on the source, \(target) on the copy",
                "bảng \(table): \(source) dòng ở nguồn, \(target) dòng ở bản sao")
        case .rollup(let table, let days):
            return say(
                "the daily rollup \(table) differs on \(days.joined(separator: ", "))",
                "bảng tổng hợp theo ngày \(table) khác nhau vào các ngày \(days.joined(separator: ", "))")
        case .filedReport(let kind, let label, let format):
            switch format {
            case "missing":
                return say("the filed report \(kind) \(label) is missing from the copy", "bản sao thiếu báo cáo đã nộp \(kind) \(label)")
            case "extra":
                return say("the copy has a filed report \(kind) \(label) the source has not", "bản sao thừa báo cáo đã nộp \(kind) \(label)")
            default:
                return say(
                    "the filed report \(kind) \(label) renders differently (\(format))",
                    "báo cáo đã nộp \(kind) \(label) hiển thị khác nhau (\(format))")
            }
        }
    }
}
