import Testing

@testable import Casework
@testable import Import

@Suite("Import of legacy penalty cases: columns and row checks")
struct CaseImportTests {
    static let today = CalendarDate("2026-11-23")!

    static let catalog = ViolationCatalog(
        entries: [
            .init(
                code: "ND125-2020-D24-K4-b", title: "Không lập hóa đơn",
                basis: "điểm b khoản 4 Điều 24 Nghị định 125/2020/NĐ-CP",
                sector: "hoa_don", frameMinVND: VND(4_000_000), frameMaxVND: VND(8_000_000),
                effectiveFrom: CalendarDate("2020-12-05"), effectiveTo: nil),
            .init(
                code: "ND125-2020-D22-K2", title: "Sử dụng hóa đơn bất hợp pháp", basis: "khoản 2 Điều 22",
                sector: "hoa_don", frameMinVND: VND(20_000_000), frameMaxVND: VND(50_000_000),
                effectiveFrom: CalendarDate("2020-12-05"), effectiveTo: nil),
            .init(
                code: "ND125-2020-D24-K3", title: "Lập hóa đơn sai thời điểm", basis: "khoản 3 Điều 24",
                sector: "hoa_don",
                frameMinVND: VND(3_000_000), frameMaxVND: VND(5_000_000), effectiveFrom: CalendarDate("2020-12-05"),
                effectiveTo: CalendarDate("2026-01-15")),
        ],
        mitigating: ["tu_nguyen_khai_bao"], aggravating: ["vi_pham_nhieu_lan"])

    let store = FakeImportStore()

    var kind: CaseImport<FakeImportStore, SerialPolicyRunner<FixedPolicy>> {
        CaseImport(
            store: store, policies: SerialPolicyRunner(FixedPolicy()), catalog: Self.catalog, today: Self.today,
            context: .importTest)
    }

    static let header = [
        "Số biên bản", "Mã số thuế", "Ngày lập biên bản", "Hành vi vi phạm", "Ngày vi phạm", "Số quyết định",
        "Ngày quyết định", "Hình thức xử phạt", "Tiền phạt", "Khắc phục hậu quả", "Trạng thái",
    ]

    @Test func vietnameseHeadersAndValuesAreRead() throws {
        let row = try kind.parse(
            header: Self.header,
            [
                "BB-1/2026", "0101234567", "10/10/2026", "ND125-2020-D24-K4-b", "01/10/2026", "QĐ-1", "2026-10-15", "",
                "1.500.000 đ", "", "đã ra quyết định",
            ])
        #expect(row.subject == .identifier(.organization, "0101234567"))
        #expect(row.record == ViolationRecord(number: "BB-1/2026", madeOn: CalendarDate("2026-10-10")!, place: ""))
        #expect(row.violations.map(\.entry.code) == ["ND125-2020-D24-K4-b"])
        #expect(row.violations[0].committedOn == CalendarDate("2026-10-01"))
        #expect(row.violations[0].endedOn == CalendarDate("2026-10-01"))
        #expect(row.decision?.totalFineVND == VND(1_500_000))
        #expect(row.decision?.decidedOn == CalendarDate("2026-10-15"))
        #expect(row.state == .decided)
    }

    @Test func englishHeadersWorkAndAnOpenCaseHasNoDecision() throws {
        let row = try kind.parse(
            header: ["record number", "subject", "record date", "violations", "kind"],
            ["BB-2", "#7", "2026-10-12", "ND125-2020-D24-K4-b; ND125-2020-D22-K2", "organization"])
        #expect(row.subject == .number(Subject.ID(rawValue: 7)))
        #expect(row.violatorKind == .organization)
        #expect(row.violations.count == 2)
        #expect(row.decision == nil)
        #expect(row.state == .open)
    }

