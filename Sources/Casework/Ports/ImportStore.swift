/// What importing legacy inspections, cases and payments needs from a store: batched look-ups for the check, and
/// one bulk insert per kind, each a single transaction with a single journal entry.
///
/// The SQLite store implements it; the Import target's kinds (`InspectionImport`, `CaseImport`, `PaymentImport`) use it.
public protocol LegacyImportStore {
    /// The registered subjects among `references`; a reference to no subject is absent.
    ///
    /// - Throws: ``StoreError``.
    func subjects(matching references: [SubjectReference]) throws -> [SubjectReference: Subject]

    /// Which of `keys` are recorded already as `kind`, each with the ID of the record that has it (the case of a
    /// record or decision number or payment receipt, the inspection of a decision or conclusion number or
    /// follow-up receipt). A number is looked up in its key's year (numbers are unique per year); a receipt for ever.
    ///
    /// - Throws: ``StoreError``.
    func recorded(_ keys: [RecordedKey], as kind: RecordedValue) throws -> [RecordedKey: Int64]

    /// The cases `references` name, with what a payment against them needs to know, in the order of their IDs; an
    /// unknown one is absent. A decision or record number names one case per year, so it may name several.
    ///
    /// - Throws: ``StoreError``.
    func payableCases(_ references: [CaseReference]) throws -> [CaseReference: [PayableCase]]

    /// Writes `cases` in one transaction, journaled as one entry `command` whose payload `payload` builds.
    ///
    /// - Returns: The rows written and the IDs of the first and last case.
    /// - Throws: ``StoreError`` (`.duplicate` for a record or decision number recorded meanwhile, `.notFound` for
    ///   an unknown subject); then nothing is written.
    func importCases(
        _ cases: [LegacyCaseRecord], command: String, context: CommandContext,
        payload: (ImportBatchResult) -> ImportBatchPayload
    ) throws -> ImportBatchResult

    /// Writes `inspections` in one transaction, journaled as one entry `command` whose payload `payload` builds.
    ///
    /// - Returns: The rows written and the IDs of the first and last inspection.
    /// - Throws: ``StoreError``; then nothing is written.
    func importInspections(
        _ inspections: [LegacyInspectionRecord], command: String, context: CommandContext,
        payload: (ImportBatchResult) -> ImportBatchPayload
    ) throws -> ImportBatchResult

    /// Writes `payments` in one transaction, journaled as one entry `command` whose payload `payload` builds; a
    /// decided case whose fine the payments cover becomes settled.
    ///
    /// - Returns: The rows written and the sums paid.
    /// - Throws: ``StoreError`` (`.duplicate` for a receipt recorded meanwhile, `.invalid` for a payment above the
    ///   fine still owed); then nothing is written.
    func importPayments(
        _ payments: [LegacyPaymentRecord], command: String, context: CommandContext,
        payload: (ImportBatchResult) -> ImportBatchPayload
    ) throws -> ImportBatchResult
}

/// A value looked up by ``LegacyImportStore/recorded(_:as:)``: a number with the year that scopes it, or a receipt.
public struct RecordedKey: Hashable, Sendable {
    public var value: String
    /// The year of the number's date (a record's, a decision's, a conclusion's): record and decision numbers are
    /// unique within a year, as each year's register starts again at 1. `nil` for a receipt, unique for ever.
    public var year: Int?

    public init(_ value: String, year: Int? = nil) {
        self.value = value
        self.year = year
    }
}

/// A value that must be unique in the database (a number within its year, a receipt for ever), by where it is
/// recorded.
public enum RecordedValue: Sendable, Equatable {
    /// A penalty case's violation record number.
    case caseRecordNumber
    /// A penalty decision's number.
    case penaltyDecisionNumber
    /// An inspection decision's number.
    case inspectionDecisionNumber
    /// An inspection conclusion's number.
    case conclusionNumber
    /// The receipt of a follow-up (recovery) record.
    case followUpReceipt
    /// The receipt of a fine payment.
    case paymentReceipt

    /// Whether the value is unique within the year of its date (the numbers) rather than for ever (the receipts).
    public var isUniquePerYear: Bool {
        switch self {
        case .caseRecordNumber, .penaltyDecisionNumber, .inspectionDecisionNumber, .conclusionNumber: true
        case .followUpReceipt, .paymentReceipt: false
        }
    }
}

/// A penalty case as an import writes it: stored as recorded, never computed by the rules.
public struct LegacyCaseRecord: Sendable, Equatable {
    /// The case as `case open` would store it (its `packHash` the import marker).
    public var newCase: NewPenaltyCase
    /// The decision as recorded, its `packHash` ``PenaltyDecision/importMarker(sha256:)``.
    public var decision: PenaltyDecision?
    public var cancellation: Cancellation?
    public var state: PenaltyCase.State

    public init(
        newCase: NewPenaltyCase, decision: PenaltyDecision?, cancellation: Cancellation?, state: PenaltyCase.State
    ) {
        self.newCase = newCase
        self.decision = decision
        self.cancellation = cancellation
        self.state = state
    }
}

/// What importing subjects needs from a store: which subjects are registered already, and a bulk insert.
///
/// The SQLite store implements it; the Import target's `SubjectImport` uses it.
public protocol SubjectImportStore {
    /// The IDs of the registered subjects among `subjects`, keyed by ``NewSubject/registerKey``.
    ///
    /// - Throws: ``StoreError``.
    func registeredSubjects(among subjects: [NewSubject]) throws -> [String: Subject.ID]

    /// Registers `subjects` (already validated) in one transaction with one journal entry for `command`, whose
    /// payload `payload` builds from the stored subjects.
    ///
    /// - Returns: The stored subjects, in order.
    /// - Throws: ``StoreError`` of kind ``StoreError/Kind/duplicate`` when one is registered already or appears
    ///   twice (then nothing is written); another ``StoreError``.
    func addSubjects<Payload: Encodable>(
        _ subjects: [NewSubject], command: String, context: CommandContext, payload: ([Subject]) -> Payload
    ) throws -> [Subject]
}

extension NewSubject {
    /// `organization 0101234567`: what is unique in the register (kind and identifier).
    public var registerKey: String { "\(kind.rawValue) \(identifier)" }

    /// The identifier as the stores keep it: `nil` (SQL `NULL`) for a family household or a residential community
    /// registered without its representative's ID, so that several of them may be registered, none equal to another
    /// (a `UNIQUE (kind, identifier)` constraint lets `NULL`s repeat); the identifier otherwise.
    public var storedIdentifier: String? { identifier.isEmpty ? nil : identifier }

    /// Whether the subject has an identifier the register can find it by: every subject but a family household or a
    /// residential community registered without its representative's ID (``storedIdentifier``).
    public var isFindableByIdentifier: Bool { !identifier.isEmpty }
}
