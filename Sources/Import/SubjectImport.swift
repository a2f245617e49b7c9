public import Casework

/// Subjects for the register (`import FILE --kind subjects`): one row per organization or person, read through
/// ``SubjectColumns`` and validated as `subject add` validates one (``NewSubject/validated()``).
///
/// The check refuses a row whose subject appears on an earlier line or is registered already. Each batch is one
/// journal entry `import subjects` whose payload (``BatchPayload``) names the file, its SHA-256, the batch's line
/// range and the subjects it registered.
public struct SubjectImport<Store: SubjectImportStore>: ImportKind {
    public typealias Columns = SubjectColumns
    public typealias Row = NewSubject

    /// The journal payload of one batch.
    public struct BatchPayload: Codable, Sendable, Equatable {
        /// The file as given on the command line.
        public var file: String
        /// Lowercase hex SHA-256 of the whole file.
        public var sha256: String
        /// 1 for the first batch of the file.
        public var batch: Int
        /// Physical lines of the batch's first and last rows (rejected rows between them are not imported).
        public var firstLine: Int
        public var lastLine: Int
        /// Rows registered by this batch.
        public var rows: Int
        /// IDs of the first and last subject registered.
        public var firstSubject: Subject.ID
        public var lastSubject: Subject.ID
    }

    public static var name: String { "subjects" }

    let store: Store
    let context: CommandContext

    /// An import into `store`, each batch journaled with `context`.
    public init(store: Store, context: CommandContext) {
        self.store = store
        self.context = context
    }

    public static func columns(header: [String]) throws(InputError) -> SubjectColumns {
        try SubjectColumns(header: header)
    }

    /// The row's subject, or every problem of the row at once (the fields' problems after one about its shape:
    /// the number of fields, the kind, two identifiers).
    public func parse(_ fields: [String], line: Int, columns: SubjectColumns) throws(ImportRowError) -> NewSubject {
        let subject: NewSubject
        do {
            subject = try columns.subject(from: fields)
        } catch {
            throw ImportRowError(
                column: columns.column(for: error.field, in: fields), message: error.message, vietnamese: error.vietnamese)
        }
        let (checked, problems) = subject.checked()
        guard problems.isEmpty else {
            throw ImportRowError.combining(
                problems.map {
                    ImportRowError(
                        column: columns.column(for: $0.field, in: fields), message: $0.message, vietnamese: $0.vietnamese)
                })
        }
        return checked
    }

    /// Kind and identifier: what is unique in the register. A family household or a residential community without
    /// its representative's ID has none (``NewSubject/isFindableByIdentifier``): each such row registers a subject.
    public func uniqueKeys(of row: NewSubject, line: Int) -> [(key: ImportKey, label: ImportKeyLabel)] {
        guard row.isFindableByIdentifier else { return [] }
        return [
            (
                ImportKey(space: Self.keySpace(row.kind), value: row.identifier, line: line),
                ImportKeyLabel(row.kind.identifierLabel, vi: row.kind.vietnameseIdentifierLabel, value: row.identifier)
            )
        ]
    }

    /// The scratch's space of one kind's identifiers, `subject <kind>`: made once, not for every row.
    static func keySpace(_ kind: Subject.Kind) -> String {
        switch kind {
        case .organization: "subject organization"
        case .person: "subject person"
        case .household: "subject household"
        case .family: "subject family"
        case .community: "subject community"
        }
    }

    public mutating func check(_ rows: [ImportLine<NewSubject>], scratch: any ImportScratch) throws -> [ImportRowError?]
    {
        guard !rows.isEmpty else { return [] }
        let registered = try store.registeredSubjects(among: rows.map(\.row))
        // Into a new register nothing is registered: no row needs its key made.
        guard !registered.isEmpty else { return [ImportRowError?](repeating: nil, count: rows.count) }
        return rows.map { item -> ImportRowError? in
            guard let existing = registered[item.row.registerKey] else { return nil }
            return .row(
                "\(item.row.kind.identifierLabel) \(item.row.identifier) is already registered as #\(existing)",
                vi: "\(item.row.kind.vietnameseIdentifierLabel) \(item.row.identifier) đã được đăng ký là đối tượng #\(existing)")
        }
    }

    public mutating func write(_ rows: [ImportLine<NewSubject>], batch: ImportBatchInfo) throws -> ImportBatchResult {
        let stored = try store.addSubjects(rows.map(\.row), command: Self.command, context: context) { stored in
            // A batch is never empty, and the store returns one subject per row.
            BatchPayload(
                file: batch.file, sha256: batch.sha256, batch: batch.batch, firstLine: batch.firstLine,
                lastLine: batch.lastLine, rows: stored.count, firstSubject: stored[0].id,
                lastSubject: stored[stored.count - 1].id)
        }
        return ImportBatchResult(
            rows: stored.count, firstID: stored.first?.id.rawValue, lastID: stored.last?.id.rawValue)
    }
}
