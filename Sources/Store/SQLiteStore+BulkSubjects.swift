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
                let rows = RawRows(statement, [.text(subject.kind.rawValue), .text(subject.identifier)])
                if try rows.next() {
                    found[subject.registerKey] = Subject.ID(rows.integer(0))
                    rows.reset()
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
            let insert = try db.cachedStatement(
                sql: "INSERT INTO subject (kind, identifier, name, nameFolded, address) VALUES (?, ?, ?, ?, ?)")
            var stored: [Subject] = []
            stored.reserveCapacity(valid.count)
            for new in valid {
                // The insert itself finds a subject registered already or given twice (`UNIQUE (kind,
                // identifier)`); only then is it looked up, for the refusal's words. Bound with SQLite's C API
                // (``RawRows``): GRDB's arguments cost more than the insert.
                let arguments: [RawArgument] = [
                    .text(new.kind.rawValue), .optionalText(new.storedIdentifier), .text(new.name),
                    .text(Subject.folded(new.name)), .text(new.address),
                ]
                do {
                    _ = try RawRows(insert, arguments).next()
                } catch {
                    if let id = try Self.registeredID(of: new, db) {
                        // Registered by this batch (its IDs come after every earlier one): given twice.
                        throw stored.first.map({ id.rawValue < $0.id.rawValue }) ?? true
                            ? Self.duplicateSubject(new, existingID: id)
                            : StoreError(
                                .duplicate, "subject with \(new.kind.identifierLabel) \(new.identifier) is given twice",
                                hint: "register each subject once")
                    }
                    // Any other failure as GRDB words it, with SQLite's message.
                    try insert.execute(arguments: [
                        new.kind.rawValue, new.storedIdentifier, new.name, Subject.folded(new.name), new.address,
                    ])
                }
                let subject = Subject(
                    id: Subject.ID(db.lastInsertedRowID), kind: new.kind, identifier: new.identifier, name: new.name,
                    address: new.address)
                stored.append(subject)
            }
            return (result: stored, payload: payload(stored))
        }
    }

    /// The ID of the subject registered with `subject`'s kind and identifier, if any.
    private static func registeredID(of subject: NewSubject, _ db: Database) throws -> Subject.ID? {
        let statement = try db.cachedStatement(sql: "SELECT id FROM subject WHERE kind = ? AND identifier = ?")
        return try Int64.fetchOne(statement, arguments: [subject.kind.rawValue, subject.storedIdentifier]).map {
            Subject.ID($0)
        }
    }
}
