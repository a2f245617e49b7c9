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

    @Test(arguments: [Subject.Kind.family, .community])
    func familiesAndCommunitiesNeedNoIdentifierButTheirAddress(_ kind: Subject.Kind) throws {
        // The law gives neither a number: the representative's 12-digit ID, or nothing, with the name and address
        let without = try NewSubject(kind: kind, identifier: "  ", name: "Hộ ông An", address: "Thôn Đông").validated()
        #expect(without.identifier == "")
        #expect(without.storedIdentifier == nil)
        #expect(!without.isFindableByIdentifier)
        let with = try NewSubject(kind: kind, identifier: "001085012345", name: "Hộ ông An", address: "Thôn Đông")
            .validated()
        #expect(with.storedIdentifier == "001085012345")
        #expect(kind.identifierIsOptional)

        let noAddress = #expect(throws: InputError.self) {
            try NewSubject(kind: kind, identifier: "", name: "Hộ ông An").validated()
        }
        #expect(noAddress?.field == "address")
        #expect(noAddress?.message.hasPrefix("an address is required for \(kind.withArticle)") == true)
        for wrong in ["0101234567", "123456789"] {
            let error = #expect(throws: InputError.self) {
                try NewSubject(kind: kind, identifier: wrong, name: "Hộ ông An", address: "Thôn Đông").validated()
            }
            #expect(error?.field == "identifier")
            #expect(error?.message.contains("representative's 12-digit personal ID number") == true, "\(wrong)")
        }
    }

    @Test(arguments: [Subject.Kind.organization, .person, .household])
    func everyOtherKindStillNeedsItsIdentifier(_ kind: Subject.Kind) {
        #expect(!kind.identifierIsOptional)
        let error = #expect(throws: InputError.self) {
            try NewSubject(kind: kind, identifier: "", name: "A", address: "Hà Nội").validated()
        }
        #expect(error?.field == "identifier")
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
