import ArgumentParser
import Casework
import Foundation
import GRDB
import Rules
import Store

/// The benchmark's data: a deterministic generator of penalty cases and inspections in realistic proportions,
/// written straight into a database that `thanhtra init` created (its schema, settings and rule pack).
///
/// Cases and inspections are spread evenly from `--from` to `--through` in the order of their IDs, as a live
/// database numbers them. Proportions (per case): 70 % of subjects are persons; 85 % of cases have one violation, 15 % two, each a catalog
/// code in force on the day it was committed; 20 % have one or two mitigating circumstances, 10 % aggravating ones.
/// Cases recorded in the last 8 days before `--today` are open; of the others 1 % are cancelled and the rest decided
/// 1–6 days after the record, with the fine the rules give (`penalty.fine_amount`). Of decided fines, 88 % are paid
/// in full (some late, with the 0.05 %/day surcharge), 5 % half paid, 7 % unpaid. Inspections: 60 % scheduled, 30 %
/// unscheduled, 10 % regular; those opened more than 120 days before `--today` are concluded and closed, with one
/// or two findings, a recovery recommendation each, and a follow-up on half of them.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Fill a database made by `thanhtra init` with generated cases and inspections (deterministic).")

    @Option(help: "The database (created by `thanhtra init --db PATH`).") var db: String
    @Option(help: "The rules folder (its catalog gives the violation codes and frames).") var rules: String = "rules"
    @Option(help: "Penalty cases.") var cases: Int = 1_000_000
    @Option(help: "Inspections.") var inspections: Int = 0
    @Option(help: "Subjects (default: cases / 50, at least 1000).") var subjects: Int?
    @Option(help: "First record date.") var from: String = "2021-01-01"
    @Option(help: "Last record date.") var through: String = "2026-10-31"
    @Option(help: "The day the data is as of.") var today: String = "2026-11-23"
    @Option(help: "Seed of the generator.") var seed: UInt64 = 2026

    func run() throws {
        guard let first = CalendarDate(from), let last = CalendarDate(through), let today = CalendarDate(today),
            first <= last
        else { throw ValidationError("--from, --through and --today must be dates YYYY-MM-DD, from ≤ through") }
        let start = now()
        var generator = try CaseGenerator(
            rules: rules, first: first, last: last, today: today, seed: seed,
            subjects: subjects ?? max(1000, cases / 50))
        try generator.write(to: db, cases: cases, inspections: inspections)
        FileHandle.standardError.write(Data(String(
            format: "generate: %d cases, %d inspections, %d subjects in %.1f s\n", cases, inspections,
            generator.subjectCount, now() - start).utf8))
    }
}

/// splitmix64 as a stream.
struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

struct CaseGenerator {
    /// Luật Thanh tra 2025 takes effect: inspections opened before it are of the category `hanh_chinh`.
    static let inspectionLaw2025 = CalendarDate(year: 2025, month: 7, day: 1)!   // force unwrap: a valid literal date
    let engine: RuleEngine
    let catalog: [CatalogEntry]
    let mitigating: [String]
    let aggravating: [String]
    let first: CalendarDate
    let last: CalendarDate
    let today: CalendarDate
    let subjectCount: Int
    var random: SplitMix

    init(rules: String, first: CalendarDate, last: CalendarDate, today: CalendarDate, seed: UInt64, subjects: Int) throws {
        engine = try RuleEngine(pack: RulePack.load(from: rules))
        catalog = try engine.catalog(on: nil, sector: nil)
        let circumstances = try engine.circumstances()
        mitigating = circumstances.mitigating.map(\.code)
        aggravating = circumstances.aggravating.map(\.code)
        guard !catalog.isEmpty, !mitigating.isEmpty, !aggravating.isEmpty else {
            throw ValidationError("the rules in \(rules) have an empty catalog or no circumstances")
        }
        self.first = first
        self.last = last
        self.today = today
        self.subjectCount = subjects
        random = SplitMix(state: seed)
    }

    /// A catalog entry in force on `day` (entries are tried at random; the first in force wins).
    mutating func entry(on day: CalendarDate) -> CatalogEntry {
        for _ in 0..<64 {
            let entry = catalog[random.below(catalog.count)]
            if (entry.effectiveFrom.map { $0 <= day } ?? true) && (entry.effectiveTo.map { day <= $0 } ?? true) {
                return entry
            }
        }
        return catalog[0]
    }

