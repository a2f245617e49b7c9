public import Casework

/// What recording a payment would do, computed and checked without writing anything (the server's preview step).
public struct PaymentPreview: Sendable, Equatable {
    /// The case as it stands.
    public var penaltyCase: PenaltyCase
    /// The fine still owed before the payment.
    public var outstandingBeforeVND: VND
    /// The fine still owed after it.
    public var outstandingAfterVND: VND
    /// The case's state after it (settled when nothing is owed any more).
    public var newState: PenaltyCase.State
    /// The late surcharge owed on the payment day, by the pack; `nil` when the case has no payment due date.
    public var surchargeOwedVND: VND?
}

extension Inspectorate {
    /// Checks a payment exactly as ``payCase(_:amountVND:surchargeVND:paidOn:receipt:acting:)`` would, and says what
    /// it would change, without writing anything.
    ///
    /// - Throws: ``InspectorateError/unknownPenaltyCase(_:)``; ``PenaltyCaseError`` and ``InputError`` as the payment
    ///   itself would; ``StoreError``.
    public func previewPayment(
        _ id: PenaltyCase.ID, amountVND: VND, surchargeVND: VND, paidOn: CalendarDate, receipt: String, acting: Acting
    ) throws -> PaymentPreview {
        try authorize(.recordPayment, acting: acting)
        guard let current = try store.penaltyCase(id: id) else { throw InspectorateError.unknownPenaltyCase(id) }
        let update = try PenaltyCasework.pay(
            current, amountVND: amountVND, surchargeVND: surchargeVND, paidOn: paidOn, receipt: receipt,
            today: acting.today, policy: policy)
        let before = current.outstandingVND
        let after = VND(rawValue: max(0, before.rawValue - amountVND.rawValue)) ?? .zero
        let surcharge = try PenaltyCasework.surcharge(current, asOf: paidOn, policy: policy)
        return PaymentPreview(
            penaltyCase: current, outstandingBeforeVND: before, outstandingAfterVND: after, newState: update.newState,
            surchargeOwedVND: surcharge?.owedVND)
    }
}
