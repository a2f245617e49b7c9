public import Casework

/// A subject as people name it on a command line or a form: by the number thanhtra gave it (`12`, `#12`), or by
/// its tax code (mã số thuế) or citizen ID number, as it is written on their papers. (Import files have their own,
/// column-aware references.)
public enum SubjectKey: Sendable, Equatable {
    case number(Subject.ID)
    /// A tax code (`0101234567`, a branch `0101234567-001`) or a citizen ID number (12 digits, or 9 for an old CMND).
    case identifier(String)
}

extension LegacyImportStore {
    /// The ID of the subject `reference` names. A number is taken as it is (the use case it goes to says when no
    /// subject has it); an identifier is looked up by its kind and value (the store's indexed look-up that imports
    /// use): 10 digits or 10-3 a tax code, 12 or 9 digits a citizen ID number; when no organization or person has
    /// it, a household business registered under it (its tax code or its owner's 12-digit ID number), then a family
    /// household or a residential community registered under its representative's ID number.
    ///
    /// - Throws: ``InspectorateError/unknownSubjectIdentifier(_:)``; ``StoreError``.
    public func subjectID(_ reference: SubjectKey) throws -> Subject.ID {
        switch reference {
        case .number(let id):
            return id
        case .identifier(let identifier):
            let kind: Subject.Kind = identifier.count == 12 || identifier.count == 9 ? .person : .organization
            let wanted = SubjectReference.identifier(kind, identifier)
            // In that order: the kind the digits say, then the kinds registered under another's number.
            let references = [wanted] + [Subject.Kind.household, .family, .community].map {
                SubjectReference.identifier($0, identifier)
            }
            let found = try subjects(matching: references)
            guard let subject = references.lazy.compactMap({ found[$0] }).first else {
                throw InspectorateError.unknownSubjectIdentifier(identifier)
            }
            return subject.id
        }
    }
}
