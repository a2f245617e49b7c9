import Testing

@testable import Casework
@testable import Import

@Suite("Import of legacy inspections: columns, steps and results")
struct InspectionImportTests {
    static let today = CalendarDate("2026-11-23")!
    let store = FakeImportStore()
    var kind: InspectionImport<FakeImportStore, SerialPolicyRunner<FakeInspectionPolicy>> {
        InspectionImport(
            store: store, policies: SerialPolicyRunner(FakeInspectionPolicy()), today: Self.today, context: .importTest)
    }

    static let header = [
        "Số quyết định", "Ngày quyết định", "Hình thức", "Căn cứ", "Văn bản căn cứ", "Loại hình", "Cấp", "Nội dung",
        "Thời kỳ thanh tra", "Đơn vị chủ trì", "Mã số thuế", "Ngày công bố", "Ngày kết thúc trực tiếp", "Số kết luận",
        "Ngày kết luận", "Tiền vi phạm", "Kiến nghị thu hồi", "Đã thu hồi", "Ngày thu hồi", "Chứng từ thu hồi",
        "Trạng thái",
    ]

    /// A concluded unscheduled inspection of 2024 with 1,2 billion đ of violations, 800 million recommended for
    /// recovery and 300 million recovered; `changes` replaces cells by header.
    func fields(_ changes: [String: String] = [:]) -> [String] {
        let base: [String: String] = [
            "Số quyết định": "12/QĐ-TTr", "Ngày quyết định": "01/03/2024", "Hình thức": "Đột xuất",
            "Căn cứ": "khiếu nại",
            "Văn bản căn cứ": "Đơn số 5/2024", "Loại hình": "Thanh tra hành chính", "Cấp": "thanh_tra_tinh",
            "Nội dung": "Quản lý đất đai", "Thời kỳ thanh tra": "2022–2023", "Đơn vị chủ trì": "Phòng 2",
            "Mã số thuế": "0100000001;0100000002", "Ngày công bố": "2024-03-05",
            "Ngày kết thúc trực tiếp": "2024-04-20",
            "Số kết luận": "KL-3/2024", "Ngày kết luận": "2024-06-10", "Tiền vi phạm": "1.200.000.000",
            "Kiến nghị thu hồi": "800.000.000", "Đã thu hồi": "300.000.000", "Ngày thu hồi": "2024-08-01",
            "Chứng từ thu hồi": "CT-77", "Trạng thái": "Đã kết luận",
        ]
        return Self.header.map { changes[$0] ?? base[$0]! }
    }

