public import Casework
import Foundation
import Synchronization

/// `rules diff`: what a candidate rule pack would change in the cases of a period.
///
/// Each selected case is assessed by the candidate pack and compared with its baseline (``RulesDiffBaseline``):
///
/// | case | baseline (default `.recorded`) | candidate |
/// | --- | --- | --- |
/// | open | the pack in force: `penalty.assess` as a preview on `today` | the same request to the candidate |
/// | decided, settled | the decision's recorded total, lines, decision deadline and payment due date | `penalty.assess` with the decision's date as `decided_on` and `today`; `penalty.payment_due` for a delivered decision |
///
/// With `.current`, decided cases are compared with what the pack in force computes for the same request instead of
/// what was recorded, so only the difference between the two packs shows.
///
/// ```swift
/// let report = try RulesDiff.run(
///     reader: store, selection: CaseSelection(), current: try RuleEnginePool(pack: inForce),
///     candidate: try RuleEnginePool(pack: candidate), today: today)
/// ```
///
/// The work is split into ranges of case IDs; every worker of the pools takes ranges in turn, reads them through its
/// own read session and assesses them with its own warm engines, so reading and rules run on every core and memory
/// stays constant (a range's snapshots, and the changed cases). This is the function a benchmark of "rules diff over
/// N cases" calls.
public enum RulesDiff {
    /// Case IDs per range: large enough that a range's six queries are cheap, small enough to balance workers.
    public static let defaultChunkSize = 2_048

    /// Compares every selected case; see the type's documentation.
    ///
    /// - Parameters:
    ///   - reader: Where the cases come from (`SQLiteStore`).
    ///   - current: Engines of the pack in force.
    ///   - candidate: Engines of the candidate pack.
    ///   - today: The day open cases are assessed on.
    ///   - progress: Called after each range with the cases done and the total, from worker threads.
    /// - Returns: The changed cases by ID, the totals and the totals by sector.
    /// - Throws: ``RuleError`` from either pack, naming the case; the reader's errors (``StoreError``).
    public static func run(
        reader: some CaseSnapshotReader, selection: CaseSelection, current: RuleEnginePool, candidate: RuleEnginePool,
        today: CalendarDate, baseline: RulesDiffBaseline = .recorded, chunkSize: Int = defaultChunkSize,
        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
    ) throws -> RulesDiffReport {
        let extent = try reader.caseSnapshotExtent(selection)
        var summary = DiffSummary()
        if let ids = extent.ids {
            let ranges = IDRanges(ids, chunkSize: max(1, chunkSize))
            let workers = max(1, min(current.workers, candidate.workers, ranges.count))
            let results = Mutex<[DiffSummary]>([])
            let done = Mutex(0)
            let failure = Mutex<(any Error)?>(nil)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var local = DiffSummary()
                /// Reads and compares ranges until none is left, with this worker's two engines.
                func work(_ base: RuleEngine, _ next: RuleEngine) throws {
                    var comparer = Comparer(current: base, candidate: next, today: today, baseline: baseline)
                    try reader.readCaseSnapshots { read in
                        while failure.withLock({ $0 == nil }), let range = ranges.next() {
                            let snapshots = try read(selection, range)
                            for snapshot in snapshots { local.add(snapshot, try comparer.compare(snapshot)) }
                            let total = done.withLock { count in
                                count += snapshots.count
                                return count
                            }
                            progress?(total, extent.count)
                        }
                    }
                }
                do {
                    try current.withEngine(worker: worker) { base in
                        // The same pool twice (a pack against itself) has one engine per worker, locked once.
                        if current === candidate { return try work(base, base) }
                        try candidate.withEngine(worker: worker) { next in try work(base, next) }
                    }
                } catch {
                    failure.withLock { $0 = $0 ?? error }
                }
                results.withLock { $0.append(local) }
            }
            if let error = failure.withLock({ $0 }) { throw error }
            for part in results.withLock({ $0 }) { summary.merge(part) }
        }
        return RulesDiffReport(
            currentPack: current.pack.hash, candidatePack: candidate.pack.hash, baseline: baseline,
            selection: RulesDiffReport.Selection(
                states: PenaltyCase.State.allCases.filter { selection.states.contains($0) },
                recordFrom: selection.recordFrom, recordBefore: selection.recordBefore, today: today),
            changes: summary.changes.sorted { $0.caseID.rawValue < $1.caseID.rawValue }, totals: summary.totals,
            sectors: summary.sectors.values.sorted { $0.sector < $1.sector })
    }

    /// One case under the baseline and the candidate.
    public struct Comparison: Sendable, Equatable {
        public var old: Figures
        public var new: Figures
        /// Refusal codes of the candidate that the baseline did not raise.
        public var newProblems: [String]

        /// The figures compared.
        public struct Figures: Sendable, Equatable {
            public var fineVND: VND
            /// Per line, in the order of the case's violations (empty when unknown).
            public var lineFinesVND: [VND]
            public var decisionDueOn: CalendarDate
            /// `nil` for a decision not yet delivered, and for open cases.
            public var paymentDueOn: CalendarDate?
            public init(fineVND: VND, lineFinesVND: [VND], decisionDueOn: CalendarDate, paymentDueOn: CalendarDate?) {
                self.fineVND = fineVND
                self.lineFinesVND = lineFinesVND
                self.decisionDueOn = decisionDueOn
                self.paymentDueOn = paymentDueOn
            }
        }

        /// Whether anything compared differs.
        public var isChange: Bool {
            old.fineVND != new.fineVND || old.decisionDueOn != new.decisionDueOn || old.paymentDueOn != new.paymentDueOn
                || !newProblems.isEmpty
        }
    }

    /// Compares one case (see the type's table).
    ///
    /// - Throws: ``RuleError`` from either engine, with the case named in its message.
    public static func compare(
        _ snapshot: CaseSnapshot, current: RuleEngine, candidate: RuleEngine, today: CalendarDate,
        baseline: RulesDiffBaseline = .recorded
    ) throws(RuleError) -> Comparison {
        var comparer = Comparer(current: current, candidate: candidate, today: today, baseline: baseline)
        return try comparer.compare(snapshot)
    }
}

