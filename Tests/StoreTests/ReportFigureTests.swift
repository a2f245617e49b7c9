import Casework
import Store
import Testing

/// The period figures over the hand-built dataset of `makeReportStore()`, with every value computed by hand.
@Suite struct ReportFigureTests {
    let store: SQLiteStore

    init() throws {
        store = try makeReportStore()
    }

    /// P1 = [2026-09-15, 2026-10-15), last day 2026-10-14.
    static let expectedP1: [String: Int64] = [
        // Inspection 1 (decided 08-20, concluded 10-14) and 5 (decided 06-01, never concluded); 7 concluded 09-14.
        Figure.carriedOver: 2,
        // Inspection 2 (decided 09-15, the first day) and 3 (10-01).
        Figure.opened: 2,
        Figure.total: 4,
        Figure.scheduled: 1, Figure.unscheduled: 2, Figure.regular: 1,
        "inspections.category.hanh_chinh": 2, "inspections.category.chuyen_nganh": 2,
        "inspections.level.tinh": 2, "inspections.level.so": 1, "inspections.level.huyen": 1,
        // Every inspection of the dataset is recorded under the field dat_dai.
        "inspections.field.dat_dai": 4,
        // Inspections 1 (09-20) and 2 (10-12).
        Figure.onsiteEnded: 2,
        // Inspection 1, on the period's last day.
        Figure.concluded: 1,
        // Công ty A and B; only A has findings.
        Figure.subjectsInspected: 2, Figure.subjectsInViolation: 1,
        // Both are companies: two organizations inspected, A in violation; its findings 1 and 2 are organizations'.
        Figure.organizationsInspected: 2, Figure.personsInspected: 0,
        Figure.organizationsInViolation: 1, Figure.personsInViolation: 0,
        Figure.violationsOrganizationsVND: 120_000_000, Figure.violationsPersonsVND: 0,
        Figure.violationsVND: 120_000_000, Figure.violationsLand: 5_000,
        Figure.recoveryRecommendedVND: 80_000_000, Figure.recoveryRecommendedLand: 5_000,
        Figure.otherFinancialVND: 40_000_000,
        Figure.collectivesRecommended: 1, Figure.personsRecommended: 2,
        Figure.transferCases: 1, Figure.transferPersons: 3,
        // Follow-up 6 (09-30, on inspection 7 concluded before the period) and 5 (10-14, land).
        Figure.recoveredVND: 7_000_000, Figure.recoveredLand: 2_000,
        Figure.collectivesHandled: 0, Figure.personsHandled: 0, Figure.transferCasesAccepted: 0,
        Figure.transferPersonsAccepted: 0,
        // Recommendation 3 (inspection 1): kiểm điểm rút kinh nghiệm, 1 collective and 2 persons.
        Figure.reviewCollectivesRecommended: 1, Figure.reviewPersonsRecommended: 2,
        // Recommendation 9 (inspection 1): 2 documents; its follow-up 7 is dated 10-16, after the period.
        Figure.policyDocumentsRecommended: 2, Figure.policyDocumentsDone: 0,
        Figure.disciplineCollectivesRecommended: 0, Figure.disciplinePersonsRecommended: 0,
        Figure.administrativeCollectivesRecommended: 0, Figure.administrativePersonsRecommended: 0,
        // In progress on 10-14: 2 (concluded 10-15, the day after), 3 and 5; their subjects B, C, D.
        Figure.ongoing: 3, Figure.ongoingSubjects: 3,
        // To implement: 1 (concluded 10-14) and 7 (concluded 09-14, its recommendation 7 not done before 09-15);
        // 7 is implemented by follow-up 6 (09-30), 1 is not.
        Figure.followUpConclusions: 2, Figure.followUpConclusionsDone: 1, Figure.followUpConclusionsPending: 1,
        // Recommendations 1 (80 000 000) and 7 (7 000 000); follow-up 6 (7 000 000; 5 is land, 1 is 10-20).
        Figure.followUpRecoveryDueVND: 87_000_000, Figure.followUpRecoveredVND: 7_000_000,
        // Recommendation 3 (1 collective, 2 persons); follow-up 3 is dated 10-15, after the period.
        Figure.followUpCollectivesDue: 1, Figure.followUpCollectivesHandled: 0,
        Figure.followUpPersonsDue: 2, Figure.followUpPersonsHandled: 0,
        Figure.followUpProsecutedCases: 0, Figure.followUpProsecutedPersons: 0,
        // Recommendation 1's 5 000 dm²; follow-up 5 (10-14) returned 2 000. No handling done before 10-15.
        Figure.followUpLandDue: 5_000, Figure.followUpLandRecovered: 2_000,
        Figure.followUpReviewCollectivesHandled: 0, Figure.followUpReviewPersonsHandled: 0,
        Figure.followUpDisciplineCollectivesHandled: 0, Figure.followUpDisciplinePersonsHandled: 0,
        Figure.followUpAdministrativeCollectivesHandled: 0, Figure.followUpAdministrativePersonsHandled: 0,
        // Case 1's decision (09-15, Công ty A); case 4 is cancelled.
        Figure.violatorsOrganizations: 1, Figure.violatorsPersons: 0,
        // Cases 2 (10-14) and 3 (09-20); 4 is cancelled, 1 was recorded on 09-14.
        Figure.penaltyCasesOpened: 2,
        // Case 1 (09-15); case 4's decision is cancelled.
        Figure.decisions: 1, Figure.decisionsOrganizations: 1, Figure.decisionsIndividuals: 0,
        Figure.warnings: 0,
        Figure.finesImposedVND: 10_000_000, Figure.remedialVND: 2_000_000,
        // No decision of the fixture records a confiscation or another sanction.
        Figure.confiscatedVND: 0, Figure.licenceRevocations: 0, Figure.activitySuspensions: 0, Figure.remedialMeasures: 0,
        Figure.otherSanctionsOrganizations: 0, Figure.otherSanctionsIndividuals: 0,
        // Case 1 is an organization's.
        Figure.finesOrganizationsVND: 10_000_000, Figure.finesIndividualsVND: 0,
        // Case 1's first payment; case 4's is cancelled.
        Figure.finesCollectedVND: 4_000_000, Figure.surchargesCollectedVND: 0,
        // Case 1: 10 000 000 − 4 000 000; case 7: 20 000 000, unpaid until 11-15.
        Figure.outstandingVND: 26_000_000,
        // Case 3 (due 09-27, undecided).
        Figure.decisionsOverdue: 1,
        // Cases 1 (due 09-26, owes 6 000 000) and 7 (due 08-25).
        Figure.paymentsOverdue: 2,
        // Inspection 3 (due 10-13, on-site); 2 ended on 10-12, late but by then.
        Figure.onsiteOverdue: 1,
        // Inspection 5 is due on the last day itself, not before it; 1 was concluded; 6 has no decision.
        Figure.conclusionsOverdue: 0,
    ]

