import Casework
import LuaBridge

extension LuaValue {
    /// The value as an amount of đồng, which must be a non-negative Lua integer.
    ///
    /// A float (even a whole one such as `2^63` or `3.0`), NaN, a negative number, an integer above ``VND/maximum``, or
    /// anything else is a
    /// ``RuleError`` of kind ``RuleError/Kind/badResult`` located at `site`, the `return` that produced it.
    func money(field: String, rule: String, site: LuaSourceLocation?) throws(RuleError) -> VND {
        func failure(_ message: String, _ hint: String) -> RuleError {
            RuleError(kind: .badResult, message: message, file: site?.file, line: site?.line, rule: rule, hint: hint)
        }
        switch self {
        case .integer(let value):
            guard let amount = VND(rawValue: value) else {
                throw failure(
                    "\(field) must not be negative, got \(value)",
                    "an amount of đồng is never negative; check the subtraction that produced it (math.max(0, x) if a floor is meant)")
            }
            guard amount.isWithinMaximum else {
                throw failure(
                    "\(field) is \(value) đồng, above the largest amount thanhtra accepts, \(VND.maximum.formatted()) (10^15 đồng)",
                    "no real fine or finding comes near this; look for a multiplication that overflowed or a missing division")
            }
            return amount
        case .number(let value) where value.isNaN || value.isInfinite:
            throw failure(
                "\(field) must be a whole number of đồng, got \(value.isNaN ? "NaN" : "an infinite number")",
                "look for a division by zero in the computation")
        case .number(let value) where value >= 9.2233720368547758e18 || value < -9.2233720368547758e18:
            throw failure(
                "\(field) must be a whole number of đồng, got \(value), which does not fit in 64 bits",
                "an amount this large is a mistake; use integers and integer operators (// not /, no ^)")
        case .number(let value):
            throw failure(
                "\(field) must be a whole number of đồng, got \(value) (a float)",
                "use integer division (//) when applying a percentage; `/` and `^` always give floats in Lua")
        default:
            throw failure(
                "\(field) must be a whole number of đồng, got \(shortDescription)",
                "return an integer such as 1500000")
        }
    }
}
