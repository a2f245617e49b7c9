public import Casework
import Foundation
import PostgresNIO

/// The application role (``ApplicationRoleStore``, issue 13 item 2): the schema's owner creates and migrates the
/// tables; the role every thanhtra of the staff connects as gets only what the commands need, and on the append-only
/// tables only INSERT and SELECT, so an UPDATE, DELETE or TRUNCATE of the journal is refused by privilege before the
/// append-only triggers are even reached (and the role, owning nothing, cannot drop those triggers).
extension PostgresStore: ApplicationRoleStore {
    /// The append-only tables, in the order ``AppendOnlyPrivileges/tables`` lists them.
    static let appendOnlyTables = ["journal", "filedReport"]

    /// The privileges ``AppendOnlyPrivileges`` reports, in its order.
    static let tablePrivileges = ["SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE"]

    /// Grants `role` what the commands need, in one transaction under the write lock (so no migration runs
    /// meanwhile): USAGE on the schema; SELECT, INSERT, UPDATE and DELETE on every table, then UPDATE, DELETE and
    /// TRUNCATE taken back from the append-only tables, and everything but SELECT from `thanhtraMigration`; USAGE and
    /// SELECT on the sequences; and the same by default on what later migrations of the owner create.
    ///
    /// - Returns: What `role` may now do to the append-only tables.
    /// - Throws: ``StoreError`` `.invalid` for a role name that is not plain (lower-case letters, digits, `_`), or when
    ///   the connected role does not own the schema or is `role`; `.notFound` when the server has no such role.
    public func grantApplicationRole(_ role: String) throws -> AppendOnlyPrivileges {
        guard Self.isPlainRoleName(role) else {
            throw StoreError(
                .invalid, "'\(role)' is not a plain role name",
                hint: "use lower-case letters, digits and _, as createuser makes roles")
        }
        return try writing { session in
            guard try session.row("SELECT 1 AS found FROM pg_roles WHERE rolname = \(role)") != nil else {
                throw StoreError(
                    .notFound, "the server \(settings) has no role \(role)",
                    hint: "create it first (createuser \(role), as the postgres superuser)")
            }
            guard
                let here = try session.row(
                    """
                    SELECT current_user::text AS me, current_schema()::text AS schema,
                        pg_get_userbyid(c.relowner)::text AS owner
                    FROM pg_class c WHERE c.oid = 'journal'::regclass
                    """)
            else { preconditionFailure("the query returns one row") }
            let me = try here.string("me")
            let owner = try here.string("owner")
            guard me == owner else {
                throw StoreError(
                    .invalid, "only the schema's owner, \(owner), grants the application role; connected as \(me)",
                    hint: "connect as \(owner) to grant")
            }
            guard role != me else {
                throw StoreError(
                    .invalid, "\(role) owns the schema: the application role must be another role",
                    hint: "create a role for the staff (createuser) and grant it")
            }
            let grantee = "\"\(role)\""
            let schema = "\"\(try here.string("schema").replacingOccurrences(of: "\"", with: "\"\""))\""
            let appendOnly = Self.appendOnlyTables.joined(separator: ", ")
            for statement in [
                "GRANT USAGE ON SCHEMA \(schema) TO \(grantee)",
                "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA \(schema) TO \(grantee)",
                "REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON \(appendOnly) FROM \(grantee)",
                "REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON thanhtraMigration FROM \(grantee)",
                "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA \(schema) TO \(grantee)",
                """
                ALTER DEFAULT PRIVILEGES IN SCHEMA \(schema) GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO \(grantee)
                """,
                "ALTER DEFAULT PRIVILEGES IN SCHEMA \(schema) GRANT USAGE, SELECT ON SEQUENCES TO \(grantee)",
            ] {
                try session.execute(sql: statement)
            }
            return try Self.appendOnlyPrivileges(session, role: role)
        }
    }

    /// What the connected role may do to the append-only tables.
    ///
    /// - Throws: ``StoreError``.
    public func appendOnlyPrivileges() throws -> AppendOnlyPrivileges {
        try read { session in
            guard let me = try session.row("SELECT current_user::text AS me")?.string("me") else {
                preconditionFailure("the query returns one row")
            }
            return try Self.appendOnlyPrivileges(session, role: me)
        }
    }

    /// Lower-case letters, digits and `_`, not starting with a digit: a name that needs no quoting to mean itself.
    static func isPlainRoleName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard let first = bytes.first, bytes.count <= 63 else { return false }
        func isLetter(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || byte == UInt8(ascii: "_") }
        func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        return isLetter(first) && bytes.allSatisfy { isLetter($0) || isDigit($0) }
    }

    /// What `role` may do to the append-only tables, as `has_table_privilege` says (an owner holds every privilege).
    static func appendOnlyPrivileges(_ session: PGSession, role: String) throws -> AppendOnlyPrivileges {
        guard
            let row = try session.row(
                """
                SELECT r.rolsuper AS superuser, pg_has_role(r.oid, c.relowner, 'USAGE') AS owns
                FROM pg_roles r, pg_class c WHERE r.rolname = \(role) AND c.oid = 'journal'::regclass
                """)
        else { throw StoreError(.notFound, "the server has no role \(role)") }
        var tables: [AppendOnlyPrivileges.Table] = []
        for table in appendOnlyTables {
            let held = try session.rows(
                """
                SELECT p.privilege FROM unnest(\(tablePrivileges)::text[]) WITH ORDINALITY AS p(privilege, n)
                WHERE has_table_privilege(\(role), \(table), p.privilege) ORDER BY p.n
                """
            ).map { try $0.string("privilege") }
            tables.append(AppendOnlyPrivileges.Table(name: table, privileges: held))
        }
        return AppendOnlyPrivileges(
            role: role, ownsSchema: try row.bool("owns"), isSuperuser: try row.bool("superuser"), tables: tables)
    }
}
