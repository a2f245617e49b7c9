import ArgumentParser
import Casework
import Foundation
import Inspectorate
import Reports
import Rules

/// The one place where an error becomes what a person reads, in one language and one style (`error:`/`help:`, or
/// `lỗi:`/`gợi ý:`): the process's last words (``Thanhtra/main()``) and each failed line of `thanhtra batch` both
/// word errors here, so a refusal reads the same alone and inside a batch, and `--lang` reaches every kind.
enum ErrorText {
    /// `error` worded for the terminal in `language`: the Vietnamese words where there are some, else the CLI's
    /// English three-line text; `nil` for an error that is not one of the program's own (ArgumentParser's usage
    /// errors, help requests, exit codes), which the caller prints its own way.
    static func describe(_ error: any Error, in language: Language) -> String? {
        if language == .vi, let vietnamese = VietnameseErrors.describe(error) { return vietnamese }
        switch error {
        case let error as RuleError: return RuleErrorWords.describe(error, in: language)
        case let error as StoreError: return error.commandDescription
        case let error as MoneyError: return "error: \(error.description)"
        case let error as ReportError: return error.description
        case let error as CommandError: return error.description
        case let error as InspectorateError: return CommandError(error, in: language).description
        case let error as CocoaError: return describe(fileError: error, in: language)
        default: return ErrorWording.describe(error, in: .en)
        }
    }

    /// A file-system error from Foundation (writing CSV to a full stdout, say) in the three-line form, without
    /// the raw `NSCocoaErrorDomain` text.
    static func describe(fileError error: CocoaError, in language: Language) -> String {
        let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError
        let system = underlying.flatMap { $0.domain == NSPOSIXErrorDomain ? Wording.systemReason(Int32($0.code)) : nil }
        let reason =
            system?.english ?? underlying?.localizedDescription ?? error.localizedDescription
        guard language == .en else {
            let reason = system?.vietnamese ?? reason
            let place = error.filePath ?? error.url?.path ?? "đầu ra chuẩn hoặc một tệp"
            return "lỗi: không đọc hoặc ghi được \(place): \(reason)\n"
                + "  gợi ý: kiểm tra ổ đĩa (dung lượng trống) và quyền của tệp, rồi chạy lại lệnh"
        }
        let place = error.filePath ?? error.url?.path ?? "standard output or a file"
        return "error: cannot read or write \(place): \(reason)\n"
            + "  help: check the disk (free space) and the file's permissions, then run the command again"
    }
}
