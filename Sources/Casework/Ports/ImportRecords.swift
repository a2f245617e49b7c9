/// How a row of an imported file names a registered subject: by its number, or by its tax code or citizen ID.
public enum SubjectReference: Hashable, Sendable, CustomStringConvertible {
    /// `#12`: the subject's number in this database.
    case number(Subject.ID)
    /// A tax code (organization) or a citizen ID (person), as registered.
    case identifier(Subject.Kind, String)

    /// `subject #12`, `tax code 0101234567`, `citizen ID 001085012345`.
    public var description: String {
        switch self {
        case .number(let id): "subject #\(id)"
        case .identifier(let kind, let identifier): "\(kind.identifierLabel) \(identifier)"
        }
    }

    /// The same in Vietnamese: `đối tượng #12`, `mã số thuế 0101234567`, `số định danh cá nhân 001085012345`.
    public var vietnamese: String {
        switch self {
        case .number(let id): "đối tượng #\(id)"
        case .identifier(let kind, let identifier): "\(kind.vietnameseIdentifierLabel) \(identifier)"
        }
    }

}

/// Where a batch comes from: what its journal entry records besides what it wrote.
public struct ImportBatchInfo: Sendable, Equatable {
    /// The file as given on the command line.
    public var file: String
    /// Lowercase hex SHA-256 of the whole file.
    public var sha256: String
    /// 1 for the file's first batch.
    public var batch: Int
    /// Physical lines of the batch's first and last rows (rejected rows between them are not imported).
    public var firstLine: Int
    public var lastLine: Int

    /// Creates batch information.
    public init(file: String, sha256: String, batch: Int, firstLine: Int, lastLine: Int) {
        self.file = file
        self.sha256 = sha256
        self.batch = batch
        self.firstLine = firstLine
        self.lastLine = lastLine
    }
}

/// What a batch wrote.
public struct ImportBatchResult: Sendable, Equatable {
    /// Rows written.
    public var rows: Int
    /// IDs of the first and last record created (inspections, cases); `nil` for payments, which have none.
    public var firstID: Int64?
    public var lastID: Int64?
    /// For payments: the sums paid towards fines and surcharges.
    public var amountVND: VND?
    public var surchargeVND: VND?

    /// Creates a batch result.
    public init(rows: Int, firstID: Int64? = nil, lastID: Int64? = nil, amountVND: VND? = nil, surchargeVND: VND? = nil)
    {
        self.rows = rows
        self.firstID = firstID
        self.lastID = lastID
        self.amountVND = amountVND
        self.surchargeVND = surchargeVND
    }
}

/// The journal payload of one batch of an import:
///
/// ```json
/// {"batch":1,"file":"vu-viec.csv","first":1,"firstLine":2,"last":10000,"lastLine":10001,"rows":10000,"sha256":"…"}
/// ```
public struct ImportBatchPayload: Codable, Sendable, Equatable {
    public var file: String
    public var sha256: String
    public var batch: Int
    public var firstLine: Int
    public var lastLine: Int
    public var rows: Int
    /// IDs of the first and last record created, when the kind creates records.
    public var first: Int64?
    public var last: Int64?
    /// Payments: the sums paid towards fines and surcharges.
    public var amountVND: VND?
    public var surchargeVND: VND?

    /// The payload of `info`'s batch, which wrote `result`.
    public init(_ info: ImportBatchInfo, _ result: ImportBatchResult) {
        file = info.file
        sha256 = info.sha256
        batch = info.batch
        firstLine = info.firstLine
        lastLine = info.lastLine
        rows = result.rows
        first = result.firstID
        last = result.lastID
        amountVND = result.amountVND
        surchargeVND = result.surchargeVND
    }
}

/// An inspection as an import writes it, with its subjects resolved and its deadlines computed.
public struct LegacyInspectionRecord: Sendable, Equatable {
    /// The inspection as `inspection open` would store it (its `packHash` the import marker, its deadlines the
    /// rules' answer for the recorded steps).
    public var newInspection: NewInspection
    public var decision: InspectionDecision
    public var timeline: InspectionTimeline
    public var state: Inspection.State
    /// Written against the first subject; the recommendations are linked to the finding when there is one.
    public var finding: NewFinding?
    /// The recovery recommendation (with what was recovered), then other financial handling.
    public var recommendations: [LegacyRecommendation]

    public init(
        newInspection: NewInspection, decision: InspectionDecision, timeline: InspectionTimeline,
        state: Inspection.State,
        finding: NewFinding? = nil, recommendations: [LegacyRecommendation] = []
    ) {
        self.newInspection = newInspection
        self.decision = decision
        self.timeline = timeline
        self.state = state
        self.finding = finding
        self.recommendations = recommendations
    }
}

/// A recommendation an import writes, with the follow-up recorded against it, if any.
public struct LegacyRecommendation: Sendable, Equatable {
    public var recommendation: NewRecommendation
    public var followUp: NewFollowUp?

    public init(_ recommendation: NewRecommendation, followUp: NewFollowUp? = nil) {
        self.recommendation = recommendation
        self.followUp = followUp
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

    /// The same in Vietnamese: `vụ việc #12`, `quyết định số 15/QĐ-XPHC`, `biên bản số BB-12/2026`.
    public var vietnamese: String {
        switch self {
        case .number(let id): "vụ việc #\(id)"
        case .decision(let number): "quyết định số \(number)"
        case .record(let number): "biên bản số \(number)"
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

/// A payment as an import writes it.
public struct LegacyPaymentRecord: Sendable, Equatable {
    public var caseID: PenaltyCase.ID
    public var payment: Payment

    public init(caseID: PenaltyCase.ID, payment: Payment) {
        self.caseID = caseID
        self.payment = payment
    }
}

extension PenaltyDecision {
    /// The ``packHash`` of a decision imported from a legacy file: `import:` and the file's SHA-256. No rule pack
    /// computed it, so it cannot be replayed.
    public static func importMarker(sha256: String) -> String { "import:\(sha256)" }

    /// Whether the decision was imported as recorded from a legacy file rather than computed by a rule pack.
    public var isImported: Bool { packHash.hasPrefix("import:") }

    /// The SHA-256 of the file an imported decision came from; `nil` for a computed decision.
    public var importedFileSHA256: String? { isImported ? String(packHash.dropFirst("import:".count)) : nil }
}
