/// Every port a store adapter implements, composed into one: what the application layer and the faces hold.
///
/// A store (SQLite today, PostgreSQL later) conforms to this one protocol; nothing above the composition root
/// names the concrete type. Each port keeps its own contract (one transaction and one journal entry per change).
public protocol InspectorateStore:
    CaseStore, PenaltyCaseStore, InspectionStore, PlanStore, ReportStore, FiledReportStore, RulePackStore,
    CaseSnapshotReader, PenaltyCaseBatchReader, SubjectImportStore, LegacyImportStore, TransactionalStore
{}

/// Every legal question the rule pack answers, composed: what a use case asks.
///
/// Implementations are not required to be thread-safe (see ``PenaltyPolicy``).
public typealias InspectoratePolicy = PenaltyPolicy & InspectionPolicy & PlanPolicy & ReportPolicy
