/// An amount of money in Vietnamese đồng.
///
/// Money is a whole number of đồng stored in an `Int64`, never a floating-point number. Amounts are never
/// negative: a refund or a reduction is a separate fact, not a negative amount. Arithmetic is checked and
/// throws ``MoneyError`` instead of wrapping.
///
/// ```swift
/// let fine = try VND(parsing: "1.500.000")      // 1 500 000 đồng
/// let doubled = try fine.multiplied(by: 2)      // 3 000 000 đồng
/// print(fine.formatted())                       // "1.500.000 đ"
/// ```
public struct VND: RawRepresentable, Hashable, Comparable, Codable, Sendable {
    /// Amount in đồng; never negative.
    public let rawValue: Int64

    /// Zero đồng.
    public static let zero = VND(unchecked: 0)

    /// Creates an amount, or `nil` when `rawValue` is negative.
    public init?(rawValue: Int64) {
        guard rawValue >= 0 else { return nil }
        self.rawValue = rawValue
    }

    /// Creates an amount from a literal that the caller knows is not negative.
    ///
    /// - Precondition: `value >= 0`.
    public init(_ value: Int64) {
        precondition(value >= 0, "VND amounts are never negative: \(value)")
        self.rawValue = value
    }

    private init(unchecked value: Int64) { self.rawValue = value }

    public static func < (lhs: VND, rhs: VND) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let value = try container.decode(Int64.self)
        guard value >= 0 else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "an amount in đồng is never negative, got \(value)")
        }
        self.rawValue = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

// MARK: - Checked arithmetic

extension VND {
    /// The sum of two amounts.
    ///
    /// - Throws: ``MoneyError/overflow`` when the sum does not fit in an `Int64`.
    public func adding(_ other: VND) throws(MoneyError) -> VND {
        let (sum, overflow) = rawValue.addingReportingOverflow(other.rawValue)
        guard !overflow else { throw .overflow }
        return VND(unchecked: sum)
    }

    /// The difference, which must not be negative.
    ///
    /// - Throws: ``MoneyError/negative`` when `other` is larger than `self`.
    public func subtracting(_ other: VND) throws(MoneyError) -> VND {
        guard other.rawValue <= rawValue else { throw .negative }
        return VND(unchecked: rawValue - other.rawValue)
    }

    /// The amount multiplied by a non-negative whole factor.
    ///
    /// - Throws: ``MoneyError/overflow`` when the product does not fit, ``MoneyError/negative`` for a negative factor.
    public func multiplied(by factor: Int64) throws(MoneyError) -> VND {
        guard factor >= 0 else { throw .negative }
        let (product, overflow) = rawValue.multipliedReportingOverflow(by: factor)
        guard !overflow else { throw .overflow }
        return VND(unchecked: product)
    }

    /// Rounding of a share of an amount.
    public enum Rounding: Sendable {
        /// Toward zero: the violator is never charged a fraction of a đồng.
        case down
        /// Half a đồng and more rounds up.
        case halfUp
    }

    /// A share of the amount in basis points (1 bp = 0.01 %), rounded as stated.
    ///
    /// `VND(1_000_000).applying(basisPoints: 5)` is 0.05 % of 1 000 000 = 500 đồng.
    /// - Throws: ``MoneyError/overflow`` when an intermediate product does not fit.
    public func applying(basisPoints: Int64, rounding: Rounding) throws(MoneyError) -> VND {
        guard basisPoints >= 0 else { throw .negative }
        let (product, overflow) = rawValue.multipliedReportingOverflow(by: basisPoints)
        guard !overflow else { throw .overflow }
        switch rounding {
        case .down: return VND(unchecked: product / 10_000)
        case .halfUp: return VND(unchecked: (product / 10_000) + (product % 10_000 >= 5_000 ? 1 : 0))
        }
    }
}

/// A money computation that cannot be carried out exactly.
public enum MoneyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The result does not fit in a signed 64-bit count of đồng.
    case overflow
    /// The result would be negative.
    case negative
    /// The amount (its digits, as given) is above ``VND/maximum``.
    case aboveMaximum(String)
    /// The text is not an amount of đồng.
    case notAnAmount(String)

    public var description: String {
        switch self {
        case .overflow: "amount too large: it does not fit in a 64-bit count of đồng"
        case .negative: "amount would be negative; amounts of đồng are never negative"
        case .aboveMaximum(let digits):
            "\(digits) đồng is above the largest amount thanhtra accepts, \(VND.maximum.formatted()) (10^15 đồng); "
                + "check for extra digits"
        case .notAnAmount(let text):
            "'\(text)' is not an amount of đồng; write a whole number such as 1500000 or 1.500.000"
        }
    }
}
