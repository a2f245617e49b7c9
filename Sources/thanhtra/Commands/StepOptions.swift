import ArgumentParser
import Casework
import Inspectorate

/// Options of a dated step: the inspection and the day (default today).
struct StepOptions: ParsableArguments {
    @Argument(help: "The inspection number.") var id: Int64
    @Option(help: "The day of the step (default: today).", transform: Parse.date) var on: CalendarDate?
}

extension StepOptions {
    /// Applies `step` (``Inspectorate/advance(_:_:on:acting:)``) and prints the confirmation.
    func run(_ options: GlobalOptions, verb: String, _ step: InspectionStep) throws {
        let app = try App(options)
        let updated = try app.openInspectorate().advance(
            Inspection.ID(rawValue: id), step, on: on ?? app.today, acting: app.acting)
        InspectionText.print(updated, verb: verb, format: app.configuration.format, say: app.say)
    }
}
