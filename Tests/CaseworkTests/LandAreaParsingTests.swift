import Casework
import Testing

/// Land in m² as people write it, read at the edges (the pages, the command line, imports) into exact square
/// decimetres: thousands with dots, at most two decimals after a comma, an optional `m²`.
@Suite struct LandAreaParsingTests {
    @Test(arguments: [
        ("1200", Int64(120_000)), ("1.200", 120_000), ("1.200,25", 120_025), ("1200,5", 120_050), ("0", 0),
        ("35,07 m²", 3_507), ("12 m2", 1_200),
    ])
    func anAreaInSquareMetresIsKeptExactlyInSquareDecimetres(text: String, decimetres: Int64) throws {
        #expect(try LandArea(parsingSquareMetres: text).squareDecimetres == decimetres)
    }

    @Test(arguments: ["1,234", "abc", "1,2,3", "-5", "", "1.2.3,4x"])
    func anythingElseIsNotAnArea(text: String) {
        #expect(throws: LandArea.ParseError.notAnArea) { try LandArea(parsingSquareMetres: text) }
    }

    @Test func anAreaBeyondTheLargestNumberReadIsRefused() throws {
        // The whole m² are read as VND reads a number (at most VND.maximum, 10^15), so the square decimetres fit.
        #expect(try LandArea(parsingSquareMetres: "1.000.000.000.000.000").squareDecimetres == 100_000_000_000_000_000)
        #expect(throws: LandArea.ParseError.notAnArea) { try LandArea(parsingSquareMetres: "1.000.000.000.000.001") }
    }
}
