public import Casework

// The ports PostgreSQL does not implement yet (issue 13). Each method throws
// ``PostgresStore/notAvailable(_:)`` — "… not available on PostgreSQL yet (issue 13)" — and never pretends: nothing is
// read or written. `docs/postgres.md` lists them; the conformance suite does not run their tests on PostgreSQL
// (`StoreFactory.ports`).

extension PostgresStore: ReportStore {
    /// Not available on PostgreSQL yet. - Throws: ``StoreError`` always.
    public func figures(for period: ReportPeriod) throws -> PeriodFigures {
        throw Self.notAvailable("report figures are")
    }

    /// Not available on PostgreSQL yet. - Throws: ``StoreError`` always.
    public func members(of figure: String, in period: ReportPeriod) throws -> FigureMembers {
        throw Self.notAvailable("report figures are")
    }

    /// Not available on PostgreSQL yet. - Throws: ``StoreError`` always.
    public func figures(for period: ReportPeriod, categories: [String]) throws -> PeriodFigures {
        throw Self.notAvailable("report figures are")
    }

    /// Not available on PostgreSQL yet. - Throws: ``StoreError`` always.
    public func members(of figure: String, in period: ReportPeriod, categories: [String]) throws -> FigureMembers {
        throw Self.notAvailable("report figures are")
    }
}

/// The PostgreSQL store answers every port (some with "not available yet"): what the composition root hands to the
/// application layer.
extension PostgresStore: InspectorateStore {}
