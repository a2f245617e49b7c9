public import Casework

/// The application layer: every use case, written once for every face (the CLI, `batch --atomic`, later the
/// server). A use case takes the acting account, "today" (both in ``Acting``) and its inputs, works through the
/// ports — the store and the rule pack's policy — and returns a value. It never prints, never reads the environment
/// and never knows which face called it; its errors are values (``InspectorateError`` and Casework's errors).
///
/// ```swift
/// let inspectorate = Inspectorate(store: store, policy: engine, pack: record)
/// let opened = try inspectorate.openInspection(request, acting: acting)
/// ```
public struct Inspectorate {
    /// Where cases, inspections, reports and the journal are kept.
    public let store: any InspectorateStore
    /// The rule pack in force, answering every legal question.
    public let policy: any InspectoratePolicy
    /// The pack as the journal records it.
    public let pack: RulePackRecord

    public init(store: any InspectorateStore, policy: any InspectoratePolicy, pack: RulePackRecord) {
        self.store = store
        self.policy = policy
        self.pack = pack
    }

    /// The journal context of a change by `acting` (records the pack on first use).
    /// - Throws: ``StoreError``.
    public func context(for acting: Acting) throws -> CommandContext {
        try pack.context(for: acting, in: store)
    }
}
