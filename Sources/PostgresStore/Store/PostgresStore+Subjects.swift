public import Casework
import Foundation
import PostgresNIO

/// Subjects: registered one at a time (`subject add`) or in batches (the import), found by number or identifier,
/// listed with the accent-insensitive search over `nameFolded` (folded in Swift exactly as SQLite's store folds, and
/// indexed).
extension PostgresStore {
    /// `name` lowercased, without diacritics, and with `đ` as `d`: what `subject.nameFolded` holds and what searches
    /// compare against (`Nguyễn Văn Đông` → `nguyen van dong`). The same function as SQLite's store, so both stores
    /// find the same subjects for the same search (`SubjectSearchParityTests`).
    static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "đ", with: "d")
    }

    /// Registers a subject after ``NewSubject/validated()``, journaled as `subject add` with the stored subject as
    /// payload.
    ///
    /// - Throws: ``InputError`` for an invalid field; ``StoreError`` `.duplicate` when a subject of the same kind has
    ///   the same identifier (naming its ID), as SQLite's store words it.
    public func addSubject(_ subject: NewSubject, context: CommandContext) throws -> Subject {
        let new = try subject.validated()
        return try perform("subject add", context: context) { session in
            if let existing = try Self.subjectID(new, session) { throw Self.duplicateSubject(new, existingID: existing) }
            let stored = try Self.insert(new, session)
            return (result: stored, payload: stored)
        }
    }

    /// The subject with this ID, or `nil`.
    ///
    /// - Throws: ``StoreError``.
    public func subject(id: Subject.ID) throws -> Subject? {
        try readStatement { session in try session.row("SELECT * FROM subject WHERE id = \(id.rawValue)").map(Self.subject) }
    }

    /// Subjects ordered by folded name (byte order, as SQLite's), then ID; see
    /// ``CaseStore/subjects(kind:search:limit:)``. The identifier matches case-insensitively for ASCII letters only,
    /// as SQLite's `LIKE` does.
    ///
    /// - Throws: ``StoreError``.
    public func subjects(kind: Subject.Kind?, search: String?, limit: Int) throws -> [Subject] {
        let statement = Self.subjectSearch(kind: kind, search: search, limit: limit)
        return try read { session in try session.rows(statement.query).map(Self.subject) }
    }

    /// The statement of ``subjects(kind:search:limit:)``: the folded search text anywhere in `nameFolded`, or the
    /// text anywhere in the identifier with its ASCII letters lowercased — the two expressions the trigram indexes
    /// cover (``PostgresSchema/subjectTrigramIndexes``), so a containment search on a large register reads the
    /// indexes, not the table.
    static func subjectSearch(kind: Subject.Kind?, search: String?, limit: Int) -> PGStatement {
        var statement = PGStatement("SELECT * FROM subject")
        var conditions: [String] = []
        if let kind { conditions.append("kind = \(statement.bind(kind.rawValue))") }
        if let search, !search.trimmedOfWhitespace.isEmpty {
            let text = search.trimmedOfWhitespace
            let name = statement.bind("%\(Self.escapedForLike(Self.folded(text)))%")
            let identifier = statement.bind("%\(Self.escapedForLike(Self.asciiLowercased(text)))%")
            conditions.append(
                #"(nameFolded LIKE \#(name) ESCAPE '\' OR "#
                    + #"translate(identifier, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') LIKE \#(identifier) ESCAPE '\')"#)
        }
        if !conditions.isEmpty { statement.append(" WHERE " + conditions.joined(separator: " AND ")) }
        statement.append(#" ORDER BY nameFolded COLLATE "C", id LIMIT \#(statement.bind(Int64(max(0, limit))))"#)
        return statement
    }

    /// `text` with `\`, `%` and `_` escaped by `\`, so LIKE matches them literally.
    static func escapedForLike(_ text: String) -> String {
        var out = ""
        for character in text {
            if character == "\\" || character == "%" || character == "_" { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// `text` with only the ASCII letters lowercased (what SQLite's `LIKE` ignores the case of).
    static func asciiLowercased(_ text: String) -> String {
        String(text.map { $0.isASCII && $0.isUppercase ? Character($0.lowercased()) : $0 })
    }

    /// The ID of the subject with `new`'s kind and identifier, if registered.
    static func subjectID(_ new: NewSubject, _ session: PGSession) throws -> Subject.ID? {
        try session.row("SELECT id FROM subject WHERE kind = \(new.kind.rawValue) AND identifier = \(new.storedIdentifier)")
            .map { Subject.ID(try $0.int64("id")) }
    }

    /// Inserts a validated subject and returns it with its new ID.
    static func insert(_ new: NewSubject, _ session: PGSession) throws -> Subject {
        guard
            let row = try session.row(
                """
                INSERT INTO subject (kind, identifier, name, nameFolded, address)
                VALUES (\(new.kind.rawValue), \(new.storedIdentifier), \(new.name), \(folded(new.name)), \(new.address))
                RETURNING id
                """)
        else { preconditionFailure("INSERT … RETURNING returns its row") }
        return Subject(
            id: Subject.ID(try row.int64("id")), kind: new.kind, identifier: new.identifier, name: new.name,
            address: new.address)
    }

    /// The error for a second subject with the same kind and identifier, in SQLite's store's words.
    static func duplicateSubject(_ subject: NewSubject, existingID: Subject.ID) -> StoreError {
        StoreError(
            .duplicate,
            "subject with \(subject.kind.identifierLabel) \(subject.identifier) is already registered as #\(existingID)",
            hint: "see `thanhtra subject show \(existingID)`",
            refusal: .duplicateSubject(kind: subject.kind, identifier: subject.identifier, existing: existingID))
    }

    /// Decodes a `subject` row.
    static func subject(_ row: PGRow) throws -> Subject {
        Subject(
            id: Subject.ID(try row.int64("id")), kind: try row.enumeration("kind"),
            identifier: try row.optionalString("identifier") ?? "", name: try row.string("name"),
            address: try row.string("address"))
    }
}

extension PostgresStore: SubjectImportStore {
    /// Which of `subjects` are registered, by ``NewSubject/registerKey``: one query per 10 000 subjects.
    ///
    /// - Throws: ``StoreError``.
    public func registeredSubjects(among subjects: [NewSubject]) throws -> [String: Subject.ID] {
        try read { session in try Self.registeredSubjects(among: subjects, session) }
    }

    /// How many subjects one look-up by kind and identifier names.
    static let lookUpChunk = 10_000

    /// The IDs of the registered subjects among `subjects`, by ``NewSubject/registerKey``: a join of the unique
    /// `(kind, identifier)` index with the given pairs, a chunk at a time.
    static func registeredSubjects(among subjects: [NewSubject], _ session: PGSession) throws -> [String: Subject.ID] {
        var found: [String: Subject.ID] = [:]
        var start = subjects.startIndex
        while start < subjects.endIndex {
            let slice = subjects[start..<min(start + lookUpChunk, subjects.endIndex)]
            let chunk = slice.filter(\.isFindableByIdentifier)
            let kinds = chunk.map(\.kind.rawValue)
            let identifiers = chunk.map(\.identifier)
            for row in try session.rows(
                """
                SELECT s.id, s.kind, s.identifier FROM subject s
                JOIN unnest(\(kinds)::text[], \(identifiers)::text[]) AS given(kind, identifier)
                ON s.kind = given.kind AND s.identifier = given.identifier
                """)
            {
                let key = NewSubject(
                    kind: try row.enumeration("kind"), identifier: try row.string("identifier"), name: "", address: ""
                ).registerKey
                found[key] = Subject.ID(try row.int64("id"))
            }
            start += slice.count
        }
        return found
    }

    /// Registers `subjects` in one transaction with one journal entry (payload built from the stored subjects);
    /// all or none. After one look-up of the subjects already registered (the refusals are SQLite's, for the first
    /// subject in the order given that is registered already or given twice), the rows go in with one
    /// `COPY subject … FROM STDIN` (``copySubjects(_:_:)``).
    ///
    /// - Returns: The stored subjects, in the order given, with their new IDs.
    /// - Throws: ``InputError`` for an invalid field; ``StoreError`` `.duplicate` for a subject registered already or
    ///   given twice. Then nothing is written or journaled.
    public func addSubjects<Payload: Encodable>(
        _ subjects: [NewSubject], command: String, context: CommandContext, payload: ([Subject]) -> Payload
    ) throws -> [Subject] {
        let valid = try subjects.map { subject throws(InputError) in try subject.validated() }
        return try perform(command, context: context) { session in
            let registered = try Self.registeredSubjects(among: valid, session)
            var given: Set<String> = []
            for new in valid {
                if !new.isFindableByIdentifier { continue }   // equal to no other subject
                if given.contains(new.registerKey) {
                    throw StoreError(
                        .duplicate, "subject with \(new.kind.identifierLabel) \(new.identifier) is given twice",
                        hint: "register each subject once")
                }
                if let id = registered[new.registerKey] { throw Self.duplicateSubject(new, existingID: id) }
                given.insert(new.registerKey)
            }
            let stored = try Self.copySubjects(valid, session)
            return (result: stored, payload: payload(stored))
        }
    }
}

extension PostgresStore {
    /// Writes validated, unregistered `subjects` with one `COPY … FROM STDIN`, their IDs taken first from the table's
    /// sequence in one query (``PGSession/reserveIDs(_:of:)``), so they follow the order given as an `INSERT`'s would.
    ///
    /// - Returns: The stored subjects, in the order given.
    /// - Throws: PostgresNIO's `PSQLError`, e.g. for a CHECK the row breaks.
    static func copySubjects(_ subjects: [NewSubject], _ session: PGSession) throws -> [Subject] {
        let ids = try session.reserveIDs(subjects.count, of: "subject")
        var rows = PGCopyRows()
        var stored: [Subject] = []
        stored.reserveCapacity(subjects.count)
        for (new, id) in zip(subjects, ids) {
            rows.row { fields in
                fields.int(id)
                fields.text(new.kind.rawValue)
                fields.text(new.storedIdentifier)
                fields.text(new.name)
                fields.text(folded(new.name))
                fields.text(new.address)
            }
            stored.append(
                Subject(id: Subject.ID(id), kind: new.kind, identifier: new.identifier, name: new.name, address: new.address))
        }
        try session.copy(
            into: "subject", columns: ["id", "kind", "identifier", "name", "namefolded", "address"], rows: rows)
        return stored
    }

    /// The registered subjects among `references` (by number or by kind and identifier).
    ///
    /// - Throws: ``StoreError``.
    public func subjects(matching references: [SubjectReference]) throws -> [SubjectReference: Subject] {
        try read { session in
            var found: [SubjectReference: Subject] = [:]
            for reference in references {
                let row: PGRow?
                switch reference {
                case .number(let id): row = try session.row("SELECT * FROM subject WHERE id = \(id.rawValue)")
                case .identifier(let kind, let identifier):
                    row = try session.row(
                        "SELECT * FROM subject WHERE kind = \(kind.rawValue) AND identifier = \(identifier)")
                }
                if let row { found[reference] = try Self.subject(row) }
            }
            return found
        }
    }
}

extension PostgresStore: RulePackStore {
    /// Whether the version with `hash` is stored.
    public func hasRulePack(hash: String) throws -> Bool {
        try readStatement { session in try session.row("SELECT 1 AS found FROM rulePack WHERE hash = \(hash)") != nil }
    }

    /// Stores the pack's files under its hash unless already there, journaled as `rules record` the first time.
    public func recordRulePack(_ pack: StoredRulePack, context: CommandContext) throws {
        guard try !hasRulePack(hash: pack.hash) else { return }
        struct Payload: Encodable { var hash: String; var name: String; var version: String; var files: [String] }
        do {
            try perform(
                "rules record",
                payload: Payload(hash: pack.hash, name: pack.name, version: pack.version, files: pack.files.keys.sorted()),
                context: context
            ) { session in
                if try session.row("SELECT 1 AS found FROM rulePack WHERE hash = \(pack.hash)") != nil {
                    throw AlreadyRecorded()
                }
                try Self.insertRulePack(pack, recordedAt: context.timestamp, session)
            }
        } catch is AlreadyRecorded {
            return  // another process recorded it between the check and the write
        }
    }

    private struct AlreadyRecorded: Error {}

    /// A stored version's files, or `nil`.
    public func rulePack(hash: String) throws -> StoredRulePack? {
        try read { session in
            guard let row = try session.row("SELECT * FROM rulePack WHERE hash = \(hash)") else { return nil }
            var files: [String: [UInt8]] = [:]
            for file in try session.rows("SELECT path, content FROM rulePackFile WHERE packHash = \(hash)") {
                files[try file.string("path")] = try file.bytes("content")
            }
            return StoredRulePack(
                hash: try row.string("hash"), name: try row.string("name"), version: try row.string("version"),
                recordedAt: try row.string("recordedAt"), files: files)
        }
    }

    /// Every stored version, oldest first (by `recordedAt`, then hash, in byte order as SQLite's), with what it
    /// decided.
    public func rulePackHistory() throws -> [RulePackUse] {
        try read { session in
            var uses: [RulePackUse] = []
            for row in try session.rows(#"SELECT * FROM rulePack ORDER BY recordedAt COLLATE "C", hash COLLATE "C""#) {
                let hash = try row.string("hash")
                var commands: [String: Int] = [:]
                for use in try session.rows(
                    "SELECT command, COUNT(*) AS n FROM journal WHERE packHash = \(hash) GROUP BY command")
                {
                    commands[try use.string("command")] = try use.int("n")
                }
                let last = try session.row(
                    #"SELECT MAX(recordedAt COLLATE "C") AS last FROM journal WHERE packHash = \#(hash)"#
                )?.optionalString("last")
                uses.append(
                    RulePackUse(
                        hash: hash, name: try row.string("name"), version: try row.string("version"),
                        recordedAt: try row.string("recordedAt"), lastUsedAt: last, commands: commands))
            }
            return uses
        }
    }
}
