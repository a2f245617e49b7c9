public import ArgumentParser  // public: the server's ServerImportKind conforms to ExpressibleByArgument here
import Casework
import Import
import Inspectorate
import Foundation
import Server

/// `thanhtra import FILE.csv --kind subjects|inspections|cases|payments`.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import subjects, inspections, penalty cases or payments from a CSV file (UTF-8, RFC 4180).",
        discussion: """
            The first line is the header. Columns are matched without regard to case
            or accents, in Vietnamese or English: for cases e.g. so bien ban, ma so
            thue, ngay lap bien ban, hanh vi vi pham, so quyet dinh, tien phat. Dates
            are YYYY-MM-DD or DD/MM/YYYY; amounts whole đồng (1500000 or 1.500.000).
            docs/import.md lists every accepted header of each kind.

            Fields are separated by commas, or by semicolons or tabs as Excel saves
            them under Vietnamese settings (found from the header line). A row-number
            column (STT, #) is ignored. Dates written month first (03/25/2026) make
            the whole file refused, with its lines: its other dates would be misread.

            Every row is checked first, and every problem of a row is reported. If
            any row is bad, the first 50 problems are listed (FILE:LINE: reason), every
            bad row is written to FILE.rejects.csv beside the file, and nothing is
            imported, unless --skip-bad FILE is given: then the bad rows are written
            there (with line and reason columns) and the others are imported. Rows are written in batches, each one
            transaction and one journal entry `import <kind>` with the file's SHA-256.
            Import subjects first, then inspections and cases, then payments.
            """)

    /// What the file holds: the server's kinds, with the one table of which use case's roles may import each
    /// (``ServerImportKind/action``), so the command and `thanhtra serve` cannot disagree.
    typealias Kind = ServerImportKind

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("The CSV file.", valueName: "file.csv"))
    var file: String

    @Option(help: "What the file holds: subjects, inspections, cases or payments.")
    var kind: Kind

    @Option(
        name: .customLong("skip-bad"),
        help: ArgumentHelp("Import the good rows; write the bad ones to this CSV file.", valueName: "file.csv"))
    var skipBad: String?

    @Option(name: .customLong("batch-size"), help: "Rows per transaction and journal entry.")
    var batchSize: Int = 10_000

    func validate() throws {
        guard batchSize > 0 else { throw ValidationError.said("--batch-size must be at least 1", "--batch-size ít nhất là 1") }
        if let skipBad, skipBad == file {
            throw ValidationError.said(
                "--skip-bad must name another file than the one imported", "--skip-bad phải chỉ một tệp khác tệp được nhập")
        }
    }

    func run() throws {
        try Self.requireReadableFile(file)
        let app = try App(options)
        try run(app: app, store: try app.openStore())
    }
}

extension ImportCommand {
    /// Refuses a path that is not a readable file before anything is opened, with what/where/help.
    ///
    /// - Throws: ``CommandError`` for a missing path, a folder, or a file this process may not read.
    static func requireReadableFile(_ path: String) throws {
        var status = stat()
        guard stat(path, &status) == 0 else {
            let reason = Wording.systemReason(errno)
            throw CommandError.said(
                ("cannot import \(path): \(reason.english)", "không nhập được \(path): \(reason.vietnamese)"),
                hint: ("check the path; give the CSV file to import", "kiểm tra đường dẫn; chỉ ra tệp CSV cần nhập"))
        }
        if (status.st_mode & S_IFMT) == S_IFDIR {
            throw CommandError.said(
                ("cannot import \(path): it is a folder, not a file", "không nhập được \(path): đó là thư mục, không phải tệp"),
                hint: ("give the CSV file inside it, e.g. \(path)/subjects.csv", "chỉ ra tệp CSV bên trong, ví dụ \(path)/subjects.csv"))
        }
        guard access(path, R_OK) == 0 else {
            let reason = Wording.systemReason(errno)
            throw CommandError.said(
                ("cannot import \(path): \(reason.english)", "không nhập được \(path): \(reason.vietnamese)"),
                hint: (
                    "check the file's permissions (ls -l \(path)); it must be readable by this user",
                    "kiểm tra quyền của tệp (ls -l \(path)); người dùng này phải đọc được tệp"
                ))
        }
    }
}

/// `--kind subjects|inspections|cases|payments`, parsed by its raw value.
extension ServerImportKind: ExpressibleByArgument {}
