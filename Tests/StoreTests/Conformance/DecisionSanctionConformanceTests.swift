import Casework
import Testing

/// A decision's confiscation, supplementary sanctions and remedial measures (``DecisionSanctions``) on every store:
/// they read back with the case, a decision without them reads back without them, and the six sanction figures and
/// their members are the hand-computed ones (docs/report-fields.md, "Confiscation, supplementary sanctions and
/// remedial measures"). The same expectations on every store are the PostgreSQL/SQLite parity of these figures.
///
/// Written against the ports only and run for every store of ``StoreFactory/all`` that implements them.
@Suite struct DecisionSanctionConformanceTests {
    @Test(arguments: StoreFactory.implementing(.reports, .penaltyCases, .subjects))
    func sanctionsAreKeptAndCountedByDecisionDate(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            // Given four cases: a company's decision in March confiscating 12.500.000 đ with 2 remedial measures; a
            // person's in March withdrawing a licence and suspending an activity; a company's in March with nothing
            // more; a company's in April confiscating 1.000.000 đ; and a cancelled case with a confiscation in March
            let company = try store.addSubject(.company(1), context: .test)
            let person = try store.addSubject(
                NewSubject(kind: .person, identifier: "001085012345", name: "Nguyễn Văn An"), context: .test)
            func decide(
                _ record: String, subject: Subject.ID, kind: Subject.Kind = .organization, number: String,
                on decidedOn: String, _ sanctions: DecisionSanctions?
            ) throws -> PenaltyCase.ID {
                var new = NewPenaltyCase.sample(subject: subject, record: record)
                new.violatorKind = kind
                let opened = try store.openCase(new, context: .test)
                var decision = PenaltyDecision.sample(number: number, decidedOn: decidedOn)
                decision.sanctions = sanctions
                try store.record(.decided(decision: decision), on: opened.id, state: .decided, command: "case decide")
                return opened.id
            }
            let confiscating = try decide(
                "BB-1/2026", subject: company.id, number: "1/QĐ-XPHC", on: "2026-03-15",
                DecisionSanctions(confiscatedVND: VND(12_500_000), remedialMeasures: 2))
            let licensed = try decide(
                "BB-2/2026", subject: person.id, kind: .person, number: "2/QĐ-XPHC", on: "2026-03-20",
                DecisionSanctions(licenceRevocations: 1, activitySuspensions: 1))
            let plain = try decide("BB-3/2026", subject: company.id, number: "3/QĐ-XPHC", on: "2026-03-25", nil)
            _ = try decide(
                "BB-4/2026", subject: company.id, number: "4/QĐ-XPHC", on: "2026-04-02",
                DecisionSanctions(confiscatedVND: VND(1_000_000)))
            let cancelled = try decide(
                "BB-5/2026", subject: company.id, number: "5/QĐ-XPHC", on: "2026-03-16",
                DecisionSanctions(confiscatedVND: VND(7_000_000)))
            try store.record(
                .cancelled(cancellation: Cancellation(cancelledOn: day("2026-03-30"), reason: "nhầm đối tượng")),
                on: cancelled, state: .cancelled)

            // Then each decision reads back with what it recorded, and a decision without sanctions with none
            #expect(
                try store.penaltyCase(id: confiscating)?.decision?.sanctions
                    == DecisionSanctions(confiscatedVND: VND(12_500_000), remedialMeasures: 2))
            #expect(
                try store.penaltyCase(id: licensed)?.decision?.sanctions
                    == DecisionSanctions(licenceRevocations: 1, activitySuspensions: 1))
            #expect(try store.penaltyCase(id: plain)?.decision?.sanctions == nil)

            // And March counts the decisions dated in it, the cancelled case in none: 12.500.000 đ confiscated; one
            // licence, one suspension, two remedial measures; one organisation (the confiscation) and one person
            // (the licence and the suspension) with a sanction other than money
            let march = ReportPeriod(kind: "monthly", label: "2026-03", from: day("2026-03-01"), before: day("2026-04-01"))
            let figures = try store.figures(for: march)
            #expect(figures[Figure.confiscatedVND] == 12_500_000)
            #expect(figures[Figure.licenceRevocations] == 1)
            #expect(figures[Figure.activitySuspensions] == 1)
            #expect(figures[Figure.remedialMeasures] == 2)
            #expect(figures[Figure.otherSanctionsOrganizations] == 1)
            #expect(figures[Figure.otherSanctionsIndividuals] == 1)
            #expect(try store.members(of: Figure.confiscatedVND, in: march).members.map(\.id) == [confiscating.rawValue])
            #expect(try store.members(of: Figure.confiscatedVND, in: march).members.map(\.value) == [12_500_000])
            #expect(try store.members(of: Figure.remedialMeasures, in: march).members.map(\.value) == [2])
            #expect(try store.members(of: Figure.otherSanctionsIndividuals, in: march).members.map(\.id) == [licensed.rawValue])
            #expect(try store.members(of: Figure.licenceRevocations, in: march).members.map(\.label) == ["BB-2/2026"])

            // And April only its own confiscation
            let april = ReportPeriod(kind: "monthly", label: "2026-04", from: day("2026-04-01"), before: day("2026-05-01"))
            let next = try store.figures(for: april)
            #expect(next[Figure.confiscatedVND] == 1_000_000)
            #expect(next[Figure.otherSanctionsOrganizations] == 1)
            #expect(next[Figure.remedialMeasures] == 0)

            // And the journal verifies
            let entries = try store.journal(after: 0, limit: 50)
            #expect(try store.verifyJournal() == .intact(entries: Int64(entries.count), head: entries.last!.hash))
        }
    }
}
