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
