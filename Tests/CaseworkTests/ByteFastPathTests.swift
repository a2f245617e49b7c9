import Foundation
import Testing

@testable import Casework

/// The byte-level short cuts of the checks every imported cell goes through (docs/performance.md, figure 4) give
/// what the character-by-character definitions give, which these tests keep as they were.
@Suite("Trimming, the tax code and TextInput on bytes")
struct ByteFastPathTests {
    /// `trimmedOfWhitespace` as it was: by characters from both ends.
    static func trimmedByCharacters(_ text: String) -> String {
        let characters = Substring(text)
        guard let first = characters.firstIndex(where: { !$0.isWhitespace }),
            let last = characters.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(characters[first...last])
    }

    /// `isTaxCode` as it was: split at `-`.
    static func isTaxCodeBySplitting(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        switch parts.count {
        case 1: return parts[0].isDigits(count: 10)
        case 2: return parts[0].isDigits(count: 10) && parts[1].isDigits(count: 3)
        default: return false
        }
    }

    /// Every text of up to three of `pieces`.
    static func texts(_ pieces: [String]) -> [String] {
        var out = [""]
        for a in pieces {
            out.append(a)
            for b in pieces {
                out.append(a + b)
                for c in pieces { out.append(a + b + c) }
            }
        }
        return out
    }

    @Test func trimmingGivesWhatTheCharactersGive() {
        // Spaces, a tab, CRLF, a no-break and an ideographic space, letters, a combining accent, a prepended mark.
        let pieces = [" ", "\t", "\r\n", "\n", "\u{A0}", "\u{3000}", "a", "Đ", "\u{301}", "\u{600}", "x y", "7"]
        for text in Self.texts(pieces) {
            #expect(text.trimmedOfWhitespace == Self.trimmedByCharacters(text), "\(Array(text.unicodeScalars))")
            #expect(Substring(text).trimmedOfWhitespace == Self.trimmedByCharacters(text))
        }
    }

    @Test func aTaxCodeIsWhatSplittingAtTheHyphenSays() {
        let pieces = ["0101234567", "001", "-", "01", "8", "a", "٣", "0101234567-001", "-001"]
        for text in Self.texts(pieces) {
            #expect(NewSubject.isTaxCode(text) == Self.isTaxCodeBySplitting(text), "\(text)")
        }
        #expect(NewSubject.isTaxCode("0101234567") && NewSubject.isTaxCode("0101234567-001"))
        #expect(!NewSubject.isTaxCode("0101234567-01") && !NewSubject.isTaxCode("01012345670001"))
    }

    @Test func textInputLetsThroughExactlyTheCharactersItDoesNotRefuse() {
        for kind in [TextInput.Kind.name, .line, .multiline] {
            for value in UInt32(0)...0x3000 {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let text = "a\(Character(scalar))b"
                let passes = (try? TextInput.validate(text, field: "x", kind: kind)) != nil
                #expect(passes == (TextInput.forbiddenName(scalar, kind: kind) == nil), "U+\(TextInput.hex(value)) \(kind)")
            }
        }
        // The limit is in characters: as many bytes as the limit pass without counting, more are counted.
        #expect((try? TextInput.validate(String(repeating: "a", count: 500), field: "x", kind: .name)) != nil)
        #expect((try? TextInput.validate(String(repeating: "ệ", count: 400), field: "x", kind: .name)) != nil)
    }
}
