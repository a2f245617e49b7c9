import Casework
import Foundation
import Reports
import Testing

@Suite struct LanguageTests {
    @Test(arguments: Figure.all)
    func everyFigureHasAVietnameseAndAnEnglishLabel(_ figure: String) {
        let vi = Language.vi.label(for: figure), en = Language.en.label(for: figure)
        #expect(vi != figure && en != figure && vi != en)
    }

    @Test func categoryLevelAndFieldFiguresGetAGenericLabel() {
        #expect(Language.vi.label(for: "inspections.category.hanh_chinh") == "Số cuộc thanh tra loại hanh_chinh")
        #expect(Language.vi.label(for: "inspections.field.dat_dai") == "Số cuộc thanh tra lĩnh vực dat_dai")
        #expect(Language.en.label(for: "inspections.level.tinh") == "Inspections at level tinh")
        #expect(Language.en.label(for: "something.else") == "something.else")
    }

    /// With the pack's words a report never prints the code of a category, level or field it lists; a code the pack
    /// does not list keeps the generic label; the JSON gives both languages.
    @Test func aReportLabelsCodesWithThePacksWords() throws {
        var report = Fixture.report()
        report.figures.values["inspections.field.dat_dai"] = 3
        report.figures.values["inspections.field.hoa_don_cu"] = 1
        report.labels = ReportLabels(
            categories: [ReportLabels.Entry(code: "dat_dai", vi: "thanh tra hành chính", en: "administrative inspection")],
            levels: [ReportLabels.Entry(code: "thanh_tra_tinh", vi: "Thanh tra tỉnh", en: "Provincial Inspectorate")],
            fields: [ReportLabels.Entry(code: "dat_dai", vi: "đất đai", en: "land")])
        #expect(report.label(for: "inspections.field.dat_dai", language: .vi) == "Số cuộc thanh tra lĩnh vực đất đai")
        #expect(report.label(for: "inspections.field.dat_dai", language: .en) == "Inspections in the field of land")
        #expect(report.label(for: "inspections.category.dat_dai", language: .vi) == "Số cuộc thanh tra — thanh tra hành chính")
        #expect(report.label(for: "inspections.level.thanh_tra_tinh", language: .en) == "Inspections — Provincial Inspectorate")
        #expect(report.label(for: "inspections.field.hoa_don_cu", language: .vi) == "Số cuộc thanh tra lĩnh vực hoa_don_cu")
        let table = report.renderTable(language: .vi)
        #expect(table.contains("Số cuộc thanh tra lĩnh vực đất đai") && !table.contains("lĩnh vực dat_dai"))
        let json = try JSONSerialization.jsonObject(with: Data(report.renderJSON().utf8)) as? [String: Any]
        let labels = json?["labels"] as? [String: [String: String]] ?? [:]
        #expect(labels["inspections.field.dat_dai"] == ["vi": "Số cuộc thanh tra lĩnh vực đất đai", "en": "Inspections in the field of land"])
        #expect(labels["inspections.field.hoa_don_cu"] == nil)
    }

    @Test func thePeriodLineNamesItsFirstAndLastDay() {
        #expect(Language.vi.text(for: Fixture.october) == "Kỳ báo cáo 2026-10: từ ngày 15/09/2026 đến ngày 14/10/2026")
        #expect(Language.en.text(for: Fixture.october) == "Period 2026-10: from 2026-09-15 through 2026-10-14")
    }
}
