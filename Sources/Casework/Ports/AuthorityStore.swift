/// Where roles, legal titles and delegations are kept (issue 14, DESIGN.md §8): the port the application layer's
/// `Authorities` use cases and `case decide` work through.
///
/// Kept apart from ``AccountStore`` and ``InspectorateStore``: a store conforms on its own (SQLite and PostgreSQL
/// do), and the application layer asks for it with `store as? any AuthorityStore`.
///
/// Every change is one transaction with its journal entry. The law's conditions on a delegation (Luật XLVPHC
/// Điều 54) and the no-overlap rule of titles are checked **inside** that transaction, against the rows as stored
/// (``NewDelegation/checked(delegatorAssignments:delegatorReceived:)``,
/// ``NewTitleAssignment/checked(against:)``), so two administrators cannot race past them.
public protocol AuthorityStore: Sendable {
    /// Adds `role` to the account; journaled as `role grant`.
    /// - Returns: The account as stored after the change.
    /// - Throws: ``StoreError`` `.notFound` for an unknown login; ``AuthorityError`` `.roleUnchanged` when it has it.
    func grantRole(_ role: AccountRole, to login: String, context: CommandContext) throws -> Account

    /// Removes `role` from the account; journaled as `role revoke`.
    /// - Throws: ``StoreError`` `.notFound`; ``AuthorityError`` `.roleUnchanged` when it lacks it, `.lastRole`.
    func revokeRole(_ role: AccountRole, from login: String, context: CommandContext) throws -> Account

    /// Records a title held by an account; journaled as `title assign`.
    /// - Throws: ``StoreError`` `.notFound` for an unknown login; ``AuthorityError`` `.termBackwards`,
    ///   `.overlappingAssignment`.
    func assignTitle(_ assignment: NewTitleAssignment, context: CommandContext) throws -> TitleAssignment

    /// Ends a title assignment: `lastDay` becomes its last day held; journaled as `title end`.
    /// - Throws: ``AuthorityError`` `.assignmentNotFound`, `.endOutsideTerm`.
    func endTitleAssignment(_ id: TitleAssignment.ID, lastDay: CalendarDate, context: CommandContext) throws
        -> TitleAssignment

    /// Title assignments, of `login` only when given, by login then first day.
    /// - Throws: ``StoreError``.
    func titleAssignments(login: String?) throws -> [TitleAssignment]

    /// Records a delegation; journaled as `delegate`.
    /// - Throws: ``StoreError`` `.notFound` for an unknown login; the ``AuthorityError``s of
    ///   ``NewDelegation/checked(delegatorAssignments:delegatorReceived:)``.
    func recordDelegation(_ delegation: NewDelegation, context: CommandContext) throws -> Delegation

    /// Ends a delegation early: `lastDay` becomes the last day of its term; journaled as `delegation end`.
    /// - Throws: ``AuthorityError`` `.delegationNotFound`, `.endOutsideTerm`.
    func endDelegation(_ id: Delegation.ID, lastDay: CalendarDate, context: CommandContext) throws -> Delegation

    /// Delegations where `login` is the delegator or the delegate (all when `nil`), by number.
    /// - Throws: ``StoreError``.
    func delegations(login: String?) throws -> [Delegation]
}

/// The signer titles a rule pack knows (`rules titles`): what `title assign` and `delegate` may name.
public protocol SignerTitlePolicy {
    /// The codes of the titles in force on `day`.
    func signerTitleCodes(on day: CalendarDate) throws -> [String]
}
