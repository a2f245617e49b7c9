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
    /// leave out the explanation steps (docs/rule-contract.md); the answer is checked as ``assess(_:)`` checks it:
    /// money a non-negative integer, one line per violation and a total equal to their sum when there is no refusal.
    /// Arguments are pushed and results read directly on the Lua stack, so no `LuaValue` tree is built either way.
    ///
    /// - Parameters:
    ///   - decidedOn: The decision date; `nil` to assess an open case as a preview.
    ///   - today: The day of the computation.
    /// - Throws: ``RuleError`` located at the rule that failed or returned a malformed answer.
    public func assessFigures(_ snapshot: CaseSnapshot, decidedOn: CalendarDate?, today: CalendarDate) throws(RuleError)
        -> AssessmentFigures
    {
        let rule = "penalty.assess"
        do {
            return try runtime.call(RuleEngine.root, ["penalty", "assess"]) { args in
                try args.pushAssessRequest(snapshot, decidedOn: decidedOn, today: today)
            } results: { results in
                let answer = results.result(1)
                let figures = FigureReader(results: results, rule: rule)
                guard results.isTable(answer) else { throw figures.failure("result", answer, "a table") }
                let total = try figures.optionalMoney(answer, "total_fine_vnd")
                let due = try figures.date(answer, "decision_due_on")
                var problems: [String] = []
                try results.withField(answer, "problems") { list in
                    for index in 0..<results.length(list) {
                        try results.withElement(list, index + 1) { problem in
                            try results.withField(problem, "code") { code in
                                guard let text = results.string(code) else {
                                    throw figures.failure("problems[\(index + 1)].code", code, "a string")
                                }
                                problems.append(text)
                            }
                        }
                    }
                }
                var fines: [VND] = []
                try results.withField(answer, "lines") { list in
                    let count = results.length(list)
                    fines.reserveCapacity(count)
                    for index in 0..<count {
                        try results.withElement(list, index + 1) { line in
                            fines.append(try figures.money(line, "fine_vnd", path: "lines[\(index + 1)].fine_vnd"))
                        }
                    }
                }
                if problems.isEmpty {
                    var sum: Int64 = 0
                    for fine in fines { sum &+= fine.rawValue }
                    guard fines.count == snapshot.violations.count, sum == total.rawValue else {
                        throw figures.failure(
                            "total_fine_vnd", nil,
                            "one line per violation (\(snapshot.violations.count)) and a total equal to their sum (\(sum))")
                    }
                }
                return AssessmentFigures(totalFineVND: total, lineFinesVND: fines, decisionDueOn: due, problemCodes: problems)
            }
        } catch let error as RuleError {
            throw error
        } catch let error as LuaError {
            throw RuleError(error, rule: rule)
        } catch {
            throw RuleError(kind: .runtime, message: "\(error)", rule: rule)
        }
    }

    /// `penalty.payment_due`, reading only `due_on`: the fast path of ``paymentDue(violator:decidedOn:receivedOn:)``.
    ///
    /// - Throws: ``RuleError`` located at the rule that failed or returned something other than a date.
    public func paymentDueDate(violator: Subject.Kind, decidedOn: CalendarDate, receivedOn: CalendarDate) throws(RuleError)
        -> CalendarDate
    {
        let rule = "penalty.payment_due"
        do {
            return try runtime.call(RuleEngine.root, ["penalty", "payment_due"]) { args in
                try args.pushTable(fieldCount: 4) {
                    args.set("violator", violator.ruleWord)
                    decidedOn.withUTF8 { args.set("decided_on", bytes: $0) }
                    receivedOn.withUTF8 { args.set("received_on", bytes: $0) }
                    args.set("quiet", true)
                }
            } results: { results in
                let figures = FigureReader(results: results, rule: rule)
                let answer = results.result(1)
                guard results.isTable(answer) else { throw figures.failure("result", answer, "a table") }
                return try figures.date(answer, "due_on")
            }
        } catch let error as RuleError {
            throw error
        } catch let error as LuaError {
            throw RuleError(error, rule: rule)
        } catch {
            throw RuleError(kind: .runtime, message: "\(error)", rule: rule)
        }
    }
}