    /// P2 = [2026-10-15, 2026-11-15), last day 2026-11-14.
    static let expectedP2: [String: Int64] = [
        // Inspections 2 (concluded on 10-15, the first day), 3 and 5.
        Figure.carriedOver: 3,
        // Inspection 4, decided on the last day.
        Figure.opened: 1,
        Figure.total: 4,
        Figure.scheduled: 1, Figure.unscheduled: 2, Figure.regular: 1,
        "inspections.category.hanh_chinh": 2, "inspections.category.chuyen_nganh": 2,
        "inspections.level.tinh": 2, "inspections.level.so": 1, "inspections.level.huyen": 1,
        "inspections.field.dat_dai": 4,
        Figure.onsiteEnded: 0,
        Figure.concluded: 1,
        // Nguyễn Văn C and Công ty B; C has finding 3.
        Figure.subjectsInspected: 2, Figure.subjectsInViolation: 1,
        // C is a person, B a company: one of each inspected; the person in violation with finding 3's 5 000 000 đ.
        Figure.organizationsInspected: 1, Figure.personsInspected: 1,
        Figure.organizationsInViolation: 0, Figure.personsInViolation: 1,
        Figure.violationsOrganizationsVND: 0, Figure.violationsPersonsVND: 5_000_000,
        Figure.violationsVND: 5_000_000, Figure.violationsLand: 0,
        Figure.recoveryRecommendedVND: 5_000_000, Figure.recoveryRecommendedLand: 0,
        Figure.otherFinancialVND: 0,
        // Recommendations 6 (1 person, no class: xử lý hành chính) and 8 (2 persons, xử lý kỷ luật), inspection 2.
        Figure.collectivesRecommended: 0, Figure.personsRecommended: 3,
        Figure.reviewCollectivesRecommended: 0, Figure.reviewPersonsRecommended: 0,
        Figure.disciplineCollectivesRecommended: 0, Figure.disciplinePersonsRecommended: 2,
        Figure.administrativeCollectivesRecommended: 0, Figure.administrativePersonsRecommended: 1,
        Figure.transferCases: 0, Figure.transferPersons: 0,
        // No policy recommendation of inspection 2; follow-up 7 (10-16) did 1 of recommendation 9's documents.
        Figure.policyDocumentsRecommended: 0, Figure.policyDocumentsDone: 1,
        // Follow-up 1 (10-20); 2 is dated 11-20, after the period.
        Figure.recoveredVND: 30_000_000, Figure.recoveredLand: 0,
        // Follow-up 3 (10-15) and 4 (11-14: 1 case, 2 persons prosecuted).
        Figure.collectivesHandled: 1, Figure.personsHandled: 1, Figure.transferCasesAccepted: 1,
        Figure.transferPersonsAccepted: 2,
        // In progress on 11-14: 3, 4 (decided that day) and 5; their subjects D, A, B.
        Figure.ongoing: 3, Figure.ongoingSubjects: 3,
        // To implement: 1 and 2 (concluded 10-15); 7 was implemented before 10-15. Neither is implemented by 11-14:
        // recommendation 1 has 30 000 000 of 80 000 000 and 2 000 of 5 000 dm², 5, 6 and 8 nothing.
        Figure.followUpConclusions: 2, Figure.followUpConclusionsDone: 0, Figure.followUpConclusionsPending: 2,
        // Recommendations 1 (80 000 000) and 5 (5 000 000); follow-up 1 (10-20), not 2 (11-20).
        Figure.followUpRecoveryDueVND: 85_000_000, Figure.followUpRecoveredVND: 30_000_000,
        // Recommendations 3 (1 + 2), 6 (1 person) and 8 (2 persons); follow-up 3 (1 + 1, 10-15).
        Figure.followUpCollectivesDue: 1, Figure.followUpCollectivesHandled: 1,
        Figure.followUpPersonsDue: 5, Figure.followUpPersonsHandled: 1,
        // Follow-up 4 on recommendation 4 (11-14): 1 case, 2 persons.
        Figure.followUpProsecutedCases: 1, Figure.followUpProsecutedPersons: 2,
        // Recommendation 1's 5 000 dm² (5 has none); follow-up 5 (10-14) returned 2 000. Follow-up 3 (10-15) handled
        // recommendation 3's kiểm điểm: 1 collective, 1 person; nothing on 6 (no class) and 8 (kỷ luật).
        Figure.followUpLandDue: 5_000, Figure.followUpLandRecovered: 2_000,
        Figure.followUpReviewCollectivesHandled: 1, Figure.followUpReviewPersonsHandled: 1,
        Figure.followUpDisciplineCollectivesHandled: 0, Figure.followUpDisciplinePersonsHandled: 0,
        Figure.followUpAdministrativeCollectivesHandled: 0, Figure.followUpAdministrativePersonsHandled: 0,
        // Case 2's decision (10-15, Nguyễn Văn C); case 6's is dated 11-20.
        Figure.violatorsOrganizations: 0, Figure.violatorsPersons: 1,
        // Cases 5 (10-20) and 6 (10-25).
        Figure.penaltyCasesOpened: 2,
        // Case 2 (10-15), a person, with one warning line; case 6 is decided after the period.
        Figure.decisions: 1, Figure.decisionsOrganizations: 0, Figure.decisionsIndividuals: 1,
        Figure.warnings: 1,
        Figure.finesImposedVND: 3_000_000, Figure.remedialVND: 0,
        // No decision of the fixture records a confiscation or another sanction.
        Figure.confiscatedVND: 0, Figure.licenceRevocations: 0, Figure.activitySuspensions: 0, Figure.remedialMeasures: 0,
        Figure.otherSanctionsOrganizations: 0, Figure.otherSanctionsIndividuals: 0,
        // Case 2 is a person's.
        Figure.finesOrganizationsVND: 0, Figure.finesIndividualsVND: 3_000_000,
        // Case 1's late payment (10-15) and case 2's partial one.
        Figure.finesCollectedVND: 7_000_000, Figure.surchargesCollectedVND: 150_000,
        // Case 2: 3 000 000 − 1 000 000; case 7: 20 000 000 (paid on 11-15, the day after).
        Figure.outstandingVND: 22_000_000,
        // Cases 3 (due 09-27) and 6 (due 11-01, decided 11-20); 5 is due on the last day itself.
        Figure.decisionsOverdue: 2,
        // Cases 2 (due 10-26, owes 2 000 000) and 7.
        Figure.paymentsOverdue: 2,
        Figure.onsiteOverdue: 1,
        // Inspection 5 (due 10-14).
        Figure.conclusionsOverdue: 1,
    ]

