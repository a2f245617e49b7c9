public import Casework

/// What a role allows in casework (DESIGN.md §8): one table for every face. The use cases check it themselves
/// (``Inspectorate/authorize(_:acting:)``) when the database has accounts, so a page, the JSON API, the CLI's `--as`
/// and `batch` give the same answer; the server's route × role table (`ProtectedRoute`) takes the roles of its
/// casework routes from here. A database without accounts keeps the single-user behaviour: nothing is checked.
public enum CaseworkAction: String, Sendable, CaseIterable {
    /// Reading cases, subjects, inspections, the plan and the printed decision.
    case readCasework
    /// Registering a subject.
    case addSubject
    /// Opening a penalty case from its violation record (and its preview).
    case openCase
    /// What the pack would decide for a case (`case preview`, the decision form's preview).
    case previewCase
    /// Recording the day the violator received the decision.
    case deliverCase
    /// The penalty decision.
    case decideCase
    /// A longer decision deadline (Điều 66), installments (Điều 79), a postponement (Điều 76).
    case extendCase, approveInstallments, postponeCase
    /// Cancelling a case.
    case cancelCase
    /// Recording a payment; importing payments.
    case recordPayment
    /// Opening an inspection.
    case openInspection
    /// The inspection steps of the one who decides it: the decision, an extension, the conclusion, the closing.
    case decideInspectionStep
    /// The team's steps of an inspection: announcement, suspension, resumption, end of on-site work, the result
    /// report, the draft conclusion. Team-bound (``isTeamBound``).
    case teamInspectionStep
    /// Findings and recommendations of an inspection. Team-bound (``isTeamBound``).
    case recordFinding
    /// Follow-up of a recommendation.
    case recordFollowUp
    /// Loading a year's plan.
    case loadPlan
    /// The period report, its drill-down and downloads, restatements.
    case readReports
    /// Filing a period's report.
    case fileReport
    /// The journal and its verification.
    case readJournal

    /// Who may read casework: every role that works cases or reads them (the inspectors, the chief, collections,
    /// reporting, leadership); not the rule authors, the rule approvers nor the administrators ("no casework").
    public static let caseReaders: Set<AccountRole> = [
        .inspector, .teamLead, .chiefInspector, .collections, .reporting, .leadership,
    ]

    /// The roles that allow this action.
    public var allowedRoles: Set<AccountRole> {
        switch self {
        case .readCasework: Self.caseReaders
        case .addSubject, .openCase, .previewCase, .deliverCase: [.inspector, .teamLead, .chiefInspector]
        case .decideCase, .extendCase, .approveInstallments, .postponeCase, .cancelCase: [.chiefInspector]
        case .recordPayment: [.collections]
        case .openInspection, .decideInspectionStep, .loadPlan: [.chiefInspector]
        case .teamInspectionStep: [.teamLead, .chiefInspector]
        case .recordFinding: [.inspector, .teamLead, .chiefInspector]
        case .recordFollowUp: [.collections, .chiefInspector]
        case .readReports: [.reporting, .chiefInspector, .leadership]
        case .fileReport: [.reporting]
        case .readJournal: [.chiefInspector, .leadership]
        }
    }

    /// Whether the action is on one inspection whose team it belongs to: an account whose only roles allowing it are
    /// the team's (``teamRoles``) acts only on inspections whose decision names it in the team.
    public var isTeamBound: Bool { self == .teamInspectionStep || self == .recordFinding }

    /// The roles held "by team membership" (DESIGN.md §8): an inspector and a team lead act on their own
    /// inspections; the chief inspector on any.
    public static let teamRoles: Set<AccountRole> = [.inspector, .teamLead]

    /// The action of an inspection step: the decider's (decide, extend, conclude, close) or the team's.
    public static func of(_ step: InspectionStep) -> CaseworkAction {
        switch step {
        case .decide, .extend, .conclude, .close: .decideInspectionStep
        case .announce, .suspend, .resume, .endOnsite, .report, .draft: .teamInspectionStep
        }
    }

    /// Whether an account with `roles` may take this action at all (before any team check).
    public func allows(_ roles: Set<AccountRole>) -> Bool { !allowedRoles.isDisjoint(with: roles) }

    /// Whether an account with `roles` may take this action only on its own team's inspections: a team-bound action
    /// that no role of it but a team role allows.
    public func needsTeamMembership(_ roles: Set<AccountRole>) -> Bool {
        isTeamBound && allowedRoles.intersection(roles).isSubset(of: Self.teamRoles)
    }
}

extension InspectionDecision {
    /// Whether the decision's team names `login` (as its lead or a member), letters compared without regard to case
    /// and surrounding spaces.
    public func teamIncludes(_ login: String) -> Bool {
        let wanted = login.trimmedOfWhitespace.lowercased()
        return ([teamLead] + members).contains { $0.trimmedOfWhitespace.lowercased() == wanted }
    }
}

extension Inspectorate {
    /// Refuses `action` by `acting` when the store has accounts and no role of the acting account allows it
    /// (``CaseworkAction/allowedRoles``); nothing when it has none.
    /// - Throws: ``InspectorateError/actionNotAllowed(account:action:)``; ``StoreError``.
    public func authorize(_ action: CaseworkAction, acting: Acting) throws {
        _ = try action.roles(of: acting, in: store)
    }

    /// As ``authorize(_:acting:)``, and for a team-bound action by an account that holds it only through a team role,
    /// that inspection `id`'s decision names the account in its team.
    /// - Throws: ``InspectorateError/actionNotAllowed(account:action:)``,
    ///   ``InspectorateError/notOnInspectionTeam(account:inspection:)``, ``InspectorateError/unknownInspection(_:)``;
    ///   ``StoreError``.
    public func authorize(_ action: CaseworkAction, on id: Inspection.ID, acting: Acting) throws {
        guard let roles = try action.roles(of: acting, in: store), action.needsTeamMembership(roles) else { return }
        guard let inspection = try store.inspection(id: id) else { throw InspectorateError.unknownInspection(id) }
        guard inspection.decision?.teamIncludes(acting.account) == true else {
            throw InspectorateError.notOnInspectionTeam(account: acting.account.lowercased(), inspection: id)
        }
    }
}

extension CaseworkAction {
    /// The acting account's roles when `store` has accounts and one of them allows the action; `nil` without
    /// accounts (nothing is checked then).
    /// - Throws: ``InspectorateError/actionNotAllowed(account:action:)``; ``StoreError``.
    func roles(of acting: Acting, in store: any InspectorateStore) throws -> Set<AccountRole>? {
        guard let accounts = store as? any AccountStore, try accounts.hasAccounts() else { return nil }
        let login = acting.account.lowercased()
        guard let account = try accounts.account(login: login), account.isActive, allows(Set(account.roles)) else {
            throw InspectorateError.actionNotAllowed(account: login, action: self)
        }
        return Set(account.roles)
    }
}
