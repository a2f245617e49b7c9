import Foundation
import Testing

@testable import Casework
@testable import Import

@Suite("The two-pass legacy import: every bad row, duplicates within the file, batches")
struct LegacyImportTests {
    let store = FakeImportStore()

    func payments() -> PaymentImport<FakeImportStore> {
        store.cases[.decision("QĐ-1")] = PayableCase(
            id: PenaltyCase.ID(rawValue: 1), state: .decided, decidedOn: CalendarDate("2026-10-01"),
            totalFineVND: VND(10_000_000),
            paidVND: .zero)
        return PaymentImport(store: store, today: CalendarDate("2026-11-23")!, context: .importTest)
    }

    @Test func everyBadRowIsReportedInLineOrderAndNothingIsWrittenByTheCheck() throws {
        // Given a file with a BOM, CRLF line ends, a quoted field and four bad rows among six
        let file = try TemporaryCSV(
            "\u{FEFF}Số quyết định,Ngày nộp,Số tiền,Số biên lai\r\n"
                + "QĐ-1,2026-10-02,1.000.000,BL-1\r\n"
                + "QĐ-1,2026-10-03,\"2.000.000\",BL-2\r\n"
                + "QĐ-1,2026-10-04,100,BL-1\r\n"
                + "QĐ-2,2026-10-04,100,BL-3\r\n"
                + "QĐ-1,2026-10-04,100\r\n"
                + "QĐ-1,04/10/2026,7.000.001,BL-4\r\n")
        defer { file.remove() }
        var importer = FileImport(path: file.path, kind: payments(), batchSize: 2)
        var rejected: [ImportRejectedRow] = []
        var header: [String] = []

        // When it is checked, two rows per window
        let checked = try importer.check(
            scratch: MemoryImportScratch(), onHeader: { header = $0 }, onRow: { rejected.append($0) })

        // Then the bad rows come with their line and reason, and the good ones are left for the write
        #expect(header == ["Số quyết định", "Ngày nộp", "Số tiền", "Số biên lai"])
        #expect(rejected.map(\.line) == [4, 5, 6, 7])
        #expect(
            rejected.map(\.reason) == [
                .row("receipt BL-1 is already on line 2"),
                .row("decision number QĐ-2 is not recorded", next: .importCases),
                .row("3 field(s) where the header has 4; quote fields that contain a comma"),
                .row("the payment of 7.000.001 đ is more than the 7.000.000 đ still owed on the fine of case #1"),
            ])
        #expect(rejected[2].fields == ["QĐ-1", "2026-10-04", "100"])
        #expect(checked.rowsRead == 6 && checked.validCount == 2)
        #expect(store.writtenPayments.isEmpty)
    }

    @Test func theGoodRowsAreWrittenInBatchesEachWithTheFileHashAndLines() throws {
        let text =
            "so quyet dinh,ngay nop,so tien,so bien lai\n"
            + (1...5).map { "QĐ-1,2026-10-0\($0),1.000.000,BL-\($0)\n" }.joined()
        let file = try TemporaryCSV(text)
        defer { file.remove() }
        var importer = FileImport(path: file.path, kind: payments(), batchSize: 2)
        let checked = try importer.check(scratch: MemoryImportScratch(), onRow: { _ in Issue.record("no row is bad") })

        let summary = try importer.write(checked)

        #expect(store.writtenPayments.map(\.count) == [2, 2, 1])
        #expect(store.payloads.map(\.firstLine) == [2, 4, 6])
        #expect(store.payloads.map(\.lastLine) == [3, 5, 6])
        #expect(store.payloads.map(\.batch) == [1, 2, 3])
        #expect(Set(store.payloads.map(\.sha256)) == [checked.sha256])
        #expect(checked.sha256 == SHA256.hexString(SHA256.hash(Data(text.utf8))))
        #expect(
            summary
                == ImportSummary(
                    kind: "payments", file: file.path, sha256: checked.sha256, rowsRead: 5, imported: 5, rejected: 0,
                    batches: 3,
                    amountVND: VND(5_000_000), surchargeVND: .zero))
    }

    @Test func rejectedRowsAreSkippedWhenWriting() throws {
        let file = try TemporaryCSV(
            "so quyet dinh,ngay nop,so tien,so bien lai\nQĐ-1,2026-10-01,1,BL-1\nQĐ-1,2026-10-01,x,BL-2\nQĐ-1,2026-10-01,2,BL-3\n"
        )
        defer { file.remove() }
        var importer = FileImport(path: file.path, kind: payments())
        let checked = try importer.check(scratch: MemoryImportScratch(), onRow: { _ in })
        _ = try importer.write(checked)
        #expect(store.writtenPayments.flatMap { $0 }.map(\.payment.receipt) == ["BL-1", "BL-3"])
    }

    @Test func aFileChangedBetweenThePassesStopsTheWrite() throws {
        let file = try TemporaryCSV("so quyet dinh,ngay nop,so tien,so bien lai\nQĐ-1,2026-10-01,1,BL-1\n")
        defer { file.remove() }
        var importer = FileImport(path: file.path, kind: payments())
        let checked = try importer.check(scratch: MemoryImportScratch(), onRow: { _ in })
        try Data("so quyet dinh,ngay nop,so tien,so bien lai\nQĐ-1,2026-10-01,2,BL-1\n".utf8).write(
            to: URL(fileURLWithPath: file.path))

        let failure = #expect(throws: ImportFailure.self) { try importer.write(checked) }
        guard case .changed(let imported, let batches) = failure?.reason else {
            Issue.record("expected a changed file, got \(String(describing: failure))")
            return
        }
        #expect(imported == 1 && batches == 1)
        #expect(failure?.file == file.path && failure?.kind == "payments")
    }

    @Test func aBadHeaderStopsTheImportWithItsLine() throws {
        let file = try TemporaryCSV("so quyet dinh,ngay nop,so tien\n")
        defer { file.remove() }
        var importer = FileImport(path: file.path, kind: payments())
        let failure = #expect(throws: ImportFailure.self) {
            try importer.check(scratch: MemoryImportScratch(), onRow: { _ in })
        }
        guard case .header(let error) = failure?.reason else {
            Issue.record("expected a bad header, got \(String(describing: failure))")
            return
        }
        #expect(error.message == "no column gives the receipt number")
        #expect(failure?.line == 1)
    }
}

