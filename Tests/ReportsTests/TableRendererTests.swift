import Casework
import Reports
import Testing

@Suite struct TableRendererTests {
    @Test func tableShowsPeriodAlignedFiguresChecksAndNarrative() {
        let text = Fixture.report().renderTable(language: .vi)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Báo cáo kết quả công tác thanh tra")
        #expect(lines[1] == "Kỳ báo cáo 2026-10: từ ngày 15/09/2026 đến ngày 14/10/2026")
        let figureLines = Array(lines[3..<(3 + Figure.all.count + 1)])
        #expect(Set(figureLines.map(\.count)).count == 1, "every figure line has the same width")
        #expect(figureLines.contains { $0.hasPrefix("Tổng số cuộc thanh tra ") && $0.hasSuffix(" 37") })
        #expect(figureLines.contains { $0.hasPrefix("Vi phạm về tiền ") && $0.hasSuffix(" 135.400.000 đ") })
        #expect(figureLines.contains { $0.hasPrefix("Vi phạm về đất ") && $0.hasSuffix(" 1.234,56 m²") })
        #expect(lines.contains("  ✓ Tổng số = kỳ trước + trong kỳ"))
        #expect(lines.contains("  ⚠ Theo kế hoạch + đột xuất ≠ tổng số"))
        #expect(lines.contains("Trong kỳ, toàn ngành triển khai 37 cuộc thanh tra."))
        #expect(text.hasSuffix("Lập ngày 20/10/2026 · Bộ quy tắc abc123\n"))
    }

    @Test func englishTableUsesEnglishLabels() {
        let text = Fixture.report().renderTable(language: .en)
        #expect(text.hasPrefix("Inspection results report\nPeriod 2026-10: from 2026-09-15 through 2026-10-14\n"))
        #expect(text.contains("Fines imposed "))
    }
}
