public import Casework

/// The pack's names for its codes, through Casework's ``Casework/PenaltyGlossary`` port (the web forms' choices and
/// the printed decision).
extension RuleEngine: PenaltyGlossary {
    public func signerTitles(on day: CalendarDate) throws -> [NamedCode] {
        try titles(on: day).map { NamedCode(code: $0.code, name: $0.title, detail: $0.limit) }
    }

    public func circumstanceNames() throws -> (mitigating: [NamedCode], aggravating: [NamedCode]) {
        let (mitigating, aggravating) = try circumstances()
        func named(_ entries: [CircumstanceEntry]) -> [NamedCode] {
            entries.map { NamedCode(code: $0.code, name: $0.title, detail: $0.citation) }
        }
        return (named(mitigating), named(aggravating))
    }

    public func violationNames(on day: CalendarDate) throws -> [NamedCode] {
        try catalog(on: day, sector: nil).filter(\.isSanctioned).map {
            NamedCode(code: $0.code, name: $0.title, detail: $0.basis)
        }
    }
}