    @Test func amountsGivenPerViolationStayOnTheirLinesAndAddUp() throws {
        let row = try kind.parse(
            header: Self.header,
            [
                "BB-3", "0101234567", "2026-10-10", "ND125-2020-D24-K4-b;ND125-2020-D22-K2", "", "QĐ-3", "2026-10-15",
                "phạt tiền;phạt tiền", "5.000.000;27.500.000", "0;12.000.000", "",
            ])
        #expect(row.violations.map(\.fineVND) == [VND(5_000_000), VND(27_500_000)])
        #expect(row.decision?.totalFineVND == VND(32_500_000))
        #expect(row.decision?.totalRemedialVND == VND(12_000_000))
    }

    @Test func aWarningOnlyDecisionIsSettledWithoutFine() throws {
        let row = try kind.parse(
            header: Self.header,
            [
                "BB-4", "0101234567", "2026-10-10", "ND125-2020-D24-K4-b", "", "QĐ-4", "2026-10-11", "cảnh cáo", "", "",
                "đã nộp",
            ])
        #expect(row.violations[0].isWarning)
        #expect(row.decision?.totalFineVND == .zero)
        #expect(row.state == .settled)
    }

    @Test(arguments: [
        (
            ["BB-5", "0101234567", "31/02/2026", "ND125-2020-D24-K4-b", "", "", "", "", "", "", ""],
            #"Ngày lập biên bản: "31/02/2026" is not a date; write YYYY-MM-DD or DD/MM/YYYY"#
        ),
        (
            ["BB-5", "0101234567", "2026-10-10", "ND125-2020-D24-K4-b", "", "QĐ-5", "2026-10-15", "", "1,5", "", ""],
            #"Tiền phạt: "1,5" is not an amount of đồng; write 1500000 or 1.500.000"#
        ),
        (
            ["BB-5", "0101234567", "2026-10-10", "ND999", "", "", "", "", "", "", ""],
            "Hành vi vi phạm: ND999 is not in the rule pack's catalog → seeCatalog"
        ),
        (
            ["BB-5", "0101234567", "2026-10-10", "ND125-2020-D24-K3", "", "", "", "", "", "", ""],
            "Hành vi vi phạm: ND125-2020-D24-K3 was not in force on 2026-10-10, when violation 1 (ND125-2020-D24-K3) was committed (in force 2020-12-05 – 2026-01-15)"
        ),
        (
            ["BB-5", "0101234567", "2026-10-10", "ND125-2020-D24-K4-b", "2026-10-11", "", "", "", "", "", ""],
            "Ngày vi phạm: violation 1 (ND125-2020-D24-K4-b) committed on 2026-10-11, after the record of 2026-10-10"
        ),
        (
            ["BB-5", "0101234567", "2026-12-01", "ND125-2020-D24-K4-b", "", "", "", "", "", "", ""],
            "Ngày lập biên bản: 2026-12-01 is in the future (today is 2026-11-23)"
        ),
        (
            ["BB-5", "0101234567", "2026-10-10", "ND125-2020-D24-K4-b", "", "", "", "", "1.000.000", "", ""],
            "Tiền phạt: a decision detail without the decision; give Số quyết định and Ngày quyết định, or leave it empty for an open case"
        ),
        (
            [
                "BB-5", "0101234567", "2026-10-10", "ND125-2020-D24-K4-b", "", "QĐ-5", "2026-10-01", "", "1.000.000",
                "", "",
            ],
            "Ngày quyết định: the decision of 2026-10-01 is before the record of 2026-10-10"
        ),
        (
            ["BB-5", "0101234567", "2026-10-10", "ND125-2020-D24-K4-b", "", "QĐ-5", "2026-10-15", "", "", "", ""],
            "Tiền phạt: the fine (a total, or one amount per violation) is required"
        ),
        (
            [
                "BB-5", "0101234567", "2026-10-10", "ND125-2020-D24-K4-b", "", "QĐ-5", "2026-10-15", "cảnh cáo",
                "1.000.000", "", "",
            ],
            "Tiền phạt: violation 1 (ND125-2020-D24-K4-b) was punished by a warning but has a fine of 1.000.000 đ"
        ),
        (
            [
                "BB-5", "0101234567", "2026-10-10", "ND125-2020-D24-K4-b", "", "QĐ-5", "2026-10-15", "",
                "1.000.000;2.000.000;3", "", "",
            ],
            "Tiền phạt: 3 amounts for 1 violation(s); give the decision's total, or one amount per violation separated by ;"
        ),
        (
            [
                "BB-5", "0101234567", "2026-10-10", "ND125-2020-D24-K4-b", "", "QĐ-5", "2026-10-15", "", "1.000.000",
                "", "đã nộp",
            ],
            "Trạng thái: \"đã nộp\" (settled) does not match the row: a decision with a fine of 1.000.000 đ stays decided until its payments are imported → importPayments"
        ),
        (
            ["BB-5", "01012345", "2026-10-10", "ND125-2020-D24-K4-b", "", "", "", "", "", "", ""],
            #"Mã số thuế: tax code must be 10 digits, or 10 digits, a hyphen and 3 digits for a branch; got "01012345""#
        ),
        (
            ["", "0101234567", "2026-10-10", "ND125-2020-D24-K4-b", "", "", "", "", "", "", ""],
            "Số biên bản: the record number is required"
        ),
    ])
    func aBadRowIsRefusedNamingTheColumn(fields: [String], reason: String) throws {
        #expect(try kind.refusal(header: Self.header, fields) == reason)
    }

