public import Casework
import GRDB

/// Registering many subjects at once: for `thanhtra import --kind subjects` and `thanhtra batch --atomic`.
extension SQLiteStore: SubjectImportStore {
    /// The IDs of the registered subjects among `subjects`, keyed by ``NewSubject/registerKey``, read in one
    /// transaction.
    ///
    /// - Throws: ``StoreError``.
    public func registeredSubjects(among subjects: [NewSubject]) throws -> [String: Subject.ID] {
        try read { db in
            var found: [String: Subject.ID] = [:]
            let statement = try db.cachedStatement(sql: "SELECT id FROM subject WHERE kind = ? AND identifier = ?")
            for subject in subjects where subject.isFindableByIdentifier {
                if let id = try Int64.fetchOne(statement, arguments: [subject.kind.rawValue, subject.identifier]) {
                    found[subject.registerKey] = Subject.ID(id)
                }
            }
            return found
        }
    }

    /// Registers `subjects` in one transaction, journaled as one entry for `command` whose payload `payload`
    /// builds from the stored subjects (with their new IDs).
    ///
    /// Each subject is validated again (``NewSubject/validated()``). Either all are registered or none.
    ///
    /// ```swift
    /// let stored = try store.addSubjects(list, command: "batch subject add", context: context) { $0 }
    /// ```
    /// - Returns: The stored subjects, in the order given.
    /// - Throws: ``InputError`` for an invalid field; ``StoreError`` of kind ``StoreError/Kind/duplicate`` when a
    ///   subject is registered already (naming its ID) or given twice; another ``StoreError``. Then nothing is
    ///   written or journaled.
    public func addSubjects<Payload: Encodable>(
        _ subjects: [NewSubject], command: String, context: CommandContext, payload: ([Subject]) -> Payload
    ) throws -> [Subject] {
        let valid = try subjects.map { subject throws(InputError) in try subject.validated() }
        return try perform(command, context: context) { db in
            let existing = try db.cachedStatement(sql: "SELECT id FROM subject WHERE kind = ? AND identifier = ?")
            let insert = try db.cachedStatement(
                sql: "INSERT INTO subject (kind, identifier, name, nameFolded, address) VALUES (?, ?, ?, ?, ?)")
            var stored: [Subject] = []
            stored.reserveCapacity(valid.count)
            var given: [String: Subject.ID] = [:]
            for new in valid {
                if let id = try Int64.fetchOne(existing, arguments: [new.kind.rawValue, new.storedIdentifier]) {
                    throw given[new.registerKey] == nil
                        ? Self.duplicateSubject(new, existingID: Subject.ID(id))
                        : StoreError(
                            .duplicate, "subject with \(new.kind.identifierLabel) \(new.identifier) is given twice",
                            hint: "register each subject once")
                }
                try insert.execute(arguments: [
                    new.kind.rawValue, new.storedIdentifier, new.name, Subject.folded(new.name), new.address,
                ])
                let subject = Subject(
                    id: Subject.ID(db.lastInsertedRowID), kind: new.kind, identifier: new.identifier, name: new.name,
                    address: new.address)
                if new.isFindableByIdentifier { given[new.registerKey] = subject.id }
                stored.append(subject)
            }
            return (result: stored, payload: payload(stored))
        }
    }
}
