/// An area of land, as a whole number of **square decimetres** (1 m² = 100 dm²), never a floating-point number.
///
/// Inspection conclusions and the report forms give land in m², often with one or two decimals (`1.234,56 m²`);
/// square decimetres hold two decimals of m² exactly, so sums in SQL and in Swift are exact. Parse and format m²
/// only at the edges:
///
/// ```swift
/// let plot = LandArea(squareMetres: 1_234)            // 1 234 m² = 123 400 dm²
/// let strip = LandArea(squareDecimetres: 5_050)       // 50,50 m²
/// ```
///
/// Stored in SQL as INTEGER columns ending in `DM2`, in JSON as the integer.
public struct LandArea: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    /// Square decimetres; never negative.
    public let rawValue: Int64

    /// No land.
    public static let zero = LandArea(squareDecimetres: 0)

    /// An area, or `nil` when `rawValue` is negative.
    public init?(rawValue: Int64) {
        guard rawValue >= 0 else { return nil }
        self.rawValue = rawValue
    }

    /// An area the caller knows is not negative.
    ///
    /// - Precondition: `squareDecimetres >= 0`.
    public init(squareDecimetres: Int64) {
        precondition(squareDecimetres >= 0, "land areas are never negative: \(squareDecimetres)")
        self.rawValue = squareDecimetres
    }

    /// A whole number of square metres.
    ///
    /// - Precondition: `squareMetres` is not negative and fits when multiplied by 100.
    public init(squareMetres: Int64) {
        let (value, overflow) = squareMetres.multipliedReportingOverflow(by: 100)
        precondition(!overflow, "land area overflows: \(squareMetres) m²")
        self.init(squareDecimetres: value)
    }

    /// Why a text is not an area in m² (``init(parsingSquareMetres:)``).
    public enum ParseError: Error, Sendable, Equatable {
        /// Not `1200`, `1.200`, `1200,5` or `1.200,25`, or more than two decimals.
        case notAnArea
        /// A well-formed area too large for square decimetres in an `Int64` (kept for a larger ``VND/maximum``: today
        /// the whole m² are read as money is, at most 10^15, and always fit).
        case tooLarge
    }

    /// An area of land in m² as people write it, parsed at the edges (pages, the command line, imports): `1200`,
    /// `1.200` (thousands), `1200,5` or `1.200,25` (a decimal comma, at most two decimals), with or without a
    /// trailing `m²` / `m2`; kept exactly, in square decimetres.
    ///
    /// - Throws: ``ParseError/notAnArea`` for anything else; ``ParseError/tooLarge`` when it does not fit.
    public init(parsingSquareMetres text: String) throws(ParseError) {
        var body = text.trimmedOfWhitespace
        for suffix in ["m²", "m2"] where body.hasSuffix(suffix) {
            body = String(body.dropLast(suffix.count)).trimmedOfWhitespace
        }
        let parts = body.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard parts.count <= 2, let whole = try? VND(parsing: parts[0]) else { throw .notAnArea }
        var decimetres: Int64 = 0
        if parts.count == 2 {
            let fraction = parts[1]
            guard (1...2).contains(fraction.count), fraction.allSatisfy({ $0.isASCII && $0.isNumber }),
                let value = Int64(fraction)
            else { throw .notAnArea }
            decimetres = fraction.count == 1 ? value * 10 : value
        }
        let (scaled, overflow) = whole.rawValue.multipliedReportingOverflow(by: 100)
        guard !overflow, scaled <= Int64.max - decimetres else { throw .tooLarge }
        self.init(squareDecimetres: scaled + decimetres)
    }

    /// The area in square decimetres.
    public var squareDecimetres: Int64 { rawValue }

    public static func < (lhs: LandArea, rhs: LandArea) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The sum of two areas.
    ///
    /// - Throws: ``MoneyError/overflow`` when the sum does not fit in an `Int64` (the same overflow as money's).
    public func adding(_ other: LandArea) throws(MoneyError) -> LandArea {
        let (sum, overflow) = rawValue.addingReportingOverflow(other.rawValue)
        guard !overflow else { throw MoneyError.overflow }
        return LandArea(squareDecimetres: sum)
    }

    /// `m²` with two decimals and Vietnamese separators: `1.234,56 m²`; `0 m²` for none.
    public var description: String {
        let metres = rawValue / 100
        let rest = rawValue % 100
        let whole = VND(metres).formatted(symbol: "")
        return rest == 0 ? "\(whole) m²" : "\(whole),\(rest < 10 ? "0" : "")\(rest) m²"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let value = try container.decode(Int64.self)
        guard value >= 0 else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "a land area is never negative, got \(value)")
        }
        self.rawValue = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
