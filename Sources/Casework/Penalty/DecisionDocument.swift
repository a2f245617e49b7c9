/// What a penalty decision (quyết định xử phạt vi phạm hành chính) says, for printing: the recorded decision of a
/// decided case, or the draft (dự thảo) the pack computes for a case still open.
///
/// The contents follow Luật XLVPHC Điều 68 k1 (as amended by Luật 67/2020/QH14): place and date, legal basis, the
/// record, who decides, the violator, each violation with its circumstances and the article applied, the penalty and
/// remedies, where and by when to pay, and the right to complain or sue. The face lays it out.
public struct DecisionDocument: Sendable, Equatable {
    public var penaltyCase: PenaltyCase
    /// The violator, when still registered.
    public var subject: Subject?
    /// `true` for a case not yet decided: the figures are the pack's preview, and the document is a draft.
    public var isDraft: Bool
    /// The decision's number; `nil` on a draft.
    public var number: String?
    /// The decision's date, or the day the draft is computed for.
    public var decidedOn: CalendarDate
    /// One line per violation, in the case's order.
    public var lines: [FineLine]
    public var totalFineVND: VND
    public var totalRemedialVND: VND
    /// The signer's title as the pack codes it (`chanh_thanh_tra_so`); empty when a draft names none.
    public var signerTitle: String
    /// The signer's name; empty when not known.
    public var signerName: String
    /// The last day to pay, once the decision was received; `nil` before.
    public var paymentDueOn: CalendarDate?
    /// The last day the decision can be enforced (Điều 74).
    public var enforcementExpiresOn: CalendarDate?
    /// The decision was imported as recorded from a legacy file: its lines are the file's, not the pack's.
    public var importedAsRecorded: Bool

    /// The recorded decision's confiscation, supplementary sanctions and remedial measures; `nil` on a draft (the
    /// pack does not compute them) or when the decision recorded none.
    public var sanctions: DecisionSanctions? { isDraft ? nil : penaltyCase.decision?.sanctions }

    public init(
        penaltyCase: PenaltyCase, subject: Subject?, isDraft: Bool, number: String?, decidedOn: CalendarDate,
        lines: [FineLine], totalFineVND: VND, totalRemedialVND: VND, signerTitle: String, signerName: String,
        paymentDueOn: CalendarDate?, enforcementExpiresOn: CalendarDate?, importedAsRecorded: Bool
    ) {
        self.penaltyCase = penaltyCase
        self.subject = subject
        self.isDraft = isDraft
        self.number = number
        self.decidedOn = decidedOn
        self.lines = lines
        self.totalFineVND = totalFineVND
        self.totalRemedialVND = totalRemedialVND
        self.signerTitle = signerTitle
        self.signerName = signerName
        self.paymentDueOn = paymentDueOn
        self.enforcementExpiresOn = enforcementExpiresOn
        self.importedAsRecorded = importedAsRecorded
    }
}
