import Casework
import Testing

/// Subjects through ``CaseStore``: registration, refusals of duplicates and bad input, search and listing.
///
/// Written against the ports only and run for every store of ``StoreFactory/all`` that implements the ports it uses (``StoreFactory/implementing(_:)``).
@Suite struct SubjectConformanceTests {
    @Test(arguments: StoreFactory.implementing(.subjects))
    func anAddedSubjectCanBeReadBack(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let added = try store.addSubject(
                NewSubject(kind: .person, identifier: " 001085012345 ", name: " Nguyễn Văn An ", address: " 12 Lê Lợi "),
                context: .test)

            #expect(
                added
                    == Subject(
                        id: 1, kind: .person, identifier: "001085012345", name: "Nguyễn Văn An", address: "12 Lê Lợi"))
            #expect(try store.subject(id: added.id) == added)
            #expect(try store.subject(id: 2) == nil)
        }
    }

    @Test(arguments: StoreFactory.implementing(.subjects))
    func aSecondSubjectWithTheSameTaxCodeNamesTheFirst(_ factory: StoreFactory) throws {
        // Given three registered companies
        try factory.withStore { store in
            for number in [5, 6] { _ = try store.addSubject(.company(number), context: .test) }
            _ = try store.addSubject(
                NewSubject(kind: .organization, identifier: "0101234567", name: "Công ty Ánh Dương"), context: .test)

            // When the third is registered again under another name
            let error = #expect(throws: StoreError.self) {
                try store.addSubject(
                    NewSubject(kind: .organization, identifier: "0101234567", name: "Ánh Dương JSC"), context: .test)
            }

            // Then the error names the existing subject and nothing is journaled
            #expect(error?.kind == .duplicate)
            #expect(
                error?.description == """
                    error: subject with tax code 0101234567 is already registered as #3
                      help: see `thanhtra subject show 3`
                    """)
            #expect(try store.journal(after: 0, limit: 10).count == 3)
        }
    }

    @Test(arguments: StoreFactory.implementing(.subjects))
    func aDuplicateCitizenIDIsNamedAsSuch(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            _ = try store.addSubject(.person(1, name: "Lê Thị Hoa"), context: .test)
            let error = #expect(throws: StoreError.self) {
                try store.addSubject(.person(1, name: "Le Thi Hoa"), context: .test)
            }
            #expect(error?.message == "subject with citizen ID number 001000000001 is already registered as #1")
        }
    }

    @Test(arguments: StoreFactory.implementing(.subjects))
    func invalidInputIsRefusedBeforeAnythingIsWritten(_ factory: StoreFactory) throws {
        try factory.withStore { store throws in
            let error = #expect(throws: InputError.self) {
                try store.addSubject(NewSubject(kind: .person, identifier: "12345", name: "X"), context: .test)
            }
            #expect(error?.field == "identifier")
            #expect(try store.journal(after: 0, limit: 10) == [])
        }
    }

    @Test(arguments: StoreFactory.implementing(.subjects))
    func searchIgnoresCaseAndVietnameseDiacritics(_ factory: StoreFactory) throws {
        // Given people and companies with accented names
        try factory.withStore { store in
            _ = try store.addSubject(.person(1, name: "Nguyễn Văn An"), context: .test)
            _ = try store.addSubject(.person(2, name: "Trần Thị Đông"), context: .test)
            _ = try store.addSubject(.company(3, name: "Công ty Nguyên Phát"), context: .test)
            _ = try store.addSubject(.company(4, name: "Hợp tác xã 100% Sạch"), context: .test)

            // Then unaccented, lowercase text finds them
            #expect(try store.subjects(kind: nil, search: "nguyen van", limit: 10).map(\.name) == ["Nguyễn Văn An"])
            #expect(try store.subjects(kind: nil, search: "DONG", limit: 10).map(\.name) == ["Trần Thị Đông"])
            #expect(try store.subjects(kind: nil, search: "Nguyên", limit: 10).map(\.name) == [
                "Công ty Nguyên Phát", "Nguyễn Văn An",
            ])
            #expect(try store.subjects(kind: .person, search: "nguyen", limit: 10).map(\.name) == ["Nguyễn Văn An"])
            // Identifiers match too, and LIKE wildcards are literal
            #expect(try store.subjects(kind: nil, search: "0100000003", limit: 10).map(\.id) == [3])
            #expect(try store.subjects(kind: nil, search: "100%", limit: 10).map(\.id) == [4])
            #expect(try store.subjects(kind: nil, search: "_", limit: 10) == [])
        }
    }

    @Test(arguments: StoreFactory.implementing(.subjects))
    func listingOrdersByNameAndRespectsKindAndLimit(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            _ = try store.addSubject(.company(1, name: "Zeta"), context: .test)
            _ = try store.addSubject(.person(2, name: "Ánh"), context: .test)
            _ = try store.addSubject(.company(3, name: "Beta"), context: .test)

            #expect(try store.subjects(kind: nil, search: nil, limit: 10).map(\.name) == ["Ánh", "Beta", "Zeta"])
            #expect(try store.subjects(kind: nil, search: "  ", limit: 2).map(\.name) == ["Ánh", "Beta"])
            #expect(try store.subjects(kind: .organization, search: nil, limit: 10).map(\.name) == ["Beta", "Zeta"])
            #expect(try store.subjects(kind: nil, search: nil, limit: 0) == [])
        }
    }

    @Test(arguments: StoreFactory.implementing(.subjects))
    func anUnknownSubjectHasAReadyMadeNotFoundError(_ factory: StoreFactory) throws {
        try factory.withStore { store throws in
            #expect(try store.subject(id: 99) == nil)
            let error = StoreError.subjectNotFound(99)
            #expect(error.kind == .notFound)
            #expect(
                error.description == """
                    error: no subject is registered as #99
                    """)
            #expect(error.refusal == .subjectNotFound(99))
        }
    }
}
