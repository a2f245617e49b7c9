import Casework
import Store

/// The date of a `YYYY-MM-DD` literal.
func day(_ text: String) -> CalendarDate {
    guard let date = CalendarDate(text) else { preconditionFailure("not a date: \(text)") }
    return date
}

extension NewPenaltyCase {
    /// A case against `subject` on violation record `record`, with one completed violation in `sector` (plus
    /// `moreSectors`), one mitigating and two aggravating circumstances, decision due a week after the record.
    static func sample(
        subject: Subject.ID, record: String = "BB-12/2026", madeOn: String = "2026-03-10", sector: String = "hoa_don",
        moreSectors: [String] = [], decisionDueOn: String? = nil
    ) -> NewPenaltyCase {
        let recordDay = day(madeOn)
        let violations =
            [
                CaseViolation(
                    code: "ND125-2020-D16-K1-a", sector: sector, committedOn: recordDay.adding(days: -9),
                    endedOn: recordDay.adding(days: -9), detectedOn: nil)
            ]
            + moreSectors.enumerated().map { index, sector in
                CaseViolation(
                    code: "X-\(index)", sector: sector, committedOn: recordDay.adding(days: -30), endedOn: nil,
                    detectedOn: recordDay.adding(days: -1), illegalGainVND: VND(1_250_000))
            }
        return NewPenaltyCase(
            subjectID: subject, violatorKind: .organization,
            record: ViolationRecord(number: record, madeOn: recordDay, place: "Số 5 Đường Láng, Đống Đa, Hà Nội"),
            violations: violations, mitigating: ["tu_giac_khai_bao"], aggravating: ["tai_pham", "vi_pham_nhieu_lan"],
            facts: CaseFacts(isComplex: true, extensionReason: nil), openedOn: recordDay.adding(days: 1),
            decisionDueOn: decisionDueOn.map(day) ?? recordDay.adding(days: 7), packHash: String(repeating: "a", count: 64))
    }
}

extension PenaltyDecision {
    /// A decision numbered `number` fining `fineVND` on one line with a remedy, with Vietnamese text and steps.
    static func sample(
        number: String = "QĐ-45/QĐ-XPHC", decidedOn: String = "2026-03-15", fineVND: Int64 = 6_000_000,
        enforcementExpiresOn: String = "2027-03-15"
    ) -> PenaltyDecision {
        let line = FineLine(
            code: "ND125-2020-D16-K1-a", title: "Lập hóa đơn không đúng thời điểm",
            legalBasis: "điểm a khoản 1 Điều 16 Nghị định 125/2020/NĐ-CP", sector: "hoa_don",
            frameMinVND: VND(4_000_000), frameMaxVND: VND(8_000_000), fineVND: VND(fineVND), isWarning: false,
            remedies: [
                Remedy(code: "nop_lai_loi", title: "Buộc nộp lại số lợi bất hợp pháp", amountVND: VND(1_250_000)),
                Remedy(code: "huy_hoa_don", title: "Buộc hủy hóa đơn", amountVND: .zero),
            ],
            steps: [
                ExplanationStep(text: "mức trung bình = (4.000.000 + 8.000.000) / 2 = 6.000.000 đ", citation: "Điều 23 k4"),
                ExplanationStep(text: "tình tiết \"giảm nhẹ\" và \\ tăng nặng bù trừ", citation: "Điều 9, Điều 10"),
            ])
        return PenaltyDecision(
            number: number, decidedOn: day(decidedOn), signerTitle: "chanh_thanh_tra_so", signerName: "Trần Thị Bích Ngọc",
            lines: [line], totalFineVND: VND(fineVND), totalRemedialVND: VND(1_250_000),
            packHash: String(repeating: "b", count: 64),
            steps: [ExplanationStep(text: "thời hạn ra quyết định: 30 ngày", citation: "Điều 66 k1")],
            enforcementExpiresOn: day(enforcementExpiresOn))
    }
}

extension PenaltyCaseStore {
    /// Records `event` on case `id` and moves it to `state`, without any Casework checks.
    @discardableResult
    func record(
        _ event: CaseEvent, on id: PenaltyCase.ID, state: PenaltyCase.State, command: String = "case test"
    ) throws -> PenaltyCase {
        try updateCase(id, command: command, context: .test) { _ in CaseUpdate(event: event, newState: state) }
    }
}

/// An error thrown by a test's `change`, standing in for Casework refusing a command.
struct Refused: Error, Equatable {
    var reason: String
}
