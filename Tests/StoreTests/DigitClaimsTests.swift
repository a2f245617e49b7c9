import Casework
import Foundation
import Testing

@testable import Store

/// The scratch's claims of numbers in memory (``DigitClaims``) find the same earlier lines as its file does.
@Suite struct DigitClaimsTests {
    @Test func everyNumberHasItsOwnWordAndOtherValuesNone() {
        let values = [
            "0100000001", "100000001", "0100000001-001", "01000000010-01", "-0100000001", "0100000001-", "001085012345",
            "001085012", "0", "00", "9999999999999999",
        ]
        let codes = values.map(DigitClaims.code(of:))
        #expect(codes.allSatisfy { $0 != nil })
        #expect(Set(codes.compactMap { $0 }).count == values.count)
        for other in ["", "-", "BB-1", "01-02-03", "12345678901234567", "０１", "1 2", "0100000001\n"] {
            #expect(DigitClaims.code(of: other) == nil, "\(other)")
        }
    }

    @Test func theScratchFindsTheFirstLineOfEachValueWhereverItKeepsIt() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let scratch = try SQLiteImportScratch(directory: directory.url.path)
        #expect(
            try scratch.claim([
                ImportKey(space: "subject organization", value: "0100000001", line: 2),
                ImportKey(space: "subject person", value: "0100000001", line: 3),
                ImportKey(space: "receipt", value: "BL-1", line: 4),
                ImportKey(space: "subject organization", value: "0100000001-001", line: 5),
                ImportKey(space: "subject organization", value: "0100000001", line: 6),
                ImportKey(space: "receipt", value: "BL-1", line: 7),
                ImportKey(space: "receipt", value: "123", line: 8),
            ]) == [nil, nil, nil, nil, 2, 4, nil])
        #expect(
            try scratch.claim([
                ImportKey(space: "receipt", value: "123", line: 9),
                ImportKey(space: "subject person", value: "0100000001", line: 10),
                ImportKey(space: "subject organization", value: "0100000001-001", line: 11),
            ]) == [8, 3, 5])
    }

    @Test func aLineBeyondTheWordGoesToTheFileAndTheSpaceAsksTheFileFromThen() {
        var claims = DigitClaims()
        let big = Int(UInt32.max) + 1
        #expect(claims.claim(ImportKey(space: "s", value: "1", line: 2)) == .new)
        #expect(claims.claim(ImportKey(space: "s", value: "2", line: big)) == .elsewhere)
        #expect(claims.claim(ImportKey(space: "s", value: "1", line: big + 1)) == .earlier(2))
        #expect(claims.claim(ImportKey(space: "s", value: "3", line: 5)) == .elsewhere)
        #expect(claims.claim(ImportKey(space: "t", value: "3", line: 6)) == .new)
        #expect(claims.spilled == ["s"])
    }
}
