public import Casework

/// A subject as people name it on a command line or a form: by the number thanhtra gave it (`12`, `#12`), or by
/// its tax code (mã số thuế) or citizen ID number, as it is written on their papers. (Import files have their own,
/// column-aware references.)
public enum SubjectKey: Sendable, Equatable {
    case number(Subject.ID)
    /// A tax code (`0101234567`, a branch `0101234567-001`) or a citizen ID number (12 digits, or 9 for an old CMND).
    case identifier(String)
}

extension CaseStore {
    /// The ID of the subject `reference` names. A number is taken as it is (the use case it goes to says when no
    /// subject has it); an identifier is looked up.
    ///
    /// - Throws: ``InspectorateError/unknownSubjectIdentifier(_:)``; ``StoreError``.
    public func subjectID(_ reference: SubjectKey) throws -> Subject.ID {
        switch reference {
        case .number(let id):
            return id
        case .identifier(let identifier):
            // The search matches identifiers by containment: keep the exact one (an organization and a person
            // never share an identifier's form: 10 or 14 characters against 12 or 9).
            guard let found = try subjects(kind: nil, search: identifier, limit: 50).first(where: { $0.identifier == identifier })
            else { throw InspectorateError.unknownSubjectIdentifier(identifier) }
            return found.id
        }
    }
}
