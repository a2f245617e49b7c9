public import Casework

/// Fine payments from a legacy register (`thanhtra import FILE --kind payments`): one row per receipt, against a
/// case named by its number, its decision's number or its record's number.
///
/// A row is refused when its case is unknown, not decided or cancelled, when it was paid before the decision, when
/// its receipt is already recorded (in the database or on an earlier line), or when it pays more of the fine than is
/// still owed — counting the payments already stored and those on earlier lines of the file. The surcharge is taken
/// as recorded. A decided case becomes settled once its payments cover the fine.
public struct PaymentImport<Store: LegacyImportStore>: FieldImportKind {
    public typealias Field = PaymentImportField
    public typealias Row = LegacyPayment

    public static var name: String { "payments" }

    public static var requiredColumns: [(fields: [PaymentImportField], what: String)] {
        [
            ([.caseNumber, .decisionNumber, .recordNumber], "the case (its number, decision number or record number)"),
            ([.paidOn], "the payment date"), ([.amount, .surcharge], "the amount paid"),
            ([.receipt], "the receipt number"),
        ]
    }

    /// The scratch space of the amounts paid on earlier lines, by case.
    static var paidSpace: String { "paid" }

    let store: Store
    let today: CalendarDate
    let context: CommandContext

    /// An import into `store`; no payment may be dated after `today`.
    public init(store: Store, today: CalendarDate, context: CommandContext) {
        self.store = store
        self.today = today
        self.context = context
    }

    public func parse(_ row: ImportRow<PaymentImportField>) throws(ImportRowError) -> LegacyPayment {
        var references: [CaseReference] = []
        if let text = row.text(.caseNumber) {
            let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
            guard let id = Int64(digits), id > 0 else {
                throw row.error(
                    .caseNumber, "\"\(text)\" is not a case number; write 12 or #12",
                    vi: "\"\(text)\" không phải là số vụ việc; viết 12 hoặc #12")
            }
            references.append(.number(PenaltyCase.ID(rawValue: id)))
        }
        if let number = row.text(.decisionNumber) { references.append(.decision(number)) }
        if let number = row.text(.recordNumber) { references.append(.record(number)) }
        guard !references.isEmpty else {
            let field =
                [PaymentImportField.caseNumber, .decisionNumber, .recordNumber].first(where: row.columns.has)
                ?? .decisionNumber
            throw row.missing(
                field, "the case (its number, decision number or record number)",
                vi: "vụ việc (số vụ việc, số quyết định hoặc số biên bản)")
        }
        guard let paidOn = try row.date(.paidOn) else { throw row.missing(.paidOn, "the payment date", vi: "ngày nộp") }
        guard paidOn <= today else { throw row.future(.paidOn, paidOn, today: today) }
        let amount = try row.money(.amount) ?? .zero
        let surcharge = try row.money(.surcharge) ?? .zero
        guard amount > .zero || surcharge > .zero else {
            throw row.error(
                row.columns.has(.amount) ? .amount : .surcharge, "a payment of 0 đ records nothing",
                vi: "khoản nộp 0 đ không ghi được gì")
        }
        let receipt = try row.required(.receipt, "the receipt number", vi: "số biên lai")
        return LegacyPayment(
            references: references,
            payment: Payment(paidOn: paidOn, amountVND: amount, surchargeVND: surcharge, receipt: receipt))
    }

    public func uniqueKeys(of row: LegacyPayment, line: Int) -> [(key: ImportKey, label: ImportKeyLabel)] {
        [(ImportKey(space: "receipt", value: row.payment.receipt, line: line), ImportKeyLabel("receipt \(row.payment.receipt)", vi: "biên lai \(row.payment.receipt)"))]
    }

