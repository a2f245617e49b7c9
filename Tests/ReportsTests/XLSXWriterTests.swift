import Casework
import Foundation
import Reports
import Testing

@Suite struct XLSXWriterTests {
    /// A fresh path in the temporary directory.
    static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString).xlsx").path
    }

    /// One member of the workbook (a zip file), read with `unzip -p`.
    static func member(_ name: String, of path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        process.arguments = ["-p", path, name]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "unzip -p \(path) \(name)")
        return String(decoding: data, as: UTF8.self)
    }

    @Test func formSheetHasMergedHeadersExactNumbersAndFormats() throws {
        // Given a report with one form, written in Vietnamese
        let path = XLSXWriterTests.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Fixture.report().writeXLSX(to: path, language: .vi)

        // Then the first sheet is the form: title, period and basis rows, then the header from row 4
        let sheet = try XLSXWriterTests.member("xl/worksheets/sheet1.xml", of: path)
        #expect(sheet.contains("<mergeCell ref=\"A1:H1\"/>"))
        #expect(sheet.contains("<mergeCell ref=\"A4:E4\"/>"))
        #expect(sheet.contains("<mergeCell ref=\"F4:G4\"/>"))
        #expect(sheet.contains("<mergeCell ref=\"H4:H5\"/>"))
        // Values in row 7: counts and đồng as exact integers, triệu đồng kept in đồng, land in m²
        #expect(sheet.contains("<c r=\"A7\" s=\"") && sheet.contains("<v>37</v>"))
        #expect(sheet.contains("<v>135400000</v>"))
        #expect(sheet.contains("<v>1234.56</v>"))
        #expect(sheet.contains("<v>1500000</v>"))

        let strings = try XLSXWriterTests.member("xl/sharedStrings.xml", of: path)
        #expect(strings.contains("01/TTr: Tổng hợp kết quả thanh tra hành chính"))
        #expect(strings.contains("Kỳ báo cáo 2026-10: từ ngày 15/09/2026 đến ngày 14/10/2026"))
        #expect(strings.contains("Tiền phạt theo quyết định"))

        let styles = try XLSXWriterTests.member("xl/styles.xml", of: path)
        #expect(styles.contains("formatCode=\"#,##0\""))
        #expect(styles.contains("formatCode=\"#,##0.000,,\""))
        #expect(styles.contains("formatCode=\"#,##0.00\""))

        let workbook = try XLSXWriterTests.member("xl/workbook.xml", of: path)
        #expect(workbook.contains("<sheet name=\"01-TTr\"") && workbook.contains("<sheet name=\"Chỉ tiêu\""))
    }

    @Test func valuesAboveTwoToTheFiftyThreeAreRefusedRatherThanRounded() throws {
        var report = Fixture.report()
        report.figures.values[Figure.finesImposedVND] = (1 << 53) + 1
        let path = XLSXWriterTests.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = try #require(throws: ReportError.self) { try report.writeXLSX(to: path) }
        #expect(error.kind == .valueTooLarge)
        #expect(error.description == """
            error: 9007199254740993 is too large for a spreadsheet number (at most 2^53 = 9.007.199.254.740.992)
              --> \(path), sheet '01-TTr', cell H7
              help: use the CSV or JSON report, which keep every digit
            """)
    }

    @Test func anUnwritablePathIsAnIOError() throws {
        let path = "/nonexistent-folder-\(UUID().uuidString)/report.xlsx"
        let error = try #require(throws: ReportError.self) { try Fixture.report().writeXLSX(to: path) }
        #expect(error.kind == .io)
        #expect(error.description.hasPrefix("error: cannot write the workbook ("))
        #expect(error.description.hasSuffix("\n  --> \(path)\n  help: check that the folder exists and is writable"))
    }

    @Test func sheetNamesAreMadeValidAndUnique() throws {
        var report = Fixture.report()
        var other = Fixture.form
        other.code = "01:TTr"  // becomes 01-TTr too
        report.forms.append(other)
        let path = XLSXWriterTests.temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        try report.writeXLSX(to: path, language: .en)
        let workbook = try XLSXWriterTests.member("xl/workbook.xml", of: path)
        #expect(workbook.contains("<sheet name=\"01-TTr\""))
        #expect(workbook.contains("<sheet name=\"01-TTr (2)\""))
        #expect(workbook.contains("<sheet name=\"Figure\""))
    }
}
