import ArgumentParser
import Casework
import Foundation
import Reports

/// What a person reads on the terminal, in the language of the command line: `--lang vi|en`, else the locale
/// (`LC_ALL`, then `LC_MESSAGES`, then `LANG`: `vi…` is Vietnamese), else English. Codes stay codes (scripts parse
/// them); the words around them, the states, modes and kinds change.
///
/// ```swift
/// let say = Wording(language: .vi)
/// say("decision due by", "hạn ra quyết định")   // "hạn ra quyết định"
/// ```
struct Wording: Sendable {
    let language: Language

    /// English, the words of scripts' golden outputs.
    static let english = Wording(language: .en)

    /// The language `--lang` names, else the locale's.
    /// - Throws: `ValidationError` (bad usage, exit 64) for a value other than vi or en, worded in the locale's
    ///   language (the only one known then).
    static func language(given: String?, environment: [String: String]) throws -> Language {
        if let given {
            guard let language = Language(rawValue: given.lowercased()) else {
                throw ValidationError(
                    Wording(language: localeLanguage(environment))(
                        "--lang is vi or en, not '\(given)'", "--lang là vi hoặc en, không phải '\(given)'"))
            }
            return language
        }
        return localeLanguage(environment)
    }

    /// The locale's language: `vi…` in `LC_ALL`, else `LC_MESSAGES`, else `LANG` is Vietnamese; anything else English.
    static func localeLanguage(_ environment: [String: String]) -> Language {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0].nonEmpty }.first ?? ""
        return locale.lowercased().hasPrefix("vi") ? .vi : .en
    }

    /// What the system said of a failed file operation (`errno`): its own English text, and Vietnamese words for the
    /// failures people meet (a missing file, no permission, a full or read-only disk); other codes keep the system's
    /// text in both.
    static func systemReason(_ code: Int32) -> (english: String, vietnamese: String) {
        let english = String(cString: strerror(code))
        let vietnamese: String? =
            switch code {
            case ENOENT: "không có tệp hoặc thư mục này"
            case EACCES, EPERM: "không có quyền truy cập"
            case ENOTDIR: "một phần của đường dẫn không phải là thư mục"
            case EISDIR: "đó là một thư mục"
            case ENOSPC: "ổ đĩa hết chỗ trống"
            case EROFS: "hệ thống tệp chỉ cho đọc"
            default: nil
            }
        return (english, vietnamese ?? english)
    }

    /// The language a `batch` line runs in (its own `--lang`, else the batch's), while the line runs; `nil` outside.
    @TaskLocal static var lineLanguage: Language?

    /// The language of the command being run, the one place every error and message reads it from: a `batch`
    /// line's (``lineLanguage``), else the process's command line (`--lang`, else the locale; a bad `--lang` is the
    /// command's own usage error and means the locale's language here).
    static var commandLine: Language {
        if let lineLanguage { return lineLanguage }
        return VietnameseErrors.language(
            arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
    }

    /// The words of the command being run (``commandLine``): for what is worded before a command has its
    /// configuration (`validate()`, parsing a value) or far from it.
    static var current: Wording { Wording(language: commandLine) }

    /// Whether people read Vietnamese.
    var vietnamese: Bool { language == .vi }

    /// `english` or `vietnamese`, as the language is.
    func callAsFunction(_ english: String, _ vietnamese: String) -> String { language == .vi ? vietnamese : english }

    func mode(_ mode: Inspection.Mode) -> String {
        guard language == .vi else { return mode.rawValue }
        switch mode {
        case .scheduled: return "theo kế hoạch"
        case .unscheduled: return "đột xuất"
        case .regular: return "thường xuyên"
        }
    }

    func ground(_ kind: InspectionGround.Kind) -> String {
        guard language == .vi else { return kind.rawValue }
        switch kind {
        case .complaint: return "khiếu nại, tố cáo"
        case .violationSigns: return "có dấu hiệu vi phạm"
        case .assignment: return "được giao"
        case .other: return "khác"
        }
    }

    func kind(_ kind: Subject.Kind) -> String {
        guard language == .vi else { return kind.rawValue }
        return kind.vietnameseName
    }

    func recommendation(_ kind: Recommendation.Kind) -> String {
        guard language == .vi else { return kind.rawValue }
        switch kind {
        case .recovery: return "thu hồi"
        case .otherFinancial: return "xử lý khác về kinh tế"
        case .handling: return "xử lý trách nhiệm"
        case .transfer: return "chuyển cơ quan điều tra"
        case .policy: return "hoàn thiện cơ chế, chính sách, pháp luật"
        }
    }

    /// How a handling recommendation handles them: `review` / "kiểm điểm rút kinh nghiệm", ….
    func handling(_ handling: Recommendation.Handling) -> String {
        guard language == .vi else { return handling.rawValue }
        switch handling {
        case .review: return "kiểm điểm rút kinh nghiệm"
        case .discipline: return "xử lý kỷ luật"
        case .administrative: return "xử lý hành chính"
        }
    }

    /// "N day(s)" / "N ngày".
    func days(_ count: Int) -> String { self("\(count) day(s)", "\(count) ngày") }
}
