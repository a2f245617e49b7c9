public import Casework

/// The columns of a legacy file of fine payments (`thanhtra import FILE --kind payments`), one row per receipt.
public enum PaymentImportField: String, ImportField {
    case caseNumber, decisionNumber, recordNumber, paidOn, amount, surcharge, receipt

    public var cell: ImportCell {
        switch self {
        case .paidOn: .date
        case .amount, .surcharge: .money
        default: .text
        }
    }

    public var title: String {
        switch self {
        case .caseNumber: "Vụ việc"
        case .decisionNumber: "Số quyết định"
        case .recordNumber: "Số biên bản"
        case .paidOn: "Ngày nộp"
        case .amount: "Số tiền"
        case .surcharge: "Tiền chậm nộp"
        case .receipt: "Số biên lai"
        }
    }

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

