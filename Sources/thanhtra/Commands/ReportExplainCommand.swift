import ArgumentParser
import Casework
import Foundation
import Inspectorate
import Reports

/// `thanhtra report explain KIND SPEC FIGURE`.
struct ReportExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "List the inspections or cases behind a figure of a period, with their ids.",
        discussion: "Example: thanhtra report explain monthly 2026-10 penalty.fines_imposed_vnd")

    @OptionGroup var options: GlobalOptions
    @Argument(
        help: ArgumentHelp(
            "KIND PERIOD FIGURE: the period kind (monthly, quarterly, half-year, nine-months, annual, range), the "
                + "period (2026-10; for range FROM..TO or FROM TO, as `report range` takes it), the figure's name as the "
                + "JSON report names it.", valueName: "kind period figure"))
    var words: [String]
    @Option(help: "Only the records of this body (a code of the rule pack's report.bodies), as `report … --body` counts them.")
    var body: String?

    /// The period kind, the pack's spec of the period, and the figure, from ``words``.
    func parsed() throws -> (kind: String, spec: String, figure: String) {
        guard words.count >= 3, let kind = words.first, let figure = words.last else {
            throw ValidationError.said(
                "give KIND PERIOD FIGURE, e.g. monthly 2026-10 penalty.fines_imposed_vnd or range 2026-01-01..2026-03-31 penalty.cases",
                "ghi LOẠI KỲ SỐ_LIỆU, ví dụ monthly 2026-10 penalty.fines_imposed_vnd hoặc range 2026-01-01..2026-03-31 penalty.cases")
        }
        let period = Array(words.dropFirst().dropLast())
        if kind == "range" { return (kind, try Parse.rangeSpec(period), figure) }
        guard period.count == 1 else {
            let given = period.joined(separator: " ")
            throw ValidationError.said(
                "a \(kind) period is one word (e.g. 2026-10), got '\(given)'",
                "kỳ \(kind) là một từ (ví dụ 2026-10), nhận được '\(given)'")
        }
        return (kind, period[0], figure)
    }

    func validate() throws { _ = try parsed() }

    func run() throws {
        let (kind, spec, figure) = try parsed()
        let app = try App(options)
        let (period, members) = try worded {
            try app.openInspectorate().figureMembers(figure, kind: kind, spec: spec, body: body, acting: app.acting)
        }
        switch app.configuration.format {
        case .json: try Output.json(members)
        default:
            let say = app.say
            Output.line(say("\(figure) in ", "\(figure) trong kỳ ") + "\(period.label) (\(period.from) … \(period.through)):")
            Output.table(
                say.vietnamese ? ["loại", "#", "giá trị", "nội dung"] : ["kind", "#", "value", "what"],
                members.members.map { [Self.word(for: $0.kind, say), "\($0.id)", Self.value($0.value, of: figure), $0.label] })
            var total: Int64 = 0
            for member in members.members {
                if figure.hasSuffix("_vnd"), member.value < 0 || member.value > VND.maximum.rawValue {
                    throw CommandError.said(
                        (
                            "\(member.kind.rawValue) #\(member.id) counts \(member.value) đồng towards \(figure), "
                                + "outside 0 … \(VND.maximum.formatted()) (10^15 đồng), the bound of every amount",
                            "\(member.kind.rawValue) #\(member.id) tính \(member.value) đồng vào \(figure), ngoài khoảng "
                                + "0 … \(VND.maximum.formatted()) (10^15 đồng), giới hạn của mọi số tiền"
                        ),
                        hint: (
                            "the database was changed outside thanhtra; correct that record or restore a backup",
                            "cơ sở dữ liệu đã bị sửa ngoài thanhtra; sửa bản ghi đó hoặc khôi phục bản sao lưu"
                        ))
                }
                let (sum, overflow) = total.addingReportingOverflow(member.value)
                guard !overflow else {
                    throw CommandError.said(
                        (
                            "the total of \(figure) does not fit in 64 bits at \(member.kind.rawValue) #\(member.id) "
                                + "(value \(member.value))",
                            "tổng của \(figure) vượt quá 64 bit tại \(member.kind.rawValue) #\(member.id) (giá trị \(member.value))"
                        ),
                        hint: (
                            "a stored amount is above the bound of \(VND.maximum.formatted()); correct that record",
                            "một số tiền đã lưu vượt giới hạn \(VND.maximum.formatted()); sửa bản ghi đó"
                        ))
                }
                total = sum
            }
            Output.line(
                say(
                    "total: \(Self.value(total, of: figure)) from \(members.members.count) record(s)",
                    "tổng: \(Self.value(total, of: figure)) từ \(members.members.count) hồ sơ"))
        }
    }

    /// How people call a member's record: `case`, `inspection`, `follow-up` (not the code's `penaltyCase`).
    static func word(for kind: FigureMembers.Kind, _ say: Wording = .english) -> String {
        switch kind {
        case .inspection: say("inspection", "cuộc thanh tra")
        case .penaltyCase: say("case", "vụ việc")
        case .finding: say("finding", "phát hiện")
        case .recommendation: say("recommendation", "kiến nghị")
        case .followUp: say("follow-up", "theo dõi thực hiện")
        case .payment: say("payment", "lần nộp")
        }
    }

    /// A member's value as the report prints it: đồng grouped (`32.500.000 đ`) for a `_vnd` figure, m² for a
    /// `_dm2` one (stored in dm²), the bare count otherwise.
    static func value(_ value: Int64, of figure: String) -> String {
        if figure.hasSuffix("_vnd") { return CaseText.money(VND(value)) }
        if figure.hasSuffix("_dm2") {
            let whole = VND(value / 100).formatted(symbol: "").trimmingCharacters(in: .whitespaces)
            let part = abs(value % 100)
            return part == 0 ? "\(whole) m²" : "\(whole),\(part < 10 ? "0" : "")\(part) m²"
        }
        return "\(value)"
    }
}
