import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra subject add`.
struct SubjectAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Register an organization (by tax code), a person (by citizen ID number) or a household business.")

    @OptionGroup var options: GlobalOptions

    @Option(name: .long, help: "Tax code (mã số thuế) of an organization: 10 digits, or 10-3 for a branch.")
    var taxCode: String?

    @Option(name: .long, help: "Citizen ID number (số định danh cá nhân / CCCD) of a person: 12 digits.")
    var idNumber: String?

    @Option(
        help: ArgumentHelp(
            "organization, person or household (hộ kinh doanh, HKD); by default an organization with --tax-code, "
                + "a person with --id-number. A household business gives its tax code or its owner's ID number.",
            valueName: "kind"))
    var kind: SubjectKindArgument?

    @Option(help: "Name, as on the registration or ID card.")
    var name: String

    @Option(help: "Address.")
    var address: String = ""

    func validate() throws {
        guard (taxCode == nil) != (idNumber == nil) else {
            throw ValidationError.said(
                "give exactly one of --tax-code (an organization) or --id-number (a person)",
                "ghi đúng một trong --tax-code (tổ chức) hoặc --id-number (cá nhân)")
        }
        switch kind?.kind {
        case .organization where idNumber != nil:
            throw ValidationError.said(
                "an organization is registered by --tax-code, not --id-number",
                "tổ chức được đăng ký bằng --tax-code, không phải --id-number")
        case .person where taxCode != nil:
            throw ValidationError.said(
                "a person is registered by --id-number, not --tax-code", "cá nhân được đăng ký bằng --id-number, không phải --tax-code")
        default: break
        }
    }

    func run() throws {
        let app = try App(options)
        let new = NewSubject(
            kind: kind?.kind ?? (taxCode != nil ? .organization : .person), identifier: taxCode ?? idNumber ?? "", name: name,
            address: address)
        let subject = try app.openRegistry(recordingPack: true).addSubject(new, acting: app.acting)
        switch app.configuration.format {
        case .json: try Output.json(subject)
        default: Output.line(
            app.say(
                "registered subject #\(subject.id): \(subject.name) (\(subject.identifier))",
                "đã đăng ký đối tượng #\(subject.id): \(subject.name) (\(subject.identifier))"))
        }
    }
}