extension LuaArgumentWriter {
    /// Pushes the `penalty.assess` request of docs/rule-contract.md for `snapshot`, with `quiet = true`.
    ///
    /// Stack: [] → [request].
    func pushAssessRequest(_ snapshot: CaseSnapshot, decidedOn: CalendarDate?, today: CalendarDate) throws {
        try pushTable(fieldCount: 13) {
            set("violator", snapshot.violatorKind.ruleWord)
            set("minor", snapshot.facts.isMinor)
            snapshot.recordOn.withUTF8 { set("record_on", bytes: $0) }
            decidedOn?.withUTF8 { set("decided_on", bytes: $0) }
            today.withUTF8 { set("today", bytes: $0) }
            set("complex", snapshot.facts.isComplex)
            set("explanation_requested", snapshot.facts.explanationRequested)
            set("extension_days", Int64(snapshot.facts.extensionDays))
            set("quiet", true)
            try set("mitigating") { try pushStrings(snapshot.mitigating) }
            try set("aggravating") { try pushStrings(snapshot.aggravating) }
            try set("violations") {
                try pushTable(arrayCount: snapshot.violations.count) {
                    for (offset, violation) in snapshot.violations.enumerated() {
                        try setElement(offset + 1) {
                            try pushTable(fieldCount: 5) {
                                set("code", violation.code)
                                violation.committedOn.withUTF8 { set("committed_on", bytes: $0) }
                                violation.endedOn?.withUTF8 { set("ended_on", bytes: $0) }
                                violation.detectedOn?.withUTF8 { set("detected_on", bytes: $0) }
                                set("illegal_gain_vnd", violation.illegalGainVND.rawValue)
                            }
                        }
                    }
                }
            }
        }
    }

    /// Stack: [] → [list of strings].
    private func pushStrings(_ items: [String]) throws {
        try pushTable(arrayCount: items.count) {
            for (offset, item) in items.enumerated() { setElement(offset + 1, item) }
        }
    }
}

/// Checks figures read from a direct call the way ``ResultReader`` checks a copied result: money is a
/// non-negative integer, dates are `YYYY-MM-DD`; a mistake becomes a ``RuleError`` naming the field and the `return`.
private struct FigureReader {
    let results: LuaResultReader
    let rule: String

    func failure(_ path: String, _ slot: LuaSlot?, _ expected: String) -> RuleError {
        let shown = slot.flatMap { try? results.value($0) }.map(\.shortDescription) ?? "nil"
        return RuleError(
            kind: .badResult, message: "\(rule) returned \(path) = \(shown); expected \(expected)",
            file: results.returnSite?.file, line: results.returnSite?.line, rule: rule,
            hint: "see docs/rule-contract.md for the shape of \(rule)'s result")
    }

    func money(_ table: LuaSlot, _ key: StaticString, path: String? = nil) throws -> VND {
        try results.withField(table, key) { slot in
            guard let amount = results.integer(slot), let value = VND(rawValue: amount) else {
                throw failure(path ?? key.description, slot, "a whole number of đồng, not negative (a Lua integer)")
            }
            return value
        }
    }

    func optionalMoney(_ table: LuaSlot, _ key: StaticString) throws -> VND {
        let isNil = results.withField(table, key) { results.isNil($0) }
        return isNil ? .zero : try money(table, key)
    }

    func date(_ table: LuaSlot, _ key: StaticString) throws -> CalendarDate {
        try results.withField(table, key) { slot in
            guard let date = results.withBytes(slot, { CalendarDate(utf8: $0) }) ?? nil else {
                throw failure(key.description, slot, "a date \"YYYY-MM-DD\"")
            }
            return date
        }
    }
}
