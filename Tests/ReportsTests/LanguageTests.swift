import Casework
import Reports
import Testing

@Suite struct LanguageTests {
    @Test(arguments: Figure.all)
    func everyFigureHasAVietnameseAndAnEnglishLabel(_ figure: String) {
        let vi = Language.vi.label(for: figure), en = Language.en.label(for: figure)
        #expect(vi != figure && en != figure && vi != en)
    }

    @Test func categoryAndLevelFiguresGetAGenericLabel() {
        #expect(Language.vi.label(for: "inspections.category.dat_dai") == "Số cuộc thanh tra theo lĩnh vực dat_dai")
        #expect(Language.en.label(for: "inspections.level.tinh") == "Inspections at level tinh")
        #expect(Language.en.label(for: "something.else") == "something.else")
    }

    @Test func thePeriodLineNamesItsFirstAndLastDay() {
        #expect(Language.vi.text(for: Fixture.october) == "Kỳ báo cáo 2026-10: từ ngày 15/09/2026 đến ngày 14/10/2026")
        #expect(Language.en.text(for: Fixture.october) == "Period 2026-10: from 2026-09-15 through 2026-10-14")
    }
}
