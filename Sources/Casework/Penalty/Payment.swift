/// A payment against a decided case (nộp phạt): part of the fine and part of the late surcharge.
public struct Payment: Sendable, Codable, Equatable {
    public var paidOn: CalendarDate
    /// Paid towards the fine.
    public var amountVND: VND
    /// Paid towards the late-payment surcharge (tiền chậm nộp).
    public var surchargeVND: VND
    /// The receipt or treasury document number; unique across the database.
    public var receipt: String

    public init(paidOn: CalendarDate, amountVND: VND, surchargeVND: VND, receipt: String) {
        self.paidOn = paidOn
        self.amountVND = amountVND
        self.surchargeVND = surchargeVND
        self.receipt = receipt
    }
}

/// One installment of an approved plan (nộp tiền phạt nhiều lần; Điều 79).
public struct Installment: Sendable, Codable, Equatable {
    public var dueOn: CalendarDate
    public var amountVND: VND
    public init(dueOn: CalendarDate, amountVND: VND) {
        self.dueOn = dueOn
        self.amountVND = amountVND
    }
}

/// A postponement of payment (hoãn thi hành; Điều 76): no surcharge accrues on its days.
public struct Postponement: Sendable, Codable, Equatable {
    public var fromOn: CalendarDate
    /// Last day of the postponement (inclusive).
    public var untilOn: CalendarDate
    public var reason: String
    public init(fromOn: CalendarDate, untilOn: CalendarDate, reason: String) {
        self.fromOn = fromOn
        self.untilOn = untilOn
        self.reason = reason
    }
}

/// Why and when a case was cancelled.
public struct Cancellation: Sendable, Codable, Equatable {
    public var cancelledOn: CalendarDate
    public var reason: String
    public init(cancelledOn: CalendarDate, reason: String) {
        self.cancelledOn = cancelledOn
        self.reason = reason
    }
}
