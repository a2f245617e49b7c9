import ArgumentParser
import Casework
import Inspectorate
import Reports
import Rules

/// `thanhtra case list`.
struct CaseListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List cases, newest record first.")

    @OptionGroup var options: GlobalOptions

    enum StateArgument: String, ExpressibleByArgument, CaseIterable { case open, decided, settled, cancelled }

    @Option(help: "Only cases in this state.") var state: StateArgument?
    @Option(help: "Only cases of this subject (its number, tax code or citizen ID number).", completion: Completion.subject, transform: Parse.subject)
    var subject: SubjectKey?
    @Option(help: "Only cases with a violation in this sector.") var sector: String?
    @Option(help: "Record made on or after this day.", transform: Parse.date) var from: CalendarDate?
    @Option(help: "Record made before this day.", transform: Parse.date) var to: CalendarDate?
    @Flag(name: .customLong("decision-overdue"), help: "Open cases past their decision deadline.") var decisionOverdue = false
    @Flag(name: .customLong("payment-overdue"), help: "Decided cases past their payment due date with a fine owed.") var paymentOverdue = false
    @Flag(help: "Decided cases with a fine owed.") var unpaid = false
    @Option(name: .customLong("enforcement-expiring"), help: "Unsettled decisions whose enforcement expires within this many days.")
    var enforcementExpiring: Int?
    @Option(help: "At most this many cases; 0 for all.") var limit: Int = 100

    func run() throws {
        let app = try App(options)
        let today = app.today
        let registry = try app.openRegistry(reading: .readCasework)
        let subjectID = try subject.map { key in try worded { try registry.store.subjectID(key) } }
        let page = try registry.penaltyCasePage(
            PenaltyCaseFilter(
                state: state.flatMap { PenaltyCase.State(rawValue: $0.rawValue) },
                subjectID: subjectID, sector: sector, recordFrom: from, recordBefore: to,
                decisionOverdueAsOf: decisionOverdue ? today : nil, paymentOverdueAsOf: paymentOverdue ? today : nil,
                unpaidOnly: unpaid, enforcementExpiresBefore: enforcementExpiring.map { today.adding(days: $0 + 1) },
                limit: limit))
        let cases = page.items
        let say = app.say
        defer { ListNote.print(page, noun: say("cases", "vụ việc"), say) }
        switch app.configuration.format {
        case .json: try Output.json(cases)
        default:
            Output.table(
                say.language == .vi
                    ? ["#", "trạng thái", "biên bản", "ngày lập", "đối tượng", "hành vi", "tiền phạt", "còn nợ", "hạn"]
                    : ["#", "state", "record", "on", "subject", "codes", "fine", "outstanding", "due"],
                cases.map { row($0, say) })
        }
    }

    private func row(_ c: PenaltyCase, _ say: Wording) -> [String] {
        let fine = c.decision.map { CaseText.money($0.totalFineVND) } ?? "-"
        let outstanding = c.decision == nil || c.state == .cancelled ? "-" : CaseText.money(c.outstandingVND)
        let due: String
        if let paymentDue = c.decision?.paymentDueOn {
            due = paymentDue.description
        } else {
            due = c.state == .open ? say("decide by \(c.decisionDueOn)", "ra quyết định trước \(c.decisionDueOn)") : "-"
        }
        let codes = c.violations.map(\.code).joined(separator: " ")
        return ["\(c.id)", say.state(c.state), c.record.number, c.record.madeOn.description, "\(c.subjectID)", codes, fine, outstanding, due]
    }
}
