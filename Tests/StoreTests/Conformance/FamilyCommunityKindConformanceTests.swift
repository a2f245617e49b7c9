import Casework
import Testing

/// Family households (hộ gia đình) and residential communities (cộng đồng dân cư) as subjects and violators on every
/// store: registered with or without their representative's ID (one at a time and in a batch), the kind and the
/// empty identifier read back, lists filter by kind, look-ups find the ones with an ID, and the report counts their
/// decisions with the individuals' (docs/report-fields.md).
///
/// Written against the ports only and run for every store of ``StoreFactory/all`` that implements the ports it uses
/// (``StoreFactory/implementing(_:)``).
@Suite struct FamilyCommunityKindConformanceTests {
    struct Payload: Encodable { var count: Int }

    @Test(arguments: StoreFactory.implementing(.reports, .penaltyCases, .subjects, .subjectImport))
    func familiesAndCommunitiesAreKeptListedAndCountedWithTheIndividuals(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            // Given a family household without its representative's ID, registered alone, then in a batch another
            // without an ID and a community with its representative's, and a company
            let family = try store.addSubject(
                NewSubject(kind: .family, identifier: "", name: "Hộ ông Nguyễn Văn An", address: "Thôn Đông"),
                context: .test)
            let batch = try store.addSubjects(
                [
                    NewSubject(kind: .family, identifier: " ", name: "Hộ bà Lê Thị Hoa", address: "Thôn Đông"),
                    NewSubject(
                        kind: .community, identifier: "001085012345", name: "Cộng đồng dân cư thôn Đoài",
                        address: "Thôn Đoài"),
                ], command: "import subjects", context: .test
            ) { Payload(count: $0.count) }
            let company = try store.addSubject(.company(1), context: .test)

            // Then each reads back with its kind, the ones without an ID with an empty identifier
            #expect(try store.subject(id: family.id)?.kind == .family)
            #expect(try store.subject(id: family.id)?.identifier == "")
            #expect(batch.map(\.identifier) == ["", "001085012345"])
            #expect(try store.subject(id: batch[0].id)?.identifier == "")
            #expect(try store.subjects(kind: .family, search: nil, limit: 10).map(\.id).sorted() == [family.id, batch[0].id])
            #expect(try store.subjects(kind: .community, search: nil, limit: 10).map(\.id) == [batch[1].id])
            let reference = SubjectReference.identifier(.community, "001085012345")
            #expect(try store.subjects(matching: [reference])[reference]?.id == batch[1].id)
            // And a second community with the same representative's ID is refused
            #expect(throws: StoreError.self) {
                try store.addSubject(
                    NewSubject(kind: .community, identifier: "001085012345", name: "Thôn Đoài", address: "Thôn Đoài"),
                    context: .test)
            }

            // And a family household's and a community's decisions in March 2026 count with the individuals'
            var first = NewPenaltyCase.sample(subject: family.id, record: "BB-1/2026")
            first.violatorKind = .family
            var second = NewPenaltyCase.sample(subject: batch[1].id, record: "BB-2/2026")
            second.violatorKind = .community
            let cases = [
                try store.openCase(first, context: .test), try store.openCase(second, context: .test),
                try store.openCase(.sample(subject: company.id, record: "BB-3/2026"), context: .test),
            ]
            for (index, fine) in [22_500_000, 3_000_000, 45_000_000].enumerated() {
                _ = try store.record(
                    .decided(decision: .sample(number: "\(index + 1)/QĐ-XPHC", fineVND: Int64(fine))), on: cases[index].id,
                    state: .decided, command: "case decide")
            }
            #expect(try store.penaltyCase(id: cases[0].id)?.violatorKind == .family)
            #expect(try store.penaltyCase(id: cases[1].id)?.violatorKind == .community)
            let march = ReportPeriod(kind: "monthly", label: "2026-03", from: day("2026-03-01"), before: day("2026-04-01"))
            let figures = try store.figures(for: march)
            #expect(figures[Figure.decisions] == 3)
            #expect(figures[Figure.decisionsIndividuals] == 2)
            #expect(figures[Figure.decisionsOrganizations] == 1)
            #expect(figures[Figure.violatorsPersons] == 2)
            #expect(figures[Figure.violatorsOrganizations] == 1)
            #expect(figures[Figure.finesIndividualsVND] == 25_500_000)
            #expect(figures[Figure.finesOrganizationsVND] == 45_000_000)

            // And the journal verifies
            let entries = try store.journal(after: 0, limit: 20)
            #expect(try store.verifyJournal() == .intact(entries: Int64(entries.count), head: entries.last!.hash))
        }
    }
}
