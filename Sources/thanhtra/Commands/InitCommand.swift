import ArgumentParser
import Casework
import Foundation
import Inspectorate
import Rules

/// `thanhtra init`: creates the database and records the rule pack it runs with.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the database and record the rule pack it uses.",
        discussion: """
            Checks the rule pack first (as `thanhtra rules check`) and creates nothing if it has errors.
            Running init again on the same database and pack changes nothing.
            --four-eyes (also on a database already initialized) turns on four-eyes rule packs: commands then decide
            with the active stored pack, and a changed folder decides nothing until it is proposed
            (`thanhtra rules propose DIR`) and activated by another account (`thanhtra rules activate HASH`).
            """)

    @OptionGroup var options: GlobalOptions
    @Flag(name: .customLong("four-eyes"), help: "Decide only with the active stored pack, activated by a second account.")
    var fourEyes = false

    func run() throws {
        let app = try App(options)
        let path = app.databaseName
        let directory = app.configuration.rulesDirectory ?? "rules"
        let pack = try RulePack.load(from: directory)
        let report = pack.check(limits: app.configuration.ruleLimits, today: app.today, log: Output.ruleLog)
        guard report.isUsable, let manifest = report.manifest else {
            report.diagnostics.forEach { Output.error(RuleErrorWords.describe($0, in: app.configuration.language)) }
            throw CommandError.said(
                (
                    "the rule pack in \(directory) has \(report.errorCount) error(s); nothing was created",
                    "bộ quy tắc trong \(directory) có \(report.errorCount) lỗi; không có gì được tạo"
                ),
                hint: (
                    "fix them (see `thanhtra rules check --rules \(directory)`) and run init again",
                    "sửa các lỗi (xem `thanhtra rules check --rules \(directory)`) rồi chạy lại init"
                ))
        }
        let registry = Registry(store: try app.createStore())
        let outcome: Initialization
        do {
            outcome = try registry.initialize(
                with: app.record(pack), rulesDirectory: pack.directory, fourEyes: fourEyes, acting: app.acting)
        } catch InspectorateError.initializedWithOtherPack(let recorded) {
            throw CommandError.said(
                (
                    "\(path) is already initialized with the rule pack in \(recorded)",
                    "\(path) đã được khởi tạo với bộ quy tắc trong \(recorded)"
                ),
                hint: (
                    "use --rules \(recorded), or --db PATH for a new database",
                    "dùng --rules \(recorded), hoặc --db ĐƯỜNG_DẪN cho một cơ sở dữ liệu mới"
                ))
        }
        let say = app.say
        let named = "\(manifest.name) \(manifest.version) (\(pack.directory)"
        switch outcome {
        case .created:
            Output.line(
                say(
                    "created \(path) with rule pack \(named), hash \(pack.shortHash))" + (fourEyes ? "; four-eyes rule packs are on" : ""),
                    "đã tạo \(path) với bộ quy tắc \(named), mã băm \(pack.shortHash))"
                        + (fourEyes ? "; đã bật chế độ hai người duyệt bộ quy tắc" : "")))
        case .fourEyesTurnedOn:
            Output.line(
                say(
                    "\(path): four-eyes rule packs are on; commands decide with the active stored pack",
                    "\(path): đã bật chế độ hai người duyệt bộ quy tắc; các lệnh quyết định theo bộ quy tắc đang hiệu lực đã lưu"))
        case .alreadyInitialized:
            Output.line(
                say(
                    "\(path) is already initialized with rule pack \(named)); nothing changed",
                    "\(path) đã được khởi tạo với bộ quy tắc \(named)); không có gì thay đổi"))
        }
    }
}
