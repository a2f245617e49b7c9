import ArgumentParser
import Casework
import Foundation
import Inspectorate
import Reports
import Rules

/// `thanhtra rules propose DIR`: stores a pack by its hash with its check, test and diff results, for another account
/// to activate (four-eyes).
struct RulesProposeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "propose",
        abstract: "Propose a rule pack folder for activation by another account (four-eyes).",
        discussion: """
            Runs `rules check` (a pack with errors is not proposed), `rules test` and `rules diff` against the pack in
            force (every open, decided and settled case), then stores the pack by its content hash with their
            summary. Another account activates it with `thanhtra rules activate HASH` or rejects it with
            `thanhtra rules reject HASH --reason TEXT`. With accounts, proposing needs the role phap_che.
            """)

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The rule pack folder to propose.") var directory: String
    @Option(help: "Worker threads for the diff (default: one per core).") var workers: Int?

    func run() throws {
        let app = try App(options)
        let (approval, store) = try app.openRulePackApproval()
        let candidate = try RulePack.load(from: directory)
        let limits = app.configuration.ruleLimits
        let check = candidate.check(limits: limits, today: app.today, log: Output.ruleLog)
        guard check.isUsable, let manifest = check.manifest else {
            RuleErrorWords.printErrors(of: check, in: app.configuration.language)
            throw CommandError.said(
                (
                    "the rule pack in \(directory) has \(check.errorCount) error(s); nothing was proposed",
                    "bộ quy tắc trong \(directory) có \(check.errorCount) lỗi; không có gì được đề xuất"
                ),
                hint: (
                    "fix what `thanhtra rules check --rules \(directory)` reports, then propose it again",
                    "sửa những gì `thanhtra rules check --rules \(directory)` báo, rồi đề xuất lại"
                ))
        }
        let tests = try PackTestRunner(engine: try app.makeEngine(candidate)).run()
        let current = try app.loadPack(recordedIn: store)
        let report = try RulesDiff.run(
            reader: store, selection: CaseSelection(), current: try RuleEnginePool(pack: current, workers: workers, limits: limits),
            candidate: try RuleEnginePool(pack: candidate, workers: workers, limits: limits), today: app.today)
        let impact = ProposalImpact(
            checkErrors: 0, checkWarnings: check.warningCount,
            warnings: check.diagnostics.filter { $0.severity == .warning }.map(\.description),
            testsPassed: tests.count { $0.passed }, testsFailed: tests.count { !$0.passed },
            testFailures: tests.filter { !$0.passed }.map { "\($0.file)\($0.line.map { ":\($0)" } ?? ""): \($0.name)" },
            comparedWith: current.hash, diff: report.totals,
            warningsVietnamese: check.diagnostics.filter { $0.severity == .warning }.map { RuleErrorWords.describe($0, in: .vi) })
        let stored = StoredRulePack(
            hash: candidate.hash, name: manifest.name, version: manifest.version, recordedAt: app.acting.recordedAt,
            files: Dictionary(uniqueKeysWithValues: candidate.files.map { ($0.path, $0.bytes) }))
        let proposal = try AuthorityWords.worded { try approval.propose(stored, impact: impact, acting: app.acting) }
        switch app.configuration.format {
        case .json: try Output.json(proposal)
        default:
            let say = app.say
            Output.line(say("proposed ", "đã đề xuất ") + ProposalText.line(proposal, say))
            Output.line(
                say(
                    "activate it as another account: thanhtra rules activate \(proposal.hash.prefix(12))",
                    "một tài khoản khác kích hoạt bằng: thanhtra rules activate \(proposal.hash.prefix(12))"))
        }
    }
}
