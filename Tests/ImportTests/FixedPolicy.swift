import Casework

/// A policy with fixed answers (as in CaseworkTests), so the import tests exercise the import, not the law.
struct FixedPolicy: PenaltyPolicy {
    var packHash = String(repeating: "a", count: 64)
    var fine: VND = VND(6_000_000)
    var problems: [PolicyProblem] = []
    var surchargePerDay: Int64 = 1_000

    func assess(_ request: AssessmentRequest) throws -> Assessment {
        let lines = request.violations.map { v in
            AssessedLine(
                fine: FineLine(
                    code: v.code, title: "t", legalBasis: "b", sector: "hoa_don", frameMinVND: VND(4_000_000),
                    frameMaxVND: VND(8_000_000), fineVND: fine, isWarning: fine == .zero, remedies: [], steps: []),
                limitation: Limitation(years: 1, startsOn: v.committedOn, expiresOn: v.committedOn.adding(days: 365), citation: ""))
        }
        return Assessment(
            lines: lines, totalFineVND: try fine.multiplied(by: Int64(lines.count)), totalRemedialVND: .zero,
            decisionDueOn: request.recordOn.adding(days: 7 + request.facts.extensionDays),
            enforcementExpiresOn: request.decidedOn?.adding(months: 12), competence: nil, steps: [], problems: problems)
    }

    func paymentDue(violator: Subject.Kind, decidedOn: CalendarDate, receivedOn: CalendarDate) throws -> DatedAnswer {
        DatedAnswer(date: receivedOn.adding(days: 10), steps: [])
    }

    func surcharge(_ request: SurchargeRequest) throws -> SurchargeAnswer {
        let days = max(0, request.dueOn.days(to: request.asOf) - 1)
        return SurchargeAnswer(amountVND: VND(Int64(days) * surchargePerDay), days: days, steps: [])
    }

    func checkInstallments(violator: Subject.Kind, totalVND: VND, decidedOn: CalendarDate, installments: [Installment]) throws -> PolicyCheck {
        PolicyCheck(isAllowed: installments.count <= 3, problems: installments.count <= 3 ? [] : [PolicyProblem(code: "bad_plan", message: "at most 3")], steps: [])
    }

    func checkPostponement(violator: Subject.Kind, totalVND: VND, decidedOn: CalendarDate, postponement: Postponement) throws -> PolicyCheck {
        PolicyCheck(isAllowed: true, problems: [], steps: [])
    }
}
