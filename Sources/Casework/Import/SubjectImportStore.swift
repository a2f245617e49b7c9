/// What importing subjects needs from a store: which subjects are registered already, and a bulk insert.
///
/// The SQLite store implements it; see ``SubjectImport``.
public protocol SubjectImportStore {
    /// The IDs of the registered subjects among `subjects`, keyed by ``NewSubject/registerKey``.
    ///
    /// - Throws: ``StoreError``.
    func registeredSubjects(among subjects: [NewSubject]) throws -> [String: Subject.ID]

    /// Registers `subjects` (already validated) in one transaction with one journal entry for `command`, whose
    /// payload `payload` builds from the stored subjects.
    ///
    /// - Returns: The stored subjects, in order.
    /// - Throws: ``StoreError`` of kind ``StoreError/Kind/duplicate`` when one is registered already or appears
    ///   twice (then nothing is written); another ``StoreError``.
    func addSubjects<Payload: Encodable>(
        _ subjects: [NewSubject], command: String, context: CommandContext, payload: ([Subject]) -> Payload
    ) throws -> [Subject]
}

extension NewSubject {
    /// `organization 0101234567`: what is unique in the register (kind and identifier).
    public var registerKey: String { "\(kind.rawValue) \(identifier)" }
}
