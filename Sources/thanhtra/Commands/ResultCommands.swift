import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra finding …`.
struct FindingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "finding", abstract: "Record violations found by an inspection.", subcommands: [FindingAddCommand.self])
}

/// `thanhtra finding add`.
struct FindingAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Record a finding; the rule pack classifies it and says what to recommend.")

    @OptionGroup var options: GlobalOptions
    @Option(help: "The inspection number.") var inspection: Int64
    @Option(help: "The subject number the finding concerns.") var subject: Int64
    @Option(help: "What was found.") var description: String
    @Option(help: "Money involved, in đồng.", transform: Parse.money) var amount: VND = .zero
    @Option(help: "Land involved, in m² (1.200,25).", transform: Parse.land) var land: LandArea = .zero
    @Option(help: "Finding category code (default: the rule pack decides).") var category: String?

    func run() throws {
        let app = try App(options)
        let recorded = try worded {
            try app.openInspectorate().addFinding(
                to: Inspection.ID(rawValue: inspection), subject: Subject.ID(rawValue: subject), description: description,
                category: category, amountVND: amount, landArea: land, acting: app.acting)
        }
        let (finding, suggestion, code) = (recorded.finding, recorded.suggestion, recorded.finding.category)
        switch app.configuration.format {
        case .json: try Output.json(finding)
        default:
            Output.line("recorded finding #\(finding.id) on inspection #\(inspection): \(code) (\(recorded.categoryTitle))")
            var parts: [String] = []
            if suggestion.recoveryVND > .zero { parts.append("recover \(CaseText.money(suggestion.recoveryVND)) to the state budget") }
            if suggestion.otherFinancialVND > .zero { parts.append("other financial handling \(CaseText.money(suggestion.otherFinancialVND))") }
            if suggestion.landArea > .zero { parts.append("recover land \(suggestion.landArea)") }
            if !parts.isEmpty { Output.line("the rules suggest: \(parts.joined(separator: "; ")) — record it with `thanhtra recommend`") }
        }
    }
}

/// `thanhtra recommend`.
struct RecommendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recommend",
        abstract: "Record a recommendation: recovery, other financial handling, handling of collectives/persons, transfer to investigation.")

    enum KindArgument: String, ExpressibleByArgument, CaseIterable {
        case recovery, otherFinancial = "other-financial", handling, transfer
        var kind: Recommendation.Kind {
            switch self {
            case .recovery: .recovery
            case .otherFinancial: .otherFinancial
            case .handling: .handling
            case .transfer: .transfer
            }
        }
    }

    @OptionGroup var options: GlobalOptions
    @Option(help: "The inspection number.") var inspection: Int64
    @Option(help: "recovery, other-financial, handling or transfer.") var kind: KindArgument
    @Option(help: "The finding it follows from.") var finding: Int64?
    @Option(help: "The subject it concerns.") var subject: Int64?
    @Option(help: "What is recommended.") var description: String
    @Option(help: "Money, in đồng (recovery, other-financial).", transform: Parse.money) var amount: VND = .zero
    @Option(help: "Land to recover, in m².", transform: Parse.land) var land: LandArea = .zero
    @Option(help: "Collectives to handle.") var collectives: Int = 0
    @Option(help: "Persons to handle or transfer.") var persons: Int = 0
    @Option(help: "Cases to transfer to the investigation agency.") var cases: Int = 0
    @Option(name: .customLong("name"), help: "A collective's or person's name. Repeatable.") var names: [String] = []

    func run() throws {
        let app = try App(options)
        let figures = RecommendationFigures(amountVND: amount, landArea: land, collectives: collectives, persons: persons, cases: cases)
        let new = NewRecommendation(
            kind: kind.kind, findingID: finding.map { Finding.ID(rawValue: $0) }, subjectID: subject.map { Subject.ID(rawValue: $0) },
            description: description, figures: figures, names: names)
        let recommendation = try worded {
            try app.openInspectorate().recommend(new, on: Inspection.ID(rawValue: inspection), acting: app.acting)
        }
        switch app.configuration.format {
        case .json: try Output.json(recommendation)
        default: Output.line("recorded recommendation #\(recommendation.id) (\(recommendation.kind.rawValue)) on inspection #\(inspection)")
        }
    }
}

/// `thanhtra follow-up …`.
struct FollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "follow-up", abstract: "Record what was actually done on a recommendation.", subcommands: [FollowUpRecordCommand.self])
}

/// `thanhtra follow-up record`.
struct FollowUpRecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record", abstract: "Record money recovered, collectives/persons handled, transfers accepted.",
        discussion: "More than recommended is refused unless --allow-over gives the reason.")

    @OptionGroup var options: GlobalOptions
    @Option(help: "The recommendation number.") var recommendation: Int64
    @Option(help: "The day it was done (default: today).", transform: Parse.date) var on: CalendarDate?
    @Option(help: "Money recovered, in đồng.", transform: Parse.money) var amount: VND = .zero
    @Option(help: "Land recovered, in m².", transform: Parse.land) var land: LandArea = .zero
    @Option(help: "Collectives handled.") var collectives: Int = 0
    @Option(help: "Persons handled.") var persons: Int = 0
    @Option(help: "Cases accepted by the investigation agency.") var cases: Int = 0
    @Option(help: "The receipt or document number (required for money).") var receipt: String?
    @Option(help: "A note.") var note: String = ""
    @Option(name: .customLong("allow-over"), help: "Why more than recommended is recorded.") var allowOver: String?

    func run() throws {
        let app = try App(options)
        let figures = RecommendationFigures(amountVND: amount, landArea: land, collectives: collectives, persons: persons, cases: cases)
        let new = NewFollowUp(doneOn: on ?? app.today, figures: figures, receipt: receipt, note: note)
        let followUp = try app.openInspectorate().recordFollowUp(
            new, on: Recommendation.ID(rawValue: recommendation), allowOver: allowOver, acting: app.acting)
        switch app.configuration.format {
        case .json: try Output.json(followUp)
        default: Output.line("recorded follow-up #\(followUp.id) on recommendation #\(recommendation)")
        }
    }
}