    @Test func theHeaderNeedsTheRecordTheViolatorTheDateAndTheCodes() throws {
        let error = #expect(throws: InputError.self) {
            try ImportColumns<CaseImportField>(
                header: ["so bien ban", "ngay lap bien ban", "hanh vi"],
                required: CaseImport<FakeImportStore, SerialPolicyRunner<FixedPolicy>>.requiredColumns)
        }
        #expect(error?.message == "no column gives the violator (a subject number, tax code or citizen ID)")
        #expect(error?.hint == #"add a column headed one of "doi tuong", "ma so thue", "so dinh danh", "so doi tuong""#)
    }

    @Test func anUnknownOrRepeatedColumnIsRefused() throws {
        let unknown = #expect(throws: InputError.self) {
            try ImportColumns<CaseImportField>(header: ["so bien ban", "so dien thoai"])
        }
        #expect(unknown?.message == "unknown column \"so dien thoai\"")
        let twice = #expect(throws: InputError.self) {
            try ImportColumns<CaseImportField>(header: ["Tiền phạt", "fine"])
        }
        #expect(twice?.message == "two columns give the same field: \"Tiền phạt\" and \"fine\"")
    }

    @Test func theColumnsOfARejectsFileAreIgnored() throws {
        let columns = try ImportColumns<CaseImportField>(header: ["so bien ban", "line", "reason", ""])
        #expect(columns.index(of: .recordNumber) == 0)
        #expect(!columns.has(.state))
    }

    @Test func everyHeaderNamesOneFieldOfEachKind() {
        func duplicates<F: ImportField>(_: F.Type) -> [String] {
            let all = F.allCases.flatMap(\.headers)
            return Dictionary(grouping: all, by: { $0 }).filter { $0.value.count > 1 }.map(\.key)
        }
        #expect(duplicates(CaseImportField.self) == [])
        #expect(duplicates(InspectionImportField.self) == [])
        #expect(duplicates(PaymentImportField.self) == [])
        // Headers are written folded, so that the file's are compared with them after folding.
        for header in CaseImportField.allCases.flatMap(\.headers) + InspectionImportField.allCases.flatMap(\.headers)
            + PaymentImportField.allCases.flatMap(\.headers)
        {
            #expect(SubjectColumns.folded(header) == header)
        }
    }

    @Test func theCheckRefusesUnknownSubjectsWrongKindsAndNumbersAlreadyRecorded() throws {
        // Given subject #1 (an organization) and case #9 with record BB-9 and decision QĐ-9
        store.register(1)
        store.recorded[.caseRecordNumber] = ["BB-9": 9]
        store.recorded[.penaltyDecisionNumber] = ["QĐ-9": 9]
        var kind = self.kind
        let header = [
            "so bien ban", "mst", "loai", "ngay lap bien ban", "hanh vi", "so quyet dinh", "ngay quyet dinh",
            "tien phat",
        ]
        let rows = try [
            ["BB-1", "0100000001", "", "2026-10-10", "ND125-2020-D24-K4-b", "", "", ""],
            ["BB-2", "0100000002", "", "2026-10-10", "ND125-2020-D24-K4-b", "", "", ""],
            ["BB-3", "0100000001", "ca nhan", "2026-10-10", "ND125-2020-D24-K4-b", "", "", ""],
            ["BB-9", "0100000001", "", "2026-10-10", "ND125-2020-D24-K4-b", "", "", ""],
            ["BB-4", "0100000001", "", "2026-10-10", "ND125-2020-D24-K4-b", "QĐ-9", "2026-10-11", "1000000"],
        ].enumerated().map { ImportLine(line: $0.offset + 2, row: try kind.parse(header: header, $0.element)) }

        let reasons = try kind.check(rows, scratch: MemoryImportScratch())

        #expect(
            reasons == [
                nil,
                .row("tax code 0100000002 is not registered", next: .registerSubjects),
                .row("the violator is stated to be a person, but subject #1 (Đối tượng 1) is an organization"),
                .row("record number BB-9 is already case #9"),
                .row("decision number QĐ-9 is already recorded on case #9"),
            ])
    }

    @Test func aWrittenDecisionIsMarkedAsImportedAndKeepsTheRecordedAmounts() throws {
        // Given a two-violation decision recorded with its total only, and no deadline dates
        store.register(1)
        var kind = self.kind
        let row = try kind.parse(
            header: [
                "so bien ban", "mst", "ngay lap bien ban", "hanh vi", "so quyet dinh", "ngay quyet dinh", "tien phat",
                "ngay nhan quyet dinh",
            ],
            [
                "BB-1", "0100000001", "2026-10-10", "ND125-2020-D24-K4-b;ND125-2020-D22-K2", "QĐ-1", "2026-10-15",
                "9.000.000", "2026-10-16",
            ])

        // When it is written
        let batch = ImportBatchInfo(
            file: "cases.csv", sha256: String(repeating: "c", count: 64), batch: 1, firstLine: 2, lastLine: 2)
        _ = try kind.write([ImportLine(line: 2, row: row)], batch: batch)

        // Then the decision is the file's, marked with the file's hash; the dates the file left out come from the rules
        let written = try #require(store.writtenCases.first?.first)
        let decision = try #require(written.decision)
        #expect(decision.packHash == "import:" + String(repeating: "c", count: 64))
        #expect(decision.isImported && decision.importedFileSHA256 == String(repeating: "c", count: 64))
        #expect(decision.totalFineVND == VND(9_000_000))
        #expect(decision.lines.map(\.fineVND) == [.zero, .zero])
        #expect(decision.lines.map(\.sector) == ["hoa_don", "hoa_don"])
        #expect(
            decision.steps.map(\.text).contains(
                "the legacy decision gives one total fine of 9.000.000 đ for 2 violations"))
        #expect(written.newCase.decisionDueOn == CalendarDate("2026-10-17"))  // FixedPolicy: record + 7 days
        #expect(decision.enforcementExpiresOn == CalendarDate("2027-10-15"))
        #expect(decision.paymentDueOn == CalendarDate("2026-10-26"))
        #expect(written.state == .decided)
        #expect(store.payloads.first?.first == 1 && store.payloads.first?.sha256 == batch.sha256)
    }
}
