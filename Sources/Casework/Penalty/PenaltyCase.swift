/// An administrative-penalty case (vụ việc xử phạt vi phạm hành chính): one violator, one or more violations,
/// one violation record (biên bản), at most one decision, and the payments against it.
///
/// A case is changed only by commands (open, decide, deliver, pay, installments, postpone, cancel), each one
/// transaction with its journal entry; nothing is ever edited in place. Money is ``VND``; dates are
/// ``CalendarDate`` in Asia/Ho_Chi_Minh.
public struct PenaltyCase: Sendable, Codable, Equatable, Identifiable {
    public typealias ID = Tagged<PenaltyCase, Int64>

    /// Where the case stands.
    public enum State: String, Sendable, Codable, CaseIterable {
        /// Recorded, not yet decided.
        case open
        /// A decision was issued; the fine (if any) is not fully paid.
        case decided
        /// Fully paid, or decided with a warning only.
        case settled
        /// Cancelled with a reason; kept for the record.
        case cancelled
    }

    public var id: ID
    public var subjectID: Subject.ID
    /// Whether the violator is an organization, a person or a household business, copied from the subject when the
    /// case opened.
    public var violatorKind: Subject.Kind
    public var record: ViolationRecord
    public var violations: [CaseViolation]
    /// Codes of mitigating circumstances (Điều 9), as the pack lists them.
    public var mitigating: [String]
    /// Codes of aggravating circumstances (Điều 10), as the pack lists them.
    public var aggravating: [String]
    /// Facts that change the decision deadline and the penalty.
    public var facts: CaseFacts
    public var openedOn: CalendarDate
    /// Last day to issue the decision (Điều 66), as the pack computed it at opening (with any extension).
    public var decisionDueOn: CalendarDate
    /// The rule pack in force when the case was opened.
    public var openedWithPack: String
    public var state: State
    public var decision: PenaltyDecision?
    public var payments: [Payment]
    public var installments: [Installment]
    public var postponements: [Postponement]
    public var cancellation: Cancellation?
    /// The body (cơ quan) that handles the case and decides it, when several share one store: a code of the pack's
    /// `report.bodies`; `nil` when none was named. Reports of one body (`report … --body`) count its cases only.
    public var body: String?

    public init(
        id: ID, subjectID: Subject.ID, violatorKind: Subject.Kind, record: ViolationRecord,
        violations: [CaseViolation], mitigating: [String], aggravating: [String], facts: CaseFacts,
        openedOn: CalendarDate, decisionDueOn: CalendarDate, openedWithPack: String, state: State = .open, decision: PenaltyDecision? = nil,
        payments: [Payment] = [], installments: [Installment] = [], postponements: [Postponement] = [],
        cancellation: Cancellation? = nil, body: String? = nil
    ) {
        self.id = id
        self.subjectID = subjectID
        self.violatorKind = violatorKind
        self.record = record
        self.violations = violations
        self.mitigating = mitigating
        self.aggravating = aggravating
        self.facts = facts
        self.openedOn = openedOn
        self.decisionDueOn = decisionDueOn
        self.openedWithPack = openedWithPack
        self.state = state
        self.decision = decision
        self.payments = payments
        self.installments = installments
        self.postponements = postponements
        self.cancellation = cancellation
        self.body = body
    }
}

/// The violation record (biên bản vi phạm hành chính): its date starts the decision deadline.
public struct ViolationRecord: Sendable, Codable, Equatable {
    public var number: String
    public var madeOn: CalendarDate
    public var place: String
    public init(number: String, madeOn: CalendarDate, place: String) {
        self.number = number
        self.madeOn = madeOn
        self.place = place
    }
}

/// One violation of a case: a catalog code and when it happened.
///
/// A completed violation has `endedOn` (limitation runs from it); an ongoing one has `detectedOn` (limitation runs
/// from detection).
public struct CaseViolation: Sendable, Codable, Equatable {
    /// The catalog code, as the pack defines it (`ND125-2020-D16-K1-a`).
    public var code: String
    /// The catalog's sector of the code (`hoa_don`, `giao_thong_duong_bo`), copied at opening for filters and reports.
    public var sector: String
    /// When the violation was committed (or began).
    public var committedOn: CalendarDate
    /// When a completed violation ended; `nil` for an ongoing one.
    public var endedOn: CalendarDate?
    /// When an ongoing violation was detected; `nil` for a completed one.
    public var detectedOn: CalendarDate?
    /// Illegal gains to be returned (buộc nộp lại số lợi bất hợp pháp), counted as recovery; zero when none.
    public var illegalGainVND: VND
    /// Mitigating circumstances (Điều 9) of this violation only, as the pack lists them; the case's own
    /// ``PenaltyCase/mitigating`` apply to every violation besides these.
    public var mitigating: [String]
    /// Aggravating circumstances (Điều 10) of this violation only; the case's ``PenaltyCase/aggravating`` apply to
    /// every violation besides these.
    public var aggravating: [String]

    public var isOngoing: Bool { endedOn == nil }

