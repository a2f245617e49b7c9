import ArgumentParser
import Casework
import Rules

/// `thanhtra rules test`: runs the pack's own test cases (tests/*.lua).
struct RulesTestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test", abstract: "Run the rule pack's test cases (tests/*.lua) and report each failure.",
        discussion: "Ends with a line `N passed, N failed`. Exit status: 0 when all pass, 1 otherwise.")

    @OptionGroup var options: GlobalOptions
    @Flag(help: "Also list the cases that pass.") var verbose = false

    func run() throws {
        let app = try App(options)
        let (_, engine) = try app.openCaseworkOrPack()
        let results = try PackTestRunner(engine: engine).run()
        for result in results where verbose || !result.passed {
            let location = result.line.map { "\(result.file):\($0)" } ?? result.file
            Output.line("\(result.passed ? app.say("ok  ", "đạt ") : app.say("FAIL", "SAI ")) \(location): \(result.name)")
            for failure in result.problems {
                Output.line("       \(RuleErrorWords.describe(failure, in: app.configuration.language))")
            }
        }
        let passed = results.filter(\.passed).count
        Output.line(app.say(PackTestRunner.summary(of: results), "\(passed) đạt, \(results.count - passed) không đạt"))
        if results.contains(where: { !$0.passed }) { throw ExitCode(1) }
    }
}
