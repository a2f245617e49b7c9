import Casework
import Foundation
import Reports
import Rules

/// Everything a command needs to know about where and how to run, built once from flags, then the environment,
/// then defaults, and passed down explicitly. Nothing below the executable reads the environment.
///
/// | key | flag | environment | default |
/// | --- | --- | --- | --- |
/// | databasePath | `--db` | `THANHTRA_DB` | `./thanhtra.sqlite` |
/// | rulesDirectory | `--rules` | `THANHTRA_RULES` | the pack recorded at `init`, else `./rules` |
/// | actor | `--as` | `USER` | `unknown` |
/// | today | — | `THANHTRA_TODAY` | today in Asia/Ho_Chi_Minh; sets business dates only, never the journal's time |
/// | ruleLimits | — | — | 50 M instructions, 256 MiB per call |
/// | language | `--lang` | `LC_ALL`, `LC_MESSAGES`, `LANG` (`vi…`: Vietnamese) | English |
struct Configuration: Sendable {
    var databasePath: String
    /// `nil`: use the pack recorded in the database, else `./rules`.
    var rulesDirectory: String?
    var actor: String
    var clock: any CalendarClock
    var ruleLimits: RuleLimits
    var format: OutputFormat
    /// Whether `--format` was given (else ``format`` is the default and an output file's extension may choose).
    var formatGiven: Bool
    /// The language of what people read (``Wording``) and of report labels.
    var language: Language
    /// Whether `--lang` was given (else a filed report renders in the language it was filed in).
    var languageGiven: Bool

    init(options: GlobalOptions, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        databasePath = options.db ?? environment["THANHTRA_DB"].nonEmpty ?? "thanhtra.sqlite"
        rulesDirectory = options.rules ?? environment["THANHTRA_RULES"].nonEmpty
        actor = options.actor ?? environment["USER"].nonEmpty ?? "unknown"
        try TextInput.validate(actor, field: options.actor == nil ? "USER" : "--as", kind: .line)
        if let text = environment["THANHTRA_TODAY"].nonEmpty {
            guard let date = CalendarDate(text) else {
                throw CommandError.said(
                    ("THANHTRA_TODAY is '\(text)', not a date", "THANHTRA_TODAY là '\(text)', không phải một ngày"),
                    hint: ("set it to YYYY-MM-DD or unset it", "đặt dạng YYYY-MM-DD hoặc bỏ biến này"))
            }
            // Business dates only: the journal's `recordedAt` still comes from the real clock (DESIGN §9).
            clock = BusinessDateOverride(date: date)
        } else {
            clock = SystemClock()
        }
        ruleLimits = RuleLimits()
        format = options.format ?? .table
        formatGiven = options.format != nil
        language = try Wording.language(given: options.lang, environment: environment)
        languageGiven = options.lang != nil
    }
}

extension Optional where Wrapped == String {
    /// `nil` for an absent or empty value.
    var nonEmpty: String? {
        guard let self, !self.isEmpty else { return nil }
        return self
    }
}
