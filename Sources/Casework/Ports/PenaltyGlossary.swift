/// The names a rule pack gives the codes that forms offer and documents print: the signer titles in force on a day,
/// the circumstances, the violation catalog. A face asks it to offer choices and to print a decision; Casework never
/// names a title or a violation itself.
///
/// The rule engine answers it (Rules); like ``PenaltyPolicy`` an implementation need not be thread-safe.
public protocol PenaltyGlossary {
    /// The titles that may sign a decision on `day`, with their competence in words.
    func signerTitles(on day: CalendarDate) throws -> [NamedCode]
    /// The mitigating (Điều 9) and aggravating (Điều 10) circumstances the pack knows.
    func circumstanceNames() throws -> (mitigating: [NamedCode], aggravating: [NamedCode])
    /// The violations in force on `day`: code, title, and the legal basis as `detail`.
    func violationNames(on day: CalendarDate) throws -> [NamedCode]
}

/// A code of the rule pack and its name, e.g. `chanh_thanh_tra_so` — `Chánh Thanh tra Sở`.
public struct NamedCode: Sendable, Equatable, Codable {
    public var code: String
    public var name: String
    /// What else the pack says of it (a title's competence, a violation's legal basis); may be empty.
    public var detail: String

    public init(code: String, name: String, detail: String = "") {
        self.code = code
        self.name = name
        self.detail = detail
    }
}
