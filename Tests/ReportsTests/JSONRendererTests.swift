import Casework
import Reports
import Testing

@Suite struct JSONRendererTests {
    static let september = ReportPeriod(
        kind: "monthly", label: "2026-09", from: Fixture.day("2026-08-15"), before: Fixture.day("2026-09-15"))

    static let report = PeriodReport(
        period: Fixture.october,
        figures: PeriodFigures(
            period: Fixture.october,
            values: [Figure.total: 2, Figure.finesImposedVND: 1_500_000, "inspections.level.tinh": 1]),
        forms: [
            FormLayout(
                code: "02/TTr", title: "Xử phạt", basis: "TT 01/2024",
                header: [[FormLayout.HeaderCell("Phạt tiền", span: 2)]],
                columns: [
                    FormLayout.Column(code: "1", figure: Figure.finesImposedVND, unit: .millionVND),
                    FormLayout.Column(code: "2", figure: Figure.total, unit: .count),
                ])
        ],
        checks: [FigureCheck(name: "total", isOK: true, text: "Tổng \"đúng\"")],
        narrative: "Dòng 1\nDòng 2",
        history: [PeriodFigures(period: september, values: [Figure.total: 5])],
        packHash: "h", generatedOn: Fixture.day("2026-10-20"))

    @Test func smallReportRendersExactly() {
        #expect(JSONRendererTests.report.renderJSON() == JSONRendererTests.golden)
    }

    @Test func outputIsTheSameEveryTime() {
        // Dictionaries hash differently per process and per instance; the output must not.
        let first = JSONRendererTests.report.renderJSON()
        for _ in 0..<5 { #expect(JSONRendererTests.report.renderJSON() == first) }
    }

    /// Every fixed figure appears (0 when absent), keys sorted, strings escaped, integers only.
    static let golden = """
            {
              "checks": [
                {
                  "name": "total",
                  "ok": true,
                  "text": "Tổng \\"đúng\\""
                }
              ],
              "figures": {
                "followup.administrative_collectives_handled": 0,
                "followup.administrative_persons_handled": 0,
                "followup.collectives_due": 0,
                "followup.collectives_handled": 0,
                "followup.conclusions": 0,
                "followup.conclusions_done": 0,
                "followup.conclusions_pending": 0,
                "followup.discipline_collectives_handled": 0,
                "followup.discipline_persons_handled": 0,
                "followup.land_due_dm2": 0,
                "followup.land_recovered_dm2": 0,
                "followup.persons_due": 0,
                "followup.persons_handled": 0,
                "followup.prosecuted_cases": 0,
                "followup.prosecuted_persons": 0,
                "followup.recovered_vnd": 0,
                "followup.recovery_due_vnd": 0,
                "followup.review_collectives_handled": 0,
                "followup.review_persons_handled": 0,
                "handling.administrative_collectives_recommended": 0,
                "handling.administrative_persons_recommended": 0,
                "handling.collectives_handled": 0,
                "handling.collectives_recommended": 0,
                "handling.discipline_collectives_recommended": 0,
                "handling.discipline_persons_recommended": 0,
                "handling.persons_handled": 0,
                "handling.persons_recommended": 0,
                "handling.review_collectives_recommended": 0,
                "handling.review_persons_recommended": 0,
                "inspections.carried_over": 0,
                "inspections.concluded": 0,
                "inspections.level.tinh": 1,
                "inspections.ongoing": 0,
                "inspections.ongoing_subjects": 0,
                "inspections.onsite_ended": 0,
                "inspections.opened": 0,
                "inspections.organizations_in_violation": 0,
                "inspections.organizations_inspected": 0,
                "inspections.persons_in_violation": 0,
                "inspections.persons_inspected": 0,
                "inspections.regular": 0,
                "inspections.scheduled": 0,
                "inspections.subjects_in_violation": 0,
                "inspections.subjects_inspected": 0,
                "inspections.total": 2,
                "inspections.unscheduled": 0,
                "other_financial.recommended_vnd": 0,
                "overdue.conclusions": 0,
                "overdue.decisions": 0,
                "overdue.onsite": 0,
                "overdue.payments": 0,
                "penalty.activity_suspensions": 0,
                "penalty.cases_opened": 0,
                "penalty.confiscated_vnd": 0,
                "penalty.decisions": 0,
                "penalty.decisions_individuals": 0,
                "penalty.decisions_organizations": 0,
                "penalty.fines_collected_vnd": 0,
                "penalty.fines_imposed_vnd": 1500000,
                "penalty.fines_individuals_vnd": 0,
                "penalty.fines_organizations_vnd": 0,
                "penalty.licence_revocations": 0,
                "penalty.other_sanctions_individuals": 0,
                "penalty.other_sanctions_organizations": 0,
                "penalty.outstanding_vnd": 0,
                "penalty.remedial_measures": 0,
                "penalty.remedial_vnd": 0,
                "penalty.surcharges_collected_vnd": 0,
                "penalty.violators_organizations": 0,
                "penalty.violators_persons": 0,
                "penalty.warnings": 0,
                "policy.documents_done": 0,
                "policy.documents_recommended": 0,
                "recovery.recommended_land_dm2": 0,
                "recovery.recommended_vnd": 0,
                "recovery.recovered_land_dm2": 0,
                "recovery.recovered_vnd": 0,
                "transfer.cases": 0,
                "transfer.cases_accepted": 0,
                "transfer.persons": 0,
                "transfer.persons_accepted": 0,
                "violations.land_dm2": 0,
                "violations.money_vnd": 0,
                "violations.organizations_money_vnd": 0,
                "violations.persons_money_vnd": 0
              },
              "forms": [
                {
                  "basis": "TT 01/2024",
                  "code": "02/TTr",
                  "columns": [
                    {
                      "code": "1",
                      "figure": "penalty.fines_imposed_vnd",
                      "unit": "million_vnd",
                      "value": 1500000
                    },
                    {
                      "code": "2",
                      "figure": "inspections.total",
                      "unit": "count",
                      "value": 2
                    }
                  ],
                  "header": [
                    [
                      {
                        "rows": 1,
                        "span": 2,
                        "text": "Phạt tiền"
                      }
                    ]
                  ],
                  "title": "Xử phạt"
                }
              ],
              "generated_on": "2026-10-20",
              "history": [
                {
                  "figures": {
                    "inspections.total": 5
                  },
                  "period": {
                    "before": "2026-09-15",
                    "from": "2026-08-15",
                    "kind": "monthly",
                    "label": "2026-09",
                    "through": "2026-09-14"
                  }
                }
              ],
              "narrative": "Dòng 1\\nDòng 2",
              "pack_hash": "h",
              "period": {
                "before": "2026-10-15",
                "from": "2026-09-15",
                "kind": "monthly",
                "label": "2026-10",
                "through": "2026-10-14"
              },
              "version": 1
            }
            """
}