    public mutating func check(_ rows: [ImportLine<LegacyPayment>], scratch: any ImportScratch) throws -> [ImportRowError?] {
        let cases = try store.payableCases(Array(Set(rows.flatMap(\.row.references))))
        let receipts = try store.recorded(rows.map { RecordedKey($0.row.payment.receipt) }, as: .paymentReceipt)
        let ids = Set(cases.values.flatMap { $0.map(\.id.rawValue) })
        // Paid on earlier lines: before this window (in the scratch), then in it.
        var paidInFile = try scratch.totals(of: Array(ids), in: Self.paidSpace)
        var added: [Int64: Int64] = [:]
        let reasons = rows.map { item -> ImportRowError? in
            let payment = item.row.payment
            var found: [(CaseReference, PayableCase)] = []
            // A row naming the case by its number too picks, of the cases a number names, that one.
            let named = item.row.references.lazy.compactMap { reference -> PenaltyCase.ID? in
                if case .number(let id) = reference { id } else { nil }
            }.first
            for reference in item.row.references {
                var candidates = cases[reference] ?? []
                if let named, candidates.count > 1, let match = candidates.first(where: { $0.id == named }) {
                    candidates = [match]
                }
                switch Self.payable(reference, among: candidates, paidOn: payment.paidOn) {
                case .success(let target): found.append((reference, target))
                case .failure(let reason): return reason
                }
            }
            if let other = found.first(where: { $0.1.id != found[0].1.id }) {
                let (first, second) = (found[0], other)
                return .row(
                    "\(first.0) and \(second.0) are different cases (#\(first.1.id) and #\(second.1.id))",
                    vi: "\(first.0.vietnamese) và \(second.0.vietnamese) là hai vụ việc khác nhau (#\(first.1.id) và #\(second.1.id))")
            }
            let target = found[0].1
            if let holder = receipts[RecordedKey(payment.receipt)] {
                return .row(
                    "receipt \(payment.receipt) is already recorded on case #\(holder)",
                    vi: "biên lai \(payment.receipt) đã được ghi cho vụ việc #\(holder)")
            }
            guard target.state != .cancelled else {
                return .row("case #\(target.id) is cancelled", vi: "vụ việc #\(target.id) đã bị hủy")
            }
            guard let decidedOn = target.decidedOn, let total = target.totalFineVND else {
                return .row(
                    "case #\(target.id) has no decision yet; a payment is recorded against a decision",
                    vi: "vụ việc #\(target.id) chưa có quyết định; khoản nộp được ghi theo một quyết định")
            }
            guard payment.paidOn >= decidedOn else {
                return .row(
                    "paid on \(payment.paidOn), before the decision of case #\(target.id) on \(decidedOn)",
                    vi: "nộp ngày \(payment.paidOn), trước ngày ra quyết định của vụ việc #\(target.id) (\(decidedOn))")
            }
            let id = target.id.rawValue
            let owed = total.rawValue - target.paidVND.rawValue - paidInFile[id, default: 0]
            guard payment.amountVND.rawValue <= owed else {
                let left = VND(rawValue: max(0, owed)) ?? .zero
                return .row(
                    "the payment of \(payment.amountVND.formatted()) is more than the \(left.formatted()) still owed on the fine of case #\(target.id)",
                    vi: "khoản nộp \(payment.amountVND.formatted()) lớn hơn số tiền phạt còn nợ \(left.formatted()) của vụ việc #\(target.id)")
            }
            paidInFile[id, default: 0] += payment.amountVND.rawValue
            added[id, default: 0] += payment.amountVND.rawValue
            return nil
        }
        try scratch.add(added, in: Self.paidSpace)
        return reasons
    }

    /// The one case `reference` names for a payment made on `paidOn`, among the `candidates` the store found.
    ///
    /// A case number names one case. A decision or record number names one case per year (each year's register
    /// starts again at 1): of several, the payment can only be against a decision taken on or before it; when that
    /// still leaves more than one, the row is refused and told to name the case by its number.
    static func payable(
        _ reference: CaseReference, among candidates: [PayableCase], paidOn: CalendarDate
    ) -> Result<PayableCase, ImportRowError> {
        guard let first = candidates.first else {
            return .failure(.row("\(reference) is not recorded", vi: "chưa có \(reference.vietnamese)", next: .importCases))
        }
        guard candidates.count > 1 else { return .success(first) }
        let possible = candidates.filter { ($0.decidedOn.map { $0 <= paidOn }) ?? false }
        if possible.count == 1 { return .success(possible[0]) }
        let shown = possible.isEmpty ? candidates : possible
        let named = shown.map { "#\($0.id)" + ($0.decidedOn.map { " (decided on \($0))" } ?? "") }
        let namedVi = shown.map { "#\($0.id)" + ($0.decidedOn.map { " (quyết định ngày \($0))" } ?? "") }
        return .failure(
            .row(
                "\(reference) names more than one case (\(named.joined(separator: ", "))); give the case number instead",
                vi: "\(reference.vietnamese) chỉ nhiều vụ việc (\(namedVi.joined(separator: ", "))); hãy ghi số vụ việc"))
    }

    public mutating func write(_ rows: [ImportLine<LegacyPayment>], batch: ImportBatchInfo) throws -> ImportBatchResult
    {
        // The case number when the row gives it (it names one case), else the first reference: the check found
        // that every reference of the row names the same case.
        func reference(of row: LegacyPayment) -> CaseReference {
            row.references.first { if case .number = $0 { true } else { false } } ?? row.references[0]
        }
        let cases = try store.payableCases(Array(Set(rows.map { reference(of: $0.row) })))
        let records = try rows.map { item in
            let reference = reference(of: item.row)
            switch Self.payable(reference, among: cases[reference] ?? [], paidOn: item.row.payment.paidOn) {
            case .success(let target): return LegacyPaymentRecord(caseID: target.id, payment: item.row.payment)
            case .failure(let reason):
                throw StoreError(.notFound, reason.message, hint: "import the cases first, then the payments")
            }
        }
        return try store.importPayments(records, command: Self.command, context: context) {
            ImportBatchPayload(batch, $0)
        }
    }
}
