import Casework
import LuaBridge

extension LuaValue {
    /// The value as an amount of đồng, which must be a non-negative Lua integer.
    ///
    /// A float (even a whole one such as `2^63` or `3.0`), NaN, a negative number, an integer above ``VND/maximum``, or
    /// anything else is a
    /// ``RuleError`` of kind ``RuleError/Kind/badResult`` located at `site`, the `return` that produced it.
    func money(field: String, rule: String, site: LuaSourceLocation?) throws(RuleError) -> VND {
        func failure(_ english: (String, String), _ vietnamese: (String, String)) -> RuleError {
            RuleError(
                kind: .badResult, message: english.0, file: site?.file, line: site?.line, rule: rule, hint: english.1,
                vietnamese: RuleError.Words(vietnamese.0, hint: vietnamese.1))
        }
        switch self {
        case .integer(let value):
            guard let amount = VND(rawValue: value) else {
                throw failure(
                    (
                        "\(field) must not be negative, got \(value)",
                        "an amount of đồng is never negative; check the subtraction that produced it (math.max(0, x) if a floor is meant)"
                    ),
                    (
                        "\(field) không được âm, nhận được \(value)",
                        "số tiền đồng không bao giờ âm; kiểm tra phép trừ tạo ra nó (dùng math.max(0, x) nếu muốn chặn dưới)"
                    ))
            }
            guard amount.isWithinMaximum else {
                throw failure(
                    (
                        "\(field) is \(value) đồng, above the largest amount thanhtra accepts, \(VND.maximum.formatted()) (10^15 đồng)",
                        "no real fine or finding comes near this; look for a multiplication that overflowed or a missing division"
                    ),
                    (
                        "\(field) là \(value) đồng, vượt số tiền lớn nhất được nhận, \(VND.maximum.formatted()) (10^15 đồng)",
                        "không khoản phạt hay sai phạm thật nào gần số này; tìm phép nhân bị tràn số hoặc phép chia bị thiếu"
                    ))
            }
            return amount
        case .number(let value) where value.isNaN || value.isInfinite:
            throw failure(
                (
                    "\(field) must be a whole number of đồng, got \(value.isNaN ? "NaN" : "an infinite number")",
                    "look for a division by zero in the computation"
                ),
                (
                    "\(field) phải là một số nguyên đồng, nhận được \(value.isNaN ? "NaN" : "một số vô hạn")",
                    "tìm phép chia cho 0 trong phép tính"
                ))
        case .number(let value) where value >= 9.2233720368547758e18 || value < -9.2233720368547758e18:
            throw failure(
                (
                    "\(field) must be a whole number of đồng, got \(value), which does not fit in 64 bits",
                    "an amount this large is a mistake; use integers and integer operators (// not /, no ^)"
                ),
                (
                    "\(field) phải là một số nguyên đồng, nhận được \(value), không vừa 64 bit",
                    "số tiền lớn như vậy là do sai; dùng số nguyên và phép toán số nguyên (// thay cho /, không dùng ^)"
                ))
        case .number(let value):
            throw failure(
                (
                    "\(field) must be a whole number of đồng, got \(value) (a float)",
                    "use integer division (//) when applying a percentage; `/` and `^` always give floats in Lua"
                ),
                (
                    "\(field) phải là một số nguyên đồng, nhận được \(value) (số thực)",
                    "dùng phép chia nguyên (//) khi tính theo tỷ lệ phần trăm; trong Lua `/` và `^` luôn cho số thực"
                ))
        default:
            throw failure(
                ("\(field) must be a whole number of đồng, got \(shortDescription)", "return an integer such as 1500000"),
                ("\(field) phải là một số nguyên đồng, nhận được \(vietnameseDescription)", "trả về một số nguyên như 1500000"))
        }
    }
}
