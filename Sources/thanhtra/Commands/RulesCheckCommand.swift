import ArgumentParser
import Casework
import Foundation
import Rules

/// `thanhtra rules check`: loads the pack and reports every problem with file and line.
struct RulesCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Load the rule pack and report every problem with its file and line.",
        discussion: "Exit status: 0 when the pack is usable (warnings are printed), 1 when it has errors.")

    @OptionGroup var options: GlobalOptions

    struct Summary: Encodable {
        var directory: String
        var hash: String
        var name: String?
        var version: String?
        var files: Int
        var errors: [String]
        var warnings: [String]
    }

    func run() throws {
        let app = try App(options)
        let store = app.databaseExists ? try app.openStore() : nil
        let pack = try app.loadPack(recordedIn: store, authoring: true)
        let report = pack.check(limits: app.configuration.ruleLimits, today: app.today, log: Output.ruleLog)
        let describe = { (diagnostic: RuleDiagnostic) in RuleErrorWords.describe(diagnostic, in: app.configuration.language) }
        switch app.configuration.format {
        case .json:
            try Output.json(
                Summary(
                    directory: pack.directory, hash: pack.hash, name: report.manifest?.name,
                    version: report.manifest?.version, files: pack.files.count,
                    errors: report.diagnostics.filter { $0.severity == .error }.map(describe),
                    warnings: report.diagnostics.filter { $0.severity == .warning }.map(describe)))
        default:
            for diagnostic in report.diagnostics {
                Output.line(RuleErrorWords.describe(diagnostic, in: app.configuration.language))
            }
            let say = app.say
            let label = report.manifest.map { "\($0.name) \($0.version)" } ?? say("rule pack", "bộ quy tắc")
            Output.line(
                say(
                    "\(label): \(pack.files.count) files in \(pack.directory), hash \(pack.shortHash): "
                        + "\(report.errorCount) error(s), \(report.warningCount) warning(s)",
                    "\(label): \(pack.files.count) tệp trong \(pack.directory), mã băm \(pack.shortHash): "
                        + "\(report.errorCount) lỗi, \(report.warningCount) cảnh báo"))
        }
        if !report.isUsable { throw ExitCode(1) }
    }
}
