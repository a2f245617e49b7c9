import Casework
import Testing

/// Household businesses (hộ kinh doanh) as subjects and violators on every store: the kind round-trips, lists filter
/// by it, look-ups by identifier find it, and the report counts a household's decision with the individuals'
/// (docs/report-fields.md, "Household businesses").
///
/// Written against the ports only and run for every store of ``StoreFactory/all`` that implements the ports it uses
/// (``StoreFactory/implementing(_:)``).
@Suite struct HouseholdKindConformanceTests {
    @Test(arguments: StoreFactory.implementing(.reports, .penaltyCases, .subjects, .subjectImport))
    func aHouseholdBusinessIsKeptListedAndCountedWithTheIndividuals(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            // Given a household business and a company, each with a case decided in March 2026
            let household = try store.addSubject(
                NewSubject(kind: .household, identifier: "8012345678", name: "Hộ kinh doanh Minh Phát"), context: .test)
            let company = try store.addSubject(.company(1), context: .test)
            var new = NewPenaltyCase.sample(subject: household.id, record: "BB-1/2026")
            new.violatorKind = .household
            let first = try store.openCase(new, context: .test)
            let second = try store.openCase(.sample(subject: company.id, record: "BB-2/2026"), context: .test)
            _ = try store.record(
                .decided(decision: .sample(number: "1/QĐ-XPHC", fineVND: 3_000_000)), on: first.id, state: .decided,
                command: "case decide")
            _ = try store.record(
                .decided(decision: .sample(number: "2/QĐ-XPHC", fineVND: 6_000_000)), on: second.id, state: .decided,
                command: "case decide")

            // Then the kind reads back on the subject and the case, and lists and look-ups find it
            #expect(try store.subject(id: household.id)?.kind == .household)
            #expect(try store.penaltyCase(id: first.id)?.violatorKind == .household)
            #expect(try store.subjects(kind: .household, search: nil, limit: 10).map(\.id) == [household.id])
            #expect(try store.subjects(kind: .person, search: nil, limit: 10).isEmpty)
            let reference = SubjectReference.identifier(.household, "8012345678")
            #expect(try store.subjects(matching: [reference])[reference]?.id == household.id)

            // And March's figures count the household with the individuals, the company with the organizations
            let march = ReportPeriod(kind: "monthly", label: "2026-03", from: day("2026-03-01"), before: day("2026-04-01"))
            let figures = try store.figures(for: march)
            #expect(figures[Figure.decisions] == 2)
            #expect(figures[Figure.decisionsIndividuals] == 1)
            #expect(figures[Figure.decisionsOrganizations] == 1)
            #expect(figures[Figure.violatorsPersons] == 1)
            #expect(figures[Figure.violatorsOrganizations] == 1)
            #expect(figures[Figure.finesIndividualsVND] == 3_000_000)
            #expect(figures[Figure.finesOrganizationsVND] == 6_000_000)
            #expect(try store.members(of: Figure.decisionsIndividuals, in: march).members.map(\.id) == [first.id.rawValue])
            #expect(try store.members(of: Figure.violatorsPersons, in: march).members.map(\.id) == [first.id.rawValue])

            // And the journal verifies
            let entries = try store.journal(after: 0, limit: 10)
            #expect(try store.verifyJournal() == .intact(entries: Int64(entries.count), head: entries.last!.hash))
        }
    }
}
