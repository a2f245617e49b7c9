import Casework
import Foundation
@testable import Reports
import Testing

/// Reports print as filed (issue 16): the XLSX's page setup read from the sheet XML, the HTML's print CSS, the
/// national header, the issuing body, the number and date and the signature block; scoped figures labelled with
/// their scope.
@Suite struct PrintLayoutTests {
    static let heading = ReportHeading(
        body: "Thanh tra tỉnh Nghệ An", governingBody: "UBND TỈNH NGHỆ AN", level: "province",
        number: "Số:        /BC-TTr", place: "Nghệ An", title: "BÁO CÁO",
        subtitle: "Kết quả công tác thanh tra tháng 10/2026 của Thanh tra tỉnh Nghệ An", signerTitle: "CHÁNH THANH TRA",
        signerName: "Nguyễn Văn An", recipients: ["Thanh tra Chính phủ (để báo cáo)", "Lưu: VT."])

    static func report() -> PeriodReport {
        var report = Fixture.report()
        report.heading = heading
        report.scopes = [FigureScope(code: "hanh_chinh", vi: "thanh tra hành chính", en: "administrative inspection", categories: ["hanh_chinh"])]
        report.figures.values["hanh_chinh:inspections.total"] = 30
        return report
    }

    @Test func theXLSXFormPrintsOnA4LandscapeOnePageWideWithRepeatedHeaderRowsAndRowHeights() throws {
        let path = XLSXWriterTests.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.report().writeXLSX(to: path, language: .vi)

        let sheet = try XLSXWriterTests.member("xl/worksheets/sheet1.xml", of: path)
        // A4 (paper 9), landscape, fitted to one page wide and any number tall.
        #expect(sheet.contains("<pageSetUpPr fitToPage=\"1\"/>"))
        #expect(sheet.contains("paperSize=\"9\""))
        #expect(sheet.contains("orientation=\"landscape\""))
        #expect(sheet.contains("fitToHeight=\"0\""))
        #expect(!sheet.contains("fitToWidth=\"0\""))  // 1 is Excel's default and is not written
        #expect(sheet.contains("<oddFooter>&amp;CTrang &amp;P/&amp;N</oddFooter>"))
        // The heading takes rows 1–4 and the form's lines rows 5–7, so the header is rows 8–9, the codes row 10:
        // those rows repeat on every page.
        let workbook = try XLSXWriterTests.member("xl/workbook.xml", of: path)
        #expect(workbook.contains("_xlnm.Print_Titles"))
        #expect(workbook.contains("'01-TTr'!$8:$10"))
        // Row heights (15 points a line, plus 3): the first header row's captions fit one line; in the second, "Kỳ
        // trước chuyển sang" in a 14-character column (13 a line) takes 2 ("Kỳ trước / chuyển sang").
        #expect(sheet.contains("<row r=\"8\" spans=\"1:8\" ht=\"18\" customHeight=\"1\">"), "\(sheet.prefix(1500))")
        #expect(sheet.contains("<row r=\"9\" spans=\"1:8\" ht=\"33\" customHeight=\"1\">"))
        // The national header, the body and the date, the signature block.
        #expect(sheet.contains("<mergeCell ref=\"A1:C1\"/>") && sheet.contains("<mergeCell ref=\"D1:H1\"/>"))
        let strings = try XLSXWriterTests.member("xl/sharedStrings.xml", of: path)
        for text in [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "UBND TỈNH NGHỆ AN",
            "Thanh tra tỉnh Nghệ An", "Số:        /BC-TTr", "Nghệ An, ngày 20 tháng 10 năm 2026", "CHÁNH THANH TRA",
            "(Ký, ghi rõ họ tên, đóng dấu)", "Nguyễn Văn An", "Nơi nhận:", "- Thanh tra Chính phủ (để báo cáo)",
        ] {
            #expect(strings.contains(text), "\(text)")
        }
        // The figures sheet labels a scoped figure with its scope.
        #expect(strings.contains("Tổng số cuộc thanh tra — thanh tra hành chính"))
    }