/// Compares cases with one worker's two engines.
///
/// Payment due dates are remembered per engine by (violator, decision date, receipt date): the contract makes every
/// entry point a function of its request alone, and thousands of decisions share those three values, so
/// `penalty.payment_due` runs once for each distinct triple instead of once per case.
private struct Comparer {
    let current: RuleEngine
    let candidate: RuleEngine
    let today: CalendarDate
    let baseline: RulesDiffBaseline
    private var paymentDue: [ObjectIdentifier: [PaymentDueKey: CalendarDate]] = [:]

    private struct PaymentDueKey: Hashable {
        var isOrganization: Bool
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
                isOrganization: snapshot.violatorKind == .organization, decidedOn: decision.decidedOn.dayNumber,
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

extension RulesDiff.Comparison.Figures {
    init(_ figures: AssessmentFigures, paymentDueOn: CalendarDate?) {
        self.init(
            fineVND: figures.totalFineVND, lineFinesVND: figures.lineFinesVND, decisionDueOn: figures.decisionDueOn,
            paymentDueOn: paymentDueOn)
    }
}

/// The ranges of IDs still to read, handed out in order to whichever worker asks.
private final class IDRanges: Sendable {
    let count: Int
    private let first: Int64
    private let end: Int64
    private let size: Int64
    private let taken = Mutex(0)

    init(_ ids: ClosedRange<Int64>, chunkSize: Int) {
        first = ids.lowerBound
        end = ids.upperBound + 1
        size = Int64(chunkSize)
        count = Int((end - first + size - 1) / size)
    }

