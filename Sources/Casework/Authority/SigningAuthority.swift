/// Under which title an account signed a decision, and how it held that title on the decision date: directly, or
/// lent by a delegation (with its written decision). Recorded in the `case decide` journal entry when the database
/// has accounts, so that who signed what, and by which right, stays on record.
///
/// Encoded in the journal as `{"account":"binh","title":"chanh_thanh_tra_so","holding":{"delegation":{…}}}`.
public struct SigningAuthority: Sendable, Equatable, Codable {
    /// How the title was held on the decision date.
    public enum Holding: Sendable, Equatable, Codable {
        /// Held by the account itself (an appointment).
        case direct(assignment: TitleAssignment.ID)
        /// Lent by `delegator` under the written decision `document` (Điều 54).
        case delegation(id: Delegation.ID, delegator: String, document: String)
    }

    /// The account that signs.
    public var account: String
    /// The pack's title code it signs as.
    public var title: String
    public var holding: Holding

    public init(account: String, title: String, holding: Holding) {
        self.account = account
        self.title = title
        self.holding = holding
    }

    /// How `account` holds `title` on `day`: directly when an assignment covers the day, else by a delegation to it
    /// that covers the day and whose delegator holds the title directly that day.
    ///
    /// - Parameters:
    ///   - assignments: Title assignments of the account and of its delegators (others are ignored).
    ///   - delegations: Delegations to the account (others are ignored).
    /// - Throws: ``AuthorityError/titleNotHeld(account:title:on:lapsed:)``, naming the delegation of that title to
    ///   the account whose term is nearest when one exists (a term over, or not begun).
    public static func resolve(
        title: String, on day: CalendarDate, account: String, assignments: [TitleAssignment],
        delegations: [Delegation]
    ) throws -> SigningAuthority {
        if let own = assignments.first(where: { $0.login == account && $0.title == title && $0.covers(day) }) {
            return SigningAuthority(account: account, title: title, holding: .direct(assignment: own.id))
        }
        let lent = delegations.filter { $0.delegate == account && $0.title == title }
        for delegation in lent.sorted(by: { $0.id > $1.id }) where delegation.covers(day) {
            let delegatorHolds = assignments.contains {
                $0.login == delegation.delegator && $0.title == title && $0.covers(day)
            }
            if delegatorHolds {
                return SigningAuthority(
                    account: account, title: title,
                    holding: .delegation(
                        id: delegation.id, delegator: delegation.delegator, document: delegation.document))
            }
        }
        let nearest = lent.min { distance($0, day) < distance($1, day) }
        throw AuthorityError.titleNotHeld(account: account, title: title, on: day, lapsed: nearest)
    }

    /// Days between `day` and the nearest day of the delegation's term (0 inside it).
    private static func distance(_ delegation: Delegation, _ day: CalendarDate) -> Int {
        if day < delegation.startsOn { return delegation.startsOn.dayNumber - day.dayNumber }
        if delegation.endsOn < day { return day.dayNumber - delegation.endsOn.dayNumber }
        return 0
    }
}
