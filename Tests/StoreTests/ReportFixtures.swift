import Casework
import GRDB

@testable import Store

/// Two adjacent periods under the national cut-off: P1 = [2026-09-15, 2026-10-15), P2 = [2026-10-15, 2026-11-15).
let reportP1 = ReportPeriod(kind: "monthly", label: "2026-10", from: day("2026-09-15"), before: day("2026-10-15"))
let reportP2 = ReportPeriod(kind: "monthly", label: "2026-11", from: day("2026-10-15"), before: day("2026-11-15"))

/// A hand-built dataset for the period figures, written straight into the tables (bypassing Casework's checks, not
/// the schema's) so that every date is exactly where the tests need it.
///
/// Subjects: 1 Công ty A, 2 Công ty B, 3 Nguyễn Văn C (person), 4 Công ty D.
///
/// Inspections (mode, category, level; decided, announced, on-site ended, concluded; due dates; subjects):
///
/// | # | mode, category, level        | decided | announced | ended | concluded | due                     | subj. |
/// |---|------------------------------|---------|-----------|-------|-----------|-------------------------|-------|
/// | 1 | unscheduled hanh_chinh tinh  | 08-20   | 08-25     | 09-20 | 10-14     | concl. 10-10            | 1, 2  |
/// | 2 | scheduled hanh_chinh so      | 09-15   | 09-20     | 10-12 | 10-15     | onsite 10-10, con 11-30 | 3, 2  |
/// | 3 | regular chuyen_nganh tinh    | 10-01   | 10-05     | —     | —         | onsite 10-13            | 4     |
/// | 4 | unscheduled hanh_chinh tinh  | 11-14   | —         | —     | —         |                         | 1     |
/// | 5 | unscheduled chuyen_nganh huy | 06-01   | 06-05     | 07-01 | —         | concl. 10-14            | 2     |
/// | 6 | scheduled hanh_chinh tinh    | (none)  | —         | —     | —         | concl. 09-01            | —     |
/// | 7 | unscheduled hanh_chinh tinh  | 05-01   | 05-02     | 05-10 | 09-14     |                         | 1     |
///
/// (All dates in 2026; level `huy` is `huyen`.)
///
/// Findings: 1 (insp. 1, subject 1) 100 000 000 đ + 5 000 dm², 2 (insp. 1, subject 1) 20 000 000 đ,
/// 3 (insp. 2, subject 3) 5 000 000 đ, 4 (insp. 7, subject 1) 7 000 000 đ.
///
/// Recommendations: 1 recovery 80 000 000 đ + 5 000 dm² (insp. 1), 2 other financial 40 000 000 đ (1),
/// 3 handling 1 collective + 2 persons (1), 4 transfer 1 case, 3 persons (1), 5 recovery 5 000 000 đ (2),
/// 6 handling 1 person (2), 7 recovery 7 000 000 đ (7), 8 handling 2 persons (2). How the handling is to be done:
/// 3 kiểm điểm rút kinh nghiệm (`review`), 8 xử lý kỷ luật (`discipline`), 6 none (recorded before the classes:
/// counted as xử lý hành chính). 9 policy (hoàn thiện cơ chế, chính sách), 2 documents (1).
///
/// Follow-ups: 1 on rec. 1, 2026-10-20, 30 000 000 đ; 2 on rec. 1, 2026-11-20, 10 000 000 đ; 3 on rec. 3,
/// 2026-10-15, 1 collective + 1 person; 4 on rec. 4, 2026-11-14, 1 case and 2 persons accepted (khởi tố); 5 on
/// rec. 1, 2026-10-14, 2 000 dm²; 6 on rec. 7, 2026-09-30, 7 000 000 đ; 7 on rec. 9, 2026-10-16, 1 document.
///
/// Penalty cases (violator; record date, decision due; decided, fine / remedial, payment due; payments), 2026:
///
/// | # | violator | record | dec. due | decided | fine / remedial        | pay due | payments                           |
/// |---|----------|--------|----------|---------|------------------------|---------|------------------------------------|
/// | 1 | org.     | 09-14  | 09-21    | 09-15   | 10 000 000 / 2 000 000 | 09-26   | 09-20 4 000 000; 10-15 6 000 000   |
/// |   |          |        |          |         |                        |         | + 150 000 surcharge                |
/// | 2 | person   | 10-14  | 10-21    | 10-15   | 3 000 000 and a warning | 10-26  | 10-20 1 000 000                    |
/// | 3 | org.     | 09-20  | 09-27    | —       |                        |         |                                    |
/// | 4 | org.     | 09-25  | 10-02    | 09-28   | 50 000 000; cancelled 10-01 | 10-08 | 09-29 50 000 000             |
/// | 5 | person   | 10-20  | 11-14    | —       |                        |         |                                    |
/// | 6 | org.     | 10-25  | 11-01    | 11-20   | a warning only         |         |                                    |
/// | 7 | org.     | 08-01  | 08-08    | 08-10   | 20 000 000             | 08-25   | 11-15 20 000 000 + 1 000 000 (late) |
func makeReportStore() throws -> SQLiteStore {
    let store = try SQLiteStore.makeEmpty()
    _ = try store.addSubject(.company(1, name: "Công ty A"), context: .test)
    _ = try store.addSubject(.company(2, name: "Công ty B"), context: .test)
    _ = try store.addSubject(.person(3, name: "Nguyễn Văn C"), context: .test)
    _ = try store.addSubject(.company(4, name: "Công ty D"), context: .test)
    try store.perform("report fixture", payload: "report fixture", context: .test) { db in
        try insertInspections(db)
        try insertPenaltyCases(db)
    }
    return store
}

