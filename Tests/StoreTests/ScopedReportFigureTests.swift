import Casework
@testable import Store
import Testing

/// Figures restricted to categories of inspection (``ReportStore/figures(for:categories:)``), the scopes of forms
/// 01/TTr and 02/TTr, over the hand-built dataset of `makeReportStore()` (see its table): every value by hand.
@Suite struct ScopedReportFigureTests {
    let store: SQLiteStore

    init() throws {
        store = try makeReportStore()
    }

    /// P1, administrative inspections only: 1 (carried over, unscheduled, concluded 10-14) and 2 (opened 09-15,
    /// scheduled); inspection 7's follow-up 6 (09-30, 7 000 000 đ) and 1's follow-up 5 (10-14, 2 000 dm²).
    static let administrativeP1: [String: Int64] = [
        Figure.total: 2, Figure.carriedOver: 1, Figure.opened: 1,
        Figure.scheduled: 1, Figure.unscheduled: 1, Figure.regular: 0,
        Figure.onsiteEnded: 2, Figure.concluded: 1,
        Figure.subjectsInspected: 2, Figure.organizationsInspected: 2, Figure.personsInspected: 0,
        Figure.subjectsInViolation: 1, Figure.organizationsInViolation: 1, Figure.personsInViolation: 0,
        Figure.violationsVND: 120_000_000, Figure.violationsOrganizationsVND: 120_000_000, Figure.violationsPersonsVND: 0,
        Figure.violationsLand: 5_000, Figure.recoveryRecommendedVND: 80_000_000, Figure.recoveryRecommendedLand: 5_000,
        Figure.recoveredVND: 7_000_000, Figure.recoveredLand: 2_000, Figure.otherFinancialVND: 40_000_000,
        Figure.collectivesRecommended: 1, Figure.personsRecommended: 2, Figure.collectivesHandled: 0,
        Figure.personsHandled: 0, Figure.transferCases: 1, Figure.transferPersons: 3, Figure.transferCasesAccepted: 0,
        Figure.transferPersonsAccepted: 0,
        // Recommendation 3 of inspection 1: kiểm điểm rút kinh nghiệm.
        Figure.reviewCollectivesRecommended: 1, Figure.reviewPersonsRecommended: 2,
        // Recommendation 9 of inspection 1: 2 documents, none done in the period.
        Figure.policyDocumentsRecommended: 2, Figure.policyDocumentsDone: 0,
        Figure.disciplineCollectivesRecommended: 0, Figure.disciplinePersonsRecommended: 0,
        Figure.administrativeCollectivesRecommended: 0, Figure.administrativePersonsRecommended: 0,
        // Inspection 2 is in progress on 10-14 (subjects C and B); 1 and 7 are the conclusions to implement.
        Figure.ongoing: 1, Figure.ongoingSubjects: 2,
        Figure.followUpConclusions: 2, Figure.followUpConclusionsDone: 1, Figure.followUpConclusionsPending: 1,
        Figure.followUpRecoveryDueVND: 87_000_000, Figure.followUpRecoveredVND: 7_000_000,
        Figure.followUpCollectivesDue: 1, Figure.followUpCollectivesHandled: 0,
        Figure.followUpPersonsDue: 2, Figure.followUpPersonsHandled: 0,
        Figure.followUpProsecutedCases: 0, Figure.followUpProsecutedPersons: 0,
        Figure.followUpLandDue: 5_000, Figure.followUpLandRecovered: 2_000,
        Figure.followUpReviewCollectivesHandled: 0, Figure.followUpReviewPersonsHandled: 0,
        Figure.followUpDisciplineCollectivesHandled: 0, Figure.followUpDisciplinePersonsHandled: 0,
        Figure.followUpAdministrativeCollectivesHandled: 0, Figure.followUpAdministrativePersonsHandled: 0,
    ]

    /// P1, specialized inspections only: 5 (carried over, unscheduled, never concluded) and 3 (opened 10-01,
    /// regular, on site); nothing concluded, found or followed up.
    static let specializedP1: [String: Int64] = {
        var values = Dictionary(uniqueKeysWithValues: Figure.inspectionFigures.map { ($0, Int64(0)) })
        values[Figure.total] = 2
        values[Figure.carriedOver] = 1
        values[Figure.opened] = 1
        values[Figure.unscheduled] = 1
        values[Figure.regular] = 1
        // 3 and 5 are in progress on 10-14, at D and B.
        values[Figure.ongoing] = 2
        values[Figure.ongoingSubjects] = 2
        return values
    }()

    @Test func administrativeInspectionsAloneMatchHandCountedValues() throws {
        let figures = try store.figures(for: reportP1, categories: ["hanh_chinh"])
        #expect(figures.values == Self.administrativeP1)
    }

