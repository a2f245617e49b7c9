import ArgumentParser
import Casework
import Inspectorate

/// `thanhtra case pay`.
struct CasePayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pay", abstract: "Record a payment towards the fine and, optionally, the late surcharge.",
        discussion: "Partial payments are allowed; the case is settled when the fine and the surcharge owed are paid.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The case number.") var id: Int64
    @Option(help: "Paid towards the fine, in đồng (1500000 or 1.500.000).", transform: Parse.money) var amount: VND = .zero
    @Option(help: "Paid towards the late surcharge, in đồng.", transform: Parse.money) var surcharge: VND = .zero
    @Option(help: "The payment date (YYYY-MM-DD).", transform: Parse.date) var on: CalendarDate
    @Option(help: "The receipt or treasury document number.") var receipt: String

    func run() throws {
        let app = try App(options)
        let updated = try app.openInspectorate().payCase(
            PenaltyCase.ID(rawValue: id), amountVND: amount, surchargeVND: surcharge, paidOn: on, receipt: receipt,
            acting: app.acting)
        switch app.configuration.format {
        case .json: try Output.json(updated)
        default:
            var line = "recorded payment \(receipt) on case #\(id): \(CaseText.money(amount))"
            if surcharge > .zero { line += " + surcharge \(CaseText.money(surcharge))" }
            line += "; outstanding fine \(CaseText.money(updated.outstandingVND)); now \(updated.state.rawValue)"
            Output.line(line)
        }
    }
}

/// `thanhtra case installments`.
struct CaseInstallmentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "installments", abstract: "Approve payment in installments (Điều 79), as the rules allow.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The case number.") var id: Int64
    @Option(name: .customLong("installment"), help: "DUE-DATE=AMOUNT, e.g. 2026-04-10=6000000. Repeat for each.", transform: Parse.installment)
    var installments: [Installment] = []

    func validate() throws {
        guard !installments.isEmpty else { throw ValidationError("give each --installment DUE-DATE=AMOUNT") }
    }

    func run() throws {
        let app = try App(options)
        let updated = try app.openInspectorate().approveInstallments(PenaltyCase.ID(rawValue: id), installments, acting: app.acting)
        switch app.configuration.format {
        case .json: try Output.json(updated)
        default: Output.line("approved \(installments.count) installments for case #\(id)")
        }
    }
}

/// `thanhtra case postpone`.
struct CasePostponeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "postpone", abstract: "Record a postponement of payment (Điều 76); no surcharge accrues meanwhile.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The case number.") var id: Int64
    @Option(help: "First day of the postponement.", transform: Parse.date) var from: CalendarDate
    @Option(help: "Last day of the postponement.", transform: Parse.date) var until: CalendarDate
    @Option(help: "Why (the hardship, and the decision granting it).") var reason: String

    func run() throws {
        let app = try App(options)
        let updated = try app.openInspectorate().postponeCase(
            PenaltyCase.ID(rawValue: id), Postponement(fromOn: from, untilOn: until, reason: reason), acting: app.acting)
        switch app.configuration.format {
        case .json: try Output.json(updated)
        default: Output.line("postponed case #\(id) from \(from) until \(until)")
        }
    }
}

/// `thanhtra case cancel`.
struct CaseCancelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel", abstract: "Cancel a case with its reason; it stays on record, journaled.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The case number.") var id: Int64
    @Option(help: "Why the case is cancelled.") var reason: String
    @Option(help: "The cancellation date (default: today).", transform: Parse.date) var on: CalendarDate?

    func run() throws {
        let app = try App(options)
        let updated = try app.openInspectorate().cancelCase(PenaltyCase.ID(rawValue: id), on: on, reason: reason, acting: app.acting)
        switch app.configuration.format {
        case .json: try Output.json(updated)
        default: Output.line("cancelled case #\(id): \(reason)")
        }
    }
}
