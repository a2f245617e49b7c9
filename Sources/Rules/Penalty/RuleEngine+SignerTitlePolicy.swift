public import Casework

/// The pack's signer titles (`penalty.titles`) as the application layer asks for them when a title is assigned or
/// delegated.
extension RuleEngine: SignerTitlePolicy {
    /// The codes of the signer titles in force on `day`.
    /// - Throws: ``RuleError`` when the pack's answer is malformed.
    public func signerTitleCodes(on day: CalendarDate) throws -> [String] {
        try titles(on: day).map(\.code)
    }
}