    @Test func headerLinesWrapWordsInTheirColumnsAndShareLinesOverMergedRows() {
        let form = FormLayout(
            code: "X", title: "X", basis: "",
            header: [
                [FormLayout.HeaderCell("Số cuộc thanh tra", span: 2), FormLayout.HeaderCell("Kiến nghị thu hồi về ngân sách nhà nước", rows: 2)],
                [FormLayout.HeaderCell("Tổng số"), FormLayout.HeaderCell("Kỳ trước chuyển sang")],
            ],
            columns: [
                FormLayout.Column(code: "1", figure: Figure.total, unit: .count),
                FormLayout.Column(code: "2", figure: Figure.carriedOver, unit: .count),
                FormLayout.Column(code: "3", figure: Figure.recoveryRecommendedVND, unit: .millionVND),
            ])
        // Width 9: a line holds 8 characters. "Số cuộc thanh tra" over 2 columns (17) fits in one line; the merged
        // cell needs 6 lines ("Kiến / nghị thu / hồi về / ngân / sách nhà / nước"), 3 per row; "Kỳ trước chuyển
        // sang" needs 3 ("Kỳ trước / chuyển / sang").
        let lines = PeriodReport.headerLines(HeaderLayout(form), columnWidth: 9)
        #expect(lines == [3, 3])
    }

    @Test func theHTMLPrintsAsADocumentWithRepeatedTableHeadersPageBreaksAndPageNumbers() {
        let html = Self.report().renderHTML(language: .vi)
        // Print CSS: A4 landscape, page numbers at the foot, repeated thead, rows never split, one form a page.
        #expect(html.contains("size: A4 landscape;"))
        #expect(html.contains("@bottom-center { content: \"Trang \" counter(page) \" / \" counter(pages);"))
        #expect(html.contains("thead { display: table-header-group; }"))
        #expect(html.contains("tr, li, figure { break-inside: avoid; page-break-inside: avoid; }"))
        #expect(html.contains("section.form + section.form { break-before: page; }"))
        // Every table has its header rows in <thead>, the values in <tbody>.
        #expect(html.components(separatedBy: "<thead>").count == html.components(separatedBy: "<table>").count)
        // The official document: national header, body, number, date, title, signature block.
        for text in [
            "<div class=\"nation\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>",
            "<div class=\"motto\">Độc lập - Tự do - Hạnh phúc</div>", "<div class=\"governing\">UBND TỈNH NGHỆ AN</div>",
            "<div class=\"body\">Thanh tra tỉnh Nghệ An</div>", "<div class=\"number\">Số:        /BC-TTr</div>",
            "<div class=\"date\">Nghệ An, ngày 20 tháng 10 năm 2026</div>", "<h1>BÁO CÁO</h1>",
            "<p class=\"subtitle\">Kết quả công tác thanh tra tháng 10/2026 của Thanh tra tỉnh Nghệ An</p>",
            "<p class=\"title\">CHÁNH THANH TRA</p>", "<p class=\"name\">Nguyễn Văn An</p>",
            "<li>Thanh tra Chính phủ (để báo cáo)</li>",
        ] {
            #expect(html.contains(text), "\(text)")
        }
        // A failed check is a warning, not an error.
        #expect(html.contains("li.fail::before { content: \"⚠ \""))
        #expect(html.contains("<td>Tổng số cuộc thanh tra — thanh tra hành chính</td>"))
    }

    @Test func withoutAHeadingTheReportKeepsItsPlainTitle() {
        let html = Fixture.report().renderHTML(language: .vi)
        #expect(html.contains("<h1>Báo cáo kết quả công tác thanh tra</h1>"))
        #expect(!html.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
    }

    @Test func theDateLineWritesALeadingZeroBeforeDaysBelowTenAndMonthsOneAndTwo() {
        #expect(DocumentHeading.dateLine(place: "Nghệ An", on: Fixture.day("2026-02-05")) == "Nghệ An, ngày 05 tháng 02 năm 2026")
        #expect(DocumentHeading.dateLine(place: "Hà Nội", on: Fixture.day("2026-11-20")) == "Hà Nội, ngày 20 tháng 11 năm 2026")
        #expect(DocumentHeading.dateLine(place: "", on: Fixture.day("2026-03-09")) == "Ngày 09 tháng 3 năm 2026")
    }
}
