import Casework

/// The claims of an import's scratch whose values are numbers — tax codes (`0101234567`, `0101234567-001`),
/// citizen IDs, other all-digit identifiers — held in memory as one 64-bit word and the line that claimed it: 12
/// bytes each, about 24 MiB for a million subjects with the dictionaries' room, where a claim on the scratch file
/// costs a statement.
///
/// A value is kept here when it is at most 16 ASCII digits with at most one `-` among them (``code(of:)``); every
/// other value, and a line beyond `UInt32.max`, stays in the scratch file. The caller asks here first for any value
/// that has a code, so that one value always has one home.
struct DigitClaims {
    /// Per space, the line that first claimed each code.
    private var claims: [String: [UInt64: UInt32]] = [:]
    /// Spaces some of whose coded values went to the scratch file because their line did not fit (beyond 4 294
    /// 967 295 lines): a miss here must then be asked there too.
    private(set) var spilled: Set<String> = []

    /// The result of ``claim(_:)``.
    enum Claim: Equatable {
        /// Claimed now.
        case new
        /// Claimed earlier by this line.
        case earlier(Int)
        /// Not for memory: ask the scratch file (no code, a line too large, or a space that spilled over).
        case elsewhere
    }

    /// Claims `key` when its value has a code.
    mutating func claim(_ key: ImportKey) -> Claim {
        guard let code = Self.code(of: key.value) else { return .elsewhere }
        if let line = claims[key.space]?[code] { return .earlier(Int(line)) }
        guard !spilled.contains(key.space), let line = UInt32(exactly: key.line) else {
            spilled.insert(key.space)
            return .elsewhere
        }
        claims[key.space, default: [:]][code] = line
        return .new
    }

    /// One 64-bit word for a value of at most 16 ASCII digits with at most one `-` between or around them: the
    /// digits' number (below 10^16, 54 bits), how many digits (5 bits) and where the `-` is (5 bits, 0 for none),
    /// so two different values never share a word. `nil` for any other value.
    static func code(of value: String) -> UInt64? {
        var number: UInt64 = 0
        var digits: UInt64 = 0
        var hyphen: UInt64 = 0
        for byte in value.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                guard digits < 16 else { return nil }
                number = number * 10 + UInt64(byte - 0x30)
                digits += 1
            } else if byte == 0x2D && hyphen == 0 {
                hyphen = digits + 1
            } else {
                return nil
            }
        }
        guard digits > 0 else { return nil }
        return number | digits << 54 | hyphen << 59
    }
}
