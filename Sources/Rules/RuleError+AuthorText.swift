import Foundation

extension RuleError {
    /// The text of an error the pack raises itself, split into its tagged lines (`rules/lib/say.lua`).
    ///
    /// A pack's `error` carries one string; the pack writes the English message first, then `vi: ` with the same
    /// in Vietnamese, `help: ` with what to do and `gợi ý: ` with that in Vietnamese, each on its own line and each
    /// but the message optional:
    ///
    /// ```
    /// penalty settings has an unknown key "x"; fix the name or remove the key
    /// vi: thiết lập xử phạt có khóa lạ "x"; sửa tên hoặc bỏ khóa
    /// ```
    ///
    /// A text without tags (Lua's own messages, a pack that writes English only) is the message, whole.
    struct AuthorText: Equatable {
        var message: String
        var hint: String?
        var vietnamese: String?
        var vietnameseHint: String?

        /// The tags a line may start with, and the part each fills.
        private static var tags: [(tag: String, part: WritableKeyPath<AuthorText, String?>)] {
            [("\nvi: ", \.vietnamese), ("\nhelp: ", \.hint), ("\ngợi ý: ", \.vietnameseHint)]
        }

        /// Splits `text` at its tagged lines; a tag's part runs to the next tag or the end.
        init(_ text: String) {
            let found = Self.tags.compactMap { entry in text.range(of: entry.tag).map { (entry, $0) } }
                .sorted { $0.1.lowerBound < $1.1.lowerBound }
            message = String(text[..<(found.first?.1.lowerBound ?? text.endIndex)])
            for (index, (entry, range)) in found.enumerated() {
                let end = index + 1 < found.count ? found[index + 1].1.lowerBound : text.endIndex
                let part = text[range.upperBound..<end].trimmingCharacters(in: .whitespacesAndNewlines)
                self[keyPath: entry.part] = part.isEmpty ? nil : part
            }
        }

        /// The Vietnamese words, when the pack wrote them.
        var words: Words? { vietnamese.map { Words($0, hint: vietnameseHint) } }
    }
}
