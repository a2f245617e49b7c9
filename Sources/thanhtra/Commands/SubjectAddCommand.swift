import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra subject add`.
struct SubjectAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Register an organization (by tax code), a person (by citizen ID number), a household business, a "
            + "family household or a residential community.")

    @OptionGroup var options: GlobalOptions

    @Option(name: .long, help: "Tax code (mã số thuế) of an organization: 10 digits, or 10-3 for a branch.")
    var taxCode: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Citizen ID number (số định danh cá nhân / CCCD) of a person: 12 digits; for a family household or a "
                + "residential community, its representative's (optional)."))
    var idNumber: String?

    @Option(
        help: ArgumentHelp(
            "organization, person, household (hộ kinh doanh, HKD), family (hộ gia đình, HGĐ) or community (cộng đồng "
                + "dân cư, CĐDC); by default an organization with --tax-code, a person with --id-number. A household "
                + "business gives its tax code or its owner's ID number; a family household or a residential "
                + "community, which the law gives no number, its name and --address, and its representative's "
                + "--id-number if known.",
            valueName: "kind"))
    var kind: SubjectKindArgument?

    @Option(help: "Name, as on the registration or ID card.")
    var name: String

    @Option(help: "Address.")
    var address: String = ""

    func validate() throws {
        if let kind = kind?.kind, kind.identifierIsOptional {
            guard taxCode == nil else {
                throw ValidationError.said(
                    "\(kind.withArticle) has no tax code; give its representative's --id-number, or none",
                    "\(kind.vietnameseName) không có mã số thuế; ghi --id-number của người đại diện, hoặc không ghi")
            }
            return
        }
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
        default:
            let identifier = subject.identifier.isEmpty ? "" : " (\(subject.identifier))"
            Output.line(
                app.say(
                    "registered subject #\(subject.id): \(subject.name)\(identifier)",
                    "đã đăng ký đối tượng #\(subject.id): \(subject.name)\(identifier)"))
        }
    }
}
