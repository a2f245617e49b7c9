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
                            for snapshot in snapshots { try local.add(snapshot, try comparer.compare(snapshot)) }
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
            for part in results.withLock({ $0 }) { try summary.merge(part) }
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
