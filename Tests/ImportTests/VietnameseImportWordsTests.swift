import Testing

@testable import Casework
@testable import Import

/// Issue 17: a Vietnamese reader of import's messages meets the fields as a Vietnamese file heads its columns and
/// the inspection states in the words `inspection show` prints, never an English field name or a state code.
@Suite("Import's missing columns and states in Vietnamese")
struct VietnameseImportWordsTests {
    /// A field's Vietnamese title, folded, is one of the headers the import accepts for it: what the message asks
    /// for is what the import then reads.
    func titlesAreAccepted<Field: ImportField>(_: Field.Type) {
        for field in Field.allCases {
            #expect(field.headers.contains(SubjectColumns.folded(field.title)), "\(field): \(field.title)")
        }
    }

    @Test func everyFieldsTitleIsAnAcceptedHeader() {
        titlesAreAccepted(CaseImportField.self)
        titlesAreAccepted(InspectionImportField.self)
        titlesAreAccepted(PaymentImportField.self)
    }

    @Test func aMissingColumnIsNamedAsAVietnameseFileHeadsIt() throws {
        let receipt = #expect(throws: InputError.self) {
            try ImportColumns<PaymentImportField>(
                header: ["so vu viec", "ngay nop", "so tien"], required: PaymentImport<FakeImportStore>.requiredColumns)
        }
        #expect(receipt?.vietnamese == "không có cột \"Số biên lai\"")
        #expect(receipt?.vietnameseHint == "thêm một cột có tiêu đề \"Số biên lai\"")
        #expect(receipt?.message == "no column gives the receipt number", "English unchanged")

        let violator = #expect(throws: InputError.self) {
            try ImportColumns<CaseImportField>(
                header: ["so bien ban", "ngay lap bien ban", "hanh vi"],
                required: CaseImport<FakeImportStore, SerialPolicyRunner<FixedPolicy>>.requiredColumns)
        }
        #expect(
            violator?.vietnamese
                == "không có cột nào trong các cột \"Đối tượng\", \"Mã số thuế\", \"Số định danh\", \"Số đối tượng\"")
        #expect(violator?.vietnamese?.contains("violator") == false)
    }

    @Test func aStateThatDisagreesWithTheDatesIsNamedInTheWordsInspectionShowPrints() throws {
        let kind = InspectionImport(
            store: FakeImportStore(), policies: SerialPolicyRunner(FakeInspectionPolicy()),
            today: InspectionImportTests.today, context: .importTest)
        let tests = InspectionImportTests()
        let columns = try ImportColumns<InspectionImportField>(
            header: InspectionImportTests.header, required: InspectionImport<FakeImportStore, SerialPolicyRunner<FakeInspectionPolicy>>.requiredColumns)
        let row = ImportRow(columns: columns, fields: tests.fields(["Trạng thái": "đang thanh tra"]), line: 2)
        let error = try #require(throws: ImportRowError.self) { try kind.parse(row) }
        #expect(
            error.described(vietnamese: true)
                == "Trạng thái: \"đang thanh tra\" (đang thanh tra trực tiếp) không khớp với các ngày đã ghi, theo đó trạng thái là đã kết luận")
        #expect(error.description.hasSuffix("(onsite) does not match the dates given, which make it concluded"))
    }
}