    @Test func firstPeriodFiguresMatchHandCountedValues() throws {
        let figures = try store.figures(for: reportP1)
        #expect(figures.period == reportP1)
        #expect(Set(Self.expectedP1.keys).isSuperset(of: Figure.all))
        for (name, value) in Self.expectedP1.sorted(by: { $0.key < $1.key }) {
            #expect(figures[name] == value, "\(name)")
        }
        #expect(figures.values == Self.expectedP1)
    }

    @Test func secondPeriodFiguresMatchHandCountedValues() throws {
        let figures = try store.figures(for: reportP2)
        #expect(Set(Self.expectedP2.keys).isSuperset(of: Figure.all))
        for (name, value) in Self.expectedP2.sorted(by: { $0.key < $1.key }) {
            #expect(figures[name] == value, "\(name)")
        }
        #expect(figures.values == Self.expectedP2)
    }

    /// Total = carried over + opened = scheduled + unscheduled + regular = the sum per category = per level.
    @Test(arguments: [reportP1, reportP2])
    func totalsAddUp(period: ReportPeriod) throws {
        let figures = try store.figures(for: period)
        let total = figures[Figure.total]
        #expect(total == figures[Figure.carriedOver] + figures[Figure.opened])
        #expect(total == figures[Figure.scheduled] + figures[Figure.unscheduled] + figures[Figure.regular])
        let categories = figures.values.filter { $0.key.hasPrefix("inspections.category.") }.values.reduce(0, +)
        let levels = figures.values.filter { $0.key.hasPrefix("inspections.level.") }.values.reduce(0, +)
        let fields = figures.values.filter { $0.key.hasPrefix(Figure.fieldPrefix) }.values.reduce(0, +)
        #expect(categories == total)
        #expect(levels == total)
        #expect(fields == total)
        #expect(
            figures[Figure.decisions] == figures[Figure.decisionsOrganizations] + figures[Figure.decisionsIndividuals])
    }

    /// For every figure (the category and level ones too) the members' values add up to the figure.
    @Test(arguments: [reportP1, reportP2])
    func membersAddUpToEveryFigure(period: ReportPeriod) throws {
        let figures = try store.figures(for: period)
        let names = Set(Figure.all).union(figures.values.keys)
        for name in names.sorted() {
            let members = try store.members(of: name, in: period)
            #expect(members.figure == name)
            #expect(members.period == period)
            #expect(members.members.map(\.value).reduce(0, +) == figures[name], "\(name)")
            #expect(members.members.allSatisfy { $0.value > 0 && !$0.label.isEmpty }, "\(name)")
        }
    }

    @Test func inspectionMembersNameTheInspections() throws {
        func ids(_ figure: String, _ period: ReportPeriod) throws -> [Int64] {
            try store.members(of: figure, in: period).members.map(\.id)
        }
        #expect(try ids(Figure.carriedOver, reportP1) == [1, 5])
        #expect(try ids(Figure.opened, reportP1) == [2, 3])
        #expect(try ids(Figure.carriedOver, reportP2) == [2, 3, 5])
        #expect(try ids(Figure.opened, reportP2) == [4])
        #expect(try ids(Figure.total, reportP2) == [2, 3, 4, 5])
        #expect(try ids("inspections.category.chuyen_nganh", reportP1) == [3, 5])
        #expect(try ids("inspections.level.so", reportP2) == [2])
        #expect(try ids("inspections.category.khong_co", reportP2) == [])
        let total = try store.members(of: Figure.total, in: reportP1).members
        #expect(total.first == FigureMembers.Member(kind: .inspection, id: 1, value: 1, label: "Cuộc thanh tra 1"))
        // Subjects: one member per subject, on the first inspection that inspected it, labelled with its name.
        let subjects = try store.members(of: Figure.subjectsInspected, in: reportP2).members
        #expect(subjects.map(\.label).sorted() == ["Công ty B", "Nguyễn Văn C"])
        #expect(subjects.allSatisfy { $0.kind == .inspection && $0.id == 2 })
        let violators = try store.members(of: Figure.subjectsInViolation, in: reportP1).members
        #expect(violators == [FigureMembers.Member(kind: .finding, id: 1, value: 1, label: "Công ty A")])
    }

    @Test func findingRecommendationAndFollowUpMembers() throws {
        let findings = try store.members(of: Figure.violationsVND, in: reportP1).members
        #expect(findings.map(\.kind) == [.finding, .finding])
        #expect(findings.map(\.id) == [1, 2])
        #expect(findings.map(\.value) == [100_000_000, 20_000_000])
        // Zero amounts are not members: only finding 1 has land.
        #expect(try store.members(of: Figure.violationsLand, in: reportP1).members.map(\.id) == [1])
        let recovered = try store.members(of: Figure.recoveredVND, in: reportP1).members
        #expect(
            recovered == [
                FigureMembers.Member(kind: .followUp, id: 6, value: 7_000_000, label: "2026-09-30 Kiến nghị 7")
            ])
        let transfer = try store.members(of: Figure.transferPersons, in: reportP1).members
        #expect(transfer == [FigureMembers.Member(kind: .recommendation, id: 4, value: 3, label: "Kiến nghị 4")])
    }

    /// The national cut-off: the 14th is the last day of a [15th, 15th) period and the 15th the first of the next.
    @Test func theBoundaryDayBelongsToOnePeriodOnly() throws {
        func ids(_ figure: String, _ period: ReportPeriod) throws -> [Int64] {
            try store.members(of: figure, in: period).members.map(\.id)
        }
        // Inspection 1 concluded on 10-14, inspection 2 on 10-15.
        #expect(try ids(Figure.concluded, reportP1) == [1])
        #expect(try ids(Figure.concluded, reportP2) == [2])
        // Inspection 2 decided on 09-15: opened in P1, not in the period before (which opened inspection 1).
        let before = ReportPeriod(kind: "range", label: "r", from: day("2026-08-15"), before: day("2026-09-15"))
        #expect(try ids(Figure.opened, before) == [1])
        #expect(try ids(Figure.opened, reportP1).contains(2))
        // Case 2 recorded on 10-14 and decided on 10-15; case 1 paid on 10-15.
        #expect(try ids(Figure.penaltyCasesOpened, reportP1).contains(2))
        #expect(try !ids(Figure.penaltyCasesOpened, reportP2).contains(2))
        #expect(try ids(Figure.decisions, reportP1) == [1])
        #expect(try ids(Figure.decisions, reportP2) == [2])
        let collected = try store.members(of: Figure.finesCollectedVND, in: reportP2).members
        #expect(collected.map(\.kind) == [.payment, .payment])
        #expect(collected.map(\.value) == [6_000_000, 1_000_000])
        #expect(collected.map(\.label) == ["BB-1/2026 BL-C1-1", "BB-2/2026 BL-C2-0"])
        // A one-day window [10-14, 10-15) holds the 14th and nothing of the 15th.
        let oneDay = ReportPeriod(kind: "range", label: "d", from: day("2026-10-14"), before: day("2026-10-15"))
        let figures = try store.figures(for: oneDay)
        #expect(figures[Figure.concluded] == 1)
        #expect(figures[Figure.penaltyCasesOpened] == 1)
        #expect(figures[Figure.decisions] == 0)
        #expect(figures[Figure.finesCollectedVND] == 0)
        #expect(figures[Figure.recoveredLand] == 2_000)
    }

    @Test func outstandingIsAsOfThePeriodsEnd() throws {
        let p1 = try store.members(of: Figure.outstandingVND, in: reportP1).members
        #expect(p1.map(\.id) == [1, 7])
        #expect(p1.map(\.value) == [6_000_000, 20_000_000])
        #expect(p1.first?.label == "BB-1/2026")
        let p2 = try store.members(of: Figure.outstandingVND, in: reportP2).members
        #expect(p2.map(\.id) == [2, 7])
        #expect(p2.map(\.value) == [2_000_000, 20_000_000])
        // One day later case 7 has paid everything; the cancelled case 4 never counts.
        let later = ReportPeriod(kind: "range", label: "r", from: day("2026-10-15"), before: day("2026-11-16"))
        #expect(try store.members(of: Figure.outstandingVND, in: later).members.map(\.id) == [2])
        #expect(try store.figures(for: later)[Figure.outstandingVND] == 2_000_000)
        #expect(try store.figures(for: later)[Figure.surchargesCollectedVND] == 1_150_000)
    }

    @Test func overdueCountsAreAsOfThePeriodsLastDay() throws {
        func ids(_ figure: String, _ period: ReportPeriod) throws -> [Int64] {
            try store.members(of: figure, in: period).members.map(\.id)
        }
        #expect(try ids(Figure.decisionsOverdue, reportP1) == [3])
        #expect(try ids(Figure.decisionsOverdue, reportP2) == [3, 6])
        #expect(try ids(Figure.paymentsOverdue, reportP1) == [1, 7])
        #expect(try ids(Figure.paymentsOverdue, reportP2) == [2, 7])
        #expect(try ids(Figure.onsiteOverdue, reportP1) == [3])
        #expect(try ids(Figure.conclusionsOverdue, reportP1) == [])
        #expect(try ids(Figure.conclusionsOverdue, reportP2) == [5])
        // A period ending on 11-15 (last day 11-15): case 5, due 11-14, is now overdue; case 7 has paid on 11-15.
        let later = ReportPeriod(kind: "range", label: "r", from: day("2026-10-15"), before: day("2026-11-16"))
        #expect(try ids(Figure.decisionsOverdue, later) == [3, 5, 6])
        #expect(try ids(Figure.paymentsOverdue, later) == [2])
        // Before inspection 3 was announced its on-site phase cannot be overdue.
        let early = ReportPeriod(kind: "range", label: "r", from: day("2026-09-15"), before: day("2026-10-05"))
        #expect(try ids(Figure.onsiteOverdue, early) == [])
    }

    @Test func anUnknownFigureIsRefusedWithTheList() throws {
        let error = try #require(throws: StoreError.self) {
            try store.members(of: "penalty.fines", in: reportP1)
        }
        #expect(error.kind == .invalid)
        #expect(error.message.contains("penalty.fines"))
        #expect(error.hint?.contains(Figure.finesImposedVND) == true)
        #expect(error.hint?.contains("inspections.category.<code>") == true)
        #expect(throws: StoreError.self) { try store.members(of: "inspections.category.", in: reportP1) }
    }

    @Test func anEmptyPeriodIsRefused() throws {
        let empty = ReportPeriod(kind: "range", label: "r", from: day("2026-10-15"), before: day("2026-10-15"))
        let error = try #require(throws: StoreError.self) { try store.figures(for: empty) }
        #expect(error.kind == .invalid)
        #expect(throws: StoreError.self) { try store.members(of: Figure.total, in: empty) }
    }

    @Test func anEmptyStoreHasEveryFixedFigureAtZero() throws {
        let figures = try SQLiteStore.makeEmpty().figures(for: reportP1)
        #expect(figures.values == Dictionary(uniqueKeysWithValues: Figure.all.map { ($0, Int64(0)) }))
    }
}
