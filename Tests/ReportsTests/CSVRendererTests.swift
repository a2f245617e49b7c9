import Foundation
import Casework
import Reports
import Testing

@Suite struct CSVRendererTests {
    @Test func figuresAreOneRecordEachWithCRLF() {
        let csv = Fixture.report().renderCSV(language: .vi)
        let records = csv.components(separatedBy: "\r\n")
        #expect(records[0] == "figure,label,unit,value")
        #expect(records[1] == "inspections.carried_over,Số cuộc thanh tra kỳ trước chuyển sang,count,11")
        #expect(records.contains("violations.money_vnd,Vi phạm về tiền,vnd,135400000"))
        #expect(records.contains("violations.land_dm2,Vi phạm về đất,dm2,123456"))
        // The category count comes after the fixed figures; the text ends with CRLF and has no bare LF.
        #expect(records[records.count - 2] == "inspections.category.dat_dai,Số cuộc thanh tra loại dat_dai,count,4")
        #expect(records.last == "")
        #expect(records.count == 1 + Figure.all.count + 1 + 1)
        #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    @Test func fieldsWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
        let form = FormLayout(
            code: "Q", title: "", basis: "",
            header: [[FormLayout.HeaderCell("Tiền, đất"), FormLayout.HeaderCell("Cái \"gọi là\""), FormLayout.HeaderCell("Hai\ndòng"), FormLayout.HeaderCell("Thường")]],
            columns: [])
        let csv = form.renderCSV(figures: Fixture.figures)
        #expect(csv.hasPrefix("\"Tiền, đất\",\"Cái \"\"gọi là\"\"\",\"Hai\ndòng\",Thường\r\n"))
    }

    @Test func byteOrderMarkIsOptional() {
        let with = Array(Fixture.report().renderCSV(byteOrderMark: true).utf8)
        let without = Array(Fixture.report().renderCSV().utf8)
        #expect(Array(with.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(Array(with.dropFirst(3)) == without)
        #expect(without.first == UInt8(ascii: "f"))
    }

    @Test func formsAreFlattenedWithMergedTextOnceAndCoveredSlotsEmpty() {
        let csv = Fixture.form.renderCSV(figures: Fixture.figures)
        #expect(csv == """
            Số cuộc thanh tra,,,,,Vi phạm,,Phạt tiền\r
            Tổng số,Kỳ trước chuyển sang,Triển khai trong kỳ,Theo kế hoạch,Đột xuất,Tiền (triệu đồng),Đất (m²),\r
            1,2,3,4,5,6,7,8\r
            37,11,26,26,11,"135,400","1.234,56",1.500.000\r

            """)
    }
}
