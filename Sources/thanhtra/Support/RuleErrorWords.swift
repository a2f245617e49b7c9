import Foundation
import Reports
import Rules

/// What a rule author reads of a rule pack's problems (`rules check`, `rules test`, a pack that fails to load), in
/// the command line's language. In Vietnamese: `lỗi:`/`cảnh báo:`, `-->` with the file and line, `(quy tắc "…")`,
/// `gợi ý:`; the message and hint are the error's own Vietnamese words (``Rules/RuleError/vietnamese``) where it has
/// them, else a Vietnamese sentence for its kind followed by the text Lua or the pack wrote (a pack's `error(…)` and
/// Lua's messages are kept as written: they are the author's own words and Lua's).
enum RuleErrorWords {
    /// `error` as the CLI prints it in `language`.
    static func describe(_ error: RuleError, in language: Language) -> String {
        language == .vi ? vietnamese(error) : error.description
    }

    /// A diagnostic of `rules check` in `language`: an error or a warning.
    static func describe(_ diagnostic: RuleDiagnostic, in language: Language) -> String {
        guard language == .vi else { return diagnostic.description }
        return vietnamese(diagnostic.error, severity: diagnostic.severity == .error ? "lỗi" : "cảnh báo")
    }

    /// Prints the errors of a pack's check on stderr in `language` (a candidate refused by `init`, `rules diff`,
    /// `rules propose`).
    static func printErrors(of report: PackCheckReport, in language: Language) {
        for diagnostic in report.diagnostics where diagnostic.severity == .error {
            Output.error(describe(diagnostic, in: language))
        }
    }

    /// `error` in Vietnamese, three lines as in English: what, where, what to do.
    static func vietnamese(_ error: RuleError, severity: String = "lỗi") -> String {
        let message: String
        var hint: String?
        if let words = error.vietnamese {
            message = words.message
            hint = words.hint
        } else {
            message = "\(lead(error.kind)): \(error.message)"
            hint = error.hint.map { "(nguyên văn) \($0)" }
        }
        var text = "\(severity): \(message)"
        if let location = error.location {
            text += "\n  --> \(location)"
            if let rule = error.rule { text += " (quy tắc \"\(rule)\")" }
        } else if let rule = error.rule {
            text += "\n  --> quy tắc \"\(rule)\""
        }
        if let hint { text += "\n  gợi ý: \(hint)" }
        return text
    }

    /// What kind of problem it is, in Vietnamese: the sentence before a message that has no Vietnamese words.
    static func lead(_ kind: RuleError.Kind) -> String {
        switch kind {
        case .pack: "không đọc được bộ quy tắc"
        case .syntax: "lỗi cú pháp Lua"
        case .runtime: "quy tắc báo lỗi khi chạy"
        case .badResult: "quy tắc trả về giá trị không dùng được"
        case .instructionLimit: "quy tắc chạy quá số lệnh cho phép (có thể là vòng lặp vô hạn)"
        case .timeLimit: "quy tắc chạy quá thời gian cho phép"
        case .memoryLimit: "quy tắc dùng quá bộ nhớ cho phép"
        case .sandbox: "quy tắc dùng thứ mà môi trường cách ly không cho phép"
        case .contract: "bộ quy tắc chưa đúng hợp đồng quy tắc"
        }
    }

    /// One failure of a pack test case, as `rules test` prints it under the case, in `language`.
    static func describe(_ failure: PackTestFailure, in language: Language) -> String {
        guard language == .vi else { return failure.description }
        switch failure {
        case let .mismatch(path, expected, actual):
            return "\(path): mong đợi \(value(expected)), nhận được \(value(actual))"
        case let .notATable(path, actual):
            return "\(path): mong đợi một bảng, nhận được \(value(actual))"
        case let .notIncluded(path, item, described, count):
            return "\(path): không phần tử nào trong \(count) phần tử khớp mục \(item) của includes{…} (\(value(described)))"
        case let .count(path, expected, actual):
            return "\(path): mong đợi \(expected) phần tử, nhận được \(actual)"
        case .error(let error):
            return vietnamese(error).replacingOccurrences(of: "\n", with: "\n       ")
        }
    }

    /// A value as a failure shows it, in Vietnamese: `5`, `1.5 (số thực)`, `một bảng (2 phần tử, 1 trường)`.
    static func value(_ shown: PackTestFailure.Shown) -> String {
        switch shown {
        case .literal(let text): text
        case .float(let text): "\(text) (số thực)"
        case let .table(elements, fields): "một bảng (\(elements) phần tử, \(fields) trường)"
        case .function: "một hàm"
        }
    }
}
