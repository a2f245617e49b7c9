import Casework
import Inspectorate
import Rules

/// Roles, legal titles and delegations over the store the composition root opened.
extension App {
    /// The role, title and delegation use cases; the store must keep accounts and titles (both stores do).
    /// - Throws: ``CommandError`` when it does not.
    func openAuthorities() throws -> (authorities: Authorities, store: any InspectorateStore) {
        let store = try openStore()
        guard let accounts = store as? any AccountStore, let authority = store as? any AuthorityStore else {
            throw CommandError.said(
                ("this database keeps no accounts, titles or delegations",
                 "cơ sở dữ liệu này không lưu tài khoản, chức danh hay ủy quyền"))
        }
        return (Authorities(accounts: accounts, authority: authority), store)
    }

    /// The rule engine of the pack in force, which knows the signer titles.
    func signerTitles(recordedIn store: any InspectorateStore) throws -> RuleEngine {
        try makeEngine(try loadPack(recordedIn: store))
    }
}

/// Runs a role, title or delegation use case (or a decision) and words its refusals for the terminal.
enum AuthorityWords {
    @discardableResult
    static func worded<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as AuthorityError {
            throw CommandError(authorityError: error)
        } catch let error as AccountError {
            throw CommandError(accountError: error)
        }
    }

    /// A term as the CLI prints it: `2026-01-01..2026-12-31`, or `2026-01-01..` without an end.
    static func term(_ startsOn: CalendarDate, _ endsOn: CalendarDate?) -> String {
        "\(startsOn)..\(endsOn.map(\.description) ?? "")"
    }
}

extension CommandError {
    /// The CLI's words for an ``AuthorityError``: what, and what to do next.
    init(authorityError error: AuthorityError) {
        if let vietnamese = VietnameseErrors.refusal(error) {
            self = vietnamese
            return
        }
        switch error {
        case let .titleNotHeld(account, title, day, lapsed?):
            self.init(
                message: "\(account) does not hold the title \(title) on \(day): delegation #\(lapsed.id) from "
                    + "\(lapsed.delegator) (\(lapsed.document)) runs \(AuthorityWords.term(lapsed.startsOn, lapsed.endsOn))"
                    + (lapsed.covers(day) ? " but \(lapsed.delegator) no longer holds the title" : ""),
                hint: "sign within the term, or have a new delegation recorded with `thanhtra delegate`")
        case let .titleNotHeld(account, title, day, nil):
            self.init(
                message: "\(account) does not hold the title \(title) on \(day), directly or by delegation",
                hint: "see `thanhtra title list \(account)` and `thanhtra delegation list \(account)`; an administrator "
                    + "records titles with `thanhtra title assign`")
        case let .unknownTitle(title, day, known):
            self.init(
                message: "the rule pack has no signer title '\(title)' on \(day)",
                hint: "use one of: \(known.joined(separator: ", ")) (`thanhtra rules titles`)")
        case let .termBackwards(from, to):
            self.init(message: "the term ends on \(to), before it starts on \(from)", hint: "give --to on or after --from")
        case let .overlappingAssignment(existing):
            self.init(
                message: "\(existing.login) already holds \(existing.title) for \(AuthorityWords.term(existing.startsOn, existing.endsOn)) "
                    + "(title #\(existing.id))",
                hint: "end it first with `thanhtra title end \(existing.id) --on DATE`, or choose dates outside that term")
        case .documentRequired:
            self.init(
                message: "a delegation is made in writing: its decision's number is required (Luật XLVPHC Điều 54)",
                hint: "pass --document with the number of the decision giao quyền, e.g. --document 12/QĐ-TTr")
        case let .delegationToSelf(login):
            self.init(message: "\(login) cannot delegate to itself", hint: "name another account as the delegate")
        case let .redelegation(login, title, heldBy):
            self.init(
                message: "\(login) holds \(title) only by delegation #\(heldBy.id) from \(heldBy.delegator): a delegate "
                    + "cannot delegate it again (Luật XLVPHC Điều 54)",
                hint: "the title's own holder (\(heldBy.delegator)) may delegate it")
        case let .delegatorLacksTitle(login, title, from, to):
            self.init(
                message: "\(login) does not hold the title \(title) itself on every day from \(from) to \(to)",
                hint: "see `thanhtra title list \(login)`; a delegation cannot outlast its delegator's term")
        case let .assignmentNotFound(id):
            self.init(message: "no title assignment #\(id)", hint: "see `thanhtra title list`")
        case let .delegationNotFound(id):
            self.init(message: "no delegation #\(id)", hint: "see `thanhtra delegation list`")
        case let .endOutsideTerm(lastDay, startsOn, endsOn):
            self.init(
                message: "\(lastDay) is outside the term \(AuthorityWords.term(startsOn, endsOn))",
                hint: "--on is the last day held: on or after \(startsOn)\(endsOn.map { " and before \($0)" } ?? "")")
        case let .ownRoles(login):
            self.init(message: "\(login) cannot change its own roles", hint: "ask another account with the role quan_tri")
        case let .roleUnchanged(login, role, held):
            self.init(
                message: held ? "\(login) already has the role \(role.rawValue)" : "\(login) does not have the role \(role.rawValue)",
                hint: "see `thanhtra account list`")
        case let .ownProposal(hash, proposer):
            self.init(
                message: "\(proposer) proposed rule pack \(hash.prefix(12)): another account activates or rejects it (four-eyes)",
                hint: "ask an account with the role duyet_quy_tac other than \(proposer)")
        case let .proposalNotFound(hash):
            self.init(message: "no proposed rule pack has the hash \(hash)", hint: "see `thanhtra rules proposals` (give at least 6 hex digits)")
        case let .ambiguousHash(prefix, matches):
            self.init(
                message: "\(prefix) names \(matches.count) proposed rule packs: \(matches.map { String($0.prefix(12)) }.joined(separator: ", "))",
                hint: "give more of the hash")
        case let .proposalDecided(proposal):
            self.init(
                message: "rule pack \(proposal.hash.prefix(12)) is \(proposal.status.rawValue), not waiting for a decision",
                hint: "see `thanhtra rules proposals`; propose a pack again to change it")
        case let .alreadyProposed(proposal):
            self.init(
                message: "rule pack \(proposal.hash.prefix(12)) was already proposed by \(proposal.proposedBy) (\(proposal.status.rawValue))",
                hint: "see `thanhtra rules proposals`")
        case .reasonRequired:
            self.init(message: "a rejection needs its reason", hint: "pass --reason TEXT")
        case let .lastRole(login, role):
            self.init(
                message: "\(role.rawValue) is the last role of \(login); an account keeps at least one",
                hint: "grant another role first, or disable the account with `thanhtra account disable \(login)`")
        }
    }
}
