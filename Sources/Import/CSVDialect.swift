/// How a spreadsheet wrote its CSV file: the field separator, found from the header line.
///
/// Excel under Vietnamese (and most European) regional settings saves "CSV" with `;` between fields, because `,`
/// is the decimal separator there; some exports use a tab. The separator is the one of `,` `;` and tab that occurs
/// most often outside quotes on the first line (the header); `,` when none does, or on a tie with it.
public enum CSVDialect {
    /// The separators recognised, `,` first (it wins ties).
    public static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]

    /// The separator of a file starting with `prefix` (the first bytes read; a UTF-8 BOM is skipped).
    public static func separator(of prefix: some Collection<UInt8>) -> UInt8 {
        var counts: [UInt8: Int] = [:]
        var quoted = false
        var bytes = Array(prefix)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        for byte in bytes {
            if byte == UInt8(ascii: "\"") {
                quoted.toggle()
            } else if !quoted, byte == 0x0A || byte == 0x0D {
                break
            } else if !quoted, candidates.contains(byte) {
                counts[byte, default: 0] += 1
            }
        }
        var best = candidates[0]
        for candidate in candidates where counts[candidate, default: 0] > counts[best, default: 0] { best = candidate }
        return best
    }

    /// How people name the separator: `comma`, `semicolon`, `tab`.
    public static func name(of separator: UInt8) -> String {
        switch separator {
        case UInt8(ascii: ";"): "semicolon"
        case UInt8(ascii: "\t"): "tab"
        default: "comma"
        }
    }
}
