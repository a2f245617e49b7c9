import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra case open`.
struct CaseOpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open a case from its violation record (biên bản).",
        discussion: """
            Each --violation is a catalog code, optionally with its own dates, illegal gain and circumstances:
              --violation ND125-2020-D24-K1-a
              --violation "ND125-2020-D24-K1-a,committed=2026-01-05,ended=2026-01-05,gain=12000000"
              --violation "ND125-2020-D29-K2-a,aggravating=vi_pham_nhieu_lan+co_to_chuc"
            Without dates, --committed and --ended (a completed violation) or --detected (an ongoing one) apply.
            Circumstances (Điều 9, 10) belong to one violation: mitigating=A+B and aggravating=C weigh on that
            violation only; --mitigating and --aggravating weigh on every violation of the case.
            Codes: `thanhtra rules circumstances`.
            """)

    @OptionGroup var options: GlobalOptions

    @Option(help: "The violator: its subject number (see `thanhtra subject list`), tax code or citizen ID number.", completion: Completion.subject, transform: Parse.subject)
    var subject: SubjectKey

    @Option(help: "The violation record's number.")
    var record: String

    @Option(name: .customLong("record-on"), help: "The day the record was made (YYYY-MM-DD).", transform: Parse.date)
    var recordOn: CalendarDate

    @Option(help: "Where the record was made.")
    var place: String = ""

    @Option(name: .customLong("violation"), help: "A violation code, optionally with its dates (see above). Repeat for several.", completion: Completion.violationCode, transform: Parse.violation)
    var violations: [Parse.ViolationSpec] = []

    @Option(help: "When the violations were committed (default: the record date).", transform: Parse.date)
    var committed: CalendarDate?

    @Option(help: "When completed violations ended (default: the day committed).", transform: Parse.date)
    var ended: CalendarDate?

    @Option(help: "When ongoing violations were detected; makes them ongoing.", transform: Parse.date)
    var detected: CalendarDate?

    @Option(help: "A mitigating circumstance code (Điều 9) of every violation of the case. Repeatable.", completion: Completion.mitigating)
    var mitigating: [String] = []

    @Option(help: "An aggravating circumstance code (Điều 10) of every violation of the case. Repeatable.", completion: Completion.aggravating)
    var aggravating: [String] = []

    @Flag(help: "The case is complex (up to 30 days to decide).")
    var complex = false

    @Flag(name: .customLong("explanation-requested"), help: "The violator asked to explain (up to 30 days to decide).")
    var explanationRequested = false

    @Flag(help: "The violator is a person aged 14 to under 16.")
    var minor = false

    @Option(help: "The body (cơ quan) that handles the case, when several share the database: a code of the rule pack's report.bodies.")
    var body: String?

    func validate() throws {
        guard !violations.isEmpty else { throw ValidationError.said("give at least one --violation CODE", "ghi ít nhất một --violation MÃ") }
    }

    func run() throws {
        let app = try App(options)
        let caseViolations = violations.map { spec -> CaseViolation in
            let committedOn = spec.committed ?? committed ?? recordOn
            let detectedOn = spec.detected ?? (spec.ended == nil ? detected : nil)
            let endedOn = detectedOn == nil ? (spec.ended ?? ended ?? committedOn) : nil
            return CaseViolation(
                code: spec.code, sector: "", committedOn: committedOn, endedOn: endedOn, detectedOn: detectedOn,
                illegalGainVND: spec.gain ?? .zero, mitigating: spec.mitigating, aggravating: spec.aggravating)
        }
        let result: CaseOpened
        do {
            let inspectorate = try app.openInspectorate()
            result = try inspectorate.openCase(
                subject: try worded { try inspectorate.store.subjectID(subject) }, record: ViolationRecord(number: record, madeOn: recordOn, place: place),
                violations: caseViolations, mitigating: mitigating, aggravating: aggravating,
                facts: CaseFacts(isComplex: complex, explanationRequested: explanationRequested, isMinor: minor),
                body: body, acting: app.acting)
        } catch InspectorateError.unknownSubject(let id) {
            throw CommandError.said(
                ("no subject #\(id)", "không có đối tượng #\(id)"),
                hint: (
                    "register it with `thanhtra subject add`, or see `thanhtra subject list`",
                    "đăng ký bằng `thanhtra subject add`, hoặc xem `thanhtra subject list`"
                ))
        }
        let opened = result.penaltyCase
        switch app.configuration.format {
        case .json: try Output.json(opened)
        default: Output.line(
            app.say(
                "opened case #\(opened.id) for \(result.subject.name); decision due by \(opened.decisionDueOn)",
                "đã mở vụ việc #\(opened.id) đối với \(result.subject.name); hạn ra quyết định \(opened.decisionDueOn)"))
        }
    }
}
