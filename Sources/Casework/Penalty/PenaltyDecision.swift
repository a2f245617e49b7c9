/// The penalty decision (quyết định xử phạt): one decision lists each violation's penalty; the total is their sum.
public struct PenaltyDecision: Sendable, Codable, Equatable {
    public var number: String
    public var decidedOn: CalendarDate
    /// The signer's title code, as the pack lists titles (`chanh_thanh_tra_so`).
    public var signerTitle: String
    public var signerName: String
    public var lines: [FineLine]
    /// Sum of the lines' fines.
    public var totalFineVND: VND
    /// Sum of the remedial amounts (illegal gains returned), counted as recovery.
    public var totalRemedialVND: VND
    /// The rule pack that computed the decision; `case show --explain` replays it.
    public var packHash: String
    /// Case-level steps (deadline, competence) with their citations.
    public var steps: [ExplanationStep]
    /// The day the violator received the decision; starts the payment period.
    public var receivedOn: CalendarDate?
    /// Last day to pay, set when the decision is delivered.
    public var paymentDueOn: CalendarDate?
    /// After this day the decision can no longer be enforced (Điều 74).
    public var enforcementExpiresOn: CalendarDate
    /// Confiscation, supplementary sanctions and remedial measures as the decider recorded them; `nil` when none
    /// (and so absent from the decision's journal payload).
    public var sanctions: DecisionSanctions?

    public init(
        number: String, decidedOn: CalendarDate, signerTitle: String, signerName: String, lines: [FineLine],
        totalFineVND: VND, totalRemedialVND: VND, packHash: String, steps: [ExplanationStep],
        receivedOn: CalendarDate? = nil, paymentDueOn: CalendarDate? = nil, enforcementExpiresOn: CalendarDate,
        sanctions: DecisionSanctions? = nil
    ) {
        self.number = number
        self.decidedOn = decidedOn
        self.signerTitle = signerTitle
        self.signerName = signerName
        self.lines = lines
        self.totalFineVND = totalFineVND
        self.totalRemedialVND = totalRemedialVND
        self.packHash = packHash
        self.steps = steps
        self.receivedOn = receivedOn
        self.paymentDueOn = paymentDueOn
        self.enforcementExpiresOn = enforcementExpiresOn
        self.sanctions = sanctions
    }
}

/// The penalty for one violation, as the rules computed it, with the computation's steps.
public struct FineLine: Sendable, Codable, Equatable {
    public var code: String
    public var title: String
    /// The legal basis in words: "điểm a khoản 1 Điều 16 Nghị định 125/2020/NĐ-CP".
    public var legalBasis: String
    public var sector: String
    /// The frame as applied to this violator (after ×2 / ½ and the sector cap).
    public var frameMinVND: VND
    public var frameMaxVND: VND
    /// The fine; zero when ``isWarning``.
    public var fineVND: VND
    /// A warning (cảnh cáo) instead of a fine.
    public var isWarning: Bool
    public var remedies: [Remedy]
    public var steps: [ExplanationStep]

    public init(
        code: String, title: String, legalBasis: String, sector: String, frameMinVND: VND, frameMaxVND: VND,
        fineVND: VND, isWarning: Bool, remedies: [Remedy], steps: [ExplanationStep]
    ) {
        self.code = code
        self.title = title
        self.legalBasis = legalBasis
        self.sector = sector
        self.frameMinVND = frameMinVND
        self.frameMaxVND = frameMaxVND
        self.fineVND = fineVND
        self.isWarning = isWarning
        self.remedies = remedies
        self.steps = steps
    }
}

/// A remedial measure (biện pháp khắc phục hậu quả); `amountVND` is money to return (recovery), zero otherwise.
public struct Remedy: Sendable, Codable, Equatable {
    public var code: String
    public var title: String
    public var amountVND: VND
    public init(code: String, title: String, amountVND: VND) {
        self.code = code
        self.title = title
        self.amountVND = amountVND
    }
}

/// One step of a computation, with the legal provision it applies: "Điều 23 k4: base = average of … = 15.000.000 đ".
public struct ExplanationStep: Sendable, Codable, Equatable {
    public var text: String
    public var citation: String
    public init(text: String, citation: String) {
        self.text = text
        self.citation = citation
    }
}
