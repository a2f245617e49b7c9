import Casework
import Foundation
import GRDB
import Rules

@testable import Store

/// A deterministic generator of penalty cases in realistic proportions, written straight into a store.
///
/// Same `seed` and `count`, same cases. Record dates spread evenly over 2022-03-01 … `today`; 70 % of cases have
/// one violation, 25 % two, 5 % three, each committed up to 60 days before the record with a code in force then;
/// 40 % organizations; 40 % have mitigating and 20 % aggravating circumstances. States: every case recorded in the
/// last fortnight is open; of the others 3 % open, 4 % cancelled, 33 % decided (90 % of them delivered), 60 %
/// settled (delivered and paid). Fines, deadlines and payment due dates come from `pool`'s pack (the fast paths),
/// so a diff against the same pack changes nothing.
///
/// ```sh
/// THANHTRA_SYNTHETIC_DB=/tmp/cases.sqlite THANHTRA_SYNTHETIC_CASES=1000000 swift test --filter generateSyntheticDatabase
/// ```
struct SyntheticCases {
    var count: Int
    var seed: UInt64 = 2026
    var today = CalendarDate(year: 2026, month: 11, day: 23)!
    var subjects = 1_000
    var batchSize = 20_000

    /// Generates the cases into `store` (whose schema exists), `batchSize` per transaction and journal entry.
    func write(into store: SQLiteStore, pool: RuleEnginePool) throws {
        let catalog = try pool.withEngine(worker: 0) { try $0.catalog(on: nil, sector: nil) }
        let circumstances = try pool.withEngine(worker: 0) { try $0.circumstances() }
        let mitigating = circumstances.mitigating.map(\.code)
        let aggravating = circumstances.aggravating.map(\.code)
        let context = CommandContext(actor: "generator", timestamp: "\(today)T08:00:00+07:00", packHash: pool.pack.hash)
        try store.perform("synthetic subjects", payload: ["count": subjects], context: context) { db in
            let insert = try db.cachedStatement(
                sql: "INSERT INTO subject (kind, identifier, name, nameFolded, address) VALUES (?, ?, ?, ?, ?)")
            for number in 1...subjects {
                let organization = number % 5 < 2
                try insert.execute(arguments: [
                    organization ? "organization" : "person",
                    organization ? String(format: "01%08d", number) : String(format: "0010%08d", number),
                    "Đối tượng \(number)", "doi tuong \(number)", "Hà Nội",
                ])
            }
        }
        var generator = Random(seed: seed)
        let first = CalendarDate(year: 2022, month: 3, day: 1)!
        let span = first.days(to: today.adding(days: -1))
        for start in stride(from: 0, to: count, by: batchSize) {
            let end = min(count, start + batchSize)
            var drafts: [Draft] = []
            drafts.reserveCapacity(end - start)
            for number in start..<end {
                drafts.append(
                    makeDraft(
                        number: number, &generator, first: first, span: span, catalog: catalog,
                        mitigating: mitigating, aggravating: aggravating))
            }
            let decided = try pool.map(drafts) { engine, draft in try decide(draft, engine: engine) }
            try store.perform("synthetic cases", payload: ["from": start + 1, "to": end], context: context) { db in
                try insert(decided, db, pack: pool.pack.hash)
            }
        }
    }

    /// A case before the rules have computed its figures.
    struct Draft: Sendable {
        var number: Int
        var subject: Int
        var snapshot: CaseSnapshot
        /// Days from the record to the decision, and from the decision to its delivery (`nil`: not delivered).
        var decideAfter: Int
        var deliverAfter: Int?
        var cancelled: Bool
        var frames: [(min: VND, max: VND)]
    }

