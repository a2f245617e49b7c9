public import Casework
import LuaBridge

/// The rule pack answers Casework's penalty questions through the entry points in docs/rule-contract.md.
extension RuleEngine: PenaltyPolicy {
    public var packHash: String { pack.hash }

    public func assess(_ request: AssessmentRequest) throws -> Assessment {
        let rule = "penalty.assess"
        let result = ResultReader(try call(assessing: request), rule: rule)
        var lines: [AssessedLine] = []
        for line in try result["lines"].list() {
            var remedies: [Remedy] = []
            for remedy in try line["remedies"].list() {
                remedies.append(
                    Remedy(code: try remedy["code"].string(), title: try remedy["title"].string(),
                           amountVND: try remedy["amount_vnd"].optionalMoney()))
            }
            let limitation = line["limitation"]
            lines.append(
                AssessedLine(
                    fine: FineLine(
                        code: try line["code"].string(), title: try line["title"].string(),
                        legalBasis: try line["basis"].string(), sector: try line["sector"].string(),
                        frameMinVND: try line["frame_min_vnd"].money(), frameMaxVND: try line["frame_max_vnd"].money(),
                        fineVND: try line["fine_vnd"].money(), isWarning: try line["warning"].bool(),
                        remedies: remedies, steps: try line["steps"].steps()),
                    limitation: limitation.isNil
                        ? nil
                        : Limitation(
                            years: try limitation["years"].integer(), startsOn: try limitation["starts_on"].date(),
                            expiresOn: try limitation["expires_on"].date(),
                            citation: try limitation["citation"].optionalString() ?? "")))
        }
        var competence: Competence?
        if !result["competence"].isNil {
            let c = result["competence"]
            competence = Competence(
                signer: try c["signer"].string(), title: try c["title"].string(), isAllowed: try c["allowed"].bool(),
                limitVND: try c["limit_vnd"].optionalMoney(), citation: try c["citation"].optionalString() ?? "")
        }
        let problems = try result["problems"].problems()
        // Lines may be missing when the rules refused a code; totals are checked only for complete answers.
        let total = try result["total_fine_vnd"].optionalMoney()
        if problems.isEmpty {
            // Each line is at most VND.maximum (checked as read), so the sum cannot overflow unless a case has
            // over 9 000 lines; an overflow is still reported as a bad answer, never a trap.
            var sum: Int64 = 0
            var overflowed = false
            for line in lines {
                let (next, overflow) = sum.addingReportingOverflow(line.fine.fineVND.rawValue)
                sum = next
                overflowed = overflowed || overflow
            }
            guard !overflowed, lines.count == request.violations.count, sum == total.rawValue else {
                throw result["total_fine_vnd"].failure(
                    "one line per violation (\(request.violations.count)) and a total equal to their sum (\(sum))",
                    vi: "mỗi hành vi một dòng (\(request.violations.count)) và tổng bằng tổng các dòng (\(sum))")
            }
        }
        return Assessment(
            lines: lines, totalFineVND: total, totalRemedialVND: try result["total_remedial_vnd"].optionalMoney(),
            decisionDueOn: try result["decision_due_on"].date(),
            enforcementExpiresOn: try result["enforcement_expires_on"].optionalDate(), competence: competence,
            steps: try result["steps"].steps(), problems: problems)
    }

    public func paymentDue(violator: Subject.Kind, decidedOn: CalendarDate, receivedOn: CalendarDate) throws -> DatedAnswer {
        let rule = "penalty.payment_due"
        let answer: LuaCallResult
        do {
            answer = try runtime.call(HostAdapters.root, ["payment_due_request"], arguments: { args in
                try args.pushPaymentDueRequest(violator: violator, decidedOn: decidedOn, receivedOn: receivedOn)
            }, locatedAt: (RuleEngine.root, ["penalty", "payment_due"]))
        } catch let error as LuaError {
            throw RuleError(error, rule: rule)
        }
        let result = ResultReader(answer, rule: rule)
        return DatedAnswer(date: try result["due_on"].date(), steps: try result["steps"].steps())
    }

    public func surcharge(_ request: SurchargeRequest) throws -> SurchargeAnswer {
        var fields: [String: LuaValue] = [
            "fine_vnd": .money(request.fineVND), "due_on": .date(request.dueOn), "as_of": .date(request.asOf),
            "payments": .list(request.payments.map { .record(["paid_on": .date($0.paidOn), "amount_vnd": .money($0.amountVND)]) }),
            "pauses": .list(request.pauses.map { .record(["from_on": .date($0.fromOn), "until_on": .date($0.untilOn)]) }),
        ]
        if let expires = request.enforcementExpiresOn { fields["enforcement_expires_on"] = .date(expires) }
        let input: LuaValue = .record(fields)
        let result = ResultReader(try call(["penalty", "surcharge"], [input]), rule: "penalty.surcharge")
        return SurchargeAnswer(
            amountVND: try result["amount_vnd"].money(), days: try result["days"].integer(), steps: try result["steps"].steps())
    }

    public func checkInstallments(
        violator: Subject.Kind, totalVND: VND, decidedOn: CalendarDate, installments: [Installment]
    ) throws -> PolicyCheck {
        let input: LuaValue = .record([
            "violator": .string(violator.ruleWord), "total_vnd": .money(totalVND), "decided_on": .date(decidedOn),
            "installments": .list(installments.map { .record(["due_on": .date($0.dueOn), "amount_vnd": .money($0.amountVND)]) }),
        ])
        return try check(["penalty", "check_installments"], input)
    }

    public func checkPostponement(
        violator: Subject.Kind, totalVND: VND, decidedOn: CalendarDate, postponement: Postponement
    ) throws -> PolicyCheck {
        let input: LuaValue = .record([
            "violator": .string(violator.ruleWord), "total_vnd": .money(totalVND), "decided_on": .date(decidedOn),
            "from_on": .date(postponement.fromOn), "until_on": .date(postponement.untilOn),
            "reason": .string(postponement.reason),
        ])
        return try check(["penalty", "check_postponement"], input)
    }

    private func check(_ path: [String], _ input: LuaValue) throws -> PolicyCheck {
        let result = ResultReader(try call(path, [input]), rule: path.joined(separator: "."))
        return PolicyCheck(
            isAllowed: try result["ok"].bool(), problems: try result["problems"].problems(), steps: try result["steps"].steps())
    }
}

extension RuleEngine {
    /// Calls `penalty.assess` with `request`, encoded once (``LuaArgumentWriter/pushAssessRequest``) and built into
    /// the request table by the host adapter, which tail-calls the pack: a complaint is located at the pack's
    /// `return`.
    func call(assessing request: AssessmentRequest) throws(RuleError) -> LuaCallResult {
        let rule = "penalty.assess"
        do {
            return try runtime.call(HostAdapters.root, ["assess_request"], arguments: { args in
                guard try args.pushFunction(RuleEngine.root, ["penalty", "assess"]) else {
                    throw LuaError(kind: .notFound, message: "no function 'penalty.assess'")
                }
                try args.pushAssessRequest(
                    violator: request.violator, facts: request.facts, recordOn: request.recordOn,
                    decidedOn: request.decidedOn, today: request.today, signer: request.signer, quiet: false,
                    mitigating: request.mitigating, aggravating: request.aggravating, violations: request.violations)
            }, locatedAt: (RuleEngine.root, ["penalty", "assess"]))
        } catch let error as LuaError {
            throw RuleError(error, rule: rule)
        } catch {
            throw RuleError(kind: .runtime, message: "\(error)", rule: rule)
        }
    }
}
