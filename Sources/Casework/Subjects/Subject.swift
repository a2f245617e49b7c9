/// A person or an organization that is inspected or penalised: the subject of a case.
///
/// Identified in the real world by a tax code (organizations, *mã số thuế*) or a citizen ID number (persons,
/// *số định danh cá nhân* / *CCCD*, or the old 9-digit *CMND*), which is unique per kind. Create one from a
/// ``NewSubject`` through ``CaseStore/addSubject(_:context:)``.
public struct Subject: Sendable, Codable, Equatable, Identifiable {
    /// A subject's number in the store: `#3`. Assigned by the store, never reused.
    public typealias ID = Tagged<Subject, Int64>

    /// Whether the subject is an organization or a person.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A company, cooperative, household business or other organization; identified by its tax code.
        case organization
        /// A natural person; identified by a citizen ID number.
        case person

        /// What the identifier is called for this kind, for messages: `tax code`, `citizen ID number`.
        public var identifierLabel: String {
            switch self {
            case .organization: "tax code"
            case .person: "citizen ID number"
            }
        }
    }

    /// The store's number for this subject.
    public var id: ID
    /// Organization or person.
    public var kind: Kind
    /// Tax code (`0101234567`, `0101234567-001`) for organizations, citizen ID number (12 digits, or 9 for an
    /// old CMND) for persons. Unique per kind.
    public var identifier: String
    /// Registered name, as written on the registration or ID card.
    public var name: String
    /// Address as one line of text; may be empty.
    public var address: String

    /// Creates a subject value; to register a new one use ``CaseStore/addSubject(_:context:)``.
    public init(id: ID, kind: Kind, identifier: String, name: String, address: String) {
        self.id = id
        self.kind = kind
        self.identifier = identifier
        self.name = name
        self.address = address
    }
}
