import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra finding add`.
struct FindingAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Record a finding; the rule pack classifies it and says what to recommend.")

    @OptionGroup var options: GlobalOptions
    @Option(help: "The inspection number.") var inspection: Int64
    @Option(help: "The subject the finding concerns: its number, tax code or citizen ID number.", completion: Completion.subject, transform: Parse.subject)
    var subject: SubjectKey
    @Option(help: "What was found.") var description: String
    @Option(help: "Money involved, in đồng.", transform: Parse.money) var amount: VND = .zero
    @Option(help: "Land involved, in m² (1.200,25).", transform: Parse.land) var land: LandArea = .zero
    @Option(help: "Finding category code (default: the rule pack decides).") var category: String?

    func run() throws {
        let app = try App(options)
        let inspectorate = try app.openInspectorate()
        let recorded = try worded {
            try inspectorate.addFinding(
                to: Inspection.ID(rawValue: inspection), subject: try inspectorate.store.subjectID(subject), description: description,
                category: category, amountVND: amount, landArea: land, acting: app.acting)
        }
        let (finding, suggestion, code) = (recorded.finding, recorded.suggestion, recorded.finding.category)
        switch app.configuration.format {
        case .json: try Output.json(finding)
        default:
            let say = app.say
            Output.line(
                say(
                    "recorded finding #\(finding.id) on inspection #\(inspection): \(code) (\(recorded.categoryTitle))",
                    "đã ghi nhận phát hiện #\(finding.id) của cuộc thanh tra #\(inspection): \(code) (\(recorded.categoryTitle))"))
            var parts: [String] = []
            if suggestion.recoveryVND > .zero {
                parts.append(
                    say(
                        "recover \(CaseText.money(suggestion.recoveryVND)) to the state budget",
                        "thu hồi về ngân sách nhà nước \(CaseText.money(suggestion.recoveryVND))"))
            }
            if suggestion.otherFinancialVND > .zero {
                parts.append(
                    say(
                        "other financial handling \(CaseText.money(suggestion.otherFinancialVND))",
                        "xử lý khác về kinh tế \(CaseText.money(suggestion.otherFinancialVND))"))
            }
            if suggestion.landArea > .zero {
                parts.append(say("recover land \(suggestion.landArea)", "thu hồi đất \(suggestion.landArea)"))
            }
            if !parts.isEmpty {
                Output.line(
                    say(
                        "the rules suggest: \(parts.joined(separator: "; ")) — record it with `thanhtra recommend`",
                        "bộ quy tắc gợi ý: \(parts.joined(separator: "; ")) — ghi nhận bằng `thanhtra recommend`"))
            }
        }
    }
}
