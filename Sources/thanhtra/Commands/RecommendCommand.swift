import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra recommend`.
struct RecommendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recommend",
        abstract: "Record a recommendation: recovery, other financial handling, handling of collectives/persons, transfer to investigation, policy.")

    enum KindArgument: String, ExpressibleByArgument, CaseIterable {
        case recovery, otherFinancial = "other-financial", handling, transfer, policy
        var kind: Recommendation.Kind {
            switch self {
            case .recovery: .recovery
            case .otherFinancial: .otherFinancial
            case .handling: .handling
            case .transfer: .transfer
            case .policy: .policy
            }
        }
    }

    enum HandlingArgument: String, ExpressibleByArgument, CaseIterable {
        case review, discipline, administrative
        var handling: Recommendation.Handling {
            switch self {
            case .review: .review
            case .discipline: .discipline
            case .administrative: .administrative
            }
        }
    }

    @OptionGroup var options: GlobalOptions
    @Option(help: "The inspection number.") var inspection: Int64
    @Option(help: "recovery, other-financial, handling, transfer or policy (hoàn thiện cơ chế, chính sách, pháp luật).")
    var kind: KindArgument
    @Option(help: "The finding it follows from.") var finding: Int64?
    @Option(help: "The subject it concerns: its number, tax code or citizen ID number.", transform: Parse.subject)
    var subject: SubjectKey?
    @Option(help: "What is recommended.") var description: String
    @Option(help: "Money, in đồng (recovery, other-financial).", transform: Parse.money) var amount: VND = .zero
    @Option(help: "Land to recover, in m².", transform: Parse.land) var land: LandArea = .zero
    @Option(help: "Collectives to handle.") var collectives: Int = 0
    @Option(help: "Persons to handle or transfer.") var persons: Int = 0
    @Option(help: "Cases to transfer to the investigation agency.") var cases: Int = 0
    @Option(help: "Documents (văn bản) to issue, amend or repeal (policy).") var documents: Int = 0
    @Option(name: .customLong("name"), help: "A collective's or person's name. Repeatable.") var names: [String] = []
    @Option(
        help: ArgumentHelp(
            "How a handling recommendation handles them: review (kiểm điểm rút kinh nghiệm), discipline (xử lý kỷ luật) or administrative (xử lý hành chính).",
            discussion: "Without it a handling recommendation is reported as xử lý hành chính."))
    var handling: HandlingArgument?

    func run() throws {
        let app = try App(options)
        let inspectorate = try app.openInspectorate()
        let subjectID = try subject.map { key in try worded { try inspectorate.store.subjectID(key) } }
        let figures = RecommendationFigures(
            amountVND: amount, landArea: land, collectives: collectives, persons: persons, cases: cases,
            documents: documents)
        let new = NewRecommendation(
            kind: kind.kind, findingID: finding.map { Finding.ID(rawValue: $0) }, subjectID: subjectID,
            description: description, figures: figures, names: names, handling: handling?.handling)
        let recommendation = try worded {
            try inspectorate.recommend(new, on: Inspection.ID(rawValue: inspection), acting: app.acting)
        }
        switch app.configuration.format {
        case .json: try Output.json(recommendation)
        default:
            Output.line(
                app.say(
                    "recorded recommendation #\(recommendation.id) (\(recommendation.kind.rawValue)) on inspection #\(inspection)",
                    "đã ghi nhận kiến nghị #\(recommendation.id) (\(app.say.recommendation(recommendation.kind))) "
                        + "của cuộc thanh tra #\(inspection)"))
        }
    }
}
