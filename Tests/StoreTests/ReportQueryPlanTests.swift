import Casework
import GRDB
import Testing

@testable import Store

/// Every figure's query reads its rows through an index on the date it restricts (the period's dates, or a due
/// date for the overdue figures), never by scanning a table.
@Suite struct ReportQueryPlanTests {
    /// How a plan reads a range of `inspectionSpan`'s primary key, the first column of which is the end date.
    static let inspectionSpanRange = "SEARCH sp USING PRIMARY KEY (endOn>?"

    /// Whether `plan` (its lines joined) reads through `index`: a date index by name, or ``inspectionSpanRange``.
    static func reads(_ text: String, through index: String) -> Bool {
        text.contains("USING INDEX \(index) (") || text.contains("USING COVERING INDEX \(index) (")
            || (index == inspectionSpanRange && text.contains(index))
    }

    /// The date index each figure must read through; the total and its splits read through two, one per part.
    static let expectedIndexes: [String: [String]] = {
        // The inspections in progress on a day (carried over, in progress at the end): a range of inspectionSpan's
        // primary key by the day (migration 2026-12-20-createInspectionSpan).
        let inProgress = [inspectionSpanRange]
        let total = inProgress + ["inspectionDecisionOnDecidedOn"]
        var expected: [String: [String]] = [
            Figure.carriedOver: inProgress, Figure.opened: ["inspectionDecisionOnDecidedOn"],
            Figure.ongoing: inProgress, Figure.ongoingSubjects: inProgress,
            Figure.total: total, Figure.scheduled: total, Figure.unscheduled: total, Figure.regular: total,
            "inspections.category.<code>": total, "inspections.level.<code>": total, "inspections.field.<code>": total,
            "inspection census": total,
            Figure.onsiteEnded: ["inspectionOnOnsiteEndedOn"],
            Figure.penaltyCasesOpened: ["penaltyCaseOnRecordMadeOn"],
            Figure.decisionsOverdue: ["penaltyCaseOnDecisionDueOn"],
            Figure.paymentsOverdue: ["penaltyDecisionOnPaymentDueOn"],
            Figure.onsiteOverdue: ["inspectionOnOnsiteDueOn"],
            Figure.conclusionsOverdue: ["inspectionOnConclusionDueOn"],
        ]
        for name in [
            Figure.concluded, Figure.subjectsInspected, Figure.subjectsInViolation, Figure.violationsVND,
            Figure.organizationsInspected, Figure.personsInspected, Figure.organizationsInViolation,
            Figure.personsInViolation, Figure.violationsOrganizationsVND, Figure.violationsPersonsVND,
            Figure.violationsLand, Figure.recoveryRecommendedVND, Figure.recoveryRecommendedLand,
            Figure.otherFinancialVND, Figure.collectivesRecommended, Figure.personsRecommended, Figure.transferCases,
            Figure.transferPersons, Figure.reviewCollectivesRecommended, Figure.reviewPersonsRecommended,
            Figure.disciplineCollectivesRecommended, Figure.disciplinePersonsRecommended,
            Figure.administrativeCollectivesRecommended, Figure.administrativePersonsRecommended,
            Figure.followUpConclusions, Figure.followUpConclusionsDone,
            Figure.followUpConclusionsPending, Figure.followUpRecoveryDueVND, Figure.followUpRecoveredVND,
            Figure.followUpCollectivesDue, Figure.followUpCollectivesHandled, Figure.followUpPersonsDue,
            Figure.followUpPersonsHandled, Figure.followUpProsecutedCases, Figure.followUpProsecutedPersons,
            Figure.policyDocumentsRecommended, Figure.followUpLandDue, Figure.followUpLandRecovered,
            Figure.followUpReviewCollectivesHandled, Figure.followUpReviewPersonsHandled,
            Figure.followUpDisciplineCollectivesHandled, Figure.followUpDisciplinePersonsHandled,
            Figure.followUpAdministrativeCollectivesHandled, Figure.followUpAdministrativePersonsHandled,
        ] {
            expected[name] = ["inspectionOnConcludedOn"]
        }
        for name in [
            Figure.recoveredVND, Figure.recoveredLand, Figure.collectivesHandled, Figure.personsHandled,
            Figure.transferCasesAccepted, Figure.transferPersonsAccepted, Figure.policyDocumentsDone,
        ] {
            expected[name] = ["followUpOnDoneOn"]
        }
        for name in [
            Figure.decisions, Figure.decisionsOrganizations, Figure.decisionsIndividuals, Figure.warnings,
            Figure.finesImposedVND, Figure.remedialVND, Figure.outstandingVND, Figure.finesOrganizationsVND,
            Figure.finesIndividualsVND, Figure.violatorsOrganizations, Figure.violatorsPersons,
            // What the decisions impose besides fines: the decisions by date, then decisionSanction by key.
            Figure.confiscatedVND, Figure.licenceRevocations, Figure.activitySuspensions, Figure.remedialMeasures,
            Figure.otherSanctionsOrganizations, Figure.otherSanctionsIndividuals, "sanction totals",
        ] {
            expected[name] = ["penaltyDecisionOnDecidedOn"]
        }
        for name in [Figure.finesCollectedVND, Figure.surchargesCollectedVND] {
            expected[name] = ["paymentOnPaidOn"]
        }
        return expected
    }()