@Suite struct ImportValueTests {
    @Test func datesAreReadInBothForms() {
        #expect(ImportRow<PaymentImportField>.parseDate("2026-03-01") == CalendarDate("2026-03-01"))
        #expect(ImportRow<PaymentImportField>.parseDate("1/3/2026") == CalendarDate("2026-03-01"))
        #expect(ImportRow<PaymentImportField>.parseDate("29/02/2025") == nil)
        #expect(ImportRow<PaymentImportField>.parseDate("2026/03/01") == nil)
        #expect(ImportRow<PaymentImportField>.parseDate("01/03/26") == nil)
    }

    @Test func landAndFlagsAreRead() throws {
        let columns = try ImportColumns<CaseImportField>(header: ["phuc tap", "giai trinh", "so bien ban"])
        let row = ImportRow(columns: columns, fields: ["x", "không", "BB"], line: 2)
        #expect(try row.flag(.complex))
        #expect(try !row.flag(.explanationRequested))
        #expect(try !row.flag(.minor), "no column reads as no")
        let land = try ImportColumns<InspectionImportField>(header: ["dat vi pham"])
        #expect(
            try ImportRow(columns: land, fields: ["1.200,25 m²"], line: 2).land(.violationLand)
                == LandArea(squareDecimetres: 120_025))
        #expect(throws: ImportRowError.self) {
            try ImportRow(columns: land, fields: ["1,234"], line: 2).land(.violationLand)
        }
    }

    @Test func aLineSetHoldsABitPerLine() {
        var lines = LineSet()
        lines.insert(3)
        lines.insert(1_000_003)
        lines.insert(3)
        #expect(lines.count == 2)
        #expect(lines.contains(3) && lines.contains(1_000_003))
        #expect(!lines.contains(4) && !lines.contains(2_000_000))
    }

    @Test func theScratchInMemoryKeepsTheFirstLineOfEachValue() throws {
        let scratch = MemoryImportScratch()
        #expect(
            try scratch.claim([
                ImportKey(space: "receipt", value: "A", line: 2), ImportKey(space: "record", value: "A", line: 3),
                ImportKey(space: "receipt", value: "A", line: 4),
            ]) == [nil, nil, 2])
        try scratch.add([7: 100], in: "paid")
        try scratch.add([7: 50, 8: 1], in: "paid")
        #expect(try scratch.totals(of: [7, 8, 9], in: "paid") == [7: 150, 8: 1])
    }
}
