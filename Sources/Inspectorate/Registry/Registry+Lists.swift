public import Casework

/// One page of a list and how many there are in all, so a face can say "showing 100 of 100 008".
public struct ListPage<Item: Sendable>: Sendable {
    public var items: [Item]
    /// How many match in all; `nil` when only ``hasMore`` is known (counting would cost a full scan).
    public var total: Int?
    /// Whether more match than ``items`` holds.
    public var hasMore: Bool
}

extension Registry {
    /// Subjects as ``subjects(kind:search:limit:)`` lists them, at most `limit` (0: all), with how many match in all.
    /// - Throws: ``StoreError``.
    public func subjectPage(kind: Subject.Kind?, search: String?, limit: Int) throws -> ListPage<Subject> {
        let all = limit <= 0
        let fetched = try store.subjects(kind: kind, search: search, limit: all ? Int(Int32.max) : limit + 1)
        guard !all, fetched.count > limit else { return ListPage(items: fetched, total: fetched.count, hasMore: false) }
        // Counted only when the page is cut short (a register holds a few hundred thousand subjects at most).
        let total = try store.subjects(kind: kind, search: search, limit: Int(Int32.max)).count
        return ListPage(items: Array(fetched.prefix(limit)), total: total, hasMore: true)
    }

    /// Penalty cases as ``penaltyCases(_:)`` lists them; `filter.limit` 0 means all. Whether more match is found
    /// by reading one more, not by counting (a store holds millions of cases).
    /// - Throws: ``StoreError``.
    public func penaltyCasePage(_ filter: PenaltyCaseFilter) throws -> ListPage<PenaltyCase> {
        var probe = filter
        let all = filter.limit <= 0
        probe.limit = all ? Int(Int32.max) : filter.limit + 1
        let fetched = try penaltyCases(probe)
        let hasMore = !all && fetched.count > filter.limit
        return ListPage(
            items: hasMore ? Array(fetched.prefix(filter.limit)) : fetched, total: hasMore ? nil : fetched.count,
            hasMore: hasMore)
    }

    /// Inspections as ``inspections(_:)`` lists them; `filter.limit` 0 means all; whether more match, as for cases.
    /// - Throws: ``StoreError``.
    public func inspectionPage(_ filter: InspectionFilter) throws -> ListPage<Inspection> {
        var probe = filter
        let all = filter.limit <= 0
        probe.limit = all ? Int(Int32.max) : filter.limit + 1
        let fetched = try inspections(probe)
        let hasMore = !all && fetched.count > filter.limit
        return ListPage(
            items: hasMore ? Array(fetched.prefix(filter.limit)) : fetched, total: hasMore ? nil : fetched.count,
            hasMore: hasMore)
    }
}
