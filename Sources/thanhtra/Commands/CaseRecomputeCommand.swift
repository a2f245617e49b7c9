import ArgumentParser
import Casework
import Foundation
import Rules

/// `thanhtra case recompute`: deadlines and surcharges of open and unpaid cases, recomputed as of a day.
struct CaseRecomputeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recompute",
        abstract: "Recompute the deadlines and late-payment surcharges of open and unpaid cases as of a day.",
        discussion: """
            Open cases: the decision deadline. Decided (unpaid) cases: the payment due date, the fine still owed and
            the 0.05 %-a-day surcharge accrued up to --as-of (default today). Every case goes through the rule pack in
            force, on every core. The stored deadline (set at opening or at delivery) is what the parties were given:
            it is shown beside the recomputed one and is never changed; overdue days and the surcharge count from it.
            Nothing is written. Formats: table (default), json, csv.
            """)

    @OptionGroup var options: GlobalOptions

    @Option(name: .customLong("as-of"), help: "The day to compute for (default: today).", transform: Parse.date)
    var asOf: CalendarDate?

    enum StateArgument: String, ExpressibleByArgument, CaseIterable { case open, decided }
    @Option(help: "Only cases in this state (repeatable; default open and decided).") var state: [StateArgument] = []

    @Flag(help: "List only overdue cases (the totals still count every case).") var overdue = false

    @Option(help: "Worker threads (default: one per core).") var workers: Int?

    func validate() throws {
        if let workers, workers < 1 { throw ValidationError.said("--workers must be at least 1", "--workers ít nhất là 1") }
    }

    struct Result: Encodable {
        var asOf: CalendarDate
        var pack: String
        var cases: [RecomputedCase]
        var totals: RecomputeTotals
    }

    func run() throws {
        let app = try App(options, formats: [.table, .json, .csv])
        let store = try app.openStore()
        let pack = try app.loadPack(recordedIn: store)
        let pool = try RuleEnginePool(pack: pack, workers: workers, limits: app.configuration.ruleLimits, log: Output.ruleLog)
        let day = asOf ?? app.today
        let states: Set<PenaltyCase.State> = state.isEmpty ? [.open, .decided] : Set(state.compactMap { PenaltyCase.State(rawValue: $0.rawValue) })
        // CSV streams each batch as it is computed (constant memory); the table and JSON need every row first.
        let streaming = app.configuration.format == .csv
        var writer = CSVOutput()
        if streaming { writer.write(Self.csvHeader) }
        var rows: [RecomputedCase] = []
        var totals = RecomputeTotals()
        try store.forEachPenaltyCase(inStates: states, batchSize: 2_000) { batch in
            for row in try CaseRecompute.recompute(batch, asOf: day, pool: pool) {
                try totals.add(row)
                guard !overdue || row.isOverdue else { continue }
                if streaming { writer.write(Self.csvFields(row)) } else { rows.append(row) }
            }
        }
        switch app.configuration.format {
        case .json: try Output.json(Result(asOf: day, pack: pack.hash, cases: rows, totals: totals))
        case .csv: writer.flush()
        default: table(rows, totals: totals, day: day, pack: pack, say: app.say).forEach { Output.line($0) }
        }
    }

    /// The table for people; in Vietnamese (`say`) its headings, states and sentences too.
    private func table(
        _ rows: [RecomputedCase], totals: RecomputeTotals, day: CalendarDate, pack: RulePack, say: Wording
    ) -> [String] {
        var out = [say("as of \(day), rule pack \(pack.shortHash)", "tính đến \(day), bộ quy tắc \(pack.shortHash)"), ""]
        if rows.isEmpty {
            out.append(
                overdue
                    ? say("no overdue case", "không có vụ việc quá hạn")
                    : say("no open or unpaid case", "không có vụ việc đang xử lý hoặc chưa nộp xong"))
        } else {
            out += Output.tableLines(trimmed: true,
                say.vietnamese
                    ? ["#", "biên bản", "trạng thái", "thời hạn", "hạn (đã lưu)", "hạn (tính lại)", "quá hạn", "còn nợ",
                        "tiền chậm nộp", "chậm nộp còn nợ"]
                    : ["#", "record", "state", "deadline", "due (stored)", "due (rules now)", "overdue", "outstanding", "surcharge",
                        "surcharge owed"],
                rows.map { row in
                    [
                        "\(row.caseID)", row.recordNumber, say.state(row.state),
                        say(row.deadline.rawValue, row.deadline == .decision ? "ra quyết định" : "nộp phạt"),
                        row.storedDueOn?.description ?? "-",
                        row.dueOn.map { row.isDueDateDifferent ? "\($0) " + say("(differs)", "(khác)") : "\($0)" } ?? "-",
                        row.isOverdue ? say("\(row.daysOverdue) day\(row.daysOverdue == 1 ? "" : "s")", "\(row.daysOverdue) ngày") : "",
                        row.deadline == .decision ? "" : CaseText.money(row.outstandingVND),
                        row.deadline == .payment ? "\(CaseText.money(row.surchargeVND)) (\(row.surchargeDays) d)" : "",
                        row.deadline == .payment ? CaseText.money(row.surchargeOwedVND) : "",
                    ]
                })
        }
        out.append("")
        let (outstanding, accrued, owed) = (
            RulesDiffText.money(totals.outstandingVND), RulesDiffText.money(totals.surchargeVND),
            RulesDiffText.money(totals.surchargeOwedVND)
        )
        out.append(
            say(
                "\(totals.cases) case(s): \(totals.overdue) overdue (\(totals.decisionOverdue) decision, "
                    + "\(totals.paymentOverdue) payment); \(totals.dueDateDifferent) deadline(s) differ from the rules now",
                "\(totals.cases) vụ việc: \(totals.overdue) quá hạn (\(totals.decisionOverdue) hạn ra quyết định, "
                    + "\(totals.paymentOverdue) hạn nộp phạt); \(totals.dueDateDifferent) thời hạn khác với cách tính hiện nay"))
        out.append(
            say(
                "outstanding fines \(outstanding); surcharge accrued \(accrued), still owed \(owed)",
                "tiền phạt còn nợ \(outstanding); tiền chậm nộp phát sinh \(accrued), còn nợ \(owed)"))
        return out
    }

    static let csvHeader = [
        "case", "record", "state", "deadline", "stored_due_on", "due_on", "days_overdue", "outstanding_vnd",
        "surcharge_vnd", "surcharge_days", "surcharge_owed_vnd",
    ]

    static func csvFields(_ row: RecomputedCase) -> [String] {
        [
            "\(row.caseID)", row.recordNumber, row.state.rawValue, row.deadline.rawValue,
            row.storedDueOn?.description ?? "", row.dueOn?.description ?? "", "\(row.daysOverdue)",
            "\(row.outstandingVND.rawValue)", "\(row.surchargeVND.rawValue)", "\(row.surchargeDays)",
            "\(row.surchargeOwedVND.rawValue)",
        ]
    }
}
