import Casework
import Reports
import Testing

@Suite struct MoneyTextTests {
    @Test func dongHaveDotsBetweenThousandsAndTheSymbol() {
        #expect(MoneyText.dong(1_500_000) == "1.500.000 đ")
        #expect(MoneyText.dong(0) == "0 đ")
        #expect(MoneyText.dong(999) == "999 đ")
        #expect(MoneyText.dong(-1_000) == "-1.000 đ")
        #expect(MoneyText.dong(1_500_000, symbol: "") == "1.500.000")
        #expect(MoneyText.grouped(Int64.min) == "-9.223.372.036.854.775.808")
    }

    @Test(arguments: [
        (Int64(1_234_567_890), "1.234,568"), (1_500, "0,002"), (1_499, "0,001"), (499, "0,000"), (500, "0,001"),
        (-1_500, "-0,002"), (-499, "0,000"), (135_400_000, "135,400"), (0, "0,000"),
        (Int64.max, "9.223.372.036.854,776"),
    ])
    func millionsRoundHalfAwayFromZeroToThreePlaces(_ dong: Int64, _ expected: String) {
        #expect(MoneyText.millions(dong) == expected)
    }

    @Test func millionsTakeOtherPrecisions() {
        #expect(MoneyText.millions(2_850_000_000, decimals: 1) == "2.850,0")
        #expect(MoneyText.millions(135_500_000, decimals: 0) == "136")
        #expect(MoneyText.millions(1_234_567, decimals: 6) == "1,234567")
    }

    @Test func landIsShownInSquareMetresExactly() {
        #expect(MoneyText.squareMetres(123_456) == "1.234,56 m²")
        #expect(MoneyText.squareMetres(5) == "0,05 m²")
        #expect(MoneyText.squareMetres(-250) == "-2,50 m²")
        #expect(MoneyText.squareMetres(100, symbol: "") == "1,00")
    }

    @Test func figuresAreFormattedByTheirNamesSuffix() {
        #expect(MoneyText.figure(Figure.finesImposedVND, value: 1_500_000) == "1.500.000 đ")
        #expect(MoneyText.figure(Figure.violationsLand, value: 123_456) == "1.234,56 m²")
        #expect(MoneyText.figure(Figure.total, value: 1_234) == "1.234")
    }

    @Test func formCellsUseTheColumnsUnitWithoutItsName() {
        #expect(MoneyText.cell(135_400_000, unit: .millionVND) == "135,400")
        #expect(MoneyText.cell(135_400_000, unit: .vnd) == "135.400.000")
        #expect(MoneyText.cell(123_456, unit: .squareMetres) == "1.234,56")
        #expect(MoneyText.cell(37, unit: .count) == "37")
    }
}
