import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra case installments`.
struct CaseInstallmentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "installments", abstract: "Approve payment in installments (Điều 79), as the rules allow.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The case number.", completion: Completion.caseNumber) var id: Int64
    @Option(name: .customLong("installment"), help: "DUE-DATE=AMOUNT, e.g. 2026-04-10=6000000. Repeat for each.", transform: Parse.installment)
    var installments: [Installment] = []

    func validate() throws {
        guard !installments.isEmpty else { throw ValidationError.said(
            "give each --installment DUE-DATE=AMOUNT", "ghi từng lần nộp bằng --installment HẠN=SỐ_TIỀN") }
    }

    func run() throws {
        let app = try App(options)
        let updated = try app.openInspectorate().approveInstallments(PenaltyCase.ID(rawValue: id), installments, acting: app.acting)
        switch app.configuration.format {
        case .json: try Output.json(updated)
        default: Output.line(
            app.say(
                "approved \(installments.count) installments for case #\(id)",
                "đã cho nộp phạt nhiều lần (\(installments.count) lần) vụ việc #\(id)"))
        }
    }
}
