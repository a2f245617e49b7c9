/// A value tagged with the type it identifies, so that a subject's ID cannot be passed where an inspection's is
/// expected even though both are `Int64` underneath.
///
/// A small stand-in for Point-Free's swift-tagged, which Casework cannot depend on (it imports Foundation only):
///
/// ```swift
/// extension Subject { public typealias ID = Tagged<Subject, Int64> }
/// let id: Subject.ID = 3          // integer literals work where the raw value is an integer
/// print(id)                       // "3"
/// ```
///
/// It encodes as its bare raw value in JSON and, through Store's conformance, in SQL.
public struct Tagged<Tag, RawValue: Hashable & Sendable>: RawRepresentable, Hashable, Sendable {
    /// The untagged value.
    public var rawValue: RawValue

    /// Tags `rawValue`.
    public init(rawValue: RawValue) { self.rawValue = rawValue }

    /// Tags `rawValue`.
    public init(_ rawValue: RawValue) { self.rawValue = rawValue }
}

extension Tagged: Comparable where RawValue: Comparable {
    /// Orders by the raw value.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension Tagged: CustomStringConvertible {
    /// The raw value's text, without any decoration: `3`.
    public var description: String { String(describing: rawValue) }
}

extension Tagged: ExpressibleByIntegerLiteral where RawValue: ExpressibleByIntegerLiteral {
    /// Tags an integer literal.
    public init(integerLiteral value: RawValue.IntegerLiteralType) {
        self.rawValue = RawValue(integerLiteral: value)
    }
}

extension Tagged: Codable where RawValue: Codable {
    /// Decodes the bare raw value.
    public init(from decoder: any Decoder) throws {
        self.rawValue = try decoder.singleValueContainer().decode(RawValue.self)
    }

    /// Encodes the bare raw value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
