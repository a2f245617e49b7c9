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
