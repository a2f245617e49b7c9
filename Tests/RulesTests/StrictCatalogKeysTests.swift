import Casework
import Foundation
import Testing
@testable import Rules

/// A misspelt key in a catalog entry is refused where it is written, with the key it most likely meant: an ignored
/// `efective_to` would let a repealed code fine again.
@Suite("Catalog entries refuse unknown keys")
struct StrictCatalogKeysTests {
    static let file = "penalty/catalog/nd125_2020.lua"

    func edited(_ edit: (String) -> String) throws -> RulePack {
        let bundled = try PackFixture.bundled()
        return RulePack(
            directory: "/fixture",
            files: bundled.files.map { file in
                guard file.path == Self.file else { return file }
                return RulePack.File(path: file.path, bytes: Array(edit(String(decoding: file.bytes, as: UTF8.self)).utf8))
            })
    }

    /// The line of the first `e{` whose text contains `marker`.
    func line(of marker: String) throws -> Int {
        let text = String(decoding: try #require(try PackFixture.bundled().files.first { $0.path == Self.file }).bytes, as: UTF8.self)
        let lines = text.components(separatedBy: "\n")
        return try #require(lines.firstIndex { $0.contains(marker) }) + 1
    }

    @Test func aMisspeltEffectiveToIsRefusedAtItsLineWithTheKeyItMeant() throws {
        let marker = "effective_to = UNTIL_102"
        let expectedLine = try line(of: marker)
        let pack = try edited { $0.replacingOccurrences(of: marker, with: "efective_to = UNTIL_102") }
        let error = try #require(throws: RuleError.self) { try RuleEngine(pack: pack) }
        #expect(error.file == "rules/" + Self.file, "\(error)")
        #expect(error.line == expectedLine, "\(error)")
        #expect(error.message.contains("catalog entry ND125-2020-D22-K2 has an unknown key \"efective_to\""), "\(error.message)")
        #expect(error.message.contains("did you mean \"effective_to\"?"), "\(error.message)")
    }

    @Test func aKeyNothingLooksLikeIsRefusedWithoutAGuess() throws {
        let pack = try edited { $0.replacingOccurrences(of: "effective_to = UNTIL_102", with: "effective_to = UNTIL_102, xyzzy = 1") }
        let error = try #require(throws: RuleError.self) { try RuleEngine(pack: pack) }
        #expect(error.message.contains("unknown key \"xyzzy\"; fix the name or remove the key"), "\(error.message)")
        #expect(!error.message.contains("did you mean"))
    }

    @Test func theBundledCatalogUsesOnlyKnownKeys() throws {
        _ = try RuleEngine(pack: try PackFixture.bundled())
    }
}
