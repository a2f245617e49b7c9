import LuaBridge
import Foundation

/// A problem in a rule pack, reported to a rule author: what went wrong, where (rule file and line), what to do.
///
/// ```
/// error: fine amount must be a whole number of đồng, got 1.5
///   --> rules/penalty/fines.lua:14 (rule "fine")
///   help: use integer division (//) when applying a percentage
/// ```
public struct RuleError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem, for callers that handle some differently.
    public enum Kind: Sendable, Hashable {
        /// The pack folder cannot be read, or misses its entry point.
        case pack
        /// A Lua file does not parse.
        case syntax
        /// A rule raised an error while running.
        case runtime
        /// A rule returned something the host cannot use (a float where money is expected, a missing field…).
        case badResult
        /// A rule used more instructions than its budget: probably an endless loop.
        case instructionLimit
        /// A rule call ran past its wall-clock limit.
        case timeLimit
        /// A rule used more memory than its cap.
        case memoryLimit
        /// A rule tried to use something the sandbox does not offer (io, os, a module outside the pack…).
        case sandbox
        /// The pack does not define an entry point the host needs, or defines it with the wrong shape.
        case contract
    }

    public var kind: Kind
    /// What went wrong, in one sentence, without location.
    public var message: String
    /// The rule file, relative to the pack and prefixed `rules/`: `rules/penalty/fines.lua`.
    public var file: String?
    public var line: Int?
    /// The entry point or catalog entry concerned, when known: `fine`, `catalog[12]`.
    public var rule: String?
    /// What the rule author can do about it.
    public var hint: String?
    /// Lua's traceback, for `--verbose` output.
    public var traceback: String?
    /// The message and hint in Vietnamese, for a face whose reader reads Vietnamese (`rules check --lang vi`);
    /// `nil` where only the English words exist (Lua's own messages, a pack's `error(…)` text stays as written).
    public var vietnamese: Words?

    /// A message and its hint in one language.
    public struct Words: Sendable, Hashable {
        /// What went wrong, in one sentence, without location.
        public var message: String
        /// What the rule author can do about it.
        public var hint: String?

        /// Creates the words of a rule error.
        public init(_ message: String, hint: String? = nil) {
            self.message = message
            self.hint = hint
        }
    }

    public init(
        kind: Kind, message: String, file: String? = nil, line: Int? = nil, rule: String? = nil,
        hint: String? = nil, traceback: String? = nil, vietnamese: Words? = nil
    ) {
        self.vietnamese = vietnamese
        self.kind = kind
        self.message = message
        self.file = file
        self.line = line
        self.rule = rule
        self.hint = hint
        self.traceback = traceback
    }

    /// `rules/x.lua:9`, or the file alone, or `nil`.
    public var location: String? {
        guard let file else { return nil }
        return line.map { "\(file):\($0)" } ?? file
    }

    public var description: String {
        var text = "error: \(message)"
        if let location {
            text += "\n  --> \(location)"
            if let rule { text += " (rule \"\(rule)\")" }
        } else if let rule {
            text += "\n  --> rule \"\(rule)\""
        }
        if let hint { text += "\n  help: \(hint)" }
        return text
    }
}

extension RuleError {
    /// Translates an error of the Lua host into the rule author's terms.
    init(_ error: LuaError, rule: String? = nil) {
        let kind: Kind =
            switch error.kind {
            case .syntax: .syntax
            case .runtime: .runtime
            case .instructionLimit: .instructionLimit
            case .timeLimit: .timeLimit
            case .memoryLimit: .memoryLimit
            case .badValue: .badResult
            case .sandbox: .sandbox
            case .notFound: .contract
            }
        let author = AuthorText(error.message)
        let message = author.message
        self.init(
            kind: kind, message: message, file: error.location?.file, line: error.location?.line,
            rule: rule, hint: author.hint ?? error.hint ?? RuleError.hint(for: message), traceback: error.traceback)
        if let words = author.words {
            // The pack's own words (lib/say.lua).
            vietnamese = words
        } else if let words = RuleError.vietnamese(error, message: message, rule: rule) {
            // A limit or a missing entry point: the host's message, worded by the host.
            vietnamese = words
        } else if author.hint == nil, error.hint == nil, let hint = RuleError.vietnameseHint(for: message) {
            // Lua's own message stays as Lua wrote it; what to do about it is ours, in Vietnamese too.
            vietnamese = Words("lỗi khi chạy Lua: \(message)", hint: hint)
        } else if author.hint == nil, kind == .syntax {
            vietnamese = Words(
                "lỗi cú pháp Lua: \(message)", hint: "Lua báo chỗ nó nhận ra lỗi; lỗi có thể nằm ngay trước chỗ đó")
        }
    }

    /// A hint for Lua's own runtime messages that a legal officer may not read at once.
    static func hint(for message: String) -> String? { hints(for: message)?.english }

    /// ``hint(for:)`` in Vietnamese.
    static func vietnameseHint(for message: String) -> String? { hints(for: message)?.vietnamese }

    /// The hint for one of Lua's runtime messages, in English and in Vietnamese.
    private static func hints(for message: String) -> (english: String, vietnamese: String)? {
        if message.contains("a nil value (global '"), let start = message.range(of: "(global '"),
            let end = message[start.upperBound...].firstIndex(of: "'")
        {
            let name = message[start.upperBound..<end]
            return (
                "is `\(name)` misspelled? A name that was never assigned reads as nil",
                "`\(name)` có bị viết sai không? Một tên chưa được gán đọc ra nil"
            )
        }
        if message.contains("a nil value (field '") {
            return (
                "the table has no such field: check its spelling, or that the data defines it",
                "bảng không có trường này: kiểm tra chính tả, hoặc dữ liệu có định nghĩa trường đó không"
            )
        }
        if message.contains("number has no integer representation") {
            return (
                "a float was used where a whole number is needed; use // instead of / and math.tointeger(x)",
                "một số thực được dùng ở chỗ cần số nguyên; dùng // thay cho / và math.tointeger(x)"
            )
        }
        return nil
    }
}
