import ArgumentParser
import Casework
import Rules

/// Options of a dated step: the inspection and the day (default today).
struct StepOptions: ParsableArguments {
    @Argument(help: "The inspection number.") var id: Int64
    @Option(help: "The day of the step (default: today).", transform: Parse.date) var on: CalendarDate?
}

extension StepOptions {
    /// Runs a dated step: `mark` puts the step on a copy so the rules compute the due dates it leads to, `apply`
    /// validates and records it; prints the confirmation.
    func run(
        _ options: GlobalOptions, command: String, verb: String, mark: ((inout Inspection, CalendarDate) -> Void)?,
        _ apply: @escaping (Inspection, CalendarDate, CalendarDate, InspectionDeadlines?) throws -> InspectionUpdate
    ) throws {
        let app = try App(options)
        let (store, engine) = try app.openCasework()
        let day = on ?? app.today
        let updated = try app.step(
            id, command: command, store: store, engine: engine, withStep: mark.map { mark in { mark(&$0, day) } }
        ) { current, deadlines in
            try apply(current, day, app.today, deadlines)
        }
        InspectionText.print(updated, verb: verb, format: app.configuration.format)
    }
}

/// `thanhtra inspection announce`.
struct InspectionAnnounceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "announce", abstract: "Record the announcement (công bố): the on-site clock starts.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions

    func run() throws {
        try step.run(options, command: "inspection announce", verb: "announced", mark: { $0.timeline.announcedOn = $1 }) { current, day, today, deadlines in
            try InspectionWork.announce(current, on: day, today: today, deadlines: deadlines)
        }
    }
}

/// `thanhtra inspection extend`.
struct InspectionExtendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extend", abstract: "Extend the on-site duration, within the rule pack's limits.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions
    @Option(help: "Days added.") var days: Int
    @Option(help: "Why (the extension decision).") var reason: String

    func run() throws {
        let app = try App(options)
        let (store, engine) = try app.openCasework()
        let day = step.on ?? app.today
        let updated = try app.step(step.id, command: "inspection extend", store: store, engine: engine,
                                   withStep: { $0.timeline.extensions.append(OnsiteExtension(grantedOn: day, days: days, reason: reason)) }
        ) { current, deadlines in
            let check = try engine.checkExtension(of: current, days: days)
            guard check.isAllowed else {
                throw InspectionError(
                    "the extension is not allowed: " + check.problems.map(\.message).joined(separator: "; "),
                    inspectionID: current.id, hint: check.problems.first?.hint)
            }
            return try InspectionWork.extend(current, on: day, days: days, reason: reason, today: app.today, deadlines: deadlines)
        }
        InspectionText.print(updated, verb: "extended", format: app.configuration.format)
    }
}

/// `thanhtra inspection suspend`.
struct InspectionSuspendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "suspend", abstract: "Suspend on-site work, with the reason.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions
    @Option(help: "Why (the suspension decision).") var reason: String

    func run() throws {
        let app = try App(options)
        let (store, engine) = try app.openCasework()
        let day = step.on ?? app.today
        let updated = try app.step(step.id, command: "inspection suspend", store: store, engine: engine) { current, _ in
            try InspectionWork.suspend(current, on: day, reason: reason, today: app.today)
        }
        InspectionText.print(updated, verb: "suspended", format: app.configuration.format)
    }
}

/// `thanhtra inspection resume`.
struct InspectionResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "resume", abstract: "Resume suspended on-site work; the due date moves by the days suspended.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions

    func run() throws {
        try step.run(options, command: "inspection resume", verb: "resumed", mark: { inspection, day in
            if let last = inspection.timeline.suspensions.indices.last { inspection.timeline.suspensions[last].resumedOn = day }
        }) { current, day, today, deadlines in
            try InspectionWork.resume(current, on: day, today: today, deadlines: deadlines)
        }
    }
}

/// `thanhtra inspection end-onsite`.
struct InspectionEndOnsiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "end-onsite", abstract: "End on-site work; the result report is due next.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions

    func run() throws {
        try step.run(options, command: "inspection end-onsite", verb: "ended on-site work of", mark: { $0.timeline.onsiteEndedOn = $1 }) { current, day, today, deadlines in
            try InspectionWork.endOnsite(current, on: day, today: today, deadlines: deadlines)
        }
    }
}

/// `thanhtra inspection report`.
struct InspectionReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "Record the team's result report.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions

    func run() throws {
        try step.run(options, command: "inspection report", verb: "recorded the result report of", mark: { $0.timeline.reportedOn = $1 }) { current, day, today, deadlines in
            try InspectionWork.report(current, on: day, today: today, deadlines: deadlines)
        }
    }
}

/// `thanhtra inspection draft`.
struct InspectionDraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "draft", abstract: "Record the draft conclusion; the signed conclusion is due next.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions

    func run() throws {
        try step.run(options, command: "inspection draft", verb: "recorded the draft conclusion of", mark: { $0.timeline.draftedOn = $1 }) { current, day, today, deadlines in
            try InspectionWork.draft(current, on: day, today: today, deadlines: deadlines)
        }
    }
}

/// `thanhtra inspection conclude`.
struct InspectionConcludeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "conclude", abstract: "Record the signed conclusion (kết luận thanh tra).")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions
    @Option(help: "The conclusion's number.") var number: String

    func run() throws {
        let app = try App(options)
        let (store, engine) = try app.openCasework()
        let day = step.on ?? app.today
        let updated = try app.step(step.id, command: "inspection conclude", store: store, engine: engine) { current, _ in
            try InspectionWork.conclude(current, number: number, on: day, today: app.today)
        }
        InspectionText.print(updated, verb: "concluded", format: app.configuration.format)
    }
}

/// `thanhtra inspection close`.
struct InspectionCloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "close", abstract: "Close the file of a concluded inspection; follow-up may still be recorded.")
    @OptionGroup var options: GlobalOptions
    @OptionGroup var step: StepOptions

    func run() throws {
        try step.run(options, command: "inspection close", verb: "closed", mark: nil) { current, day, today, deadlines in
            try InspectionWork.close(current, on: day, today: today)
        }
    }
}
