public import Casework
import Foundation

/// Why one row of an import is refused: the column (as headed in the file), what is wrong with it, and, when the
/// row needs something outside the file, what that is (a face words it: a command to run, a page to open).
///
/// ``description`` is the reason without the next step: `ngay lap bien ban: "31/02/2026" is not a date; write
/// YYYY-MM-DD or DD/MM/YYYY`.
public struct ImportRowError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The column, as headed in the file; empty when the reason concerns the whole row.
    public var column: String
    /// What is wrong, in one sentence without a trailing period.
    public var message: String
    /// The same sentence in Vietnamese, for a face whose reader reads Vietnamese (the rejects file and the screen
    /// of `import --lang vi`); `nil` where only the English words exist.
    public var vietnamese: String?
    /// What would let the row in that the file alone cannot give; `nil` when correcting the row is enough.
    public var next: ImportNextStep?
    /// The row's other problems, in column order, so that one round of corrections fixes the whole row; each has
    /// no further problems of its own.
    public var others: [ImportRowError] = []

    /// Creates a row error; `vietnamese` is the message in Vietnamese.
    public init(column: String, message: String, vietnamese: String? = nil, next: ImportNextStep? = nil) {
        self.column = column
        self.message = message
        self.vietnamese = vietnamese
        self.next = next
    }

    /// Equal when they say the same thing: column, message, next step and other problems; the Vietnamese words are
    /// a wording of the message, not a difference.
    public static func == (lhs: ImportRowError, rhs: ImportRowError) -> Bool {
        lhs.column == rhs.column && lhs.message == rhs.message && lhs.next == rhs.next && lhs.others == rhs.others
    }

    /// This problem and the others, one by one.
    public var problems: [ImportRowError] {
        var first = self
        first.others = []
        return [first] + others
    }

    /// One error carrying `problems` (at least one): the first, with the rest as its ``others``.
    public static func combining(_ problems: [ImportRowError]) -> ImportRowError {
        precondition(!problems.isEmpty, "a combined row error needs a problem")
        var first = problems[0]
        first.others = Array(problems.dropFirst()).map { var p = $0; p.others = []; return p }
        return first
    }

    /// A reason that concerns the whole row, in English and in Vietnamese.
    public static func row(_ message: String, vi vietnamese: String? = nil, next: ImportNextStep? = nil) -> ImportRowError {
        ImportRowError(column: "", message: message, vietnamese: vietnamese, next: next)
    }

    /// `column: message`, or the message alone for the whole row; the other problems follow, each after ` | `.
    public var description: String { described(vietnamese: false) }

    /// ``description`` in Vietnamese where the problems have Vietnamese words (each problem without them keeps its
    /// English message).
    public func described(vietnamese: Bool) -> String {
        ([self] + others).map { problem in
            let message = vietnamese ? problem.vietnamese ?? problem.message : problem.message
            return problem.column.isEmpty ? message : "\(problem.column): \(message)"
        }.joined(separator: " | ")
    }
}

/// What a refused row needs from outside its file; each face words it (the CLI names its commands).
public enum ImportNextStep: String, Sendable, Equatable {
    /// The row's subjects are not registered: import (or add) the subjects first.
    case registerSubjects
    /// The row's case is not recorded: import the cases first.
    case importCases
    /// A decided case is settled only by its payments, imported as their own kind.
    case importPayments
    /// The row names a violation code the pack's catalog does not have: look it up there.
    case seeCatalog
    /// The row names a circumstance the pack does not have: look the circumstances up.
    case seeCircumstances
    /// A suspension is recorded as a step of its own after the import.
    case recordSuspension
}

/// One data row of an import, read through its file's columns: typed values, trimmed, each error naming the column.
///
/// ```swift
/// let recordOn = try row.date(.recordOn) ?? { throw row.missing(.recordOn, "the record date") }()
/// let fine = try row.money(.fine) ?? .zero
/// ```
public struct ImportRow<Field: ImportField> {
    /// The file's columns.
    public let columns: ImportColumns<Field>
    /// The row's fields as read.
    public let fields: [String]
    /// The physical line where the row starts.
    public let line: Int