    mutating func write(to path: String, cases: Int, inspections: Int) throws {
        var configuration = Configuration()
        configuration.journalMode = .default
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.writeWithoutTransaction { db in
            guard let pack = try String.fetchOne(db, sql: "SELECT hash FROM rulePack ORDER BY recordedAt LIMIT 1") else {
                throw ValidationError("\(path) has no rule pack: run `thanhtra init --db \(path)` first")
            }
            try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144")
            // Only the penalty tables' indexes: the follow-up stock's triggers (2026-12-12) look an inspection's
            // recommendations and a recommendation's follow-ups up by these tables' indexes, and without them each
            // row scanned the tables written so far (4 000 inspections took 206 s, growing with their square).
            let tables = [
                "subject", "penaltyCase", "caseViolation", "caseCircumstance", "penaltyDecision", "decisionLine",
                "payment",
            ]
            let indexes = try Row.fetchAll(
                db,
                sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ("
                    + tables.map { "'\($0)'" }.joined(separator: ",") + ")")
            for index in indexes { try db.execute(sql: "DROP INDEX \(index["name"] as String)") }
            try db.inTransaction {
                try writeSubjects(db)
                try writeCases(db, count: cases, pack: pack)
                try writeInspections(db, count: inspections)
                return .commit
            }
            progress("generate: building \(indexes.count) indexes")
            for index in indexes { try db.execute(sql: index["sql"] as String) }
            // The rows went in without journal entries: one entry vouches for them and seals them, so that
            // `thanhtra journal verify` proves the generated tables like any others (docs/journal.md).
            progress("generate: sealing the generated rows")
            try db.inTransaction {
                try SQLiteStore.sealRowsWrittenOutsideCommands(
                    db, command: "bench generate",
                    note: "rows written straight into the tables by thanhtra-bench generate (\(cases) "
                        + "cases, \(inspections) inspections), sealed as they stood",
                    context: CommandContext(actor: "thanhtra-bench", timestamp: SQLiteStore.wallClockTimestamp()))
                return .commit
            }
            try db.execute(sql: "PRAGMA journal_mode = WAL")
        }
    }

    /// A date as the schema stores it, `YYYY-MM-DD` text.
    func d(_ date: CalendarDate) -> String { date.description }

    func progress(_ line: String) { FileHandle.standardError.write(Data((line + "\n").utf8)) }

    mutating func writeSubjects(_ db: Database) throws {
        let insert = try db.makeStatement(
            sql: "INSERT INTO subject (id, kind, identifier, name, nameFolded, address) VALUES (?, ?, ?, ?, ?, ?)")
        for id in 1...subjectCount {
            let person = id % 10 < 7
            let name = person ? "Nguyễn Văn \(id)" : "Công ty TNHH \(id)"
            try insert.execute(arguments: [
                id, person ? "person" : "organization", String(format: "%010d", id), name,
                person ? "nguyen van \(id)" : "cong ty tnhh \(id)", "Số \(id % 500 + 1), Hà Nội",
            ])
        }
    }

    func isOrganization(_ subject: Int) -> Bool { subject % 10 >= 7 }

    mutating func writeCases(_ db: Database, count: Int, pack: String) throws {
        guard count > 0 else { return }
        let insertCase = try db.makeStatement(sql: """
            INSERT INTO penaltyCase (id, subjectId, violatorKind, recordNumber, recordMadeOn, recordPlace, openedOn,
                decisionDueOn, openedWithPack, state, isComplex, explanationRequested, isMinor, extensionDays,
                cancelledOn, cancellationReason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?, ?)
            """)
        let insertViolation = try db.makeStatement(sql: """
            INSERT INTO caseViolation (caseId, position, code, sector, committedOn, endedOn, detectedOn, illegalGainVND)
            VALUES (?, ?, ?, ?, ?, ?, ?, 0)
            """)
        let insertCircumstance = try db.makeStatement(
            sql: "INSERT INTO caseCircumstance (caseId, kind, position, code) VALUES (?, ?, ?, ?)")
        let insertDecision = try db.makeStatement(sql: """
            INSERT INTO penaltyDecision (caseId, number, decidedOn, signerTitle, signerName, totalFineVND,
                totalRemedialVND, packHash, steps, receivedOn, paymentDueOn, enforcementExpiresOn)
            VALUES (?, ?, ?, 'chanh_thanh_tra_so', 'Lê Văn C', ?, 0, ?, '[]', ?, ?, ?)
            """)
        let insertLine = try db.makeStatement(sql: """
            INSERT INTO decisionLine (caseId, position, code, title, legalBasis, sector, frameMinVND, frameMaxVND,
                fineVND, isWarning, remedies, remedialVND, steps)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', 0, '[]')
            """)
        let insertPayment = try db.makeStatement(sql: """
            INSERT INTO payment (caseId, position, paidOn, amountVND, surchargeVND, receipt) VALUES (?, 0, ?, ?, ?, ?)
            """)
        let span = first.days(to: last) + 1
        let openFrom = today.adding(days: -8)
        var step = max(1, count / 10)
        if count < 100_000 { step = count }
        for id in 1...count {
            if id % step == 0 { progress("generate: \(id) / \(count) cases") }
            let subject = 1 + random.below(subjectCount)
            let organization = isOrganization(subject)
            // Cases are numbered in the order they are recorded, as in a live database: the record date grows with
            // the ID (a few days of jitter), so a month's cases sit together in the file.
            let recordOn = first.adding(days: min(span - 1, (id - 1) * span / count + random.below(3)))
            let committedOn = recordOn.adding(days: -random.below(6))
            let violations = random.below(100) < 85 ? 1 : 2
            var entries: [CatalogEntry] = []
            for _ in 0..<violations { entries.append(entry(on: committedOn)) }
            if entries.count == 2 && entries[0].code == entries[1].code { entries.removeLast() }
            let m = random.below(100) < 20 ? 1 + random.below(2) : 0
            let a = random.below(100) < 10 ? 1 + random.below(2) : 0
            let cancelled = recordOn < openFrom && random.below(100) == 0
            let decided = recordOn < openFrom && !cancelled
            let recordNumber = "BB-\(id)"

            var fines: [FineAmount] = []
            if decided {
                for entry in entries {
                    fines.append(try engine.fineAmount(FineQuestion(
                        violator: organization ? .organization : .person,
                        statedFor: entry.statedFor == "organization" ? .organization : .person,
                        frameMinVND: entry.frameMinVND, frameMaxVND: entry.frameMaxVND, capVND: nil,
                        warningAllowed: entry.warningAllowed, isMinor: false, mitigating: m, aggravating: a)))
                }
            }
            let total = fines.reduce(Int64(0)) { $0 + $1.fineVND.rawValue }
            let decidedOn = recordOn.adding(days: 1 + random.below(6))
            let receivedOn = decidedOn.adding(days: random.below(4))
            let dueOn = receivedOn.adding(days: 10)
            var paidOn: CalendarDate?
            var paid: Int64 = 0
            if decided && total > 0 {
                let roll = random.below(100)
                if roll < 93 {
                    paidOn = receivedOn.adding(days: random.below(roll < 80 ? 10 : 30))
                    paid = roll < 88 ? total : total / 2
                    if let day = paidOn, day > today { paidOn = nil; paid = 0 }
                }
            }
            let state = cancelled ? "cancelled" : !decided ? "open" : (total == 0 || paid == total) ? "settled" : "decided"
            try insertCase.execute(arguments: [
                id, subject, organization ? "organization" : "person", recordNumber, d(recordOn), "Hà Nội", d(recordOn),
                d(recordOn.adding(days: 7)), pack, state,
                cancelled ? d(recordOn.adding(days: 2)) : nil, cancelled ? "Huỷ do lập biên bản sai đối tượng" : nil,
            ])
            for (position, entry) in entries.enumerated() {
                try insertViolation.execute(arguments: [
                    id, position, entry.code, entry.sector, d(committedOn), d(committedOn), d(recordOn),
                ])
            }
            for position in 0..<m {
                try insertCircumstance.execute(arguments: [id, "mitigating", position, mitigating[position % mitigating.count]])
            }
            for position in 0..<a {
                try insertCircumstance.execute(arguments: [id, "aggravating", position, aggravating[position % aggravating.count]])
            }
            guard decided else { continue }
            try insertDecision.execute(arguments: [
                id, "QD-\(id)/QĐ-XPHC", d(decidedOn), total, pack, d(receivedOn), d(dueOn), d(decidedOn.adding(months: 12)),
            ])
            for (position, (entry, fine)) in zip(entries, fines).enumerated() {
                try insertLine.execute(arguments: [
                    id, position, entry.code, entry.title, entry.basis, entry.sector, fine.frameMinVND.rawValue,
                    fine.frameMaxVND.rawValue, fine.fineVND.rawValue, fine.isWarning,
                ])
            }
            if let paidOn, paid > 0 {
                let late = max(0, dueOn.days(to: paidOn))
                let surcharge = paid == total ? total * 5 * Int64(late) / 10_000 : 0
                try insertPayment.execute(arguments: [id, d(paidOn), paid, surcharge, "BL-\(id)"])
            }
        }
    }

    mutating func writeInspections(_ db: Database, count: Int) throws {
        guard count > 0 else { return }
        let insertInspection = try db.makeStatement(sql: """
            INSERT INTO inspection (id, mode, category, level, groundKind, groundReference, planYear, planEntryKey,
                content, field, leadUnit, openedOn, state, announcedOn, onsiteEndedOn, reportedOn, draftedOn,
                conclusionNumber, concludedOn, closedOn, onsiteDueOn, reportDueOn, conclusionDueOn)
            VALUES (?, ?, ?, 'thanh_tra_so', ?, ?, ?, ?, ?, 'Đất đai', 'Phòng Thanh tra 1', ?, ?, ?, ?, ?, ?, ?, ?, ?,
                ?, ?, ?)
            """)
        let insertSubject = try db.makeStatement(
            sql: "INSERT INTO inspectionSubject (inspectionId, position, subjectId) VALUES (?, 0, ?)")
        let insertDecision = try db.makeStatement(sql: """
            INSERT INTO inspectionDecision (inspectionId, number, decidedOn, signerTitle, signerName, teamLead)
            VALUES (?, ?, ?, 'Chánh Thanh tra', 'Nguyễn Văn A', 'Trần Thị B')
            """)
        let insertFinding = try db.makeStatement(sql: """
            INSERT INTO finding (id, inspectionId, subjectId, description, category, amountVND, landAreaDM2)
            VALUES (?, ?, ?, ?, 'tai_chinh', ?, 0)
            """)
        let insertRecommendation = try db.makeStatement(sql: """
            INSERT INTO recommendation (id, inspectionId, kind, findingId, subjectId, description, amountVND,
                landAreaDM2, collectives, persons, cases)
            VALUES (?, ?, 'recovery', ?, ?, ?, ?, 0, 0, 0, 0)
            """)
        let insertFollowUp = try db.makeStatement(sql: """
            INSERT INTO followUp (recommendationId, doneOn, amountVND, landAreaDM2, collectives, persons, cases, receipt,
                note)
            VALUES (?, ?, ?, 0, 0, 0, 0, ?, '')
            """)
        let span = first.days(to: last) + 1
        var findingId = 0
        for id in 1...count {
            let openedOn = first.adding(days: min(span - 1, (id - 1) * span / count + random.below(3)))
            let roll = id % 10
            let mode = roll < 6 ? "scheduled" : roll < 9 ? "unscheduled" : "regular"
            let category = openedOn < Self.inspectionLaw2025 ? "hanh_chinh" : "thanh_tra"
            let announcedOn = openedOn.adding(days: 5)
            let onsiteEndedOn = announcedOn.adding(days: 30)
            let reportedOn = onsiteEndedOn.adding(days: 10)
            let draftedOn = reportedOn.adding(days: 10)
            let concludedOn = draftedOn.adding(days: 10)
            let closedOn = concludedOn.adding(days: 20)
            let done = closedOn <= today
            let onsite = !done && announcedOn <= today
            let subject = 1 + random.below(subjectCount)
            try insertInspection.execute(arguments: [
                id, mode, category,
                mode == "unscheduled" ? "complaint" : nil, mode == "unscheduled" ? "Đơn số \(id)" : nil,
                mode == "scheduled" ? openedOn.year : nil, mode == "scheduled" ? "KH-\(id)" : nil,
                "Thanh tra việc chấp hành pháp luật, cuộc \(id)", d(openedOn),
                done ? "closed" : onsite ? "onsite" : "decided",
                done || onsite ? d(announcedOn) : nil, done ? d(onsiteEndedOn) : nil, done ? d(reportedOn) : nil,
                done ? d(draftedOn) : nil, done ? "KL-\(id)" : nil, done ? d(concludedOn) : nil, done ? d(closedOn) : nil,
                done || onsite ? d(announcedOn.adding(days: 45)) : nil, done ? d(onsiteEndedOn.adding(days: 15)) : nil,
                done ? d(reportedOn.adding(days: 30)) : nil,
            ])
            try insertSubject.execute(arguments: [id, subject])
            try insertDecision.execute(arguments: [id, "QĐ-TT-\(id)", d(openedOn)])
            guard done else { continue }
            for _ in 0..<(1 + random.below(2)) {
                findingId += 1
                let amount = Int64(1 + random.below(5_000)) * 100_000
                try insertFinding.execute(arguments: [findingId, id, subject, "Sai phạm \(findingId)", amount])
                let recovered = amount / 2 + Int64(random.below(Int(amount / 2) + 1))
                try insertRecommendation.execute(arguments: [
                    findingId, id, findingId, subject, "Thu hồi \(findingId)", recovered,
                ])
                let doneOn = concludedOn.adding(days: 30)
                if random.below(2) == 0 && doneOn <= today {
                    try insertFollowUp.execute(arguments: [findingId, d(doneOn), recovered, "BLTH-\(findingId)"])
                }
            }
        }
    }
}
