import Casework
import Import

/// The CLI's words for what stops an import and for why a row is refused: the import reports values (what, where,
/// what is missing), and only here are they tied to this executable's commands and flags.
extension ErrorWording {
    /// A refused row's reason as printed after `FILE:LINE:` and written to the rejects file.
    static func reason(_ error: ImportRowError) -> String {
        guard let next = error.next else { return error.description }
        switch next {
        case .registerSubjects: return "\(error); register the subjects first (thanhtra import FILE --kind subjects)"
        case .importCases: return "\(error); import the cases first (thanhtra import FILE --kind cases)"
        case .importPayments: return "\(error) (--kind payments)"
        case .seeCatalog: return "\(error); see `thanhtra rules catalog`"
        case .seeCircumstances: return "\(error); see `thanhtra rules circumstances`"
        case .recordSuspension: return "\(error); record the suspension with `thanhtra inspection suspend`"
        }
    }

    /// What stopped an import, and what to do: `FILE:LINE: …` for a problem in the file.
    static func failure(_ failure: ImportFailure) -> (message: String, hint: String?) {
        let path = failure.file
        switch failure.reason {
        case .cannotOpen:
            return ("cannot open \(path) for reading", "check the path and its permissions")
        case .empty:
            let hint =
                failure.kind == "subjects"
                ? "the first line must be the header, e.g. loai,ma so thue,ten,dia chi"
                : "the first line must be the header; see docs/import.md"
            return ("\(path) is empty", hint)
        case .header(let error):
            return ("\(path):\(failure.line ?? 1): \(error.message)", error.hint)
        case .notCSV(let error):
            return (
                "\(path):\(error.line): \(error.message)",
                "fix the file (see RFC 4180: quote fields with commas, quotes or line breaks; double inner quotes) and import it again"
            )
        case .dateOrder(let order):
            return dateOrder(path, order)
        case .changed(let imported, let batches):
            return (
                "\(path) changed while it was being imported; \(imported) row(s) were imported in \(batches) batch(es)",
                "see `thanhtra journal show`; import the remaining rows from an unchanged copy of the file"
            )
        case .stopped(let stop, let first, let last, let cause):
            return stopped(path, stop, batchFirstLine: first, batchLastLine: last, cause: cause)
        }
    }

    /// A file with dates written month first: which lines, and which others are day first when it mixes both.
    private static func dateOrder(_ path: String, _ order: DateOrder) -> (message: String, hint: String) {
        func lines(_ list: [Int], _ count: Int) -> String {
            let shown = list.map(String.init).joined(separator: ", ")
            return count > list.count ? "\(shown) and \(count - list.count) more" : shown
        }
        let monthFirst = "month first (\(order.monthFirstExample ?? "MM/DD/YYYY")) on line(s) \(lines(order.monthFirstLines, order.monthFirstCount))"
        let message: String
        if order.isMixed {
            message = "\(path) mixes date orders: day first (\(order.dayFirstExample ?? "DD/MM/YYYY")) on line(s) "
                + "\(lines(order.dayFirstLines, order.dayFirstCount)), \(monthFirst); nothing was imported"
        } else {
            message = "\(path) writes dates \(monthFirst); nothing was imported"
        }
        return (
            message,
            "a date such as 03/04/2026 cannot be read safely in such a file; write every date as DD/MM/YYYY or "
                + "YYYY-MM-DD (in Excel: Format Cells → Date, locale Vietnamese) and import again"
        )
    }

    /// Which batches and lines are in, which are not, and how to import the rest.
    private static func stopped(
        _ path: String, _ stop: ImportStop, batchFirstLine first: Int, batchLastLine last: Int, cause: any Error
    ) -> (message: String, hint: String) {
        let reason: String
        if let store = cause as? StoreError {
            reason = store.message
        } else {
            reason = String(describing: cause).split(separator: "\n").first.map(String.init) ?? "\(cause)"
        }
        let stopped = "import of \(path) stopped in batch \(stop.batches + 1) (lines \(first)–\(last)): \(reason)"
        let done: String
        if let firstLine = stop.firstLine, let lastLine = stop.lastLine {
            done = "; lines \(firstLine)–\(lastLine) were committed in \(stop.batches) batch(es) (\(stop.rows) row(s), each batch "
                + "journaled); nothing from line \(first) on was imported"
        } else {
            done = "; nothing was imported"
        }
        let hint: String
        if stop.batches == 0 {
            hint = "fix the cause and import the file again"
        } else {
            hint = "fix the cause, then import the same file again with --skip-bad REJECTS.csv: the \(stop.rows) committed "
                + "row(s) are refused as already recorded (and listed in REJECTS.csv), the rest are imported; or import "
                + "only the rest: (head -n 1 \(path); tail -n +\(first) \(path)) > rest.csv"
        }
        return (stopped + done, hint)
    }
}

extension CommandError {
    /// An import stopped, worded by ``ErrorWording/failure(_:)``.
    init(_ failure: ImportFailure) {
        let (message, hint) = ErrorWording.failure(failure)
        self.init(message: message, hint: hint)
    }
}
