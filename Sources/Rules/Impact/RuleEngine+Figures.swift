public import Casework
import LuaBridge

/// The figures of an assessment that bulk work compares: fines and the decision deadline, without titles, bases
/// or explanation steps.
public struct AssessmentFigures: Sendable, Equatable {
    public var totalFineVND: VND
    /// Each line's fine, in the order of the request's violations.
    public var lineFinesVND: [VND]
    public var decisionDueOn: CalendarDate
    /// The codes of the legal refusals (`limitation_expired`, `not_in_force`, …), in the rules' order.
    public var problemCodes: [String]

    public init(totalFineVND: VND, lineFinesVND: [VND], decisionDueOn: CalendarDate, problemCodes: [String]) {
        self.totalFineVND = totalFineVND
        self.lineFinesVND = lineFinesVND
        self.decisionDueOn = decisionDueOn
        self.problemCodes = problemCodes
    }
}

extension RuleEngine {
    /// `penalty.assess` for a case snapshot, reading only the figures: the fast path of `rules diff`.
    ///
    /// The request is the one ``assess(_:)`` sends (no signer), plus `quiet = true`, which tells a pack that it may
    /// leave out the explanation steps (docs/rule-contract.md). It goes through the host adapter (``HostAdapters``):
    /// positional values in and out, no `LuaValue` tree either way. The figures are checked as ``assess(_:)`` checks
    /// them (money a non-negative integer, dates `YYYY-MM-DD`, one line per violation and a total equal to their sum
    /// when there is no refusal); when anything is off, the case is asked again through ``assess(_:)``, which
    /// locates the mistake at the rule's `return`.
    ///
    /// - Parameters:
    ///   - decidedOn: The decision date; `nil` to assess an open case as a preview.
    ///   - today: The day of the computation.
    /// - Throws: ``RuleError`` located at the rule that failed or returned a malformed answer.
    public func assessFigures(_ snapshot: CaseSnapshot, decidedOn: CalendarDate?, today: CalendarDate) throws(RuleError)
        -> AssessmentFigures
    {
        let rule = "penalty.assess"
        let figures: AssessmentFigures?
        do {
            figures = try runtime.call(HostAdapters.root, ["assess"]) { args in
                guard try args.pushFunction(RuleEngine.root, ["penalty", "assess"]) else {
                    throw LuaError(kind: .notFound, message: "no function 'penalty.assess'")
                }
                try args.pushAssessRequest(
                    violator: snapshot.violatorKind, facts: snapshot.facts, recordOn: snapshot.recordOn,
                    decidedOn: decidedOn, today: today, signer: nil, quiet: true, mitigating: snapshot.mitigating,
                    aggravating: snapshot.aggravating, violations: snapshot.violations)
            } results: { results in
                AssessmentFigures(results, violations: snapshot.violations.count)
            }
        } catch let error as LuaError {
            throw RuleError(error, rule: rule)
        } catch {
            throw RuleError(kind: .runtime, message: "\(error)", rule: rule)
        }
        if let figures { return figures }
        // The answer is malformed: ask through the checked path, which throws the located error.
        let assessment = try assessChecked(
            AssessmentRequest(
                violator: snapshot.violatorKind, facts: snapshot.facts, recordOn: snapshot.recordOn, decidedOn: decidedOn,
                today: today, signer: nil, mitigating: snapshot.mitigating, aggravating: snapshot.aggravating,
                violations: snapshot.violations))
        return AssessmentFigures(
            totalFineVND: assessment.totalFineVND, lineFinesVND: assessment.lines.map(\.fine.fineVND),
            decisionDueOn: assessment.decisionDueOn, problemCodes: assessment.problems.map(\.code))
    }

    /// `penalty.payment_due`, reading only `due_on`: the fast path of ``paymentDue(violator:decidedOn:receivedOn:)``
    /// (through ``HostAdapters``, with `quiet = true`).
    ///
    /// - Throws: ``RuleError`` located at the rule that failed or returned something other than a date.
    public func paymentDueDate(violator: Subject.Kind, decidedOn: CalendarDate, receivedOn: CalendarDate) throws(RuleError)
        -> CalendarDate
    {
        let due: CalendarDate?
        do {
            due = try runtime.call(HostAdapters.root, ["payment_due"]) { args in
                try args.pushPaymentDueRequest(violator: violator, decidedOn: decidedOn, receivedOn: receivedOn)
            } results: { results in
                results.withBytes(results.result(1)) { CalendarDate(utf8: $0) } ?? nil
            }
        } catch let error as LuaError {
            throw RuleError(error, rule: "penalty.payment_due")
        } catch {
            throw RuleError(kind: .runtime, message: "\(error)", rule: "penalty.payment_due")
        }
        if let due { return due }
        return try paymentDueChecked(violator: violator, decidedOn: decidedOn, receivedOn: receivedOn).date
    }

    /// ``assess(_:)`` with its error type.
    private func assessChecked(_ request: AssessmentRequest) throws(RuleError) -> Assessment {
        do {
            return try assess(request)
        } catch let error as RuleError {
            throw error
        } catch {
            throw RuleError(kind: .runtime, message: "\(error)", rule: "penalty.assess")
        }
    }

    private func paymentDueChecked(violator: Subject.Kind, decidedOn: CalendarDate, receivedOn: CalendarDate)
        throws(RuleError) -> DatedAnswer
    {
        do {
            return try paymentDue(violator: violator, decidedOn: decidedOn, receivedOn: receivedOn)
        } catch let error as RuleError {
            throw error
        } catch {
            throw RuleError(kind: .runtime, message: "\(error)", rule: "penalty.payment_due")
        }
    }
}

extension AssessmentFigures {
    /// The adapter's positional answer: total, due date, line count, problem count, fines, codes; `nil` when any
    /// value is not what the contract says (the caller then asks through the checked path).
    init?(_ results: LuaResultReader, violations: Int) {
        let totalSlot = results.result(1)
        let total: VND
        if results.isNil(totalSlot) {
            total = .zero
        } else {
            guard let amount = results.integer(totalSlot), let value = VND(bounded: amount) else { return nil }
            total = value
        }
        guard let due = results.withBytes(results.result(2), { CalendarDate(utf8: $0) }) ?? nil,
            let lineCount = results.integer(results.result(3)), let problemCount = results.integer(results.result(4)),
            results.count == 4 + Int(lineCount) + Int(problemCount)
        else { return nil }
        var fines: [VND] = []
        fines.reserveCapacity(Int(lineCount))
        var sum: Int64 = 0
        for index in 0..<Int(lineCount) {
            guard let amount = results.integer(results.result(5 + index)), let fine = VND(bounded: amount) else {
                return nil
            }
            fines.append(fine)
            // Checked: a wrapped sum must never pass for the total (the checked path then reports the answer).
            let (next, overflow) = sum.addingReportingOverflow(amount)
            guard !overflow else { return nil }
            sum = next
        }
        var codes: [String] = []
        for index in 0..<Int(problemCount) {
            guard let code = results.string(results.result(5 + Int(lineCount) + index)) else { return nil }
            codes.append(code)
        }
        if codes.isEmpty, fines.count != violations || sum != total.rawValue { return nil }
        self.init(totalFineVND: total, lineFinesVND: fines, decisionDueOn: due, problemCodes: codes)
    }
}
