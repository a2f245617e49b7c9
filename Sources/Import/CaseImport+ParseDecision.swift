import Casework

/// A cases file's row, the part of ``CaseImport``'s parsing about its decision and the checks shared by every column:
/// the decision (its number, dates, fines, remedies and sanctions), the state the row claims, the penalty forms, the
/// values given once or per violation, and dates not in the future.
extension CaseImport {
    /// The decision of a row, or `nil` when the row gives none (and no decision detail either).
    func parseDecision(
        _ row: ImportRow<CaseImportField>, recordOn: CalendarDate, violations: [LegacyViolation], fines: [VND],
        remedials: [VND]
    ) throws(ImportRowError) -> LegacyDecision? {
        let details: [CaseImportField] = [
            .signerTitle, .signerName, .penalty, .fine, .remedial, .receivedOn, .paymentDueOn, .enforcementExpiresOn,
            .confiscated, .licenceRevocations, .activitySuspensions, .remedialMeasures,
        ]
        guard row.text(.decisionNumber) != nil || row.text(.decidedOn) != nil else {
            if let given = details.first(where: { row.text($0) != nil }) {
                let (number, day) = (row.columns.name(of: .decisionNumber), row.columns.name(of: .decidedOn))
                throw row.error(
                    given,
                    "a decision detail without the decision; give \(number) and \(day), or leave it empty for an open case",
                    vi: "có chi tiết quyết định mà không có quyết định; ghi \(number) và \(day), hoặc để trống cho vụ việc đang xử lý")
            }
            return nil
        }
        let number = try row.required(.decisionNumber, "the decision number", vi: "số quyết định")
        guard let decidedOn = try row.date(.decidedOn) else {
            throw row.missing(.decidedOn, "the decision date", vi: "ngày ra quyết định")
        }
        try notInFuture(decidedOn, .decidedOn, row)
        guard decidedOn >= recordOn else {
            throw row.error(
                .decidedOn, "the decision of \(decidedOn) is before the record of \(recordOn)",
                vi: "quyết định ngày \(decidedOn) trước ngày lập biên bản \(recordOn)")
        }
        let allWarnings = violations.allSatisfy(\.isWarning)
        let totalFine: VND
        if fines.isEmpty {
            guard allWarnings else {
                throw row.missing(
                    .fine, "the fine (a total, or one amount per violation)", vi: "tiền phạt (tổng, hoặc một số cho mỗi hành vi)")
            }
            totalFine = .zero
        } else {
            totalFine = try total(fines, .fine, row)
            if allWarnings, totalFine > .zero {
                throw row.error(
                    .fine, "every violation was punished by a warning, but the fine is \(totalFine.formatted())",
                    vi: "mọi hành vi đều bị phạt cảnh cáo, nhưng tiền phạt là \(totalFine.formatted())")
            }
        }
        let receivedOn = try row.date(.receivedOn)
        let paymentDueOn = try row.date(.paymentDueOn)
        if let receivedOn {
            try notInFuture(receivedOn, .receivedOn, row)
            guard receivedOn >= decidedOn else {
                throw row.error(
                    .receivedOn, "received on \(receivedOn), before the decision of \(decidedOn)",
                    vi: "nhận ngày \(receivedOn), trước ngày ra quyết định \(decidedOn)")
            }
        }
        if let paymentDueOn {
            guard let receivedOn else {
                throw row.missing(
                    .receivedOn, "the day the decision was received (the payment due date counts from it)",
                    vi: "ngày nhận quyết định (hạn nộp phạt tính từ ngày đó)")
            }
            guard paymentDueOn >= receivedOn else {
                throw row.error(
                    .paymentDueOn, "\(paymentDueOn) is before the decision was received on \(receivedOn)",
                    vi: "\(paymentDueOn) trước ngày nhận quyết định \(receivedOn)")
            }
        }
        let enforcementExpiresOn = try row.date(.enforcementExpiresOn)
        if let enforcementExpiresOn, enforcementExpiresOn < decidedOn {
            throw row.error(
                .enforcementExpiresOn, "\(enforcementExpiresOn) is before the decision of \(decidedOn)",
                vi: "\(enforcementExpiresOn) trước ngày ra quyết định \(decidedOn)")
        }
        return LegacyDecision(
            number: number, decidedOn: decidedOn, signerTitle: row.text(.signerTitle) ?? "",
            signerName: row.text(.signerName) ?? "", totalFineVND: totalFine,
            totalRemedialVND: remedials.isEmpty ? .zero : try total(remedials, .remedial, row), receivedOn: receivedOn,
            paymentDueOn: paymentDueOn, enforcementExpiresOn: enforcementExpiresOn, sanctions: try sanctions(row))
    }

