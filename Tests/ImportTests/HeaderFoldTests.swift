import Casework
import Foundation
import Testing

@testable import Import

/// ``SubjectColumns/folded(_:)`` reads ASCII byte by byte (docs/performance.md, figure 4): the same as folding the
/// text and then walking its characters, which this test keeps as it was.
@Suite struct HeaderFoldTests {
    /// `folded` as it was.
    static func foldedByCharacters(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for character in SearchFold.folded(text) {
            if character == "_" || character == "-" || character == "." || character.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(character)
            }
        }
        return out
    }

    @Test func asciiFoldsAsItsCharactersDo() {
        let pieces = ["A", "b", "_", "-", ".", " ", "\t", "\r\n", "\u{B}", "Z9", "@", "~"]
        var texts = [""]
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    texts.append(a + b + c)
                    for d in ["x", " ", "Q", "-"] { texts.append(a + b + c + d) }
                }
            }
        }
        for text in texts { #expect(SubjectColumns.folded(text) == Self.foldedByCharacters(text), "\(text.debugDescription)") }
        #expect(SubjectColumns.folded("  MA_SO-THUE. ") == "ma so thue")
        #expect(SubjectColumns.folded("Mã số thuế") == "ma so thue")
        #expect(SubjectColumns.foldedASCII("Mã") == nil)
    }
}
