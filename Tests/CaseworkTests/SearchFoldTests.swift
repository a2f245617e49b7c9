import Foundation
import Testing

@testable import Casework

/// The search fold's table gives what Foundation's folding gives (the definition, written out here again), for every
/// letter it covers and for text mixing them with what it does not cover.
@Suite struct SearchFoldTests {
    /// The definition: Foundation's case- and diacritic-insensitive folding, then `đ` as `d`.
    static func reference(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "đ", with: "d")
    }

    @Test func vietnameseNamesFoldToTheirLettersWithoutMarks() {
        #expect(SearchFold.folded("Nguyễn Văn Đông") == "nguyen van dong")
        #expect(SearchFold.folded("CÔNG TY TNHH ÁNH DƯƠNG") == "cong ty tnhh anh duong")
        #expect(SearchFold.folded("Hộ kinh doanh Trần Thị Ỷ") == "ho kinh doanh tran thi y")
        #expect(SearchFold.folded("") == "")
    }

    @Test func everyVietnameseLetterInBothCasesFoldsAsFoundationFoldsIt() {
        let letters = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
        for letter in letters + letters.uppercased() {
            #expect(SearchFold.folded(String(letter)) == Self.reference(String(letter)), "\(letter)")
        }
        #expect(SearchFold.table.count > 300)
    }

    @Test func everyScalarOfTheTablesRangesFoldsAsFoundationFoldsIt() {
        for range in SearchFold.Table.ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let text = "X" + String(Character(scalar)) + "y"
                #expect(SearchFold.folded(text) == Self.reference(text), "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func randomTextOfLettersMarksAndOtherScriptsFoldsAsFoundationFoldsIt() {
        // Letters of the table, ASCII, combining marks (decomposed Vietnamese), other scripts and symbols.
        let pool: [String] = [
            "a", "Z", " ", "-", ".", "_", "0", "9", "Đ", "đ", "Ư", "ữ", "Ệ", "ß", "Æ", "ø", "İ", "ı", "ǅ", "ẞ",
            "e\u{0301}", "\u{0323}", "\u{0306}", "Σ", "ς", "Ω", "Я", "中", "한", "😀", "\u{00A0}", "–", "ﬁ", "Ⅻ", "ⓐ",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let length = Int.random(in: 0...12, using: &generator)
            let text = (0..<length).map { _ in pool.randomElement(using: &generator)! }.joined()
            #expect(SearchFold.folded(text) == Self.reference(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
