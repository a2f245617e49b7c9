public import Casework

/// What one kind of file (subjects, inspections, penalty cases, payments) brings to ``FileImport``: how its header
/// and rows are read and checked, and how a batch of good rows is written.
///
/// ``FileImport`` does the rest the same way for every kind: it streams the file twice, finds duplicates within
/// the file through ``uniqueKeys(of:line:)`` and an ``ImportScratch``, reports every bad row, and writes the good ones
/// in batches, each one transaction and one journal entry.
public protocol ImportKind {
    /// The file's columns as its header row names them.
    associatedtype Columns
    /// A row as ``parse(_:line:columns:)`` reads it.
    associatedtype Row

    /// The word after `--kind` and in the journal command `import <name>`: `cases`.
    static var name: String { get }

    /// Reads the header row.
    ///
    /// - Throws: ``InputError`` (field `header`) for an unknown or repeated column, or a missing required one.
    static func columns(header: [String]) throws(InputError) -> Columns

    /// Reads a row on its own: its number of fields, required cells, formats (dates, amounts, codes), dates in
    /// order, and the facts that need no database.
    ///
    /// - Throws: ``ImportRowError`` naming the column.
    func parse(_ fields: [String], line: Int, columns: Columns) throws(ImportRowError) -> Row

    /// The values of `row` that must be unique within the file (a record number, a receipt), each with how to name
    /// it in the message `<label> is already on line N`.
    func uniqueKeys(of row: Row, line: Int) -> [(key: ImportKey, label: ImportKeyLabel)]

    /// Checks rows that parsed and whose unique values are new in the file, in line order, against the database
    /// and the rows before them (which `scratch` remembers).
    ///
    /// - Returns: For each row, why it is refused, or `nil` when it is good.
    /// - Throws: What the store or the scratch throw.
    mutating func check(_ rows: [ImportLine<Row>], scratch: any ImportScratch) throws -> [ImportRowError?]

    /// Writes rows that passed the check, in one transaction with one journal entry `import <name>`.
    ///
    /// - Throws: What the rules or the store throw; then nothing of the batch is written.
    mutating func write(_ rows: [ImportLine<Row>], batch: ImportBatchInfo) throws -> ImportBatchResult
}

extension ImportKind {
    /// The journal command of each batch: `import cases`.
    public static var command: String { "import \(name)" }
}

/// A kind whose columns are fields named by accepted headers (``ImportColumns``), every row as many fields as the
/// header: inspections, penalty cases, payments.
public protocol FieldImportKind: ImportKind where Columns == ImportColumns<Field> {
    /// The fields a file of this kind may carry.
    associatedtype Field: ImportField

    /// Groups of fields the header needs at least one of each, with what the group gives (for the error).
    static var requiredColumns: [(fields: [Field], what: String)] { get }

    /// Reads a row whose number of fields matches the header.
    ///
    /// - Throws: ``ImportRowError`` naming the column.
    func parse(_ row: ImportRow<Field>) throws(ImportRowError) -> Row
}

extension FieldImportKind {
    public static func columns(header: [String]) throws(InputError) -> ImportColumns<Field> {
        try ImportColumns(header: header, required: requiredColumns)
    }

    public func parse(_ fields: [String], line: Int, columns: ImportColumns<Field>) throws(ImportRowError) -> Row {
        guard fields.count == columns.header.count else {
            throw ImportRowError(
                column: "",
                message:
                    "\(fields.count) field(s) where the header has \(columns.header.count); quote fields that contain a comma",
                vietnamese: "dòng có \(fields.count) trường trong khi tiêu đề có \(columns.header.count); đặt trong ngoặc kép "
                    + "các trường có dấu phẩy")
        }
        let row = ImportRow(columns: columns, fields: fields, line: line)
        do {
            return try parse(row)
        } catch {
            // The check stops at the first problem; name every other badly written cell of the row too.
            throw row.allProblems(startingWith: error)
        }
    }
}

/// A parsed row and the line where it starts.
public struct ImportLine<Row> {
    /// The physical line where the row starts.
    public var line: Int
    /// The row as parsed.
    public var row: Row

    /// Creates an import line.
    public init(line: Int, row: Row) {
        self.line = line
        self.row = row
    }
}

/// How a unique value of a row is named in `<label> is already on line N`: in English and in Vietnamese.
///
/// A label is made for every unique value of every row but read only for a value repeated in the file, so it may
/// keep its words apart from the value (``init(_:vi:value:)``) and join them only when read.
public struct ImportKeyLabel: Sendable {
    private let english: String
    private let vietnamese: String
    /// The value after the words, or `nil` when the words are the whole label.
    private let value: String?

    /// `record number BB-1`.
    public var en: String { value.map { "\(english) \($0)" } ?? english }
    /// `biên bản số BB-1`.
    public var vi: String { value.map { "\(vietnamese) \($0)" } ?? vietnamese }

    /// A label in both languages.
    public init(_ english: String, vi: String) {
        self.english = english
        self.vietnamese = vi
        self.value = nil
    }

    /// The label `<english> <value>`, `<vi> <value>`.
    public init(_ english: String, vi: String, value: String) {
        self.english = english
        self.vietnamese = vi
        self.value = value
    }
}
