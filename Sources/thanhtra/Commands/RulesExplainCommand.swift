import ArgumentParser
import Casework
import Rules

/// `thanhtra rules explain CODE`: the fine computation of one catalog code, with its citations, without a case.
struct RulesExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Show how the pack fines a violation code, step by step with legal citations, without a case.",
        discussion: """
            Example: thanhtra rules explain ND125-2020-D24-K4-b --organization --mitigating tu_nguyen_khai_bao --on 2026-10-01

            --kind household explains the fine of a household business (hộ kinh doanh), --kind family of a family \
            household (hộ gia đình), --kind community of a residential community (cộng đồng dân cư): the pack says \
            which frame each is fined under (penalty.settings.fined_as).

            With --decided-on later than --on, the trace says which version of the entry applies: the one in force on \
            the violation date, or a more lenient one in force on the decision date, and why.
            """)

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The violation code (see `thanhtra rules catalog`).", completion: Completion.violationCode) var code: String
    @Flag(help: "The violator is an organization (default: a person); the same as --kind organization.")
    var organization = false
    @Option(
        help: ArgumentHelp(
            "The violator's kind: organization, person, household (hộ kinh doanh, HKD), family (hộ gia đình, HGĐ) "
                + "or community (cộng đồng dân cư, CĐDC); default person."))
    var kind: SubjectKindArgument?
    @Option(help: "A mitigating circumstance code. Repeatable.", completion: Completion.mitigating) var mitigating: [String] = []
    @Option(help: "An aggravating circumstance code. Repeatable.", completion: Completion.aggravating) var aggravating: [String] = []
    @Option(help: "The violation date (default: today); also the decision date unless --decided-on is given.", transform: Parse.date)
    var on: CalendarDate?
    @Option(help: "The decision date, on or after --on (default: the violation date).", transform: Parse.date)
    var decidedOn: CalendarDate?
    @Option(help: "A signer title, to check competence.") var signer: String?

    func validate() throws {
        if organization, let kind, kind.kind != .organization {
            throw ValidationError.said(
                "--organization and --kind \(kind.kind.rawValue) name two kinds; give one",
                "--organization và --kind \(kind.kind.rawValue) chỉ hai loại; chỉ ghi một")
        }
        if let on, let decidedOn, decidedOn < on {
            throw ValidationError.said(
                "--decided-on \(decidedOn) is before the violation date --on \(on); a decision follows the violation",
                "--decided-on \(decidedOn) trước ngày vi phạm --on \(on); quyết định phải sau vi phạm")
        }
    }

    func run() throws {
        let app = try App(options)
        let (_, engine) = try app.openCaseworkOrPack()
        let violator: Subject.Kind = kind?.kind ?? (organization ? .organization : .person)
        let day = on ?? app.today
        let decided = decidedOn ?? day
        // The record is taken as made on the decision day, so that only the rules of the act are explained.
        let assessment = try engine.assess(
            AssessmentRequest(
                violator: violator, facts: CaseFacts(), recordOn: decided, decidedOn: decided,
                today: max(decided, app.today), signer: signer, mitigating: mitigating, aggravating: aggravating,
                violations: [CaseViolation(code: code, sector: "", committedOn: day, endedOn: day, detectedOn: nil)]))
        switch app.configuration.format {
        case .json:
            struct Explanation: Encodable { var lines: [FineLine]; var steps: [ExplanationStep]; var problems: [PolicyProblem] }
            try Output.json(Explanation(lines: assessment.lines.map(\.fine), steps: assessment.steps, problems: assessment.problems))
        default:
            let say = app.say
            let when =
                decided == day
                ? say("on \(day)", "ngày \(day)")
                : say("committed on \(day), decided on \(decided)", "thực hiện ngày \(day), quyết định ngày \(decided)")
            Output.line(
                say(
                    "\(code) for \(violator.withArticle) \(when); rules \(engine.pack.shortHash)",
                    "\(code) đối với \(violator.vietnameseName) \(when); bộ quy tắc \(engine.pack.shortHash)"))
            CaseText.assessment(assessment, explain: true, say: app.say).forEach { Output.line($0) }
        }
        if assessment.problems.contains(where: { ["unknown_violation", "not_in_force", "unknown_circumstance"].contains($0.code) }) {
            throw ExitCode(1)
        }
    }
}
