public import Casework

/// Numbers the Vietnamese way, with integer arithmetic only (no floating point, even for display):
/// dots between thousands, a comma before decimals.
///
/// ```swift
/// MoneyText.dong(1_500_000)            // "1.500.000 đ"
/// MoneyText.millions(1_234_567_890)    // "1.234,568"  (triệu đồng, 3 places, half away from zero)
/// MoneyText.squareMetres(123_456)      // "1.234,56 m²" (from dm²; exact)
/// ```
public enum MoneyText {
    /// Places after the comma of a triệu-đồng value (``FormUnit/millionVND``): 3, i.e. to the nearest thousand đồng.
    public static let millionDecimals = 3

    /// An integer with dots between thousands: `1.234.567`, `-1.000`.
    public static func grouped(_ value: Int64) -> String {
        (value < 0 ? "-" : "") + grouped(magnitude: value.magnitude)
    }

    private static func grouped(magnitude: UInt64) -> String {
        let digits = String(magnitude)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(".") }
            out.append(character)
        }
        return out
    }

    /// An amount in đồng with its symbol: `1.500.000 đ`.
    public static func dong(_ amount: Int64, symbol: String = "đ") -> String {
        symbol.isEmpty ? grouped(amount) : grouped(amount) + " " + symbol
    }

    /// Đồng as triệu đồng (millions), without the unit: `1.234,568`.
    ///
    /// Rounded half away from zero to `decimals` places (0…6): 1.234.567.890 đ → `1.234,568`; 1.500 đ at
    /// 3 places → `0,002`; 499 đ → `0,000`. With 6 places the value is exact.
    public static func millions(_ amount: Int64, decimals: Int = millionDecimals) -> String {
        precondition((0...6).contains(decimals), "triệu đồng take 0 to 6 decimal places")
        let scale = power10(6 - decimals)
        var units = amount.magnitude / scale
        if (amount.magnitude % scale) * 2 >= scale { units += 1 }
        return decimal(units, places: decimals, negative: amount < 0)
    }

    /// Square decimetres as square metres, exact (1 m² = 100 dm²): 123.456 dm² → `1.234,56 m²`.
    public static func squareMetres(_ squareDecimetres: Int64, symbol: String = "m²") -> String {
        let text = decimal(squareDecimetres.magnitude, places: 2, negative: squareDecimetres < 0)
        return symbol.isEmpty ? text : text + " " + symbol
    }

    /// A figure's value with its unit, by the figure's name: `1.500.000 đ`, `1.234,56 m²`, `37`.
    public static func figure(_ name: String, value: Int64) -> String {
        switch Figure.unit(of: name) {
        case .vnd: dong(value)
        case .squareDecimetres: squareMetres(value)
        case .count: grouped(value)
        }
    }

    /// A form cell: the value printed in the column's unit, without the unit (the header names it).
    public static func cell(_ value: Int64, unit: FormUnit) -> String {
        switch unit {
        case .count, .vnd: grouped(value)
        case .millionVND: millions(value)
        case .squareMetres: squareMetres(value, symbol: "")
        }
    }

    /// `units` in 10^-places, with dots between thousands and a decimal comma.
    private static func decimal(_ units: UInt64, places: Int, negative: Bool) -> String {
        let scale = power10(places)
        let whole = units / scale, fraction = units % scale
        let sign = negative && units != 0 ? "-" : ""
        var text = sign + grouped(magnitude: whole)
        if places > 0 {
            let digits = String(fraction)
            text += "," + String(repeating: "0", count: places - digits.count) + digits
        }
        return text
    }

    private static func power10(_ exponent: Int) -> UInt64 {
        (0..<exponent).reduce(1) { product, _ in product * 10 }
    }
}