    @Test func specializedInspectionsAloneMatchHandCountedValues() throws {
        let figures = try store.figures(for: reportP1, categories: ["chuyen_nganh"])
        #expect(figures.values == Self.specializedP1)
    }

    /// The wrong figure of issue 16: two scopes never pool; together they are the plain figure.
    @Test(arguments: [reportP1, reportP2])
    func theScopesAddUpToThePlainFigures(period: ReportPeriod) throws {
        let plain = try store.figures(for: period)
        let administrative = try store.figures(for: period, categories: ["hanh_chinh"])
        let specialized = try store.figures(for: period, categories: ["chuyen_nganh"])
        let both = try store.figures(for: period, categories: ["hanh_chinh", "chuyen_nganh"])
        for name in Figure.inspectionFigures {
            #expect(both[name] == plain[name], "\(name)")
            if name == Figure.ongoingSubjects {
                // Công ty B is under inspection 2 (administrative) and 5 (specialized), both in progress at P1's end:
                // it counts once in each scope and once in all.
                #expect(administrative[name] + specialized[name] >= plain[name], "\(name)")
                continue
            }
            // No subject of a concluded inspection here is inspected under both categories, so even the other
            // distinct counts add up.
            #expect(administrative[name] + specialized[name] == plain[name], "\(name)")
        }
    }

    /// A report's scopes read together (one transaction, the figures that add up by category one statement each)
    /// give what the separate calls give, whatever the scopes: one category, several, none, or one no inspection has.
    @Test(arguments: [reportP1, reportP2])
    func scopesReadTogetherEqualTheSeparateCalls(period: ReportPeriod) throws {
        let scopes = [["hanh_chinh"], ["chuyen_nganh"], ["hanh_chinh", "chuyen_nganh"], [], ["thanh_tra"]]
        let together = try store.figures(for: period, scopes: scopes)
        #expect(together.all.values == (try store.figures(for: period)).values)
        #expect(together.scoped.count == scopes.count)
        for (categories, scoped) in zip(scopes, together.scoped) {
            #expect(scoped.values == (try store.figures(for: period, categories: categories)).values, "\(categories)")
        }
        // And the hand-counted scopes come out of it too
        if period == reportP1 {
            #expect(together.scoped[0].values == Self.administrativeP1)
            #expect(together.scoped[1].values == Self.specializedP1)
        }
    }

    /// The figures read by category are the ones whose members add up: none counts distinct subjects, none comes
    /// from a rollup, and most of a scope's figures are among them.
    @Test func theFiguresReadByCategoryAreTheAdditiveOnes() {
        let names = Set(FigureQuery.groupedByCategory.map(\.name))
        let distinct: Set<String> = [
            Figure.subjectsInspected, Figure.subjectsInViolation, Figure.organizationsInspected, Figure.personsInspected,
            Figure.organizationsInViolation, Figure.personsInViolation, Figure.ongoingSubjects,
        ]
        #expect(names.isDisjoint(with: distinct))
        #expect(names.isDisjoint(with: FigureQuery.categoryRolledUp.keys))
        #expect(names.isDisjoint(with: FigureQuery.followUpStockNames))
        #expect(names.isSubset(of: Figure.inspectionFigures))
        #expect(names.count >= 20, "\(names.sorted())")
    }

    /// A category no inspection has, and no category at all, count nothing.
    @Test func anUnknownOrEmptyCategoryListCountsNothing() throws {
        for categories in [["thanh_tra"], []] {
            let figures = try store.figures(for: reportP1, categories: categories)
            #expect(Set(figures.values.keys) == Set(Figure.inspectionFigures))
            #expect(figures.values.values.allSatisfy { $0 == 0 }, "\(categories)")
        }
    }

    /// The figure contract, scoped: each scoped figure is the sum of its members, and the members are the scope's.
    @Test(arguments: [reportP1, reportP2])
    func scopedMembersAddUpToEveryScopedFigure(period: ReportPeriod) throws {
        for categories in [["hanh_chinh"], ["chuyen_nganh"]] {
            let figures = try store.figures(for: period, categories: categories)
            for name in Figure.inspectionFigures {
                let members = try store.members(of: name, in: period, categories: categories)
                #expect(members.figure == name)
                #expect(members.members.reduce(0) { $0 + $1.value } == figures[name], "\(categories) \(name)")
            }
        }
        let total = try store.members(of: Figure.total, in: reportP1, categories: ["chuyen_nganh"])
        #expect(total.members.map(\.id) == [3, 5])
    }

    /// A penalty figure has no category: asking for its members by category is refused.
    @Test func aPenaltyFigureCannotBeScoped() throws {
        let error = try #require(throws: StoreError.self) {
            try store.members(of: Figure.decisions, in: reportP1, categories: ["hanh_chinh"])
        }
        #expect(error.kind == .invalid)
        #expect("\(error)".contains("penalty.decisions cannot be restricted to categories of inspection"))
    }
}
