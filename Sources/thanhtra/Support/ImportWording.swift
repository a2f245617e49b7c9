import Casework
import Import
import Reports
import Server

/// The CLI's words for what stops an import and for why a row is refused: the import reports values (what, where,
/// what is missing), and only here are they tied to this executable's commands and flags.
extension ErrorWording {
    /// A refused row's reason as printed after `FILE:LINE:` and written to the rejects file, in `language`.
    static func reason(_ error: ImportRowError, in language: Reports.Language = .en) -> String {
        let vi = language == .vi
        let text = error.described(vietnamese: vi)
        guard let next = error.next else { return text }
        switch (next, vi) {
        case (.registerSubjects, false): return "\(text); register the subjects first (thanhtra import FILE --kind subjects)"
        case (.registerSubjects, true): return "\(text); đăng ký các đối tượng trước (thanhtra import TỆP --kind subjects)"
        case (.importCases, false): return "\(text); import the cases first (thanhtra import FILE --kind cases)"
        case (.importCases, true): return "\(text); nhập các vụ việc trước (thanhtra import TỆP --kind cases)"
        case (.importPayments, false): return "\(text) (--kind payments)"
        case (.importPayments, true): return "\(text) (nhập các khoản nộp bằng --kind payments)"
        case (.seeCatalog, false): return "\(text); see `thanhtra rules catalog`"
        case (.seeCatalog, true): return "\(text); xem `thanhtra rules catalog`"
        case (.seeCircumstances, false): return "\(text); see `thanhtra rules circumstances`"
        case (.seeCircumstances, true): return "\(text); xem `thanhtra rules circumstances`"
        case (.recordSuspension, false): return "\(text); record the suspension with `thanhtra inspection suspend`"
        case (.recordSuspension, true): return "\(text); ghi việc tạm dừng bằng `thanhtra inspection suspend`"
        }
    }

    /// What stopped an import, and what to do: `FILE:LINE: …` for a problem in the file; in Vietnamese when
    /// `language` is.
    static func failure(_ failure: ImportFailure, in language: Reports.Language = .en) -> (message: String, hint: String?) {
        language == .vi ? vietnamese(failure) : english(failure)
    }

    private static func english(_ failure: ImportFailure) -> (message: String, hint: String?) {
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
    /// An import stopped, worded by ``ErrorWording/failure(_:in:)`` in the command line's language.
    init(_ failure: ImportFailure) {
        let language = Wording.commandLine
        let (message, hint) = ErrorWording.failure(failure, in: language)
        self.init(message: message, hint: hint, vietnamese: language == .vi)
    }
}

extension ErrorWording {
    /// What stopped an import, in Vietnamese.
    private static func vietnamese(_ failure: ImportFailure) -> (message: String, hint: String?) {
        let path = failure.file
        switch failure.reason {
        case .cannotOpen:
            return ("không mở được \(path) để đọc", "kiểm tra đường dẫn và quyền của tệp")
        case .empty:
            let hint =
                failure.kind == "subjects"
                ? "dòng đầu phải là tiêu đề, ví dụ loai,ma so thue,ten,dia chi"
                : "dòng đầu phải là tiêu đề; xem docs/import.md"
            return ("\(path) trống", hint)
        case .header(let error):
            return ("\(path):\(failure.line ?? 1): \(error.vietnamese ?? error.message)", error.vietnameseHint ?? error.hint)
        case .notCSV(let error):
            return (
                "\(path):\(error.line): \(error.message)",
                "sửa tệp (theo RFC 4180: đặt trong ngoặc kép các trường có dấu phẩy, dấu ngoặc kép hoặc xuống dòng; "
                    + "nhân đôi dấu ngoặc kép bên trong) rồi nhập lại"
            )
        case .dateOrder(let order):
            func lines(_ list: [Int], _ count: Int) -> String {
                let shown = list.map(String.init).joined(separator: ", ")
                return count > list.count ? "\(shown) và \(count - list.count) dòng khác" : shown
            }
            let monthFirst =
                "tháng trước (\(order.monthFirstExample ?? "MM/DD/YYYY")) ở (các) dòng \(lines(order.monthFirstLines, order.monthFirstCount))"
            let message =
                order.isMixed
                ? "\(path) trộn hai cách viết ngày: ngày trước (\(order.dayFirstExample ?? "DD/MM/YYYY")) ở (các) dòng "
                    + "\(lines(order.dayFirstLines, order.dayFirstCount)), \(monthFirst); không có gì được nhập"
                : "\(path) viết ngày \(monthFirst); không có gì được nhập"
            return (
                message,
                "trong tệp như vậy không đọc chắc chắn được ngày như 03/04/2026; viết mọi ngày dạng DD/MM/YYYY hoặc "
                    + "YYYY-MM-DD (trong Excel: Format Cells → Date, vùng Vietnamese) rồi nhập lại"
            )
        case .changed(let imported, let batches):
            return (
                "\(path) đã thay đổi trong khi đang nhập; \(imported) dòng đã được nhập trong \(batches) lô",
                "xem `thanhtra journal show`; nhập các dòng còn lại từ một bản sao không thay đổi của tệp"
            )
        case .stopped(let stop, let first, let last, let cause):
            let reason =
                (cause as? StoreError).map { store in store.refusal.map { RefusalWords.vietnamese($0) } ?? store.message }
                ?? String(describing: cause).split(separator: "\n").first.map(String.init) ?? "\(cause)"
            var message = "việc nhập \(path) dừng ở lô \(stop.batches + 1) (dòng \(first)–\(last)): \(reason)"
            if let firstLine = stop.firstLine, let lastLine = stop.lastLine {
                message += "; dòng \(firstLine)–\(lastLine) đã được ghi trong \(stop.batches) lô (\(stop.rows) dòng, mỗi lô "
                    + "có trong nhật ký); không dòng nào từ dòng \(first) trở đi được nhập"
            } else {
                message += "; không có gì được nhập"
            }
            let hint =
                stop.batches == 0
                ? "sửa nguyên nhân rồi nhập lại tệp"
                : "sửa nguyên nhân, rồi nhập lại chính tệp đó với --skip-bad TỆP_SAI.csv: \(stop.rows) dòng đã ghi bị từ "
                    + "chối vì đã có (và được liệt kê trong TỆP_SAI.csv), các dòng còn lại được nhập; hoặc chỉ nhập phần còn "
                    + "lại: (head -n 1 \(path); tail -n +\(first) \(path)) > rest.csv"
            return (message, hint)
        }
    }
}
