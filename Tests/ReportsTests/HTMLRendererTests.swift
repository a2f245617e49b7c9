import Foundation
import Casework
import Reports
import Testing

@Suite struct HTMLRendererTests {
    @Test func formHeaderKeepsItsMergedCells() {
        let html = Fixture.report().renderHTML(language: .vi)
        #expect(html.contains("<tr><th colspan=\"5\">Số cuộc thanh tra</th><th colspan=\"2\">Vi phạm</th><th rowspan=\"2\">Phạt tiền</th></tr>"))
        #expect(html.contains("<td class=\"num\" data-figure=\"penalty.fines_imposed_vnd\">1.500.000</td>"))
        #expect(html.contains("<td class=\"num\" data-figure=\"violations.money_vnd\">135,400</td>"))
        #expect(html.contains("<td>Tiền phạt theo quyết định</td><td class=\"num\">1.500.000 đ</td>"))
    }

    @Test func pageIsPrintableAndSelfContained() {
        let html = Fixture.report().renderHTML()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\">"))
        #expect(html.contains("@media print"))
        #expect(!html.contains("src=") && !html.contains("<link") && !html.contains("href="))
    }

    @Test func textIsEscaped() {
        let html = Fixture.report(narrative: "<script>alert(\"x\")</script> & 'y'").renderHTML()
        #expect(html.contains("<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</p>"))
        #expect(!html.contains("<script>"))
    }

    @Test func chartHasOneBarPerPeriodOfTheLastTwelve() throws {
        let html = Fixture.report(historyCount: 14).renderHTML()
        let charts = html.components(separatedBy: "<svg ").dropFirst()
        #expect(charts.count == 2)
        for chart in charts {
            let svg = try #require(chart.components(separatedBy: "</svg>").first)
            #expect(svg.components(separatedBy: "<rect class=\"bar\"").count - 1 == 12)
            // The two oldest of 14 periods are left out.
            #expect(!svg.contains(">P1<") && !svg.contains(">P2<") && svg.contains(">P3<") && svg.contains(">P14<"))
        }
        // The tallest bar (P14, 23 inspections) fills the plot; P3 (12) is scaled down, rounded down.
        #expect(html.contains("y=\"24\" width=\"36\" height=\"160\""))
        #expect(html.contains("height=\"83\""))  // 12 × 160 ÷ 23 = 83.4
    }

    @Test func withoutHistoryThereIsNoChart() {
        let html = Fixture.report(historyCount: 0).renderHTML(language: .en)
        #expect(!html.contains("<svg"))
        #expect(html.contains("No previous periods"))
    }
}