private func insertInspections(_ db: Database) throws {
    struct Row {
        var id: Int64, mode: String, category: String, level: String, state: String
        var decided: String?, announced: String?, ended: String?, concluded: String?
        var onsiteDue: String? = nil, conclusionDue: String? = nil, subjects: [Int64]
    }
    let rows = [
        Row(
            id: 1, mode: "unscheduled", category: "hanh_chinh", level: "tinh", state: "concluded",
            decided: "2026-08-20", announced: "2026-08-25", ended: "2026-09-20", concluded: "2026-10-14",
            conclusionDue: "2026-10-10", subjects: [1, 2]),
        Row(
            id: 2, mode: "scheduled", category: "hanh_chinh", level: "so", state: "concluded", decided: "2026-09-15",
            announced: "2026-09-20", ended: "2026-10-12", concluded: "2026-10-15", onsiteDue: "2026-10-10",
            conclusionDue: "2026-11-30", subjects: [3, 2]),
        Row(
            id: 3, mode: "regular", category: "chuyen_nganh", level: "tinh", state: "onsite", decided: "2026-10-01",
            announced: "2026-10-05", ended: nil, concluded: nil, onsiteDue: "2026-10-13", subjects: [4]),
        Row(
            id: 4, mode: "unscheduled", category: "hanh_chinh", level: "tinh", state: "decided",
            decided: "2026-11-14", announced: nil, ended: nil, concluded: nil, subjects: [1]),
        Row(
            id: 5, mode: "unscheduled", category: "chuyen_nganh", level: "huyen", state: "onsiteEnded",
            decided: "2026-06-01", announced: "2026-06-05", ended: "2026-07-01", concluded: nil,
            conclusionDue: "2026-10-14", subjects: [2]),
        Row(
            id: 6, mode: "scheduled", category: "hanh_chinh", level: "tinh", state: "open", decided: nil,
            announced: nil, ended: nil, concluded: nil, conclusionDue: "2026-09-01", subjects: []),
        Row(
            id: 7, mode: "unscheduled", category: "hanh_chinh", level: "tinh", state: "concluded",
            decided: "2026-05-01", announced: "2026-05-02", ended: "2026-05-10", concluded: "2026-09-14",
            subjects: [1]),
    ]
    for row in rows {
        let unscheduled = row.mode == "unscheduled"
        let scheduled = row.mode == "scheduled"
        try db.execute(
            sql: """
                INSERT INTO inspection (id, mode, category, level, groundKind, groundReference, planYear, planEntryKey,
                    content, field, leadUnit, openedOn, state, announcedOn, onsiteEndedOn, conclusionNumber,
                    concludedOn, onsiteDueOn, conclusionDueOn)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'dat_dai', 'Phòng Thanh tra 2', ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                row.id, row.mode, row.category, row.level, unscheduled ? "complaint" : nil,
                unscheduled ? "Đơn số \(row.id)" : nil, scheduled ? 2026 : nil, scheduled ? "KH-\(row.id)" : nil,
                "Cuộc thanh tra \(row.id)", row.decided ?? "2026-09-01", row.state, row.announced, row.ended,
                row.concluded.map { _ in "KL-\(row.id)" }, row.concluded, row.onsiteDue, row.conclusionDue,
            ])
        if let decided = row.decided {
            try db.execute(
                sql: """
                    INSERT INTO inspectionDecision (inspectionId, number, decidedOn, signerTitle, signerName, teamLead)
                    VALUES (?, ?, ?, 'chanh_thanh_tra', 'Trần Thị Bích Ngọc', 'Lê Văn Hùng')
                    """,
                arguments: [row.id, "QĐ-\(row.id)/QĐ-TTr", decided])
        }
        for (position, subject) in row.subjects.enumerated() {
            try db.execute(
                sql: "INSERT INTO inspectionSubject (inspectionId, position, subjectId) VALUES (?, ?, ?)",
                arguments: [row.id, position, subject])
        }
    }
    // id, inspection, subject, amount, land
    let findings: [(Int64, Int64, Int64, Int64, Int64)] = [
        (1, 1, 1, 100_000_000, 5_000), (2, 1, 1, 20_000_000, 0), (3, 2, 3, 5_000_000, 0), (4, 7, 1, 7_000_000, 0),
    ]
    for (id, inspection, subject, amount, land) in findings {
        try db.execute(
            sql: """
                INSERT INTO finding (id, inspectionId, subjectId, description, category, amountVND, landAreaDM2)
                VALUES (?, ?, ?, ?, 'dat_dai', ?, ?)
                """,
            arguments: [id, inspection, subject, "Sai phạm \(id)", amount, land])
    }
    // id, inspection, kind, amount, land, collectives, persons, cases
    let recommendations: [(Int64, Int64, String, Int64, Int64, Int64, Int64, Int64)] = [
        (1, 1, "recovery", 80_000_000, 5_000, 0, 0, 0), (2, 1, "otherFinancial", 40_000_000, 0, 0, 0, 0),
        (3, 1, "handling", 0, 0, 1, 2, 0), (4, 1, "transfer", 0, 0, 0, 3, 1), (5, 2, "recovery", 5_000_000, 0, 0, 0, 0),
        (6, 2, "handling", 0, 0, 0, 1, 0), (7, 7, "recovery", 7_000_000, 0, 0, 0, 0),
        (8, 2, "handling", 0, 0, 0, 2, 0), (9, 1, "policy", 0, 0, 0, 0, 0),
    ]
    for (id, inspection, kind, amount, land, collectives, persons, cases) in recommendations {
        try db.execute(
            sql: """
                INSERT INTO recommendation (id, inspectionId, kind, description, amountVND, landAreaDM2, collectives,
                    persons, cases)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [id, inspection, kind, "Kiến nghị \(id)", amount, land, collectives, persons, cases])
    }
    for (recommendation, handling) in [(3, "review"), (8, "discipline")] {
        try db.execute(
            sql: "INSERT INTO recommendationHandling (recommendationId, handling) VALUES (?, ?)",
            arguments: [recommendation, handling])
    }
    try db.execute(sql: "INSERT INTO recommendationDocuments (recommendationId, documents) VALUES (9, 2)")
    // id, recommendation, date, amount, land, collectives, persons, cases
    let followUps: [(Int64, Int64, String, Int64, Int64, Int64, Int64, Int64)] = [
        (1, 1, "2026-10-20", 30_000_000, 0, 0, 0, 0), (2, 1, "2026-11-20", 10_000_000, 0, 0, 0, 0),
        (3, 3, "2026-10-15", 0, 0, 1, 1, 0), (4, 4, "2026-11-14", 0, 0, 0, 2, 1),
        (5, 1, "2026-10-14", 0, 2_000, 0, 0, 0), (6, 7, "2026-09-30", 7_000_000, 0, 0, 0, 0),
        (7, 9, "2026-10-16", 0, 0, 0, 0, 0),
    ]
    for (id, recommendation, doneOn, amount, land, collectives, persons, cases) in followUps {
        try db.execute(
            sql: """
                INSERT INTO followUp (id, recommendationId, doneOn, amountVND, landAreaDM2, collectives, persons, cases,
                    receipt, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '')
                """,
            arguments: [
                id, recommendation, doneOn, amount, land, collectives, persons, cases,
                amount > 0 ? "BL-\(id)" : nil,
            ])
    }
    try db.execute(sql: "INSERT INTO followUpDocuments (followUpId, documents) VALUES (7, 1)")
}