    /// A row of `fields` read at `line`.
    public init(columns: ImportColumns<Field>, fields: [String], line: Int) {
        self.columns = columns
        self.fields = fields
        self.line = line
    }

    /// The error for `field`'s column, in English and in Vietnamese.
    public func error(_ field: Field, _ message: String, vi vietnamese: String? = nil, next: ImportNextStep? = nil)
        -> ImportRowError
    {
        ImportRowError(column: columns.name(of: field), message: message, vietnamese: vietnamese, next: next)
    }

    /// The error for a day after today in `field`: `2026-12-01 is in the future (today is 2026-11-23)`.
    public func future(_ field: Field, _ day: CalendarDate, today: CalendarDate) -> ImportRowError {
        error(field, "\(day) is in the future (today is \(today))", vi: "\(day) là ngày trong tương lai (hôm nay là \(today))")
    }

    /// The error for a required field left empty: `what` in English and in Vietnamese (`the record number`,
    /// `số biên bản`).
    public func missing(_ field: Field, _ what: String, vi vietnamese: String? = nil) -> ImportRowError {
        error(field, "\(what) is required", vi: vietnamese.map { "thiếu \($0) (bắt buộc)" })
    }

    /// The cell of `field`, trimmed; `nil` when the file has no such column or the cell is empty.
    public func text(_ field: Field) -> String? {
        guard let index = columns.index(of: field), index < fields.count else { return nil }
        let value = fields[index].trimmedOfWhitespace
        return value.isEmpty ? nil : value
    }

    /// The cell of `field`, trimmed, which must not be empty.
    ///
    /// - Throws: ``ImportRowError`` `<column>: <what> is required`.
    public func required(_ field: Field, _ what: String, vi vietnamese: String? = nil) throws(ImportRowError) -> String {
        guard let value = text(field) else { throw missing(field, what, vi: vietnamese) }
        return value
    }

    /// The date in `field`'s cell: `YYYY-MM-DD` or, as Vietnamese spreadsheets write it, `DD/MM/YYYY`.
    ///
    /// - Returns: `nil` for an empty cell.
    /// - Throws: ``ImportRowError`` for text that is not a calendar date (`2026-02-30` included).
    public func date(_ field: Field) throws(ImportRowError) -> CalendarDate? {
        guard let value = text(field) else { return nil }
        guard let date = Self.parseDate(value) else { throw notADate(field, value) }
        return date
    }

    /// The dates in `field`'s cell, separated by `;`: one per item of a list (see ``list(_:)``).
    public func dates(_ field: Field) throws(ImportRowError) -> [CalendarDate] {
        var out: [CalendarDate] = []
        for value in list(field) {
            guard let date = Self.parseDate(value) else { throw notADate(field, value) }
            out.append(date)
        }
        return out
    }

    private func notADate(_ field: Field, _ value: String) -> ImportRowError {
        error(
            field, "\"\(value)\" is not a date; write YYYY-MM-DD or DD/MM/YYYY",
            vi: "\"\(value)\" không phải là ngày; viết YYYY-MM-DD hoặc DD/MM/YYYY")
    }

    /// The amount of đồng in `field`'s cell: `1500000`, `1.500.000` or `1 500 000`, optionally followed by `đ`.
    ///
    /// - Returns: `nil` for an empty cell.
    /// - Throws: ``ImportRowError`` for anything else (a decimal, a negative amount, `1,5`).
    public func money(_ field: Field) throws(ImportRowError) -> VND? {
        guard let value = text(field) else { return nil }
        return try parseMoney(value, field)
    }

    /// The amounts in `field`'s cell, separated by `;`.
    public func moneyList(_ field: Field) throws(ImportRowError) -> [VND] {
        var out: [VND] = []
        for value in list(field) { out.append(try parseMoney(value, field)) }
        return out
    }

    private func parseMoney(_ value: String, _ field: Field) throws(ImportRowError) -> VND {
        do {
            return try VND(parsing: value)
        } catch .aboveMaximum {
            throw self.error(
                field,
                "\"\(value)\" is above the largest amount accepted, \(VND.maximum.formatted()) (10^15 đồng); "
                    + "check for extra digits",
                vi: "\"\(value)\" lớn hơn số tiền lớn nhất được nhận, \(VND.maximum.formatted()) (10^15 đồng); "
                    + "kiểm tra chữ số thừa")
        } catch {
            throw self.error(
                field, "\"\(value)\" is not an amount of đồng; write 1500000 or 1.500.000",
                vi: "\"\(value)\" không phải là số tiền đồng; viết 1500000 hoặc 1.500.000")
        }
    }

