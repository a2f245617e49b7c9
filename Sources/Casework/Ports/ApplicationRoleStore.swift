/// The database's own privileges as a second wall around the journal (issue 13 item 2): a store on a server with
/// roles (PostgreSQL) lets its owner grant an **application role** what thanhtra's commands need — reading and writing
/// the working tables — while the append-only tables (the journal, filed reports) take only INSERT and SELECT from it,
/// beside their triggers. The owner creates and migrates the schema; everyone else connects as the application role.
///
/// Kept apart from ``InspectorateStore``: a SQLite file has no roles, and the faces ask for the port with
/// `store as? any ApplicationRoleStore`.
public protocol ApplicationRoleStore: Sendable {
    /// Grants `role` what the commands need and no more: SELECT, INSERT, UPDATE and DELETE on the working tables
    /// (and on the tables later migrations add), only INSERT and SELECT on the append-only tables, only SELECT on the
    /// list of migrations; never TRUNCATE, never a change to the schema. Run by the schema's owner; running it again
    /// (after an upgrade) re-applies it.
    ///
    /// - Returns: What `role` may now do to the append-only tables, read back from the database.
    /// - Throws: ``StoreError`` `.invalid` when `role` is not a plain role name, `.notFound` when the server has no
    ///   such role, `.invalid` when the connected role does not own the schema or `role` is the connected role itself.
    func grantApplicationRole(_ role: String) throws -> AppendOnlyPrivileges

    /// What the connected role may do to the append-only tables.
    ///
    /// - Throws: ``StoreError``.
    func appendOnlyPrivileges() throws -> AppendOnlyPrivileges
}

/// What one role may do to the append-only tables, as the database says (`has_table_privilege`).
public struct AppendOnlyPrivileges: Sendable, Equatable, Codable {
    /// One append-only table and the privileges the role holds on it.
    public struct Table: Sendable, Equatable, Codable {
        /// The table's name as thanhtra spells it (`journal`, `filedReport`).
        public var name: String
        /// Held among SELECT, INSERT, UPDATE, DELETE, TRUNCATE, in that order.
        public var privileges: [String]

        public init(name: String, privileges: [String]) {
            self.name = name
            self.privileges = privileges
        }
    }

    /// The role.
    public var role: String
    /// Whether it owns the append-only tables (an owner may drop their triggers: only a trigger guards them).
    public var ownsSchema: Bool
    /// Whether it is a superuser (privileges do not bind it).
    public var isSuperuser: Bool
    /// The append-only tables, in a fixed order.
    public var tables: [Table]

    public init(role: String, ownsSchema: Bool, isSuperuser: Bool, tables: [Table]) {
        self.role = role
        self.ownsSchema = ownsSchema
        self.isSuperuser = isSuperuser
        self.tables = tables
    }

    /// Whether the database itself keeps the role to appending: no ownership, no superuser, and nothing beyond INSERT
    /// and SELECT on every append-only table.
    public var isAppendOnly: Bool {
        !ownsSchema && !isSuperuser
            && tables.allSatisfy { Set($0.privileges).isSubset(of: ["SELECT", "INSERT"]) }
    }
}
