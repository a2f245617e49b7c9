import Foundation
import Testing
@testable import Import

/// The separator found from the header line, and the date order found from the dates that can be read one way only.
@Suite("Spreadsheet dialects: separators and date orders")
struct SpreadsheetDialectTests {
    @Test func theHeaderLinePicksTheSeparator() {
        #expect(CSVDialect.separator(of: Array("Mã số thuế;Tên;Địa chỉ\n1,2;3".utf8)) == UInt8(ascii: ";"))
        #expect(CSVDialect.separator(of: Array("\u{FEFF}a,b,c\r\nx;y".utf8)) == UInt8(ascii: ","))
        #expect(CSVDialect.separator(of: Array("a\tb\tc\n".utf8)) == UInt8(ascii: "\t"))
        // A separator inside a quoted header does not count; a tie or no separator is a comma.
        #expect(CSVDialect.separator(of: Array("\"a;b;c\",d\n".utf8)) == UInt8(ascii: ","))
        #expect(CSVDialect.separator(of: Array("name\n".utf8)) == UInt8(ascii: ","))
        #expect(CSVDialect.separator(of: Array("a;b,c\n".utf8)) == UInt8(ascii: ","))
    }

    @Test func onlyDatesReadableOneWayAreEvidence() {
        var order = DateOrder()
        order.scan(["BB-1", "25/10/2026"], line: 2)
        order.scan(["BB-2", "03/04/2026", "2026-10-13"], line: 3)
        #expect(order.dayFirstLines == [2] && order.monthFirstLines.isEmpty && !order.isRefused)
        order.scan(["BB-3", "01/02/2026;10/25/2026"], line: 4)
        #expect(order.monthFirstLines == [4] && order.monthFirstExample == "10/25/2026")
        #expect(order.isRefused && order.isMixed)
    }

    @Test func rowNumberColumnsAreIgnored() throws {
        let columns = try ImportColumns<PaymentImportField>(header: ["STT", "Số TT", "#", "vu viec", "No."])
        #expect(columns.index(of: .caseNumber) == 3)
    }
}