    /// An area of land in m² as staff write it: `1200`, `1.200` (thousands), `1200,5` or `1.200,25` (a decimal
    /// comma, at most two decimals); stored exactly, in square decimetres.
    ///
    /// - Returns: `nil` for an empty cell.
    /// - Throws: ``ImportRowError`` for anything else.
    public func land(_ field: Field) throws(ImportRowError) -> LandArea? {
        guard let value = text(field) else { return nil }
        let bad = error(
            field, "\"\(value)\" is not an area in m²; write 1200, 1.200 or 1.200,25",
            vi: "\"\(value)\" không phải là diện tích m²; viết 1200, 1.200 hoặc 1.200,25")
        do {
            return try LandArea(parsingSquareMetres: value)
        } catch LandArea.ParseError.tooLarge {
            throw error(field, "\"\(value)\" is too large an area", vi: "diện tích \"\(value)\" quá lớn")
        } catch {
            throw bad
        }
    }

    /// A yes/no cell: `x`, `có`, `yes`, `1`, `true` for yes; empty, `không`, `no`, `0`, `false` for no.
    ///
    /// - Throws: ``ImportRowError`` for anything else.
    public func flag(_ field: Field) throws(ImportRowError) -> Bool {
        guard let value = text(field) else { return false }
        switch SubjectColumns.folded(value) {
        case "x", "co", "yes", "y", "1", "true", "dung": return true
        case "khong", "no", "n", "0", "false", "sai": return false
        default:
            throw error(
                field, "\"\(value)\" is neither yes (x, có, yes) nor no (không, no)",
                vi: "\"\(value)\" không phải là có (x, có) hay không (không)")
        }
    }

    /// The items of `field`'s cell separated by `;` (or line breaks), trimmed, empty items dropped.
    public func list(_ field: Field) -> [String] {
        guard let value = text(field) else { return [] }
        return value.split(whereSeparator: { $0 == ";" || $0 == "\n" || $0 == "\r\n" })
            .map { String($0).trimmedOfWhitespace }.filter { !$0.isEmpty }
    }

    /// Every cell of the row whose text does not have its field's format (``ImportField/cell``), in column order:
    /// what the row's own check would say of each, had it reached it.
    public func cellProblems() -> [ImportRowError] {
        var found: [(index: Int, error: ImportRowError)] = []
        for field in Field.allCases {
            guard let index = columns.index(of: field), text(field) != nil else { continue }
            do {
                switch field.cell {
                case .text: break
                case .date: _ = try date(field)
                case .dates: _ = try dates(field)
                case .money: _ = try money(field)
                case .moneyList: _ = try moneyList(field)
                case .land: _ = try land(field)
                case .flag: _ = try flag(field)
                }
            } catch {
                found.append((index, error))
            }
        }
        return found.sorted { $0.index < $1.index }.map(\.error)
    }

    /// `first` (the problem the row's check stopped at) with every other badly written cell of the row
    /// (``cellProblems()``): whole-row problems first, then by column.
    public func allProblems(startingWith first: ImportRowError) -> ImportRowError {
        var problems = cellProblems()
        if let same = problems.firstIndex(where: { $0.column == first.column && $0.message == first.message }) {
            problems[same] = first
        } else if first.column.isEmpty {
            problems.insert(first, at: 0)
        } else {
            let index = columns.header.firstIndex(of: first.column) ?? Int.max
            let position = problems.firstIndex { (columns.header.firstIndex(of: $0.column) ?? Int.max) > index }
            problems.insert(first, at: position ?? problems.count)
        }
        return ImportRowError.combining(problems)
    }

    /// `YYYY-MM-DD`, or `D/M/YYYY` with one or two digits for the day and month.
    public static func parseDate(_ text: String) -> CalendarDate? {
        if let date = CalendarDate(text) { return date }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
            parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigitCharacter) }),
            let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
        else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }
}