    /// What a violation's `code` starts with when it is no code of the catalog but its legal basis in words
    /// ("căn cứ: điểm a khoản 1 Điều 11 Nghị định 109/2013/NĐ-CP"): a decision of the years before the catalog,
    /// imported as recorded. No pack computes such a violation; its decision stands as recorded.
    public static let basisInWordsPrefix = "căn cứ: "

    /// Whether the violation is given by its legal basis in words (``basisInWordsPrefix``), not by a catalog code.
    public var isBasisInWords: Bool { code.hasPrefix(Self.basisInWordsPrefix) }

    /// The legal basis in words of a violation given that way; `nil` for a catalog code.
    public var basisInWords: String? { isBasisInWords ? String(code.dropFirst(Self.basisInWordsPrefix.count)) : nil }

    public init(
        code: String, sector: String, committedOn: CalendarDate, endedOn: CalendarDate?, detectedOn: CalendarDate?,
        illegalGainVND: VND = .zero, mitigating: [String] = [], aggravating: [String] = []
    ) {
        self.code = code
        self.sector = sector
        self.committedOn = committedOn
        self.endedOn = endedOn
        self.detectedOn = detectedOn
        self.illegalGainVND = illegalGainVND
        self.mitigating = mitigating
        self.aggravating = aggravating
    }

    private enum CodingKeys: String, CodingKey {
        case code, sector, committedOn, endedOn, detectedOn, illegalGainVND, mitigating, aggravating
    }

    /// Reads a violation; one written before circumstances belonged to violations has none of its own.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.decode(String.self, forKey: .code)
        sector = try container.decode(String.self, forKey: .sector)
        committedOn = try container.decode(CalendarDate.self, forKey: .committedOn)
        endedOn = try container.decodeIfPresent(CalendarDate.self, forKey: .endedOn)
        detectedOn = try container.decodeIfPresent(CalendarDate.self, forKey: .detectedOn)
        illegalGainVND = try container.decode(VND.self, forKey: .illegalGainVND)
        mitigating = try container.decodeIfPresent([String].self, forKey: .mitigating) ?? []
        aggravating = try container.decodeIfPresent([String].self, forKey: .aggravating) ?? []
    }

    /// Writes a violation; its own circumstances only when it has some, so that a journal payload of a violation
    /// without them is what it was before circumstances belonged to violations.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(sector, forKey: .sector)
        try container.encode(committedOn, forKey: .committedOn)
        try container.encodeIfPresent(endedOn, forKey: .endedOn)
        try container.encodeIfPresent(detectedOn, forKey: .detectedOn)
        try container.encode(illegalGainVND, forKey: .illegalGainVND)
        if !mitigating.isEmpty { try container.encode(mitigating, forKey: .mitigating) }
        if !aggravating.isEmpty { try container.encode(aggravating, forKey: .aggravating) }
    }
}

/// Facts of a case that the rules weigh besides the violations and circumstances.
public struct CaseFacts: Sendable, Codable, Equatable {
    /// The case is complex (Điều 66: up to 30 days to decide).
    public var isComplex: Bool
    /// The violator asked to explain (giải trình; Điều 61): up to 30 days to decide.
    public var explanationRequested: Bool
    /// A person aged 14 to under 16 (a warning applies; Điều 22).
    public var isMinor: Bool
    /// An extension of the decision deadline granted by the superior, with its reason.
    public var extensionDays: Int
    public var extensionReason: String?

    public init(
        isComplex: Bool = false, explanationRequested: Bool = false, isMinor: Bool = false, extensionDays: Int = 0,
        extensionReason: String? = nil
    ) {
        self.isComplex = isComplex
        self.explanationRequested = explanationRequested
        self.isMinor = isMinor
        self.extensionDays = extensionDays
        self.extensionReason = extensionReason
    }
}

extension PenaltyCase {
    /// Whether the sums that ``outstandingVND`` and ``surchargePaidVND`` compute fit in an `Int64`.
    ///
    /// They always do for a case thanhtra wrote (a payment never exceeds what is owed, and every amount is at most
    /// ``VND/maximum``); a store checks it when it loads a case, so that a database changed outside thanhtra is
    /// reported as such instead of trapping in those two properties.
    public var amountsAddUp: Bool {
        var paid: Int64 = 0
        var surcharge: Int64 = 0
        for payment in payments {
            let (newPaid, paidOverflow) = paid.addingReportingOverflow(payment.amountVND.rawValue)
            let (newSurcharge, surchargeOverflow) = surcharge.addingReportingOverflow(payment.surchargeVND.rawValue)
            guard !paidOverflow, !surchargeOverflow else { return false }
            paid = newPaid
            surcharge = newSurcharge
        }
        return true
    }

    /// The fine still to pay: the decision's total less what was paid towards it.
    ///
    /// - Precondition: ``amountsAddUp`` (checked by the store when the case is loaded).
    public var outstandingVND: VND {
        let paid = payments.reduce(Int64(0)) { $0 + $1.amountVND.rawValue }
        return VND(rawValue: max(0, (decision?.totalFineVND.rawValue ?? 0) - paid)) ?? .zero
    }
    /// Surcharge paid so far.
    public var surchargePaidVND: VND {
        VND(rawValue: payments.reduce(Int64(0)) { $0 + $1.surchargeVND.rawValue }) ?? .zero
    }
}
