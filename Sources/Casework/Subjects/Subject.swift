/// A person, an organization, a household business, a family household or a residential community that is inspected
/// or penalised: the subject of a case.
///
/// Identified in the real world by a tax code (organizations, *mã số thuế*), a citizen ID number (persons,
/// *số định danh cá nhân* / *CCCD*, or the old 9-digit *CMND*) or, for a household business, its tax code or its
/// owner's personal identification number; unique per kind. A family household or a residential community has no
/// number of its own in law: its name and address identify it, with its representative's personal ID number when
/// one is recorded (see ``Kind/family``, ``Kind/community``). Create one from a ``NewSubject`` through
/// ``CaseStore/addSubject(_:context:)``.
public struct Subject: Sendable, Codable, Equatable, Identifiable {
    /// A subject's number in the store: `#3`. Assigned by the store, never reused.
    public typealias ID = Tagged<Subject, Int64>

    /// Whether the subject is an organization, a person, a household business, a family household or a residential
    /// community: every kind of violator the penalty law fines (Luật XLVPHC Điều 5 k1; NĐ 118/2021 Điều 5).
    ///
    /// The kind decides nothing of the fine here: the rule pack says which frame each kind is fined under (a
    /// household business as an individual, NĐ 36/2020 Điều 5 k1; the others by the pack's
    /// `penalty.settings.fined_as`, since NĐ 118/2021 Điều 5 k2 is unconfirmed).
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A company, cooperative or other organization; identified by its tax code.
        case organization
        /// A natural person; identified by a citizen ID number.
        case person
        /// A household business (*hộ kinh doanh*, registered under NĐ 01/2021 Điều 79–80): identified by its tax
        /// code (`8012345678`) or by its owner's 12-digit personal identification number, which serves as the tax
        /// code of households and individuals since 2025-07-01.
        case household
        /// A family household (*hộ gia đình*): not a legal person, it acts through its members or a representative
        /// they authorise (Bộ luật Dân sự 2015 Điều 101 k1). The law gives it no number of its own, so its name and
        /// address identify it, with its representative's (*chủ hộ*) 12-digit personal ID number when recorded;
        /// without one the identifier is empty.
        case family
        /// A residential community (*cộng đồng dân cư*: the people of one village, hamlet or residential group,
        /// *thôn, làng, ấp, bản, tổ dân phố*). The law gives it no number of its own either: its name and address
        /// identify it, with its representative's 12-digit personal ID number when recorded.
        case community

        /// Whether a subject of this kind may be registered without an identifier: the kinds the law gives no number
        /// of their own (a family household, a residential community), whose representative's ID is optional.
        public var identifierIsOptional: Bool { self == .family || self == .community }

        /// What the identifier is called for this kind, for messages: `tax code`, `citizen ID number`.
        public var identifierLabel: String {
            switch self {
            case .organization: "tax code"
            case .person: "citizen ID number"
            case .household: "tax code or owner's personal ID number"
            case .family: "representative's personal ID number"
            case .community: "representative's personal ID number"
            }
        }

        /// The number a subject of this kind is registered by, in Vietnamese: `mã số thuế`, `số định danh cá nhân`.
        public var vietnameseIdentifierLabel: String {
            switch self {
            case .organization: "mã số thuế"
            case .person: "số định danh cá nhân"
            case .household: "mã số thuế hoặc số định danh của chủ hộ"
            case .family: "số định danh của chủ hộ"
            case .community: "số định danh của người đại diện"
            }
        }

        /// The kind in Vietnamese: `tổ chức`, `cá nhân`, `hộ kinh doanh`.
        public var vietnameseName: String {
            switch self {
            case .organization: "tổ chức"
            case .person: "cá nhân"
            case .household: "hộ kinh doanh"
            case .family: "hộ gia đình"
            case .community: "cộng đồng dân cư"
            }
        }

        /// The kind with its article, for messages: `an organization`, `a person`, `a household business`.
        public var withArticle: String {
            switch self {
            case .organization: "an organization"
            case .person: "a person"
            case .household: "a household business"
            case .family: "a family household"
            case .community: "a residential community"
            }
        }
    }

    /// The store's number for this subject.
    public var id: ID
    /// Organization, person, household business, family household or residential community.
    public var kind: Kind
    /// Tax code (`0101234567`, `0101234567-001`) for organizations, citizen ID number (12 digits, or 9 for an
    /// old CMND) for persons, either for a household business, the representative's 12-digit ID number for a family
    /// household or a residential community. Unique per kind when not empty; empty only for a kind whose
    /// ``Kind/identifierIsOptional`` (no representative's ID recorded).
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
