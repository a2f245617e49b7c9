extension VND {
    /// The largest amount thanhtra accepts anywhere: 10^15 đồng (1 000 000 000 000 000 đ, one million billion).
    ///
    /// Why this number: it is far above any real amount — the largest fines in Vietnamese law are a few billion
    /// đồng (10^9–10^10) and the whole state budget is about 2 × 10^15 đồng a year — so no genuine fine, payment,
    /// finding or recovery is ever refused; yet it is small enough that 9 000 such amounts still add up inside an
    /// `Int64` (9 000 × 10^15 = 9 × 10^18 < 2^63 − 1 ≈ 9.22 × 10^18), and any product with a daily surcharge rate
    /// in basis points stays exact. Every door checks it: ``init(parsing:)`` (the CLI, batch and import), the
    /// answers of a rule pack, and the rows read back from a store. Sums of many amounts are still checked
    /// (``adding(_:)``), because a report may add more than 9 000 of them.
    public static let maximum = VND(1_000_000_000_000_000)

    /// An amount read from somewhere that is not trusted (a rule's answer, a stored row): `nil` when `value` is
    /// negative or above ``maximum``.
    public init?(bounded value: Int64) {
        guard value <= Self.maximum.rawValue else { return nil }
        self.init(rawValue: value)
    }

    /// Whether the amount is at most ``maximum``.
    public var isWithinMaximum: Bool { rawValue <= Self.maximum.rawValue }

    /// The amount itself when it is at most ``maximum``.
    ///
    /// - Throws: ``MoneyError/aboveMaximum(_:)`` otherwise.
    public func checkedAgainstMaximum() throws(MoneyError) -> VND {
        guard isWithinMaximum else { throw .aboveMaximum(String(rawValue)) }
        return self
    }
}

/// A total of amounts that does not fit in an `Int64`: named by what was being added up and the record at which it
/// overflowed, so it is never a trap nor a wrapped or clamped figure.
///
/// ```
/// error: the total of payments in batch 3 does not fit in a 64-bit count of đồng at penalty case #1204
///   help: split the work into smaller parts (a shorter period, a smaller batch)
/// ```
public struct AmountTotalError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was being added up: `fines of the rule pack in force`, `payments in batch 3`.
    public var total: String
    /// The record whose amount made the total overflow: `penalty case #1204`.
    public var record: String

    /// Creates the error.
    public init(total: String, record: String) {
        self.total = total
        self.record = record
    }

    public var description: String {
        "error: the total of \(total) does not fit in a 64-bit count of đồng at \(record)\n"
            + "  help: every amount is at most \(VND.maximum.formatted()), so only a very large selection can reach "
            + "this; split the work into smaller parts (a shorter period, fewer cases, a smaller batch)"
    }
}

extension VND {
    /// Adds `amount` to the running `total`, checked.
    ///
    /// - Parameters:
    ///   - name: What is being added up, for the error.
    ///   - record: The record `amount` belongs to, for the error (evaluated only on overflow).
    /// - Throws: ``AmountTotalError`` when the sum does not fit in an `Int64`; `total` is then unchanged.
    public static func accumulate(
        _ total: inout Int64, _ amount: Int64, into name: @autoclosure () -> String,
        at record: @autoclosure () -> String
    ) throws(AmountTotalError) {
        let (sum, overflow) = total.addingReportingOverflow(amount)
        guard !overflow else { throw AmountTotalError(total: name(), record: record()) }
        total = sum
    }
}
