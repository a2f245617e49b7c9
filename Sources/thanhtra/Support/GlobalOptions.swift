import ArgumentParser

/// Output of read commands: aligned text for people, JSON for scripts; reports also write CSV, XLSX, HTML and
/// the narrative text.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table, json, csv, xlsx, html, text

    /// The formats every read command prints.
    static let basic: Set<OutputFormat> = [.table, .json]
}

/// Options every command accepts.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file.", valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("The rule pack folder (default: the pack recorded at init, else ./rules).", valueName: "dir"))
    var rules: String?

    @Option(name: [.customLong("as")], help: ArgumentHelp("Who is acting, for the journal (default: $USER).", valueName: "name"))
    var actor: String?

    @Option(name: .long, help: "Output format: table or json; reports also csv, xlsx, html, text.")
    var format: OutputFormat = .table
}
