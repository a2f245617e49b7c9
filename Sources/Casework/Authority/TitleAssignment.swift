/// A legal title (chức danh) held by an account for a term: what the person may *sign*, judged by the rule pack from
/// the title's code (`chanh_thanh_tra_so`, `thanh_tra_vien`…), as `case decide --signer` names it.
///
/// Kept apart from roles (which use cases an account may run) and from delegations (a title lent for a term, Luật
/// XLVPHC Điều 54): DESIGN.md §8. Changed only by journaled commands (`title assign`, `title end`).
public struct TitleAssignment: Sendable, Equatable, Codable {
    public typealias ID = Tagged<TitleAssignment, Int64>

    /// The assignment's number, given by the store.
    public var id: ID
    /// The account that holds the title.
    public var login: String
    /// The pack's title code.
    public var title: String
    /// The first day the title is held.
    public var startsOn: CalendarDate
    /// The last day the title is held, or `nil` while it is held without an end. Closed: startsOn ≤ day ≤ endsOn,
    /// as an appointment decision words its term ("đến hết ngày …").
    public var endsOn: CalendarDate?
    /// When it was recorded: the journal's instant (ISO 8601, +07:00).
    public var recordedAt: String

    public init(
        id: ID, login: String, title: String, startsOn: CalendarDate, endsOn: CalendarDate?, recordedAt: String
    ) {
        self.id = id
        self.login = login
        self.title = title
        self.startsOn = startsOn
        self.endsOn = endsOn
        self.recordedAt = recordedAt
    }

    /// Whether the title is held on `day` (closed term).
    public func covers(_ day: CalendarDate) -> Bool {
        startsOn <= day && (endsOn.map { day <= $0 } ?? true)
    }

    /// Whether the title is held on every day of `[first, last]` (closed).
    public func covers(from first: CalendarDate, through last: CalendarDate) -> Bool {
        startsOn <= first && (endsOn.map { last <= $0 } ?? true)
    }

    /// Whether two terms share at least one day.
    func overlaps(startsOn other: CalendarDate, endsOn otherEnd: CalendarDate?) -> Bool {
        let startsBeforeOtherEnds = otherEnd.map { startsOn <= $0 } ?? true
        let otherStartsBeforeThisEnds = endsOn.map { other <= $0 } ?? true
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds
    }
}

/// A title to assign: checked by ``checked(against:)`` inside the store's transaction.
public struct NewTitleAssignment: Sendable, Equatable {
    public var login: String
    public var title: String
    public var startsOn: CalendarDate
    /// The last day held (closed), or `nil`.
    public var endsOn: CalendarDate?

    public init(login: String, title: String, startsOn: CalendarDate, endsOn: CalendarDate?) {
        self.login = login
        self.title = title
        self.startsOn = startsOn
        self.endsOn = endsOn
    }

    /// The assignment with its login lowercased and its title trimmed, refused when its term runs backwards or
    /// overlaps a term of the same title the account already has.
    ///
    /// - Parameter existing: The account's assignments as stored.
    /// - Throws: ``AuthorityError`` `.termBackwards`, `.overlappingAssignment`.
    public func checked(against existing: [TitleAssignment]) throws -> NewTitleAssignment {
        var valid = self
        valid.login = login.trimmedOfWhitespace.lowercased()
        valid.title = title.trimmedOfWhitespace
        if let endsOn, endsOn < startsOn { throw AuthorityError.termBackwards(from: startsOn, to: endsOn) }
        if let clash = existing.first(where: {
            $0.login == valid.login && $0.title == valid.title && $0.overlaps(startsOn: startsOn, endsOn: endsOn)
        }) {
            throw AuthorityError.overlappingAssignment(clash)
        }
        return valid
    }
}
