/// The columns of a legacy file of fine payments (`thanhtra import FILE --kind payments`), one row per receipt.
public enum PaymentImportField: String, ImportField {
    case caseNumber, decisionNumber, recordNumber, paidOn, amount, surcharge, receipt

    public var headers: [String] {
        switch self {
        case .caseNumber: ["vu viec", "so vu viec", "ma vu viec", "case", "case number", "case id"]
        case .decisionNumber:
            ["so quyet dinh", "so qd", "so quyet dinh xu phat", "quyet dinh xu phat", "decision number", "decision"]
        case .recordNumber: ["so bien ban", "bien ban", "so bb", "record number", "record"]
        case .paidOn: ["ngay nop", "ngay nop phat", "ngay nop tien", "ngay thu", "paid on", "payment date", "date"]
        case .amount:
            ["so tien", "so tien nop", "tien phat", "so tien phat", "tien phat da nop", "amount", "amount vnd", "fine"]
        case .surcharge: ["tien cham nop", "cham nop", "so tien cham nop", "surcharge", "surcharge vnd"]
        case .receipt: ["so bien lai", "bien lai", "so chung tu", "chung tu", "receipt", "receipt number"]
        }
    }
}

/// How a payment row names its case: by the case's number, its decision's number or its record's number.
public enum CaseReference: Hashable, Sendable, CustomStringConvertible {
    case number(PenaltyCase.ID)
    case decision(String)
    case record(String)

    /// `case #12`, `decision number 15/QĐ-XPHC`, `record number BB-12/2026`.
    public var description: String {
        switch self {
        case .number(let id): "case #\(id)"
        case .decision(let number): "decision number \(number)"
        case .record(let number): "record number \(number)"
        }
    }
}

/// What a payment needs to know about the case it pays.
public struct PayableCase: Sendable, Equatable {
    public var id: PenaltyCase.ID
    public var state: PenaltyCase.State
    /// The decision's date and total fine; `nil` for a case not decided.
    public var decidedOn: CalendarDate?
    public var totalFineVND: VND?
    /// What the stored payments paid towards the fine.
    public var paidVND: VND

    public init(
        id: PenaltyCase.ID, state: PenaltyCase.State, decidedOn: CalendarDate?, totalFineVND: VND?, paidVND: VND
    ) {
        self.id = id
        self.state = state
        self.decidedOn = decidedOn
        self.totalFineVND = totalFineVND
        self.paidVND = paidVND
    }
}

/// A payment as a legacy file records it, read and checked on its own.
public struct LegacyPayment: Sendable, Equatable {
    /// Every way the row names its case (they must agree); at least one.
    public var references: [CaseReference]
    public var payment: Payment

    public init(references: [CaseReference], payment: Payment) {
        self.references = references
        self.payment = payment
    }
}

/// A payment as an import writes it.
public struct LegacyPaymentRecord: Sendable, Equatable {
    public var caseID: PenaltyCase.ID
    public var payment: Payment

    public init(caseID: PenaltyCase.ID, payment: Payment) {
        self.caseID = caseID
        self.payment = payment
    }
}
