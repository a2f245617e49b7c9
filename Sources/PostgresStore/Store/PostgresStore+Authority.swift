public import Casework

// Roles, legal titles and delegations (``AuthorityStore``) are not kept on PostgreSQL yet: the tables exist
// (`2026-12-09-createTitleAssignment`, schema parity), the implementation comes with the accounts (issue 13). Each
// method throws ``PostgresStore/notAvailable(_:)`` and reads or writes nothing.

extension PostgresStore: AuthorityStore {
    /// Not available on PostgreSQL yet. - Throws: ``StoreError`` always.
    public func grantRole(_ role: AccountRole, to login: String, context: CommandContext) throws -> Account {
        throw Self.notAvailable("roles are")
    }

    /// Not available on PostgreSQL yet. - Throws: ``StoreError`` always.
    public func revokeRole(_ role: AccountRole, from login: String, context: CommandContext) throws -> Account {
        throw Self.notAvailable("roles are")
    }

    /// Not available on PostgreSQL yet. - Throws: ``StoreError`` always.
    public func assignTitle(_ assignment: NewTitleAssignment, context: CommandContext) throws -> TitleAssignment {
        throw Self.notAvailable("legal titles are")
    }

    /// Not available on PostgreSQL yet. - Throws: ``StoreError`` always.
    public func endTitleAssignment(_ id: TitleAssignment.ID, lastDay: CalendarDate, context: CommandContext) throws
        -> TitleAssignment
    {
        throw Self.notAvailable("legal titles are")
    }

    /// Not available on PostgreSQL yet. - Throws: ``StoreError`` always.
    public func titleAssignments(login: String?) throws -> [TitleAssignment] {
        throw Self.notAvailable("legal titles are")
    }

    /// Not available on PostgreSQL yet. - Throws: ``StoreError`` always.
    public func recordDelegation(_ delegation: NewDelegation, context: CommandContext) throws -> Delegation {
        throw Self.notAvailable("delegations are")
    }

    /// Not available on PostgreSQL yet. - Throws: ``StoreError`` always.
    public func endDelegation(_ id: Delegation.ID, lastDay: CalendarDate, context: CommandContext) throws -> Delegation {
        throw Self.notAvailable("delegations are")
    }

    /// Not available on PostgreSQL yet. - Throws: ``StoreError`` always.
    public func delegations(login: String?) throws -> [Delegation] {
        throw Self.notAvailable("delegations are")
    }
}
