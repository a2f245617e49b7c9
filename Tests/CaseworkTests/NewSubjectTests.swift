import Casework
import Testing

@Suite struct NewSubjectTests {
    @Test(arguments: ["0101234567", "0101234567-001", "  0312345678  "])
    func organizationsAcceptTenDigitTaxCodesAndBranchCodes(_ taxCode: String) throws {
        let subject = try NewSubject(kind: .organization, identifier: taxCode, name: " Công ty Ánh Dương ").validated()
        #expect(subject.identifier == taxCode.filter { !$0.isWhitespace })
        #expect(subject.name == "Công ty Ánh Dương")
    }

    @Test(arguments: ["001085012345", "123456789"])
    func personsAcceptTwelveDigitCitizenIDsAndNineDigitCMNDs(_ number: String) throws {
        let subject = try NewSubject(kind: .person, identifier: number, name: "Nguyễn Văn An").validated()
        #expect(subject.identifier == number)
    }

    @Test(arguments: ["8012345678", "8012345678-001", "001085012345"])
    func householdBusinessesAcceptATaxCodeOrTheirOwnersTwelveDigitID(_ identifier: String) throws {
        let subject = try NewSubject(kind: .household, identifier: identifier, name: "Hộ kinh doanh Minh Phát").validated()
        #expect(subject.identifier == identifier)
        #expect(subject.kind == .household)
    }

    @Test(arguments: ["123456789", "80123456", "HKD-01A8012345"])
    func householdBusinessesRefuseOtherIdentifiersNamingBothForms(_ identifier: String) {
        let error = #expect(throws: InputError.self) {
            try NewSubject(kind: .household, identifier: identifier, name: "Hộ B").validated()
        }
        #expect(error?.field == "identifier")
        #expect(
            error?.message == "a household business is identified by its tax code (10 digits, or 10 digits, a hyphen "
                + "and 3 digits) or its owner's 12-digit personal ID number; got \"\(identifier)\"")
    }

    @Test func aMalformedTaxCodeIsRefusedWithTheFieldAndTheExpectedForm() {
        let error = #expect(throws: InputError.self) {
            try NewSubject(kind: .organization, identifier: "01012345", name: "Công ty").validated()
        }
        #expect(error?.field == "identifier")
        #expect(
            error?.description == """
                error: tax code must be 10 digits, or 10 digits, a hyphen and 3 digits for a branch; got "01012345"
                  --> field identifier
                  help: copy the tax code from the business registration certificate, e.g. 0101234567 or 0101234567-001
                """)
    }

    @Test(arguments: ["0101234567-01", "0101234567-0011", "01012345678", "010123456a", "0101234567-"])
    func otherTaxCodeShapesAreRefused(_ taxCode: String) {
        #expect(throws: InputError.self) {
            try NewSubject(kind: .organization, identifier: taxCode, name: "Công ty").validated()
        }
    }

    @Test(arguments: ["00108501234", "0010850123456", "0101234567", "12345678a"])
    func citizenIDsOfOtherLengthsAreRefused(_ number: String) {
        let error = #expect(throws: InputError.self) {
            try NewSubject(kind: .person, identifier: number, name: "Nguyễn Văn An").validated()
        }
        #expect(error?.message == "citizen ID number must be 12 digits (or 9 for an old CMND); got \"\(number)\"")
    }

    @Test func aBlankNameIsRefused() {
        let error = #expect(throws: InputError.self) {
            try NewSubject(kind: .person, identifier: "001085012345", name: "   ").validated()
        }
        #expect(error == InputError(
            field: "name", message: "a name is required",
            hint: "give the name as written on the registration or ID card", vietnamese: "thiếu tên (bắt buộc)",
            vietnameseHint: "ghi tên như trên giấy đăng ký hoặc thẻ căn cước"))
    }

    @Test func aBlankIdentifierIsRefusedBeforeItsShape() {
        let error = #expect(throws: InputError.self) {
            try NewSubject(kind: .organization, identifier: " ", name: "Công ty").validated()
        }
        #expect(error?.message == "a tax code is required")
    }
}
