import ArgumentParser
import Casework
import Reports

/// `thanhtra db privileges`: what the connected role may do to the journal and filed reports; fails (exit 1) unless
/// the database itself keeps the role to appending.
struct DbPrivilegesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "privileges",
        abstract: "Check that the connected role may only append to the journal (PostgreSQL).",
        discussion: """
            Exits 0 when the role of --db may only INSERT and SELECT the journal and filed reports (the application
            role), 1 when it may change them: it owns the schema, is a superuser, or holds UPDATE, DELETE or TRUNCATE.
            """)

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let app = try App(options)
        let store = try app.openStore(checkingActor: false)
        guard let roles = store as? any ApplicationRoleStore else {
            throw CommandError.said(
                ("\(app.databaseName) is a SQLite file: it has no roles", "\(app.databaseName) là tệp SQLite: không có vai trò"),
                hint: (
                    "the journal of a SQLite file is append-only by trigger; protect the file by its permissions",
                    "nhật ký của tệp SQLite chỉ ghi thêm nhờ trigger; bảo vệ tệp bằng quyền truy cập của nó"
                ))
        }
        let privileges = try roles.appendOnlyPrivileges()
        switch app.configuration.format {
        case .json: try Output.json(privileges)
        default: Self.describe(privileges, language: app.configuration.language)
        }
        if !privileges.isAppendOnly { throw ExitCode(1) }
    }

    /// One line per append-only table, then the verdict, in the command line's language.
    static func describe(_ privileges: AppendOnlyPrivileges, language: Language) {
        let vietnamese = language == .vi
        for table in privileges.tables {
            let held = table.privileges.isEmpty ? "-" : table.privileges.joined(separator: ", ")
            Output.line("\(privileges.role) on \(table.name): \(held)")
        }
        if privileges.isAppendOnly {
            Output.line(
                vietnamese
                    ? "\(privileges.role) chỉ được ghi thêm vào nhật ký: sửa hoặc xóa bị cơ sở dữ liệu từ chối theo quyền, "
                        + "ngoài trigger chỉ-ghi-thêm"
                    : "\(privileges.role) may only append to the journal: an UPDATE or DELETE is refused by privilege, "
                        + "besides the append-only trigger")
            return
        }
        let why =
            privileges.isSuperuser
            ? (vietnamese ? "là superuser" : "is a superuser")
            : privileges.ownsSchema
                ? (vietnamese ? "sở hữu lược đồ (có thể gỡ trigger)" : "owns the schema (it could drop the triggers)")
                : (vietnamese ? "có quyền sửa hoặc xóa" : "holds UPDATE, DELETE or TRUNCATE")
        Output.error(
            vietnamese
                ? "cảnh báo: \(privileges.role) \(why): nhật ký chỉ được bảo vệ bằng trigger; hãy kết nối bằng vai trò ứng dụng (docs/operations.md)"
                : "warning: \(privileges.role) \(why): only the append-only trigger guards the journal; connect as the "
                    + "application role (docs/operations.md)")
    }
}