private func insertPenaltyCases(_ db: Database) throws {
    // id, subject, violator kind, record date, decision due, state, cancelled on
    let cases: [(Int64, Int64, String, String, String, String, String?)] = [
        (1, 1, "organization", "2026-09-14", "2026-09-21", "settled", nil),
        (2, 3, "person", "2026-10-14", "2026-10-21", "decided", nil),
        (3, 4, "organization", "2026-09-20", "2026-09-27", "open", nil),
        (4, 2, "organization", "2026-09-25", "2026-10-02", "cancelled", "2026-10-01"),
        (5, 3, "person", "2026-10-20", "2026-11-14", "open", nil),
        (6, 1, "organization", "2026-10-25", "2026-11-01", "decided", nil),
        (7, 4, "organization", "2026-08-01", "2026-08-08", "decided", nil),
    ]
    for (id, subject, kind, recordOn, dueOn, state, cancelledOn) in cases {
        try db.execute(
            sql: """
                INSERT INTO penaltyCase (id, subjectId, violatorKind, recordNumber, recordMadeOn, recordPlace, openedOn,
                    decisionDueOn, openedWithPack, state, isComplex, explanationRequested, isMinor, extensionDays,
                    cancelledOn, cancellationReason)
                VALUES (?, ?, ?, ?, ?, 'Hà Nội', ?, ?, 'pack', ?, 0, 0, 0, 0, ?, ?)
                """,
            arguments: [
                id, subject, kind, "BB-\(id)/2026", recordOn, recordOn, dueOn, state, cancelledOn,
                cancelledOn.map { _ in "quyết định bị hủy" },
            ])
    }
    // case, decided, fine, remedial, payment due
    let decisions: [(Int64, String, Int64, Int64, String?)] = [
        (1, "2026-09-15", 10_000_000, 2_000_000, "2026-09-26"), (2, "2026-10-15", 3_000_000, 0, "2026-10-26"),
        (4, "2026-09-28", 50_000_000, 0, "2026-10-08"), (6, "2026-11-20", 0, 0, nil),
        (7, "2026-08-10", 20_000_000, 0, "2026-08-25"),
    ]
    for (id, decidedOn, fine, remedial, paymentDueOn) in decisions {
        try db.execute(
            sql: """
                INSERT INTO penaltyDecision (caseId, number, decidedOn, signerTitle, signerName, totalFineVND,
                    totalRemedialVND, packHash, steps, receivedOn, paymentDueOn, enforcementExpiresOn)
                VALUES (?, ?, ?, 'chanh_thanh_tra', 'Trần Thị Bích Ngọc', ?, ?, 'pack', '[]', ?, ?, '2027-12-31')
                """,
            arguments: [
                id, "QĐ-\(id)/QĐ-XPHC", decidedOn, fine, remedial, paymentDueOn.map { _ in decidedOn }, paymentDueOn,
            ])
    }
    // case, position, fine, warning, remedial
    let lines: [(Int64, Int64, Int64, Bool, Int64)] = [
        (1, 0, 10_000_000, false, 2_000_000), (2, 0, 0, true, 0), (2, 1, 3_000_000, false, 0),
        (4, 0, 50_000_000, false, 0), (6, 0, 0, true, 0), (7, 0, 20_000_000, false, 0),
    ]
    for (id, position, fine, isWarning, remedial) in lines {
        try db.execute(
            sql: """
                INSERT INTO decisionLine (caseId, position, code, title, legalBasis, sector, frameMinVND, frameMaxVND,
                    fineVND, isWarning, remedies, remedialVND, steps)
                VALUES (?, ?, 'X', 'Vi phạm', 'Điều 1', 'hoa_don', 0, 50000000, ?, ?, '[]', ?, '[]')
                """,
            arguments: [id, position, fine, isWarning, remedial])
    }
    // case, position, paid on, amount, surcharge
    let payments: [(Int64, Int64, String, Int64, Int64)] = [
        (1, 0, "2026-09-20", 4_000_000, 0), (1, 1, "2026-10-15", 6_000_000, 150_000),
        (2, 0, "2026-10-20", 1_000_000, 0), (4, 0, "2026-09-29", 50_000_000, 0),
        (7, 0, "2026-11-15", 20_000_000, 1_000_000),
    ]
    for (id, position, paidOn, amount, surcharge) in payments {
        try db.execute(
            sql: """
                INSERT INTO payment (caseId, position, paidOn, amountVND, surchargeVND, receipt)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
            arguments: [id, position, paidOn, amount, surcharge, "BL-C\(id)-\(position)"])
    }
}
