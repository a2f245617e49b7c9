public import Casework

/// The pages behind sign-in, and which roles may open each: the route × role table, in this one place
/// (DESIGN.md §8). A route not allowed to any of the account's roles answers 403 with a Vietnamese page, before
/// its handler runs, so nothing is read or written for it.
public enum ProtectedRoute: String, Sendable, CaseIterable {
    /// `GET /cases`: the penalty case list, filters and search.
    case caseList
    /// `GET /cases/:id`: one case.
    case caseDetail
    /// `GET /subjects/:id`: one subject and its cases.
    case subjectDetail
    /// `GET /inspections`: the inspection list.
    case inspectionList
    /// `GET /inspections/:id`: one inspection.
    case inspectionDetail
    /// `GET /accounts`: the account list (administration).
    case accountList
    /// `GET /cases/:id/payment`, `POST /cases/:id/payment/preview`, `POST /cases/:id/payment`: recording a payment,
    /// previewed before anything is written.
    case recordPayment
    /// `GET /subjects/:id/cases/new`, `POST /subjects/:id/cases/preview`, `POST /subjects/:id/cases`: opening a case
    /// from its violation record, previewed first.
    case openCase
    /// `GET /cases/:id/decide`, `POST /cases/:id/decide/preview`, `POST /cases/:id/decide`: the penalty decision,
    /// previewed with the pack's fines, legal bases and the signer's competence first.
    case decideCase
    /// `GET /cases/:id/cancel`, `POST /cases/:id/cancel/preview`, `POST /cases/:id/cancel`: cancelling a case.
    case cancelCase
    /// `GET /work`: my work, the cases overdue or due within N days that the account's roles act on.
    case myWork
    /// `GET /cases/:id/decision`, `GET /cases/:id/decision.pdf`: the printable penalty decision (a draft until
    /// decided).
    case decisionDocument
    /// `GET /reports`, `GET /reports/download`, `GET /reports/explain`: the period report, its downloads and the
    /// cases behind a figure.
    case periodReport
    /// `POST /reports/file`: files the period's report (after the period has ended).
    case fileReport
    /// `GET /journal`, `GET /journal/verify`: the journal and its verification.
    case journal
    /// `GET /accounts/new`, `POST /accounts/preview`, `POST /accounts`: adding an account, previewed first.
    case addAccount
    /// `GET /accounts/:login`: one account, its roles, titles and delegations, and the forms that change them.
    case accountDetail
    /// `POST /accounts/:login/disable/preview`, `POST /accounts/:login/disable`, `POST /accounts/:login/password`:
    /// disabling an account (previewed) and resetting its password (typed twice).
    case changeAccount
    /// `POST /accounts/:login/roles/preview`, `POST /accounts/:login/roles`: granting or revoking a role, previewed.
    case changeRoles
    /// `GET /titles`: every title assignment and delegation.
    case titleList
    /// `POST /accounts/:login/titles/preview`, `POST /accounts/:login/titles`, `POST /titles/:id/end/preview`,
    /// `POST /titles/:id/end`: assigning a legal title for a term and ending it, each previewed.
    case assignTitle
    /// `POST /accounts/:login/delegations/preview`, `POST /accounts/:login/delegations`,
    /// `POST /delegations/:id/end/preview`, `POST /delegations/:id/end`: a delegation (Điều 54) and its early end.
    case delegateTitle
    /// `GET /rules`: the active rule pack and the proposals with their stored impact.
    case rulePack
    /// `POST /rules/:hash/activate/preview`, `POST /rules/:hash/activate`, `POST /rules/:hash/reject/preview`,
    /// `POST /rules/:hash/reject`: activating or rejecting a proposed pack (four-eyes: never the proposer's own).
    case decideRulePack
    /// `GET /plan?year=`: the year's plan entries and their progress.
    case plan
    /// `GET /api/v1/cases`: the case list of the JSON API (filters, pages, search).
    case apiCaseList
    /// `GET /api/v1/cases/{id}`: one case in full through the API.
    case apiCaseDetail
    /// `GET /api/v1/subjects`: the subject search of the API (accent-insensitive).
    case apiSubjectSearch
    /// `POST /api/v1/subjects/{id}/cases`: opening a case through the API (or its preview).
    case apiOpenCase
    /// `POST /api/v1/cases/{id}/decision`: the penalty decision through the API (or its preview).
    case apiDecideCase
    /// `POST /api/v1/cases/{id}/payments`: recording a payment through the API (or its preview).
    case apiRecordPayment
    /// `POST /api/v1/cases/{id}/cancellation`: cancelling a case through the API (or its preview).
    case apiCancelCase
    /// `GET /api/v1/reports`, `GET /api/v1/reports/members`: the period report and its drill-down.
    case apiPeriodReport
    /// `GET /api/v1/journal/head`, `GET /api/v1/journal/verify`: the journal's head and its verification.
    case apiJournal

    /// Who may read casework: every role that works cases or reads them (the inspectors, the chief, collections,
    /// reporting, leadership); not the rule authors, the rule approvers nor the administrators ("no casework").
    static let caseReaders: Set<AccountRole> = [
        .inspector, .teamLead, .chiefInspector, .collections, .reporting, .leadership,
    ]

    /// The roles that may open this route.
    public var allowedRoles: Set<AccountRole> {
        switch self {
        case .caseList, .caseDetail, .subjectDetail, .inspectionList, .inspectionDetail: Self.caseReaders
        case .accountList: [.administrator]
        case .recordPayment: [.collections]
        case .openCase: [.inspector, .teamLead, .chiefInspector]
        case .decideCase, .cancelCase: [.chiefInspector]
        case .myWork, .decisionDocument: Self.caseReaders
        case .periodReport: [.reporting, .chiefInspector, .leadership]
        case .fileReport: [.reporting]
        case .journal: [.chiefInspector, .leadership]
        case .addAccount, .accountDetail, .changeAccount, .changeRoles: [.administrator]
        case .titleList, .assignTitle, .delegateTitle: [.administrator]
        case .rulePack: [.legal, .ruleApprover, .leadership]
        case .decideRulePack: [.ruleApprover]
        case .plan: Self.caseReaders
        case .apiCaseList, .apiCaseDetail, .apiSubjectSearch: Self.caseReaders
        case .apiOpenCase: [.inspector, .teamLead, .chiefInspector]
        case .apiDecideCase, .apiCancelCase: [.chiefInspector]
        case .apiRecordPayment: [.collections]
        case .apiPeriodReport: [.reporting, .chiefInspector, .leadership]
        case .apiJournal: [.chiefInspector, .leadership]
        }
    }

    /// Whether `account` may open this route (any of its roles allowed, and the account active).
    public func allows(_ account: Account) -> Bool {
        account.isActive && !allowedRoles.isDisjoint(with: account.roles)
    }

    /// The first page an account lands on after signing in: the first route it may open.
    static func home(for account: Account) -> String {
        if ProtectedRoute.myWork.allows(account) { return "/work" }
        if ProtectedRoute.caseList.allows(account) { return "/cases" }
        if ProtectedRoute.accountList.allows(account) { return "/accounts" }
        if ProtectedRoute.rulePack.allows(account) { return "/rules" }
        return "/welcome"
    }
}
