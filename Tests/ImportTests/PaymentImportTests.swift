import Testing

@testable import Casework
@testable import Import

@Suite("Import of legacy payments: row checks and what earlier lines owe")
struct PaymentImportTests {
    static let today = CalendarDate("2026-11-23")!
    let store = FakeImportStore()
    var kind: PaymentImport<FakeImportStore> { PaymentImport(store: store, today: Self.today, context: .importTest) }
    static let header = ["Số quyết định", "Ngày nộp", "Số tiền", "Tiền chậm nộp", "Số biên lai"]

    init() {
        // Case #4: decided 2026-10-15, fine 5.000.000 đ, 1.000.000 đ paid already.
        let decided = PayableCase(
            id: PenaltyCase.ID(rawValue: 4), state: .decided, decidedOn: CalendarDate("2026-10-15"),
            totalFineVND: VND(5_000_000),
            paidVND: VND(1_000_000))
        store.cases[.decision("QĐ-4")] = decided
        store.cases[.record("BB-4")] = decided
        store.cases[.number(PenaltyCase.ID(rawValue: 4))] = decided
        store.cases[.decision("QĐ-7")] = PayableCase(
            id: PenaltyCase.ID(rawValue: 7), state: .cancelled, decidedOn: CalendarDate("2026-10-15"),
            totalFineVND: VND(5_000_000),
            paidVND: .zero)
        store.cases[.record("BB-8")] = PayableCase(
            id: PenaltyCase.ID(rawValue: 8), state: .open, decidedOn: nil, totalFineVND: nil, paidVND: .zero)
        store.recorded[.paymentReceipt] = ["BL-OLD": 4]
    }

    func lines(_ header: [String], _ rows: [[String]]) throws -> [ImportLine<LegacyPayment>] {
        try rows.enumerated().map { ImportLine(line: $0.offset + 2, row: try kind.parse(header: header, $0.element)) }
    }

    @Test func aRowIsReadWithThousandsSeparatorsAndVietnameseDates() throws {
        let row = try kind.parse(header: Self.header, ["QĐ-4", "20/10/2026", "1.500.000", "15.000", "BL-1"])
        #expect(row.references == [.decision("QĐ-4")])
        #expect(
            row.payment
                == Payment(
                    paidOn: CalendarDate("2026-10-20")!, amountVND: VND(1_500_000), surchargeVND: VND(15_000),
                    receipt: "BL-1"))
    }

    @Test(arguments: [
        (["QĐ-4", "2026-10-20", "", "", "BL-1"], "Số tiền: a payment of 0 đ records nothing"),
        (["QĐ-4", "2026-12-20", "100", "", "BL-1"], "Ngày nộp: 2026-12-20 is in the future (today is 2026-11-23)"),
        (
            ["QĐ-4", "2026-10-20", "-100", "", "BL-1"],
            #"Số tiền: "-100" is not an amount of đồng; write 1500000 or 1.500.000"#
        ),
        (["QĐ-4", "2026-10-20", "100", "", ""], "Số biên lai: the receipt number is required"),
        (
            ["", "2026-10-20", "100", "", "BL-1"],
            "Số quyết định: the case (its number, decision number or record number) is required"
        ),
    ])
    func aBadRowIsRefusedNamingTheColumn(fields: [String], reason: String) throws {
        #expect(try kind.refusal(header: Self.header, fields) == reason)
    }

    @Test func paymentsOnEarlierLinesCountAgainstWhatIsOwedAcrossWindows() throws {
        var kind = self.kind
        let scratch = MemoryImportScratch()
        // 4.000.000 đ is owed. The first window pays 2.500.000, the second 1.500.000 (exactly the rest), then 1 đ more.
        let first = try lines(Self.header, [["QĐ-4", "2026-10-20", "2.500.000", "", "BL-1"]])
        let second = try lines(
            ["so bien ban", "ngay nop", "so tien", "so bien lai"],
            [["BB-4", "2026-10-21", "1.500.000", "BL-2"], ["BB-4", "2026-10-22", "1", "BL-3"]])
        #expect(try kind.check(first, scratch: scratch) == [nil])
        #expect(
            try kind.check(second, scratch: scratch) == [
                nil, .row("the payment of 1 đ is more than the 0 đ still owed on the fine of case #4"),
            ])
    }

    @Test func theCheckRefusesUnknownUndecidedCancelledEarlyAndDuplicatePayments() throws {
        var kind = self.kind
        let header = ["vu viec", "so quyet dinh", "so bien ban", "ngay nop", "so tien", "so bien lai"]
        let rows = try lines(
            header,
            [
                ["", "QĐ-404", "", "2026-10-20", "100", "BL-1"],
                ["", "", "BB-8", "2026-10-20", "100", "BL-2"],
                ["", "QĐ-7", "", "2026-10-20", "100", "BL-3"],
                ["", "QĐ-4", "", "2026-10-01", "100", "BL-4"],
                ["", "QĐ-4", "", "2026-10-20", "100", "BL-OLD"],
                ["4", "QĐ-4", "BB-4", "2026-10-20", "100", "BL-5"],
                ["#4", "QĐ-7", "", "2026-10-20", "100", "BL-6"],
            ])
        #expect(
            try kind.check(rows, scratch: MemoryImportScratch()) == [
                .row("decision number QĐ-404 is not recorded", next: .importCases),
                .row("case #8 has no decision yet; a payment is recorded against a decision"),
                .row("case #7 is cancelled"),
                .row("paid on 2026-10-01, before the decision of case #4 on 2026-10-15"),
                .row("receipt BL-OLD is already recorded on case #4"),
                nil,
                .row("case #4 and decision number QĐ-7 are different cases (#4 and #7)"),
            ])
    }

    @Test func aBatchIsWrittenAgainstTheResolvedCases() throws {
        var kind = self.kind
        let rows = try lines(Self.header, [["QĐ-4", "2026-10-20", "1.000.000", "5.000", "BL-1"]])
        let result = try kind.write(
            rows, batch: ImportBatchInfo(file: "p.csv", sha256: "h", batch: 1, firstLine: 2, lastLine: 2))
        #expect(
            store.writtenPayments == [
                [LegacyPaymentRecord(caseID: PenaltyCase.ID(rawValue: 4), payment: rows[0].row.payment)]
            ])
        #expect(result.amountVND == VND(1_000_000) && result.surchargeVND == VND(5_000))
    }
}
