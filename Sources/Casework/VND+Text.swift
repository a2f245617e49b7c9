import Foundation

extension VND {
    /// Parses an amount written the way staff type it: `1500000`, `1.500.000`, `1 500 000`, optionally followed
    /// by `đ`, `₫`, `d` or `VND`.
    ///
    /// Commas are refused because `1,5` means one and a half in Vietnamese and a fraction of a đồng is never valid.
    /// - Throws: ``MoneyError/notAnAmount(_:)`` for anything else, ``MoneyError/aboveMaximum(_:)`` above
    ///   ``VND/maximum`` (10^15 đồng).
    public init(parsing text: String) throws(MoneyError) {
        var body = text.trimmingCharacters(in: .whitespaces)
        for suffix in ["VND", "vnd", "đồng", "₫", "đ", "d"] where body.hasSuffix(suffix) {
            body = String(body.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
            break
        }
        let groups = body.split(separator: ".", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: " ", omittingEmptySubsequences: false) }
        guard !body.isEmpty, groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigitCharacter) }) else {
            throw .notAnAmount(text)
        }
        // With separators, every group after the first has exactly three digits.
        if groups.count > 1, groups.first!.count > 3 || groups.dropFirst().contains(where: { $0.count != 3 }) {
            throw .notAnAmount(text)
        }
        let digits = groups.joined()
        guard let value = Int64(digits), value <= VND.maximum.rawValue else { throw .aboveMaximum(digits) }
        self.init(value)
    }

    /// The amount the Vietnamese way, with dots between thousands: `1.500.000 đ`.
    public func formatted(symbol: String = "đ") -> String {
        let digits = String(rawValue)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(".") }
            out.append(character)
        }
        return symbol.isEmpty ? out : out + " " + symbol
    }
}

extension Character {
    public var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
