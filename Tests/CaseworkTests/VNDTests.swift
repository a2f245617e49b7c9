import Casework
import Testing

@Suite struct VNDTests {
    @Test(arguments: [
        ("1500000", Int64(1_500_000)), ("1.500.000", 1_500_000), ("1 500 000", 1_500_000), ("1.500.000 ₫", 1_500_000),
        ("250000đ", 250_000), ("0", 0), ("999", 999), ("12.345 VND", 12_345),
    ])
    func parsesAmountsAsStaffTypeThem(_ text: String, _ expected: Int64) throws {
        #expect(try VND(parsing: text) == VND(expected))
    }

    @Test(arguments: ["1,5", "-1", "1.50.000", "1500.000.000.0", "1234.567", "", "đ", "1.5", "1..500", "abc"])
    func refusesTextThatIsNotAWholeAmount(_ text: String) {
        let error = #expect(throws: MoneyError.self) { try VND(parsing: text) }
        #expect(error == .notAnAmount(text))
    }

    @Test func refusalExplainsTheExpectedForm() {
        #expect(
            MoneyError.notAnAmount("1,5").description
                == "'1,5' is not an amount of đồng; write a whole number such as 1500000 or 1.500.000")
    }

    @Test func anAmountBeyondTheBoundIsRefusedEvenWhenItFitsInInt64() throws {
        #expect(throws: MoneyError.aboveMaximum("9223372036854775808")) { try VND(parsing: "9223372036854775808") }
        #expect(throws: MoneyError.aboveMaximum("9223372036854775807")) { try VND(parsing: "9223372036854775807") }
        #expect(try VND(parsing: "1000000000000000") == VND.maximum)
    }

    @Test(arguments: [
        (Int64(1_500_000), "1.500.000 đ"), (0, "0 đ"), (999, "999 đ"), (1000, "1.000 đ"), (100_000, "100.000 đ"),
        (Int64.max, "9.223.372.036.854.775.807 đ"),
    ])
    func formatsWithDotsBetweenThousands(_ amount: Int64, _ expected: String) {
        #expect(VND(amount).formatted() == expected)
    }

    @Test func formatsWithoutASymbolWhenAskedTo() {
        #expect(VND(1_500_000).formatted(symbol: "") == "1.500.000")
    }

    @Test func checkedArithmeticThrowsInsteadOfWrapping() throws {
        #expect(try VND(2).adding(VND(3)) == VND(5))
        #expect(throws: MoneyError.overflow) { try VND(Int64.max).adding(VND(1)) }
        #expect(throws: MoneyError.overflow) { try VND(Int64.max / 2 + 1).multiplied(by: 2) }
        #expect(throws: MoneyError.negative) { try VND(2).subtracting(VND(3)) }
        #expect(throws: MoneyError.negative) { try VND(2).multiplied(by: -1) }
        #expect(try VND(5).subtracting(VND(5)) == .zero)
    }

    @Test func negativeRawValuesAreRefused() {
        #expect(VND(rawValue: -1) == nil)
        #expect(VND(rawValue: 0) == .zero)
    }

    @Test func basisPointsRoundDownOrHalfUpAsAsked() throws {
        // 0.05 % of 1 000 000 = 500 exactly.
        #expect(try VND(1_000_000).applying(basisPoints: 5, rounding: .down) == VND(500))
        // 50 % of 3 = 1.5
        #expect(try VND(3).applying(basisPoints: 5_000, rounding: .down) == VND(1))
        #expect(try VND(3).applying(basisPoints: 5_000, rounding: .halfUp) == VND(2))
        // 49.99 % of 1 = 0.4999: both round to 0
        #expect(try VND(1).applying(basisPoints: 4_999, rounding: .halfUp) == .zero)
        // 15 % of 1 234 567 = 185 185.05
        #expect(try VND(1_234_567).applying(basisPoints: 1_500, rounding: .halfUp) == VND(185_185))
        #expect(throws: MoneyError.overflow) { try VND(Int64.max).applying(basisPoints: 2, rounding: .down) }
    }
}

/// Amounts in words, as a decision writes them after the figures; each expected text written by hand.
@Suite struct VNDWordsTests {
    @Test(arguments: [
        (Int64(0), "Không đồng"),
        (5, "Năm đồng"),
        (14, "Mười bốn đồng"),
        (15, "Mười lăm đồng"),
        (21, "Hai mươi mốt đồng"),
        (25, "Hai mươi lăm đồng"),
        (105, "Một trăm linh năm đồng"),
        (110, "Một trăm mười đồng"),
        (1_005, "Một nghìn không trăm linh năm đồng"),
        (10_300_000, "Mười triệu ba trăm nghìn đồng"),
        (18_000_000, "Mười tám triệu đồng"),
        (32_500_000, "Ba mươi hai triệu năm trăm nghìn đồng"),
        (135_400_000, "Một trăm ba mươi lăm triệu bốn trăm nghìn đồng"),
        (1_000_005, "Một triệu không trăm linh năm đồng"),
        (2_015_000_000, "Hai tỷ không trăm mười lăm triệu đồng"),
        (2_815_000_000, "Hai tỷ tám trăm mười lăm triệu đồng"),
        (1_000_000_000_000, "Một nghìn tỷ đồng"),
        (1_000_000_000_000_000, "Một triệu tỷ đồng"),
    ])
    func anAmountReadsAsOfficialsWriteIt(_ value: Int64, _ words: String) {
        #expect(VND(value).inWords == words)
    }
}
