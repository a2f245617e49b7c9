import Casework
@testable import Import
import Testing

@Suite struct SubjectColumnsTests {
    @Test func vietnameseHeadersMatchWithoutRegardToCaseOrAccents() throws {
        let columns = try SubjectColumns(header: ["LOẠI", "Mã_số thuế", "Tên", "Địa chỉ"])
        let subject = try columns.subject(from: ["Tổ chức", "0101234567", "Công ty A", "Hà Nội"])
        #expect(subject == NewSubject(kind: .organization, identifier: "0101234567", name: "Công ty A", address: "Hà Nội"))
    }

    @Test func englishHeadersWork() throws {
        let columns = try SubjectColumns(header: ["kind", "identifier", "name", "address"])
        #expect(try columns.subject(from: ["person", "001085012345", "An", ""]).kind == .person)
    }

    @Test func aSpecificIdentifierHeaderImpliesTheKind() throws {
        let columns = try SubjectColumns(header: ["CCCD", "Họ và tên"])
        #expect(try columns.subject(from: ["001085012345", "Nguyễn Văn An"]).kind == .person)
    }

    @Test func anUnknownHeaderIsRefusedByName() throws {
        let error = #expect(throws: InputError.self) { try SubjectColumns(header: ["ten", "mst", "so dien thoai"]) }
        #expect(error?.message == "unknown column \"so dien thoai\"")
    }

    @Test func aGenericIdentifierWithoutKindColumnIsRefused() throws {
        let error = #expect(throws: InputError.self) { try SubjectColumns(header: ["identifier", "name"]) }
        #expect(error?.message.hasPrefix("no kind column") == true)
    }

    @Test func anUnknownKindNamesTheColumn() throws {
        let columns = try SubjectColumns(header: ["Loại", "Mã số", "Tên"])
        let error = #expect(throws: InputError.self) { try columns.subject(from: ["hộ", "0101234567", "A"]) }
        #expect(error?.field == "Loại")
        #expect(
            error?.message == "kind \"hộ\" is none of an organization, a person, a household business, a family "
                + "household or a residential community")
    }

    @Test func aHouseholdBusinessIsNamedAsPeopleWriteIt() throws {
        // Given a register whose tax code column would imply an organization
        let columns = try SubjectColumns(header: ["Loại", "Mã số thuế", "Tên"])
        // Then the kind cell makes the row a household business, however it is written
        for written in ["Hộ kinh doanh", "HKD", "hộ kinh doanh cá thể", "Hộ cá thể", "household"] {
            let subject = try columns.subject(from: [written, "8012345678", "Hộ kinh doanh Minh Phát"])
            #expect(subject.kind == .household, "\(written)")
            #expect(subject.identifier == "8012345678")
        }
        #expect(try columns.subject(from: ["Tổ chức", "0101234567", "A"]).kind == .organization)
    }

    @Test func familyHouseholdsAndCommunitiesAreNamedAsPeopleWriteThemWithOrWithoutAnID() throws {
        // Given a register with the representative's ID column
        let columns = try SubjectColumns(header: ["Loại", "Số định danh chủ hộ", "Tên hộ gia đình", "Địa chỉ"])
        // Then the kind cell names a family household or a community, however it is written, the ID cell may be empty
        for written in ["Hộ gia đình", "HGĐ", "hgd", "family"] {
            let subject = try columns.subject(from: [written, "", "Hộ ông An", "Thôn Đông"])
            #expect(subject.kind == .family, "\(written)")
            #expect(subject.identifier == "")
        }
        for written in ["Cộng đồng dân cư", "CĐDC", "cộng đồng", "community"] {
            let subject = try columns.subject(from: [written, "001085012345", "Thôn Đoài", "Thôn Đoài"])
            #expect(subject.kind == .community, "\(written)")
            #expect(subject.identifier == "001085012345")
        }
        // And the same words name the kind on the command line (`--kind`)
        #expect(SubjectColumns.kind(folded: SubjectColumns.folded("hộ-gia-đình")) == .family)
        #expect(SubjectColumns.kind(folded: SubjectColumns.folded("cong_dong_dan_cu")) == .community)
        #expect(SubjectColumns.kind(folded: SubjectColumns.folded("hộ")) == nil)
    }

    @Test func theColumnsOfARejectFileAreIgnored() throws {
        let columns = try SubjectColumns(header: ["mst", "ten", "line", "reason"])
        #expect(try columns.subject(from: ["0101234567", "A", "3", "bad"]).identifier == "0101234567")
    }
}
