/// A person, an organization or a household business that is inspected or penalised: the subject of a case.
///
/// Identified in the real world by a tax code (organizations, *mã số thuế*), a citizen ID number (persons,
/// *số định danh cá nhân* / *CCCD*, or the old 9-digit *CMND*) or, for a household business, its tax code or its
/// owner's personal identification number; unique per kind. Create one from a
/// ``NewSubject`` through ``CaseStore/addSubject(_:context:)``.
public struct Subject: Sendable, Codable, Equatable, Identifiable {
    /// A subject's number in the store: `#3`. Assigned by the store, never reused.
    public typealias ID = Tagged<Subject, Int64>

    /// Whether the subject is an organization, a person or a household business.
    ///
    /// The kind decides nothing of the fine here: the rule pack says which frame each kind is fined under (a
    /// household business as an individual, NĐ 36/2020 Điều 5 k1 and the pack's `penalty.settings.fined_as`).
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A company, cooperative or other organization; identified by its tax code.
        case organization
        /// A natural person; identified by a citizen ID number.
        case person
        /// A household business (*hộ kinh doanh*, registered under NĐ 01/2021 Điều 79–80): identified by its tax
        /// code (`8012345678`) or by its owner's 12-digit personal identification number, which serves as the tax
        /// code of households and individuals since 2025-07-01.
        case household

        /// What the identifier is called for this kind, for messages: `tax code`, `citizen ID number`.
        public var identifierLabel: String {
            switch self {
            case .organization: "tax code"
            case .person: "citizen ID number"
            case .household: "tax code or owner's personal ID number"
            }
        }

        /// The number a subject of this kind is registered by, in Vietnamese: `mã số thuế`, `số định danh cá nhân`.
        public var vietnameseIdentifierLabel: String {
            switch self {
            case .organization: "mã số thuế"
            case .person: "số định danh cá nhân"
            case .household: "mã số thuế hoặc số định danh của chủ hộ"
            }
        }

        /// The kind in Vietnamese: `tổ chức`, `cá nhân`, `hộ kinh doanh`.
        public var vietnameseName: String {
            switch self {
            case .organization: "tổ chức"
            case .person: "cá nhân"
            case .household: "hộ kinh doanh"
            }
        }

        /// The kind with its article, for messages: `an organization`, `a person`, `a household business`.
        public var withArticle: String {
            switch self {
            case .organization: "an organization"
            case .person: "a person"
            case .household: "a household business"
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
