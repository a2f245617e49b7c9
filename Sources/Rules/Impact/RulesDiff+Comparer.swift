import Casework

/// Compares cases with one worker's two engines.
///
/// Payment due dates are remembered per engine by (violator, decision date, receipt date): the contract makes every
/// entry point a function of its request alone, and thousands of decisions share those three values, so
/// `penalty.payment_due` runs once for each distinct triple instead of once per case.
struct Comparer {
    let current: RuleEngine
    let candidate: RuleEngine
    let today: CalendarDate
    let baseline: RulesDiffBaseline
    private var paymentDue: [ObjectIdentifier: [PaymentDueKey: CalendarDate]] = [:]

    private struct PaymentDueKey: Hashable {
        var violator: Subject.Kind
        var decidedOn: Int
        var receivedOn: Int
    }

    init(current: RuleEngine, candidate: RuleEngine, today: CalendarDate, baseline: RulesDiffBaseline) {
        self.current = current
        self.candidate = candidate
        self.today = today
        self.baseline = baseline
    }

    mutating func compare(_ snapshot: CaseSnapshot) throws(RuleError) -> RulesDiff.Comparison {
        typealias Comparison = RulesDiff.Comparison
        do {
            guard let decision = snapshot.decision else {
                let old = try current.assessFigures(snapshot, decidedOn: nil, today: today)
                let new = try candidate.assessFigures(snapshot, decidedOn: nil, today: today)
                return Comparison(
                    old: Comparison.Figures(old, paymentDueOn: nil), new: Comparison.Figures(new, paymentDueOn: nil),
                    newProblems: new.problemCodes.filter { !old.problemCodes.contains($0) })
            }
            if snapshot.violations.contains(where: \.isBasisInWords) {
                // A decision of the years before the catalog, its violations given by their legal basis in words:
                // no pack computes it, so no pack changes it; it stands as recorded.
                let recorded = Comparison.Figures(
                    fineVND: decision.totalFineVND, lineFinesVND: decision.lineFinesVND,
                    decisionDueOn: snapshot.decisionDueOn, paymentDueOn: decision.paymentDueOn)
                return Comparison(old: recorded, new: recorded, newProblems: [])
            }
            let (new, newCodes) = try figures(snapshot, decision, candidate)
            switch baseline {
            case .recorded:
                let old = Comparison.Figures(
                    fineVND: decision.totalFineVND, lineFinesVND: decision.lineFinesVND,
                    decisionDueOn: snapshot.decisionDueOn, paymentDueOn: decision.paymentDueOn)
                return Comparison(old: old, new: new, newProblems: newCodes)
            case .current:
                let (old, oldCodes) = try figures(snapshot, decision, current)
                return Comparison(old: old, new: new, newProblems: newCodes.filter { !oldCodes.contains($0) })
            }
        } catch {
            var located = error
            located.message += " (case #\(snapshot.id), record \(snapshot.recordNumber))"
            throw located
        }
    }

    /// What `engine` computes for a decided case: assessed with the decision's date, and its payment due date.
    private mutating func figures(_ snapshot: CaseSnapshot, _ decision: RecordedDecision, _ engine: RuleEngine)
        throws(RuleError) -> (RulesDiff.Comparison.Figures, [String])
    {
        let assessed = try engine.assessFigures(snapshot, decidedOn: decision.decidedOn, today: decision.decidedOn)
        var due: CalendarDate?
        if let receivedOn = decision.receivedOn {
            let key = PaymentDueKey(
                violator: snapshot.violatorKind, decidedOn: decision.decidedOn.dayNumber,
                receivedOn: receivedOn.dayNumber)
            let engineID = ObjectIdentifier(engine)
            if let known = paymentDue[engineID]?[key] {
                due = known
            } else {
                let computed = try engine.paymentDueDate(
                    violator: snapshot.violatorKind, decidedOn: decision.decidedOn, receivedOn: receivedOn)
                paymentDue[engineID, default: [:]][key] = computed
                due = computed
            }
        }
        return (RulesDiff.Comparison.Figures(assessed, paymentDueOn: due), assessed.problemCodes)
    }
}