    private func makeDraft(
        number: Int, _ random: inout Random, first: CalendarDate, span: Int, catalog: [CatalogEntry],
        mitigating: [String], aggravating: [String]
    ) -> Draft {
        let recordOn = first.adding(days: random.below(span + 1))
        let subject = random.below(subjects) + 1
        let kind: Subject.Kind = (subject - 1) % 5 < 2 ? .organization : .person
        let roll = random.below(100)
        let violationCount = roll < 70 ? 1 : roll < 95 ? 2 : 3
        var violations: [CaseViolation] = []
        var frames: [(min: VND, max: VND)] = []
        for _ in 0..<violationCount {
            let committed = recordOn.adding(days: -random.below(61))
            let inForce = catalog.filter {
                ($0.effectiveFrom ?? first) <= committed && ($0.effectiveTo.map { committed <= $0 } ?? true)
            }
            let entry = inForce[random.below(inForce.count)]
            violations.append(
                CaseViolation(code: entry.code, sector: entry.sector, committedOn: committed, endedOn: committed, detectedOn: nil))
            frames.append((entry.frameMinVND, entry.frameMaxVND))
        }
        func codes(_ list: [String], percent: Int) -> [String] {
            guard random.below(100) < percent else { return [] }
            return Array(list.shuffledDeterministically(&random).prefix(random.below(2) + 1))
        }
        let recent = recordOn.days(to: today) <= 14
        let state = random.below(100)
        let snapshot = CaseSnapshot(
            id: PenaltyCase.ID(rawValue: Int64(number + 1)), recordNumber: "BB-\(number + 1)/\(recordOn.year)",
            state: recent || state < 7 ? .open : state < 40 ? .decided : .settled, violatorKind: kind,
            recordOn: recordOn, facts: CaseFacts(isComplex: random.below(100) < 5), decisionDueOn: recordOn,
            mitigating: codes(mitigating, percent: 40), aggravating: codes(aggravating, percent: 20),
            violations: violations, decision: nil)
        return Draft(
            number: number, subject: subject, snapshot: snapshot, decideAfter: random.below(5) + 1,
            deliverAfter: random.below(10) < 9 ? random.below(4) : nil, cancelled: !recent && (3..<7).contains(state),
            frames: frames)
    }

    /// Fills in the figures the rules compute: the decision deadline, and for a decided case its fines and dates.
    private func decide(_ draft: Draft, engine: RuleEngine) throws -> Draft {
        var draft = draft
        var snapshot = draft.snapshot
        let opened = try engine.assessFigures(snapshot, decidedOn: nil, today: snapshot.recordOn)
        snapshot.decisionDueOn = opened.decisionDueOn
        if snapshot.state != .open {
            let decidedOn = snapshot.recordOn.adding(days: draft.decideAfter)
            let figures = try engine.assessFigures(snapshot, decidedOn: decidedOn, today: decidedOn)
            if figures.problemCodes.isEmpty {
                var decision = RecordedDecision(
                    decidedOn: decidedOn, totalFineVND: figures.totalFineVND, lineFinesVND: figures.lineFinesVND,
                    receivedOn: nil, paymentDueOn: nil)
                if let after = draft.deliverAfter ?? (snapshot.state == .settled ? 0 : nil) {
                    let received = decidedOn.adding(days: after)
                    decision.receivedOn = received
                    decision.paymentDueOn = try engine.paymentDueDate(
                        violator: snapshot.violatorKind, decidedOn: decidedOn, receivedOn: received)
                }
                if figures.totalFineVND == .zero { snapshot.state = .settled }
                snapshot.decision = decision
            } else {
                snapshot.state = .open
            }
        }
        draft.snapshot = snapshot
        return draft
    }

