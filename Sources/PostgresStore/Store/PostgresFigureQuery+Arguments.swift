import Casework
import PostgresNIO

/// The named arguments of the figure queries and how they become bound parameters.
extension PostgresFigureQuery {
    /// The values of `:from`, `:before`, `:through`, and where a query uses them `:code`, `:categories` and `:body`
    /// (the period's ``ReportPeriod/body``).
    struct Arguments {
        var period: ReportPeriod
        var code: String? = nil
        var categories: [String]? = nil

        /// The arguments of `period`, refused when it is empty (with SQLite's words).
        ///
        /// - Throws: ``StoreError`` `.invalid` when `before` is not after `from`.
        init(_ period: ReportPeriod, code: String? = nil, categories: [String]? = nil) throws {
            guard period.from < period.before else {
                throw StoreError(
                    .invalid, "the period \(period.from) … \(period.before) is empty: its end must be after its start",
                    hint: "a period is half-open, [from, before): before is the first day after it")
            }
            self.period = period
            self.code = code
            self.categories = categories
        }
    }

    /// `sql` with each `:name` replaced by a bound parameter (`$1`, `$2`, … one per distinct name; a `::type` cast
    /// is left alone).
    static func statement(_ sql: String, _ arguments: Arguments) -> PostgresQuery {
        var statement = PGStatement()
        var placeholders: [String: String] = [:]
        var text = ""
        var characters = sql[...]
        var previous: Character? = nil
        while let character = characters.first {
            characters = characters.dropFirst()
            guard character == ":", previous != ":", let next = characters.first, next.isLetter else {
                text.append(character)
                previous = character
                continue
            }
            let name = String(characters.prefix { $0.isLetter || $0.isNumber })
            characters = characters.dropFirst(name.count)
            if let placeholder = placeholders[name] {
                text += placeholder
            } else {
                let placeholder: String
                switch name {
                case "from": placeholder = statement.bind(arguments.period.from)
                case "before": placeholder = statement.bind(arguments.period.before)
                case "through": placeholder = statement.bind(arguments.period.through)
                case "code": placeholder = statement.bind(arguments.code ?? "")
                case "categories": placeholder = statement.bind(arguments.categories ?? [])
                case "body": placeholder = statement.bind(arguments.period.body ?? "")
                default: preconditionFailure("a figure query names an argument :\(name) that has no value")
                }
                placeholders[name] = placeholder
                text += placeholder
            }
            previous = name.last
        }
        statement.append(text)
        return statement.query
    }
}