    @Test func aConcludedInspectionIsReadWithItsStepsAndResults() throws {
        let row = try kind.parse(header: Self.header, fields())
        #expect(row.mode == .unscheduled)
        #expect(row.ground == InspectionGround(kind: .complaint, reference: "Đơn số 5/2024"))
        #expect(row.category == "hanh_chinh", "matched by its title")
        #expect(row.content == "Quản lý đất đai (thời kỳ thanh tra: 2022–2023)")
        #expect(row.subjects == [.identifier(.organization, "0100000001"), .identifier(.organization, "0100000002")])
        #expect(row.openedOn == CalendarDate("2024-03-01"))
        #expect(
            row.timeline.conclusion
                == InspectionConclusion(number: "KL-3/2024", concludedOn: CalendarDate("2024-06-10")!))
        #expect(row.state == .concluded)
        #expect(row.finding == LegacyFinding(amountVND: VND(1_200_000_000), landArea: .zero, category: nil))
        #expect(row.recovery == RecommendationFigures(amountVND: VND(800_000_000)))
        #expect(
            row.recovered
                == LegacyRecovered(amountVND: VND(300_000_000), doneOn: CalendarDate("2024-08-01")!, receipt: "CT-77"))
    }

    @Test func theStateIsTheLastStepGiven() throws {
        let onsite = try kind.parse(
            header: Self.header,
            fields([
                "Ngày kết thúc trực tiếp": "", "Số kết luận": "", "Ngày kết luận": "", "Tiền vi phạm": "",
                "Kiến nghị thu hồi": "",
                "Đã thu hồi": "", "Ngày thu hồi": "", "Chứng từ thu hồi": "", "Trạng thái": "đang thanh tra",
            ]))
        #expect(onsite.state == .onsite)
        #expect(onsite.timeline.onsiteEndedOn == nil)
    }

    @Test func theCategoriesAreThoseInForceOnTheDecisionDate() throws {
        let error = try kind.refusal(
            header: Self.header,
            fields([
                "Ngày quyết định": "2025-08-01", "Ngày công bố": "2025-08-05", "Ngày kết thúc trực tiếp": "2025-09-20",
                "Ngày kết luận": "2025-10-10", "Ngày thu hồi": "2025-11-01",
            ]))
        #expect(
            error
                == "Loại hình: \"Thanh tra hành chính\" is not a category of the rule pack on 2025-08-01; use one of thanh_tra"
        )
    }

    @Test(arguments: [
        (
            ["Trạng thái": "đang thanh tra"],
            "Trạng thái: \"đang thanh tra\" (onsite) does not match the dates given, which make it concluded"
        ),
        (
            ["Trạng thái": "tạm dừng"],
            "Trạng thái: a suspended inspection is imported as on-site → recordSuspension"
        ),
        (["Ngày công bố": ""], "Ngày công bố: the announcement date (every later step follows it) is required"),
        (
            ["Ngày kết luận": "2024-04-01"],
            "Ngày kết luận: the conclusion on 2024-04-01 is before the end of on-site work on 2024-04-20"
        ),
        (
            ["Ngày công bố": "2024-02-01"],
            "Ngày công bố: the announcement on 2024-02-01 is before the decision on 2024-03-01"
        ),
        (["Số kết luận": ""], "Số kết luận: the conclusion's number (with its date) is required"),
        (["Hình thức": "theo kế hoạch"], "ma ke hoach: a scheduled inspection's plan entry is required"),
        (["Hình thức": "thường xuyên"], "Căn cứ: only an unscheduled inspection has a ground; this one is regular"),
        (
            ["Hình thức": "định kỳ"],
            "Hình thức: \"định kỳ\" is not a mode; write theo kế hoạch (scheduled), đột xuất (unscheduled) or thường xuyên (regular)"
        ),
        (
            ["Đã thu hồi": "900.000.000"],
            "Đã thu hồi: 900.000.000 đ recovered is more than the 800.000.000 đ recommended"
        ),
        (["Ngày thu hồi": "2024-06-01"], "Ngày thu hồi: 2024-06-01 is before the conclusion of 2024-06-10"),
        (["Chứng từ thu hồi": ""], "Chứng từ thu hồi: the receipt of the money recovered is required"),
        (
            ["Cấp": "thanh_tra_xa"],
            "Cấp: \"thanh_tra_xa\" is not a level of the rule pack on 2024-03-01; use one of thanh_tra_tinh"
        ),
        (["Mã số thuế": "0100000001;0100000001"], "Mã số thuế: tax code 0100000001 is named twice"),
        (
            ["Ngày kết thúc trực tiếp": "2027-01-01"],
            "Ngày kết thúc trực tiếp: 2027-01-01 is in the future (today is 2026-11-23)"
        ),
    ])
    func aBadRowIsRefusedNamingTheColumn(changes: [String: String], reason: String) throws {
        #expect(try kind.refusal(header: Self.header, fields(changes)) == reason)
    }

    @Test func figuresNeedTheConclusionTheyComeFrom() throws {
        let header = [
            "so qd", "ngay qd", "hinh thuc", "loai hinh", "cap", "noi dung", "don vi", "doi tuong", "tien vi pham",
        ]
        let reason = try kind.refusal(
            header: header,
            ["1/QĐ", "2024-03-01", "thường xuyên", "hanh_chinh", "thanh_tra_tinh", "X", "Phòng 1", "#3", "1.000.000"])
        #expect(reason == "tien vi pham: figures come from the conclusion; give so ket luan and ngay ket luan")
    }

    @Test func theCheckRefusesUnregisteredSubjectsAndNumbersAlreadyRecorded() throws {
        store.register(1)
        store.register(2)
        store.recorded[.inspectionDecisionNumber] = ["9/QĐ-TTr": 9]
        store.recorded[.conclusionNumber] = ["KL-9": 9]
        store.recorded[.followUpReceipt] = ["CT-9": 9]
        var kind = self.kind
        let rows = try [
            fields(),
            fields([
                "Số quyết định": "13/QĐ-TTr", "Mã số thuế": "0100000003", "Số kết luận": "KL-4",
                "Chứng từ thu hồi": "CT-4",
            ]),
            fields(["Số quyết định": "9/QĐ-TTr", "Số kết luận": "KL-5", "Chứng từ thu hồi": "CT-5"]),
            fields(["Số quyết định": "14/QĐ-TTr", "Số kết luận": "KL-9", "Chứng từ thu hồi": "CT-6"]),
            fields(["Số quyết định": "15/QĐ-TTr", "Số kết luận": "KL-7", "Chứng từ thu hồi": "CT-9"]),
        ].enumerated().map { ImportLine(line: $0.offset + 2, row: try kind.parse(header: Self.header, $0.element)) }
        #expect(
            try kind.check(rows, scratch: MemoryImportScratch()) == [
                nil,
                .row("tax code 0100000003 is not registered", next: .registerSubjects),
                .row("decision number 9/QĐ-TTr is already inspection #9"),
                .row("conclusion number KL-9 is already inspection #9"),
                .row("recovery receipt CT-9 is already recorded on inspection #9"),
            ])
    }

    @Test func aWrittenInspectionCarriesItsDeadlinesFindingRecommendationAndFollowUp() throws {
        store.register(1)
        store.register(2)
        var kind = self.kind
        let row = try kind.parse(header: Self.header, fields())
        _ = try kind.write(
            [ImportLine(line: 2, row: row)],
            batch: ImportBatchInfo(file: "i.csv", sha256: "d", batch: 1, firstLine: 2, lastLine: 2))
        let written = try #require(store.writtenInspections.first?.first)
        #expect(written.newInspection.subjects.map(\.rawValue) == [1, 2])
        #expect(written.newInspection.packHash == "import:d")
        #expect(written.newInspection.deadlines.onsiteDueOn == CalendarDate("2024-04-19"))
        #expect(
            written.newInspection.deadlines.reportDueOn == nil, "past the result report, which the register skipped")
        #expect(written.finding?.category == "khac")
        #expect(written.finding?.subjectID.rawValue == 1)
        #expect(written.recommendations.map(\.recommendation.kind) == [.recovery])
        #expect(written.recommendations.first?.followUp?.receipt == "CT-77")
        #expect(written.state == .concluded)
    }
}
