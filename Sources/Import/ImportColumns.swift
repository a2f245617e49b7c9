public import Casework

/// A field that a legacy CSV file may carry, with the headers that name it.
///
/// Headers are compared after ``SubjectColumns/folded(_:)`` (lowercase, no accents, `đ` as `d`, `_ - .` as spaces),
/// so each entry of ``headers`` is written folded: `so bien ban`, `record number`.
public protocol ImportField: Hashable, CaseIterable, Sendable {
    /// The folded headers accepted for this field, Vietnamese first; the first one names the field in messages
    /// when the file has no column for it.
    var headers: [String] { get }

    /// What a cell of this field holds, so that every badly written cell of a row is reported at once
    /// (``ImportRow/cellProblems()``); `.text` unless the field says otherwise.
    var cell: ImportCell { get }

    /// The header a Vietnamese file writes for this field, with its accents (`Số biên bản`): how Vietnamese
    /// messages name the field. The first accepted header unless the field says otherwise.
    var title: String { get }
}

extension ImportField {
    public var cell: ImportCell { .text }

    public var title: String { headers[0] }
}

/// What a cell holds, as ``ImportRow`` reads it: the format a cell must have whatever the rest of the row says.
public enum ImportCell: Sendable, Equatable {
    /// Any text.
    case text
    /// A date (``ImportRow/date(_:)``), or a `;` list of dates (``ImportRow/dates(_:)``).
    case date, dates
    /// An amount of đồng (``ImportRow/money(_:)``), or a `;` list of them (``ImportRow/moneyList(_:)``).
    case money, moneyList
    /// An area of land (``ImportRow/land(_:)``).
    case land
    /// A yes/no cell (``ImportRow/flag(_:)``).
    case flag
}

/// Which column of a CSV file holds which field, read from its header row.
///
/// Every header must name a field of `Field`, or be one of the columns a rejects file adds (`line`, `dong`,
/// `reason`, `ly do`) or a row-number column (`STT`, `#`), or be a trailing empty header (a trailing comma); anything else is refused, so that a misspelt
/// column is never silently dropped.
public struct ImportColumns<Field: ImportField>: Sendable {
    /// The header row as written in the file.
    public let header: [String]
    private var indexes: [Field: Int] = [:]

    /// The columns a file of rejected rows adds, and the row-number columns spreadsheets start with (`STT`, `#`,
    /// `Số TT`, `No.`); ignored on import, so a corrected rejects file or a numbered sheet imports as it is.
    public static var ignoredHeaders: Set<String> { Set(["line", "dong", "reason", "ly do"]).union(rowNumberHeaders) }

    /// The folded headers of a row-number column (số thứ tự): it numbers the rows and gives no field.
    public static var rowNumberHeaders: Set<String> { ["stt", "#", "tt", "so tt", "so thu tu", "no", "nr"] }

    /// Reads the header row.
    ///
    /// - Parameter required: Groups of fields; the file needs a column for at least one field of each group, and
    ///   the group's text says what is missing (`the record number`).
    /// - Throws: ``InputError`` (field `header`) for an unknown or repeated column, or a missing required one.
    public init(header: [String], required: [(fields: [Field], what: String)] = []) throws(InputError) {
        self.header = header
        var byHeader: [String: Field] = [:]
        for field in Field.allCases {
            for name in field.headers { byHeader[name] = field }
        }
        for (index, raw) in header.enumerated() {
            let folded = SubjectColumns.folded(raw)
            if let field = byHeader[folded] {
                if let earlier = indexes[field] {
                    throw InputError(
                        field: "header",
                        message: "two columns give the same field: \"\(header[earlier])\" and \"\(raw)\"",
                        hint: "keep one of them",
                        vietnamese: "hai cột cho cùng một trường: \"\(header[earlier])\" và \"\(raw)\"",
                        vietnameseHint: "giữ lại một cột")
                }
                indexes[field] = index
            } else if Self.ignoredHeaders.contains(folded) || (raw.isEmpty && index == header.count - 1) {
                continue
            } else {
                throw InputError(
                    field: "header", message: "unknown column \"\(raw)\"",
                    hint: "see docs/import.md for the accepted headers; remove or rename the column",
                    vietnamese: "không biết cột \"\(raw)\"",
                    vietnameseHint: "xem các tiêu đề được nhận trong docs/import.md; bỏ hoặc đổi tên cột")
            }
        }
        for group in required where !group.fields.contains(where: { indexes[$0] != nil }) {
            let names = group.fields.map { "\"\($0.headers[0])\"" }
            // In Vietnamese the field is named as a Vietnamese file heads its column.
            let titles = group.fields.map { "\"\($0.title)\"" }
            throw InputError(
                field: "header", message: "no column gives \(group.what)",
                hint: "add a column headed \(names.count == 1 ? names[0] : "one of " + names.joined(separator: ", "))",
                vietnamese: titles.count == 1
                    ? "không có cột \(titles[0])" : "không có cột nào trong các cột " + titles.joined(separator: ", "),
                vietnameseHint: titles.count == 1
                    ? "thêm một cột có tiêu đề \(titles[0])"
                    : "thêm một cột có một trong các tiêu đề đó (docs/import.md liệt kê mọi tiêu đề được nhận)")
        }
    }

    /// The column of `field`, or `nil` when the file has none.
    public func index(of field: Field) -> Int? { indexes[field] }

    /// Whether the file has a column for `field`.
    public func has(_ field: Field) -> Bool { indexes[field] != nil }

    /// The header of `field`'s column as written in the file, or its first accepted header when there is none.
    public func name(of field: Field) -> String {
        indexes[field].map { header[$0] } ?? field.headers[0]
    }
}
