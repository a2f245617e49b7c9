/// A report could not be written: what went wrong, where, and what to do next.
///
/// ```
/// error: cannot write the workbook (error creating output xlsx file. Usually a permissions error.)
///   --> /no/such/dir/report.xlsx
///   help: check that the folder exists and is writable
/// ```
public struct ReportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of failure, for callers that branch on it.
    public enum Kind: Sendable, Equatable {
        /// The file could not be created or written.
        case io
        /// A value cannot be written exactly (a spreadsheet number above 2^53).
        case valueTooLarge
        /// The spreadsheet library refused a call (a sheet name, a merge range).
        case spreadsheet
    }

    public var kind: Kind
    /// What went wrong.
    public var what: String
    /// Where: the file, and the sheet and cell when known.
    public var location: String
    /// What to do next.
    public var hint: String?

    /// Creates an error; `location` names the file, and the sheet and cell when known.
    public init(kind: Kind, what: String, location: String, hint: String? = nil) {
        self.kind = kind
        self.what = what
        self.location = location
        self.hint = hint
    }

    /// The three-line format of STYLE §6.
    public var description: String {
        var text = "error: \(what)\n  --> \(location)"
        if let hint { text += "\n  help: \(hint)" }
        return text
    }
}
