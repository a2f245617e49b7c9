import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra subject …`: the register of organizations and persons inspected or fined.
struct SubjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "subject", abstract: "Register and look up subjects (organizations and persons).",
        subcommands: [SubjectAddCommand.self, SubjectListCommand.self, SubjectShowCommand.self])
}

/// `thanhtra subject add`.
struct SubjectAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Register an organization (by tax code) or a person (by citizen ID number).")

    @OptionGroup var options: GlobalOptions

    @Option(name: .long, help: "Tax code (mã số thuế) of an organization: 10 digits, or 10-3 for a branch.")
    var taxCode: String?

    @Option(name: .long, help: "Citizen ID number (số định danh cá nhân / CCCD) of a person: 12 digits.")
    var idNumber: String?

    @Option(help: "Name, as on the registration or ID card.")
    var name: String

    @Option(help: "Address.")
    var address: String = ""

    func validate() throws {
        guard (taxCode == nil) != (idNumber == nil) else {
            throw ValidationError("give exactly one of --tax-code (an organization) or --id-number (a person)")
        }
    }

    func run() throws {
        let app = try App(options)
        let new = NewSubject(
            kind: taxCode != nil ? .organization : .person, identifier: taxCode ?? idNumber ?? "", name: name,
            address: address)
        let subject = try app.openRegistry(recordingPack: true).addSubject(new, acting: app.acting)
        switch app.configuration.format {
        case .json: try Output.json(subject)
        default: Output.line("registered subject #\(subject.id): \(subject.name) (\(subject.identifier))")
        }
    }
}

/// `thanhtra subject list`.
struct SubjectListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List registered subjects.")

    @OptionGroup var options: GlobalOptions

    @Option(help: "Only organizations or only persons.")
    var kind: KindArgument?

    enum KindArgument: String, ExpressibleByArgument, CaseIterable {
        case organization, person
    }

    @Option(help: "Only subjects whose name or identifier contains this text.")
    var search: String?

    @Option(help: "At most this many subjects.")
    var limit: Int = 100

    func run() throws {
        let app = try App(options)
        let subjects = try app.openRegistry().subjects(
            kind: kind.flatMap { Subject.Kind(rawValue: $0.rawValue) }, search: search, limit: limit)
        switch app.configuration.format {
        case .json: try Output.json(subjects)
        default:
            Output.table(
                ["#", "kind", "identifier", "name", "address"],
                subjects.map { ["\($0.id)", $0.kind.rawValue, $0.identifier, $0.name, $0.address] })
        }
    }
}

/// `thanhtra subject show`.
struct SubjectShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one subject.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The subject's number, as `subject list` shows it.")
    var id: Int64

    func run() throws {
        let app = try App(options)
        let subject = try worded { try app.openRegistry().subject(Subject.ID(rawValue: id)) }
        switch app.configuration.format {
        case .json: try Output.json(subject)
        default:
            Output.table(
                ["field", "value"],
                [["number", "\(subject.id)"], ["kind", subject.kind.rawValue], ["identifier", subject.identifier],
                 ["name", subject.name], ["address", subject.address]])
        }
    }
}
