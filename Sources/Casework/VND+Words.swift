extension VND {
    /// The amount in Vietnamese words, as a decision writes it after the figures ("Bằng chữ: …"), with a capital first
    /// letter and "đồng": `18.000.000` → "Mười tám triệu đồng", `1.005` → "Một nghìn không trăm linh năm đồng",
    /// `2.815.000.000` → "Hai tỷ tám trăm mười lăm triệu đồng".
    ///
    /// The usual reading of numbers in official documents: groups of three digits named nghìn, triệu, tỷ (and nghìn
    /// tỷ, triệu tỷ above); a zero group is left out; a group after the first is read in full ("không trăm", "linh"
    /// for a zero tens digit before a unit); 1 after a tens digit of 2 or more is "mốt", 5 after any tens digit is
    /// "lăm", and 4 stays "bốn".
    public var inWords: String {
        let words = rawValue == 0 ? "không" : Self.words(rawValue, leading: true)
        return words.prefix(1).uppercased() + words.dropFirst() + " đồng"
    }

    private static let digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]

    /// `n` (≥ 1) in words; `leading` when nothing is read before it (a leading group is read without "không trăm").
    private static func words(_ n: Int64, leading: Bool) -> String {
        let billion: Int64 = 1_000_000_000
        if n >= billion {
            let (high, rest) = n.quotientAndRemainder(dividingBy: billion)
            let head = words(high, leading: leading) + " tỷ"
            return rest == 0 ? head : head + " " + words(rest, leading: false)
        }
        var parts: [String] = []
        var first = leading
        for (scale, name) in [(Int64(1_000_000), "triệu"), (1_000, "nghìn"), (1, "")] {
            let group = Int((n / scale) % 1_000)
            if group == 0 {
                continue
            }
            // A group after a higher one is read in full even when everything above it in this call is zero.
            let text = groupWords(group, leading: first)
            parts.append(name.isEmpty ? text : text + " " + name)
            first = false
        }
        return parts.joined(separator: " ")
    }

    /// One group of three digits (1 … 999).
    private static func groupWords(_ group: Int, leading: Bool) -> String {
        let hundreds = group / 100
        let tens = (group / 10) % 10
        let units = group % 10
        var parts: [String] = []
        if hundreds > 0 || !leading { parts.append(digits[hundreds] + " trăm") }
        switch tens {
        case 0:
            if units > 0, !parts.isEmpty { parts.append("linh") }
        case 1:
            parts.append("mười")
        default:
            parts.append(digits[tens] + " mươi")
        }
        switch units {
        case 0: break
        case 1 where tens >= 2: parts.append("mốt")
        case 5 where tens >= 1: parts.append("lăm")
        default: parts.append(digits[units])
        }
        return parts.joined(separator: " ")
    }
}