    /// The confiscation, supplementary sanctions and remedial measures of a row's decision; none when the row gives
    /// none.
    private func sanctions(_ row: ImportRow<CaseImportField>) throws(ImportRowError) -> DecisionSanctions {
        func count(_ field: CaseImportField) throws(ImportRowError) -> Int {
            guard let text = row.text(field) else { return 0 }
            guard let value = Int(text), value >= 0, value <= 1_000_000 else {
                throw row.error(
                    field, "\"\(text)\" is not a count; write a whole number such as 0, 1 or 2",
                    vi: "\"\(text)\" không phải là một số đếm; viết số nguyên như 0, 1 hoặc 2")
            }
            return value
        }
        return DecisionSanctions(
            confiscatedVND: try row.money(.confiscated) ?? .zero, licenceRevocations: try count(.licenceRevocations),
            activitySuspensions: try count(.activitySuspensions), remedialMeasures: try count(.remedialMeasures))
    }

    /// Refuses a `state` cell that disagrees with the state the row's facts give.
    func checkState(
        _ row: ImportRow<CaseImportField>, derived: PenaltyCase.State, decision: LegacyDecision?
    ) throws(ImportRowError) {
        guard let text = row.text(.state) else { return }
        guard let stated = CaseImportField.stateWords[SubjectColumns.folded(text)] else {
            throw row.error(
                .state,
                "\"\(text)\" is not a case state; write open, decided, settled or cancelled (mở, đã ra quyết định, đã nộp, đã hủy)",
                vi: "\"\(text)\" không phải là trạng thái vụ việc; viết mở, đã ra quyết định, đã nộp hoặc đã hủy")
        }
        guard stated != derived else { return }
        let why: (en: String, vi: String)
        var next: ImportNextStep?
        switch derived {
        case .open: why = ("without a decision the case is open", "không có quyết định thì vụ việc đang xử lý")
        case .decided:
            let fine = (decision?.totalFineVND ?? .zero).formatted()
            why = (
                "a decision with a fine of \(fine) stays decided until its payments are imported",
                "quyết định phạt tiền \(fine) vẫn ở trạng thái đã ra quyết định cho đến khi nhập các khoản nộp"
            )
            next = .importPayments
        case .settled:
            why = ("a decision without a fine (warnings only) is settled", "quyết định không phạt tiền (chỉ cảnh cáo) là đã chấp hành xong")
        case .cancelled:
            why = ("a row with a cancellation date and reason is cancelled", "dòng có ngày và lý do hủy là vụ việc đã hủy")
        }
        throw row.error(
            .state, "\"\(text)\" (\(stated.rawValue)) does not match the row: \(why.en)",
            vi: "\"\(text)\" không khớp với dòng: \(why.vi)", next: next)
    }

    /// Each violation's penalty form from the `penalty` cell: `true` for a warning (cảnh cáo), `false` for a fine.
    func penaltyForms(_ row: ImportRow<CaseImportField>) throws(ImportRowError) -> [Bool] {
        var forms: [Bool] = []
        for item in row.list(.penalty) {
            switch SubjectColumns.folded(item) {
            case "canh cao", "warning": forms.append(true)
            case "phat tien", "tien", "fine": forms.append(false)
            default:
                throw row.error(
                    .penalty, "\"\(item)\" is neither a warning (cảnh cáo) nor a fine (phạt tiền)",
                    vi: "\"\(item)\" không phải là cảnh cáo hay phạt tiền")
            }
        }
        return forms
    }

    /// One value per violation from a cell with none (all `nil`), one (for all) or one per violation.
    func spread<T>(
        _ values: [T], _ field: CaseImportField, _ count: Int, _ row: ImportRow<CaseImportField>
    )
        throws(ImportRowError) -> [T?]
    {
        switch values.count {
        case 0: return Array(repeating: nil, count: count)
        case 1: return Array(repeating: values[0], count: count)
        case count: return values
        default:
            throw row.error(
                field,
                "\(values.count) values for \(count) violation(s); give one for all, or one per violation separated by ;",
                vi: "\(values.count) giá trị cho \(count) hành vi; ghi một giá trị cho tất cả, hoặc mỗi hành vi một giá trị, cách nhau bằng ;")
        }
    }

    func amounts(
        _ field: CaseImportField, _ given: Int, _ count: Int, _ row: ImportRow<CaseImportField>
    ) -> ImportRowError {
        row.error(
            field,
            "\(given) amounts for \(count) violation(s); give the decision's total, or one amount per violation separated by ;",
            vi: "\(given) số tiền cho \(count) hành vi; ghi tổng của quyết định, hoặc mỗi hành vi một số tiền, cách nhau bằng ;")
    }

    private func total(
        _ amounts: [VND], _ field: CaseImportField, _ row: ImportRow<CaseImportField>
    ) throws(ImportRowError) -> VND {
        var sum = VND.zero
        for amount in amounts {
            do { sum = try sum.adding(amount) } catch {
                throw row.error(field, error.description, vi: "tổng số tiền vượt quá giới hạn đếm được bằng đồng")
            }
        }
        return sum
    }

    func notInFuture(
        _ day: CalendarDate, _ field: CaseImportField, _ row: ImportRow<CaseImportField>
    ) throws(ImportRowError) {
        guard day <= today else { throw row.future(field, day, today: today) }
    }
}
