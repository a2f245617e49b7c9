public import Casework
import GRDB

extension SQLiteStore {
    /// Registers a subject after ``NewSubject/validated()``, journaled as `subject add` with the stored subject
    /// (including its new ID) as payload.
    ///
    /// - Returns: The stored subject.
    /// - Throws: ``InputError`` for an invalid field; ``StoreError`` of kind ``StoreError/Kind/duplicate`` when a
    ///   subject of the same kind has the same identifier:
    ///   `subject with tax code 0101234567 is already registered as #3` / ``help: see `thanhtra subject show 3` ``.
    public func addSubject(_ subject: NewSubject, context: CommandContext) throws -> Subject {
        let new = try subject.validated()
        return try perform("subject add", context: context) { db in
            // Inside the IMMEDIATE transaction no one else can insert between this check and the insert.
            // (A subject without an identifier — NULL — is equal to none.)
            if let existing = try Int64.fetchOne(
                db, sql: "SELECT id FROM subject WHERE kind = ? AND identifier = ?",
                arguments: [new.kind.rawValue, new.storedIdentifier])
            {
                throw Self.duplicateSubject(new, existingID: Subject.ID(existing))
            }
            try db.execute(
                sql: "INSERT INTO subject (kind, identifier, name, nameFolded, address) VALUES (?, ?, ?, ?, ?)",
                arguments: [new.kind.rawValue, new.storedIdentifier, new.name, Subject.folded(new.name), new.address])
            let stored = Subject(
                id: Subject.ID(db.lastInsertedRowID), kind: new.kind, identifier: new.identifier, name: new.name,
                address: new.address)
            return (result: stored, payload: stored)
        }
    }

    /// The error for a second subject with the same kind and identifier; it names the existing subject's ID.
    static func duplicateSubject(_ subject: NewSubject, existingID: Subject.ID) -> StoreError {
        StoreError(
            .duplicate,
            "subject with \(subject.kind.identifierLabel) \(subject.identifier) is already registered as #\(existingID)",
            hint: "see `thanhtra subject show \(existingID)`",
            refusal: .duplicateSubject(kind: subject.kind, identifier: subject.identifier, existing: existingID))
    }

    /// The subject with this ID, or `nil`.
    ///
    /// - Throws: ``StoreError``.
    public func subject(id: Subject.ID) throws -> Subject? {
        try read { db in
            try db.cachedRows("SELECT * FROM subject WHERE id = ?", [id.databaseValue]).first.map { try Subject(row: $0) }
        }
    }

    /// Subjects ordered by folded name, then ID; see ``CaseStore/subjects(kind:search:limit:)``.
    ///
    /// - Throws: ``StoreError``.
    public func subjects(kind: Subject.Kind?, search: String?, limit: Int) throws -> [Subject] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let kind {
            conditions.append("kind = ?")
            arguments += [kind.rawValue]
        }
        if let search, !search.trimmedOfWhitespace.isEmpty {
            let text = search.trimmedOfWhitespace
            conditions.append(#"(nameFolded LIKE ? ESCAPE '\' OR identifier LIKE ? ESCAPE '\')"#)
            arguments += ["%\(Self.escapedForLike(Subject.folded(text)))%", "%\(Self.escapedForLike(text))%"]
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        arguments += [max(0, limit)]
        let sql = "SELECT * FROM subject \(whereClause) ORDER BY nameFolded, id LIMIT ?"
        return try read { db in try Subject.fetchAll(db, sql: sql, arguments: arguments) }
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
}
