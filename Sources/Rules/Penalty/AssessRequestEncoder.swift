import Casework
import LuaBridge

extension LuaArgumentWriter {
    /// Pushes the assess request as the positional values the host adapter (``HostAdapters``) turns into the
    /// request table of docs/rule-contract.md: the one encoder of the request, for the checked call
    /// (``RuleEngine/assess(_:)``) and the figures of bulk work (``RuleEngine/assessFigures(_:decidedOn:today:)``)
    /// alike.
    ///
    /// Stack: [] → [nm, na, nv, violator, minor, record_on, decided_on, today, complex, explanation_requested,
    /// extension_days, signer, quiet, mitigating codes…, aggravating codes…, per violation: code, committed_on,
    /// ended_on, detected_on, illegal_gain_vnd, the counts of its own mitigating and aggravating codes, those codes].
    ///
    /// - Parameter quiet: Tells the pack it may leave out the explanation steps; `false` pushes `nil`, so the
    ///   request has no `quiet` key.
    func pushAssessRequest(
        violator: Subject.Kind, facts: CaseFacts, recordOn: CalendarDate, decidedOn: CalendarDate?, today: CalendarDate,
        signer: String?, quiet: Bool, mitigating: [String], aggravating: [String], violations: [CaseViolation]
    ) throws {
        let ownCodes = violations.reduce(0) { $0 + $1.mitigating.count + $1.aggravating.count }
        try reserve(13 + mitigating.count + aggravating.count + 7 * violations.count + ownCodes)
        push(Int64(mitigating.count))
        push(Int64(aggravating.count))
        push(Int64(violations.count))
        push(violator.ruleWord)
        push(facts.isMinor)
        recordOn.withUTF8 { push(bytes: $0) }
        if let decidedOn { decidedOn.withUTF8 { push(bytes: $0) } } else { pushNil() }
        today.withUTF8 { push(bytes: $0) }
        push(facts.isComplex)
        push(facts.explanationRequested)
        push(Int64(facts.extensionDays))
        if let signer { push(signer) } else { pushNil() }
        if quiet { push(true) } else { pushNil() }
        for code in mitigating { push(code) }
        for code in aggravating { push(code) }
        for violation in violations {
            push(violation.code)
            violation.committedOn.withUTF8 { push(bytes: $0) }
            if let ended = violation.endedOn { ended.withUTF8 { push(bytes: $0) } } else { pushNil() }
            if let detected = violation.detectedOn { detected.withUTF8 { push(bytes: $0) } } else { pushNil() }
            push(violation.illegalGainVND.rawValue)
            push(Int64(violation.mitigating.count))
            push(Int64(violation.aggravating.count))
            for code in violation.mitigating { push(code) }
            for code in violation.aggravating { push(code) }
        }
    }

    /// Pushes `penalty.payment_due` and its request as positional values for the host adapter (``HostAdapters``),
    /// the one encoder of that request for the checked call and the fast path alike.
    ///
    /// Stack: [] → [penalty.payment_due, violator, decided_on, received_on].
    func pushPaymentDueRequest(violator: Subject.Kind, decidedOn: CalendarDate, receivedOn: CalendarDate) throws {
        guard try pushFunction(RuleEngine.root, ["penalty", "payment_due"]) else {
            throw LuaError(kind: .notFound, message: "no function 'penalty.payment_due'")
        }
        try reserve(3)
        push(violator.ruleWord)
        decidedOn.withUTF8 { push(bytes: $0) }
        receivedOn.withUTF8 { push(bytes: $0) }
    }
}