    func next() -> Range<Int64>? {
        let index = taken.withLock { taken in
            defer { taken += 1 }
            return taken
        }
        guard index < count else { return nil }
        let start = first + Int64(index) * size
        return start..<min(end, start + size)
    }
}

/// What one worker found: changed cases and running totals, merged at the end.
struct DiffSummary {
    var changes: [CaseChange] = []
    var totals = DiffTotals()
    /// By sector, in order of first appearance: a handful of sectors, so a linear search beats hashing the code.
    var sectorList: [SectorDiff] = []
    var sectors: [String: SectorDiff] { Dictionary(uniqueKeysWithValues: sectorList.map { ($0.sector, $0) }) }

    mutating func add(_ snapshot: CaseSnapshot, _ comparison: RulesDiff.Comparison) {
        let old = comparison.old
        let new = comparison.new
        let changed = comparison.isChange
        totals.cases += 1
        totals.oldTotalVND += old.fineVND.rawValue
        totals.newTotalVND += new.fineVND.rawValue
        if changed {
            totals.casesChanged += 1
            if old.fineVND != new.fineVND { totals.finesChanged += 1 }
            if old.decisionDueOn != new.decisionDueOn { totals.decisionDueChanged += 1 }
            if old.paymentDueOn != new.paymentDueOn { totals.paymentDueChanged += 1 }
            changes.append(
                CaseChange(
                    caseID: snapshot.id, recordNumber: snapshot.recordNumber, state: snapshot.state,
                    fine: old.fineVND == new.fineVND ? nil : Change(old: old.fineVND, new: new.fineVND),
                    decisionDueOn: old.decisionDueOn == new.decisionDueOn
                        ? nil : Change(old: old.decisionDueOn, new: new.decisionDueOn),
                    paymentDueOn: old.paymentDueOn == new.paymentDueOn || old.paymentDueOn == nil || new.paymentDueOn == nil
                        ? nil : Change(old: old.paymentDueOn!, new: new.paymentDueOn!),
                    newProblems: comparison.newProblems))
        }
        // Each line counts in its violation's sector; a case counts once in each of its sectors.
        let violations = snapshot.violations
        if violations.count == 1 {
            let fineChanged = old.fineVND != new.fineVND
            addSector(violations[0].sector, old: old.fineVND.rawValue, new: new.fineVND.rawValue, changed: fineChanged)
            return
        }
        var seen: [(sector: String, old: Int64, new: Int64)] = []
        for (index, violation) in violations.enumerated() {
            let oldLine = index < old.lineFinesVND.count ? old.lineFinesVND[index].rawValue : 0
            let newLine = index < new.lineFinesVND.count ? new.lineFinesVND[index].rawValue : 0
            if let at = seen.firstIndex(where: { $0.sector == violation.sector }) {
                seen[at].old += oldLine
                seen[at].new += newLine
            } else {
                seen.append((violation.sector, oldLine, newLine))
            }
        }
        for entry in seen { addSector(entry.sector, old: entry.old, new: entry.new, changed: entry.old != entry.new) }
    }

    private mutating func addSector(_ sector: String, old: Int64, new: Int64, changed: Bool) {
        addSector(SectorDiff(sector: sector, cases: 1, casesChanged: changed ? 1 : 0, oldTotalVND: old, newTotalVND: new))
    }

    private mutating func addSector(_ part: SectorDiff) {
        guard let index = sectorList.firstIndex(where: { $0.sector == part.sector }) else {
            sectorList.append(part)
            return
        }
        sectorList[index].cases += part.cases
        sectorList[index].casesChanged += part.casesChanged
        sectorList[index].oldTotalVND += part.oldTotalVND
        sectorList[index].newTotalVND += part.newTotalVND
    }

    mutating func merge(_ other: DiffSummary) {
        changes += other.changes
        totals.add(other.totals)
        for part in other.sectorList { addSector(part) }
    }
}
