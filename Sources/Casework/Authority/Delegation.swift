/// A delegation of the competence to sanction (giao quyền xử phạt, Luật XLVPHC Điều 54): the holder of a title
/// (cấp trưởng) lends it to another account (cấp phó) for a term, in writing.
///
/// The law's conditions, as the store enforces them inside the transaction that records one
/// (``NewDelegation/checked(delegatorAssignments:delegatorReceived:)``):
/// - **in writing**: the written decision's number (``document``, `12/QĐ-TTr`) is required;
/// - **a term**: a first and a last day, both required (closed: startsOn ≤ day ≤ endsOn);
/// - **scope**: the content lent, as the decision words it (``scope``; empty: every case within the title);
/// - **no re-delegation**: a title held only by delegation cannot be delegated again; the delegator must hold the
///   title directly on every day of the term.
///
/// A delegation lends only what its delegator holds: on a day the delegator no longer holds the title directly, the
/// delegation lends nothing (``SigningAuthority/resolve(title:on:account:assignments:delegations:)``).
public struct Delegation: Sendable, Equatable, Codable {
    public typealias ID = Tagged<Delegation, Int64>

    public var id: ID
    /// Who lends the title (its direct holder).
    public var delegator: String
    /// Who receives it.
    public var delegate: String
    /// The pack's title code lent.
    public var title: String
    /// The first day of the term.
    public var startsOn: CalendarDate
    /// The last day of the term (closed); a delegation ended early has its new last day here.
    public var endsOn: CalendarDate
    /// The number of the written decision (số/ký hiệu của quyết định giao quyền).
    public var document: String
    /// The content and scope as the decision words them; empty when not stated.
    public var scope: String
    /// When it was recorded: the journal's instant (ISO 8601, +07:00).
    public var recordedAt: String

    public init(
        id: ID, delegator: String, delegate: String, title: String, startsOn: CalendarDate, endsOn: CalendarDate,
        document: String, scope: String, recordedAt: String
    ) {
        self.id = id
        self.delegator = delegator
        self.delegate = delegate
        self.title = title
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.document = document
        self.scope = scope
        self.recordedAt = recordedAt
    }

    /// Whether `day` is within the term (closed).
    public func covers(_ day: CalendarDate) -> Bool { startsOn <= day && day <= endsOn }
}

/// A delegation to record: checked by ``checked(delegatorAssignments:delegatorReceived:)`` inside the store's
/// transaction.
public struct NewDelegation: Sendable, Equatable {
    public var delegator: String
    public var delegate: String
    public var title: String
    public var startsOn: CalendarDate
    public var endsOn: CalendarDate
    public var document: String
    public var scope: String

    public init(
        delegator: String, delegate: String, title: String, startsOn: CalendarDate, endsOn: CalendarDate,
        document: String, scope: String
    ) {
        self.delegator = delegator
        self.delegate = delegate
        self.title = title
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.document = document
        self.scope = scope
    }

    /// The delegation with logins lowercased and texts trimmed, refused unless Điều 54's conditions hold.
    ///
    /// - Parameters:
    ///   - delegatorAssignments: The delegator's titles as stored.
    ///   - delegatorReceived: The delegations the delegator has received, as stored.
    /// - Throws: ``AuthorityError`` `.documentRequired`, `.termBackwards`, `.delegationToSelf`, `.redelegation` (the
    ///   delegator holds the title only by delegation on a day of the term), `.delegatorLacksTitle` (it does not
    ///   hold it directly on every day of the term).
    public func checked(delegatorAssignments: [TitleAssignment], delegatorReceived: [Delegation]) throws
        -> NewDelegation
    {
        var valid = self
        valid.delegator = delegator.trimmedOfWhitespace.lowercased()
        valid.delegate = delegate.trimmedOfWhitespace.lowercased()
        valid.title = title.trimmedOfWhitespace
        valid.document = document.trimmedOfWhitespace
        valid.scope = scope.trimmedOfWhitespace
        guard !valid.document.isEmpty else { throw AuthorityError.documentRequired }
        guard startsOn <= endsOn else { throw AuthorityError.termBackwards(from: startsOn, to: endsOn) }
        guard valid.delegator != valid.delegate else { throw AuthorityError.delegationToSelf(valid.delegator) }
        let direct = delegatorAssignments.filter { $0.login == valid.delegator && $0.title == valid.title }
        if direct.contains(where: { $0.covers(from: startsOn, through: endsOn) }) { return valid }
        if let received = delegatorReceived.first(where: {
            $0.delegate == valid.delegator && $0.title == valid.title && $0.startsOn <= endsOn && startsOn <= $0.endsOn
        }) {
            throw AuthorityError.redelegation(login: valid.delegator, title: valid.title, heldBy: received)
        }
        throw AuthorityError.delegatorLacksTitle(
            login: valid.delegator, title: valid.title, from: startsOn, to: endsOn)
    }
}
