import ArgumentParser
import Casework
import Inspectorate
import Reports

/// `thanhtra report restatements [KIND SPEC]`.
struct ReportRestatementsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restatements",
        abstract: "For filed periods, every figure that later changes have moved, with the records that moved it.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The period kind, to look at one filed period only.") var kind: String?
    @Argument(help: "The period.") var spec: String?

    func run() throws {
        let app = try App(options)
        if kind != nil, spec == nil { throw ValidationError.said(
            "give the period after its kind, e.g. `monthly 2026-10`", "ghi kỳ sau loại kỳ, ví dụ `monthly 2026-10`") }
        let (all, checked) = try worded {
            try app.openInspectorate().restatements(of: kind.map { ($0, spec ?? "") }, acting: app.acting)
        }
        switch app.configuration.format {
        case .json: try Output.json(all)
        default:
            let say = app.say
            if all.isEmpty {
                Output.line(
                    say(
                        "no filed figure has moved (\(checked) filed report(s) checked)",
                        "không số liệu đã lưu nào thay đổi (đã kiểm tra \(checked) báo cáo đã lưu)"))
            }
            for r in all {
                let change = "\(r.now - r.filed >= 0 ? "+" : "")\(r.now - r.filed)"
                Output.line(
                    say(
                        "\(r.period.kind) \(r.period.label): \(r.figure) filed \(r.filed), now \(r.now) (\(change))",
                        "\(r.period.label): \(r.figure) đã lưu \(r.filed), nay \(r.now) (\(change))"))
                for m in r.moved {
                    let kind = say.vietnamese ? ReportExplainCommand.word(for: m.kind, say) : m.kind.rawValue
                    Output.line("    \(kind) #\(m.id) \(m.label): \(m.filed) → \(m.now)")
                }
            }
        }
    }
}