    /// `EXPLAIN QUERY PLAN` of each figure's query, one line per step, by figure.
    static func plans(_ store: SQLiteStore) throws -> [String: [String]] {
        var queries = FigureQuery.all.mapValues(\.sql)
        for grouping in FigureQuery.groupings {
            queries[grouping.prefix + "<code>"] = FigureQuery.grouped(by: grouping.column).sql
        }
        queries["inspection census"] = FigureQuery.inspectionCensus
        queries["sanction totals"] = FigureQuery.sanctionTotals
        return try store.read { db in
            try queries.mapValues { sql in
                try Row.fetchAll(
                    db, sql: "EXPLAIN QUERY PLAN \(sql)",
                    arguments: ["from": "2026-09-15", "before": "2026-10-15", "through": "2026-10-14", "code": "x"]
                ).map { $0["detail"] as String }
            }
        }
    }

    @Test func everyFigureRestrictedToCategoriesReadsThroughItsDateIndexToo() throws {
        // The categories are looked up per row, by primary key: no list of every inspection of the categories first.
        let store = try makeReportStore()
        var queries: [String: String] = [:]
        for name in Figure.inspectionFigures where !FigureQuery.followUpStockNames.contains(name) {
            queries[name] = FigureQuery.restricted(try #require(FigureQuery.all[name]).sql, to: ["a", "b"]).sql
        }
        queries["follow-up stock"] = FigureQuery.restricted(FigureQuery.followUpStock, to: ["a", "b"]).sql
        for (name, sql) in queries.sorted(by: { $0.key < $1.key }) {
            let plan = try store.read { db in
                try Row.fetchAll(
                    db, sql: "EXPLAIN QUERY PLAN \(sql)",
                    arguments: [
                        "from": "2026-09-15", "before": "2026-10-15", "through": "2026-10-14", "category0": "a",
                        "category1": "b",
                    ]
                ).map { $0["detail"] as String }
            }
            let text = plan.joined(separator: " | ")
            for index in Self.expectedIndexes[name] ?? ["inspectionOnConcludedOn"] {
                #expect(Self.reads(text, through: index),
                    "\(name) does not use \(index): \(text)")
            }
            #expect(!text.contains("LIST SUBQUERY") && !text.contains("inspectionOnCategory"), "\(name): \(text)")
            // Only what the statements materialize themselves (the stock's `p`, `a`, `n`, `q`, `y`, `z`) may be scanned
            let materialized = ["SCAN t", "SCAN m", "SCAN o", "SCAN c", "SCAN p", "SCAN a", "SCAN n", "SCAN q", "SCAN y", "SCAN z"]
            let scans = plan.filter { $0.hasPrefix("SCAN ") && !materialized.contains($0) }
            #expect(scans.isEmpty, "\(name) scans: \(text)")
        }
    }

    @Test func everyFigureReadByCategoryReadsThroughItsDateIndexToo() throws {
        let store = try makeReportStore()
        for (name, sql) in FigureQuery.groupedByCategory {
            let plan = try store.read { db in
                try Row.fetchAll(
                    db, sql: "EXPLAIN QUERY PLAN \(sql)",
                    arguments: ["from": "2026-09-15", "before": "2026-10-15", "through": "2026-10-14"]
                ).map { $0["detail"] as String }
            }
            Self.expectReadThroughItsDateIndex(name, plan)
        }
    }

    @Test func everyFigureReadsThroughItsDateIndex() throws {
        let plans = try Self.plans(try makeReportStore())
        #expect(Set(plans.keys) == Set(Self.expectedIndexes.keys))
        for (name, plan) in plans.sorted(by: { $0.key < $1.key }) { Self.expectReadThroughItsDateIndex(name, plan) }
    }

    /// Expects `plan` (of figure `name`) to read through the figure's date indexes and to scan only the subqueries'
    /// own results (`t`, `m`, `o`), never a table.
    static func expectReadThroughItsDateIndex(_ name: String, _ plan: [String]) {
        let text = plan.joined(separator: " | ")
        for index in expectedIndexes[name] ?? [] {
            #expect(Self.reads(text, through: index),
                "\(name) does not use \(index): \(text)")
        }
        let scans = plan.filter { $0.hasPrefix("SCAN ") && !["SCAN t", "SCAN m", "SCAN o"].contains($0) }
        #expect(scans.isEmpty, "\(name) scans: \(text)")
    }
}
