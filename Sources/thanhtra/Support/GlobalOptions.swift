import ArgumentParser

/// Output of read commands: aligned text for people, JSON for scripts; reports also write CSV, XLSX, HTML and
/// the narrative text.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table, json, csv, xlsx, html, text

    /// The format a file name's extension names (`report.xlsx` → xlsx), or `nil` for any other extension.
    init?(fileName path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "xlsx": self = .xlsx
        case "csv": self = .csv
        case "json": self = .json
        case "html", "htm": self = .html
        default: return nil
        }
    }

    /// The formats every read command prints.
    static let basic: Set<OutputFormat> = [.table, .json]
}

/// Options every command accepts.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file.", valueName: "path"), completion: Completion.database)
    var db: String?

    @Option(name: .long, help: ArgumentHelp("The rule pack folder (default: the pack recorded at init, else ./rules).", valueName: "dir"))
    var rules: String?

    @Option(name: [.customLong("as")], help: ArgumentHelp("Who is acting, for the journal (default: $USER).", valueName: "name"))
    var actor: String?

    @Option(name: .long, help: "Output format: table or json; reports also csv, xlsx, html, text (default: table, or what -o FILE's extension names).")
    var format: OutputFormat?

    @Option(name: .long, help: ArgumentHelp("Language of what people read: vi or en (default: from LC_ALL, LC_MESSAGES or LANG; vi_VN… is Vietnamese).", valueName: "vi|en"))
    var lang: String?
}
