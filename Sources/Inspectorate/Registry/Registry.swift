public import Casework

/// The use cases that need no rule engine: registering and finding subjects, reading inspections. Kept apart from
/// ``Inspectorate`` so that reads open the store alone (building a rule engine costs more than a read; see
/// `docs/performance.md`, figure 5).
public struct Registry {
    /// Where subjects, inspections and the journal are kept.
    public let store: any InspectorateStore
    /// The pack in force as the journal records it; `nil` for reads only.
    public let pack: RulePackRecord?

    public init(store: any InspectorateStore, pack: RulePackRecord? = nil) {
        self.store = store
        self.pack = pack
    }

    /// Refuses `action` by `acting` when the store has accounts and no role of the acting account allows it
    /// (``CaseworkAction/allowedRoles``, the table the server's routes follow); nothing when it has none. The faces
    /// call it before a read (the CLI's `--as`), as every write use case calls it itself.
    /// - Throws: ``InspectorateError/actionNotAllowed(account:action:)``; ``StoreError``.
    public func authorize(_ action: CaseworkAction, acting: Acting) throws {
        _ = try action.roles(of: acting, in: store)
    }

    /// Registers a subject after ``NewSubject/validated()``; journaled as `subject add` (under the pack in force,
    /// recorded on first use).
    ///
    /// - Throws: ``InputError`` for an invalid field; ``StoreError`` `.duplicate` when a subject of the same kind has
    ///   the identifier.
    public func addSubject(_ new: NewSubject, acting: Acting) throws -> Subject {
        _ = try CaseworkAction.addSubject.roles(of: acting, in: store)
        let valid = try new.validated()
        let context = try pack.map { try $0.context(for: acting, in: store) }
            ?? CommandContext(actor: acting.account, timestamp: acting.recordedAt)
        return try store.addSubject(valid, context: context)
    }

    /// Subjects by name, then ID: of one `kind` or both, matching `search` (accent- and case-insensitive on the
    /// name), at most `limit`.
    /// - Throws: ``StoreError``.
    public func subjects(kind: Subject.Kind?, search: String?, limit: Int) throws -> [Subject] {
        try store.subjects(kind: kind, search: search, limit: limit)
    }

    /// The subject, or ``InspectorateError/unknownSubject(_:)``.
    /// - Throws: ``InspectorateError``; ``StoreError``.
    public func subject(_ id: Subject.ID) throws -> Subject {
        guard let subject = try store.subject(id: id) else { throw InspectorateError.unknownSubject(id) }
        return subject
    }

    /// The inspection with the subjects it covers (those still registered), or
    /// ``InspectorateError/unknownInspection(_:)``.
    /// - Throws: ``InspectorateError``; ``StoreError``.
    public func inspection(_ id: Inspection.ID) throws -> (inspection: Inspection, subjects: [Subject]) {
        guard let inspection = try store.inspection(id: id) else { throw InspectorateError.unknownInspection(id) }
        return (inspection, try inspection.subjects.compactMap { try store.subject(id: $0) })
    }

    /// Inspections matching `filter`, newest opening first.
    /// - Throws: ``StoreError``.
    public func inspections(_ filter: InspectionFilter) throws -> [Inspection] {
        try store.inspections(filter)
    }
}
