import Foundation

/// Text as the accent-insensitive search compares it: lowercased, without diacritics, `đ` as `d` (`Nguyễn Văn Đông`
/// → `nguyen van dong`): what `subject.nameFolded` holds on both stores, and what the imports match words with.
///
/// The definition is Foundation's `folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)`, then
/// `đ` → `d`. That call costs some microseconds a name (it was a sixth of an import's time, docs/performance.md), so
/// the common text takes a table instead: ASCII is lowercased byte by byte, and every letter of Latin-1, Latin
/// Extended-A and -B and Latin Extended Additional (the Vietnamese letters) whose fold is ASCII maps to that fold —
/// computed once from Foundation itself, one letter at a time, so the two cannot disagree. Any other scalar (a
/// combining mark, another script, a symbol) sends the whole text to Foundation, unchanged in meaning.
public enum SearchFold {
    /// `text` folded.
    public static func folded(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            } else if let fold = table.fold(value) {
                bytes.append(contentsOf: fold)
            } else {
                return foundationFolded(text)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The definition, for any text.
    static func foundationFolded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "đ", with: "d")
    }

    /// The folds of the letters outside ASCII that the table answers, by scalar value.
    struct Table: Sendable {
        /// The ranges the table covers: Latin-1 Supplement's letters to Latin Extended-B, and Latin Extended
        /// Additional.
        static let ranges: [ClosedRange<UInt32>] = [0x00C0...0x024F, 0x1E00...0x1EFF]

        private let folds: [UInt32: [UInt8]]

        init() {
            var folds: [UInt32: [UInt8]] = [:]
            for range in Self.ranges {
                for value in range {
                    guard let scalar = Unicode.Scalar(value) else { continue }
                    let fold = SearchFold.foundationFolded(String(Character(scalar)))
                    // Only a fold of ASCII letters is kept: it cannot combine with what comes before or after it.
                    guard !fold.isEmpty, fold.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) }) else { continue }
                    folds[value] = Array(fold.utf8)
                }
            }
            self.folds = folds
        }

        func fold(_ value: UInt32) -> [UInt8]? { folds[value] }

        /// How many letters the table answers.
        var count: Int { folds.count }
    }

    /// Built on first use.
    static let table = Table()
}
