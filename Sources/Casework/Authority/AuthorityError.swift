/// Why a change to roles, titles or delegations — or a signature — was refused, as a value with the records
/// involved; each face words it (the CLI in `Support/AuthorityWords.swift`). Thrown by the application layer and,
/// for the rules a store enforces inside its transaction, by the stores.
public enum AuthorityError: Error, Sendable, Equatable {
    /// `account` does not hold `title` on `on`, directly or by a delegation in force; `lapsed` is the delegation of
    /// that title to the account whose term is nearest, when there is one (its term is over or has not begun, or
    /// its delegator no longer holds the title).
    case titleNotHeld(account: String, title: String, on: CalendarDate, lapsed: Delegation?)
    /// The pack has no signer title `title` in force on `on`; `known` are those it has.
    case unknownTitle(String, on: CalendarDate, known: [String])
    /// A term whose last day is before its first.
    case termBackwards(from: CalendarDate, to: CalendarDate)
    /// The account already holds the title for part of the term.
    case overlappingAssignment(TitleAssignment)
    /// A delegation must name its written decision (Điều 54: in writing).
    case documentRequired
    /// An account cannot delegate to itself.
    case delegationToSelf(String)
    /// `login` holds `title` only by the delegation `heldBy`: a delegate cannot delegate again (Điều 54).
    case redelegation(login: String, title: String, heldBy: Delegation)
    /// `login` does not hold `title` directly on every day of `[from, to]`.
    case delegatorLacksTitle(login: String, title: String, from: CalendarDate, to: CalendarDate)
    /// No title assignment has this number.
    case assignmentNotFound(TitleAssignment.ID)
    /// No delegation has this number.
    case delegationNotFound(Delegation.ID)
    /// An end must fall within the term: not before its first day, not after its last.
    case endOutsideTerm(lastDay: CalendarDate, startsOn: CalendarDate, endsOn: CalendarDate?)
    /// An account's roles are changed by another administrator, never by itself.
    case ownRoles(String)
    /// The account already has the role (grant) or does not have it (revoke).
    case roleUnchanged(login: String, role: AccountRole, held: Bool)
    /// An account keeps at least one role: disable it instead.
    case lastRole(login: String, role: AccountRole)
    /// The pack was proposed by this account: another one activates or rejects it (four-eyes).
    case ownProposal(hash: String, proposer: String)
    /// No proposal has this hash (or hash prefix).
    case proposalNotFound(String)
    /// The prefix names more than one proposal.
    case ambiguousHash(String, matches: [String])
    /// The proposal is no longer waiting (active, rejected or retired).
    case proposalDecided(RulePackProposal)
    /// The pack has been proposed already.
    case alreadyProposed(RulePackProposal)
    /// A rejection needs its reason.
    case reasonRequired
}
