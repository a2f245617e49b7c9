import Casework

/// Which order a file writes its slashed dates in, from the dates that can only be read one way.
///
/// `D/M/YYYY` is how Vietnamese spreadsheets write a date, and how every import reads it. A file saved under US
/// settings writes `M/D/YYYY`: a date whose day is 12 or less (`03/04/2026`) then reads silently as the wrong day.
/// The evidence is in the other dates: `25/03/2026` can only be day first, `03/25/2026` only month first. A file
/// with any month-first date is refused before a row is read, naming its lines, so no date of it is misread.
public struct DateOrder: Sendable, Equatable {
    /// How many of each kind of line are kept to be named.
    public static let linesKept = 10

    /// Lines with a date that can only be day first (`25/03/2026`), the first ``linesKept`` of them.
    public private(set) var dayFirstLines: [Int] = []
    /// Lines with a date that can only be month first (`03/25/2026`), the first ``linesKept`` of them.
    public private(set) var monthFirstLines: [Int] = []
    /// How many lines of each kind there are in all.
    public private(set) var dayFirstCount = 0
    public private(set) var monthFirstCount = 0
    /// One month-first date as written, for the message.
    public private(set) var monthFirstExample: String?
    /// One day-first date as written, for the message.
    public private(set) var dayFirstExample: String?

    /// No evidence yet.
    public init() {}

    /// Whether the file must be refused: some date can only be read month first.
    public var isRefused: Bool { monthFirstCount > 0 }

    /// Whether the file writes both orders.
    public var isMixed: Bool { monthFirstCount > 0 && dayFirstCount > 0 }

    /// Looks at every slashed date of one record (a cell, or the items of a `;` list).
    public mutating func scan(_ fields: [String], line: Int) {
        var dayFirst: String?
        var monthFirst: String?
        // A slash byte first: most cells have none, and looking for it needs no character of the text.
        for field in fields where field.utf8.contains(0x2F) && field.contains("/") {
            for item in field.split(whereSeparator: { $0 == ";" || $0 == "\n" }) {
                switch Self.order(of: item) {
                case .dayFirst?: dayFirst = dayFirst ?? String(item).trimmedOfWhitespace
                case .monthFirst?: monthFirst = monthFirst ?? String(item).trimmedOfWhitespace
                case nil: break
                }
            }
        }
        if let dayFirst {
            dayFirstCount += 1
            if dayFirstLines.count < Self.linesKept { dayFirstLines.append(line) }
            dayFirstExample = dayFirstExample ?? dayFirst
        }
        if let monthFirst {
            monthFirstCount += 1
            if monthFirstLines.count < Self.linesKept { monthFirstLines.append(line) }
            monthFirstExample = monthFirstExample ?? monthFirst
        }
    }

    enum Order { case dayFirst, monthFirst }

    /// The only order `text` can be read in, when it is `A/B/YYYY` with one part above 12 and the other not.
    static func order(of text: some StringProtocol) -> Order? {
        let parts = String(text).trimmedOfWhitespace.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigitCharacter) }), let a = Int(parts[0]), let b = Int(parts[1])
        else { return nil }
        if a > 12, a <= 31, (1...12).contains(b) { return .dayFirst }
        if b > 12, b <= 31, (1...12).contains(a) { return .monthFirst }
        return nil
    }
}