    private func insert(_ drafts: [Draft], _ db: Database, pack: String) throws {
        let caseRow = try db.cachedStatement(
            sql: """
                INSERT INTO penaltyCase (
                    id, subjectId, violatorKind, recordNumber, recordMadeOn, recordPlace, openedOn, decisionDueOn,
                    openedWithPack, state, isComplex, explanationRequested, isMinor, extensionDays, extensionReason,
                    cancelledOn, cancellationReason)
                VALUES (?, ?, ?, ?, ?, 'Hà Nội', ?, ?, ?, ?, ?, 0, 0, 0, NULL, ?, ?)
                """)
        let violationRow = try db.cachedStatement(
            sql: """
                INSERT INTO caseViolation (caseId, position, code, sector, committedOn, endedOn, detectedOn, illegalGainVND)
                VALUES (?, ?, ?, ?, ?, ?, NULL, 0)
                """)
        let circumstanceRow = try db.cachedStatement(
            sql: "INSERT INTO caseCircumstance (caseId, kind, position, code) VALUES (?, ?, ?, ?)")
        let decisionRow = try db.cachedStatement(
            sql: """
                INSERT INTO penaltyDecision (
                    caseId, number, decidedOn, signerTitle, signerName, totalFineVND, totalRemedialVND, packHash, steps,
                    receivedOn, paymentDueOn, enforcementExpiresOn)
                VALUES (?, ?, ?, 'chanh_thanh_tra_so', '', ?, 0, ?, '[]', ?, ?, ?)
                """)
        let lineRow = try db.cachedStatement(
            sql: """
                INSERT INTO decisionLine (
                    caseId, position, code, title, legalBasis, sector, frameMinVND, frameMaxVND, fineVND, isWarning,
                    remedies, remedialVND, steps)
                VALUES (?, ?, ?, '', '', ?, ?, ?, ?, ?, '[]', 0, '[]')
                """)
        let paymentRow = try db.cachedStatement(
            sql: "INSERT INTO payment (caseId, position, paidOn, amountVND, surchargeVND, receipt) VALUES (?, 0, ?, ?, 0, ?)")
        for draft in drafts {
            let snapshot = draft.snapshot
            let id = snapshot.id.rawValue
            let cancelled = draft.cancelled && snapshot.decision == nil
            try caseRow.execute(arguments: [
                id, draft.subject, snapshot.violatorKind.rawValue, snapshot.recordNumber, snapshot.recordOn.databaseValue,
                snapshot.recordOn.databaseValue, snapshot.decisionDueOn.databaseValue, pack, cancelled ? "cancelled" : snapshot.state.rawValue,
                snapshot.facts.isComplex, (cancelled ? snapshot.recordOn.adding(days: 3) : nil).databaseValue,
                cancelled ? "hủy theo quyết định" : nil,
            ])
            for (position, violation) in snapshot.violations.enumerated() {
                try violationRow.execute(arguments: [
                    id, position, violation.code, violation.sector, violation.committedOn.databaseValue, violation.endedOn.databaseValue,
                ])
            }
            for (kind, codes) in [("mitigating", snapshot.mitigating), ("aggravating", snapshot.aggravating)] {
                for (position, code) in codes.enumerated() { try circumstanceRow.execute(arguments: [id, kind, position, code]) }
            }
            guard let decision = snapshot.decision else { continue }
            try decisionRow.execute(arguments: [
                id, "QĐ-\(id)", decision.decidedOn.databaseValue, decision.totalFineVND.databaseValue, pack, decision.receivedOn.databaseValue,
                decision.paymentDueOn.databaseValue, decision.decidedOn.adding(months: 12).databaseValue,
            ])
            for (position, violation) in snapshot.violations.enumerated() {
                let fine = position < decision.lineFinesVND.count ? decision.lineFinesVND[position] : .zero
                try lineRow.execute(arguments: [
                    id, position, violation.code, violation.sector, draft.frames[position].min.databaseValue, draft.frames[position].max.databaseValue,
                    fine.databaseValue, fine == .zero,
                ])
            }
            if snapshot.state == .settled, decision.totalFineVND > .zero, let received = decision.receivedOn {
                try paymentRow.execute(arguments: [id, received.adding(days: 5).databaseValue, decision.totalFineVND.databaseValue, "BL-\(id)"])
            }
        }
    }
}

/// xorshift64*: small, fast and the same on every platform.
struct Random {
    private var state: UInt64
    init(seed: UInt64) { state = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed }
    mutating func next() -> UInt64 {
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }
    /// A number in `0..<bound`.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }
}

extension Array {
    func shuffledDeterministically(_ random: inout Random) -> [Element] {
        var items = self
        guard items.count > 1 else { return items }
        for index in stride(from: items.count - 1, to: 0, by: -1) { items.swapAt(index, random.below(index + 1)) }
        return items
    }
}
