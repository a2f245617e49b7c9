public import Casework
public import Inspectorate

/// The pages behind sign-in, and which roles may open each: the route × role table, in this one place (DESIGN.md
/// §8; a casework route's roles are its use case's, ``CaseworkAction``). A route not allowed to any of the account's
/// roles answers 403 with a Vietnamese page, before its handler runs, so nothing is read or written for it.
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
    /// `POST /delegations/:id/end/preview`, `POST /delegations/:id/end`: a delegation (Điều 54) and its early end. Every
    /// active account may post: the use case records any delegation for an administrator and its own for the holder
    /// of a title, and refuses the rest.
    case delegateTitle
    /// `GET /titles/mine`: the signed-in account's own titles and delegations, and the form that lends its title.
    case ownTitles
    /// `GET /rules`: the active rule pack and the proposals with their stored impact.
    case rulePack
    /// `POST /rules/:hash/activate/preview`, `POST /rules/:hash/activate`, `POST /rules/:hash/reject/preview`,
    /// `POST /rules/:hash/reject`: activating or rejecting a proposed pack (four-eyes: never the proposer's own).
    case decideRulePack
    /// `GET /plan?year=`: the year's plan entries and their progress.
    case plan
    /// `POST /inspections/:id/steps/preview`, `POST /inspections/:id/steps`: a team's step of an inspection
    /// (announce … draft), confirmed first. The route lets in the roles that take any team step; that a team lead
    /// takes it only on its own team's inspection, the use case decides (``CaseworkAction``).
    case inspectionStep
    /// `POST /inspections/:id/chief-steps/preview`, `POST /inspections/:id/chief-steps`: the steps of the one who
    /// decides an inspection (the decision, an extension, the conclusion, the closing), confirmed first.
    case decideInspectionStep
    /// `GET /cases/:id/delivery`, `POST /cases/:id/delivery/preview`, `POST /cases/:id/delivery`: the day the
    /// violator received the decision (ngày nhận quyết định), previewed with the payment deadline the pack gives.
    case deliverCase
    /// `GET /cases/:id/extension`, `POST /cases/:id/extension/preview`, `POST /cases/:id/extension`: a longer
    /// decision deadline (gia hạn, Điều 66), previewed with the new deadline.
    case extendCase
    /// `GET /cases/:id/installments`, `POST /cases/:id/installments/preview`, `POST /cases/:id/installments`: payment
    /// in installments (nộp nhiều lần, Điều 79), previewed as the pack allows it.
    case approveInstallments
    /// `GET /cases/:id/postponement`, `POST /cases/:id/postponement/preview`, `POST /cases/:id/postponement`: a
    /// postponement of payment (hoãn, Điều 76), previewed as the pack allows it.
    case postponeCase
    /// `GET /inspections/:id/findings/new`, `POST /inspections/:id/findings/preview`, `POST /inspections/:id/findings`:
    /// a finding of an inspection, previewed with the pack's classification and suggestion first. Team-bound: the use
    /// case decides whose inspection.
    case addFinding
    /// `GET /inspections/:id/recommendations/new`, `POST /inspections/:id/recommendations/preview`,
    /// `POST /inspections/:id/recommendations`: a recommendation of an inspection, previewed first. Team-bound.
    case recommend
    /// `GET /inspections/:id/recommendations/:recommendation/follow-ups/new`, its `preview` and the `follow-ups` post:
    /// what was done on a recommendation of a concluded inspection, previewed first.
    case recordFollowUp
    /// `GET /imports`, `POST /imports/:kind/preview` (the file, `multipart/form-data`), `POST /imports/:kind` (the
    /// kept file's token): importing a CSV file from the page, previewed first. The route lets in the roles that may
    /// import some kind; which kind, the kind's use case decides (``ServerImportKind/action``), as for the API.
    case importFile
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
    /// `POST /api/v1/cases/{id}/delivery`: the day the violator received the decision (or its preview).
    case apiDeliverCase
    /// `POST /api/v1/cases/{id}/extension`: a longer decision deadline (or its preview).
    case apiExtendCase
    /// `POST /api/v1/cases/{id}/installments`: payment in installments (or its preview).
    case apiApproveInstallments
    /// `POST /api/v1/cases/{id}/postponement`: a postponement of payment (or its preview).
    case apiPostponeCase
    /// `GET /api/v1/inspections`: the inspection list.
    case apiInspectionList
    /// `GET /api/v1/inspections/{id}`: one inspection with its steps and deadlines.
    case apiInspectionDetail
    /// `POST /api/v1/inspections`: opening an inspection (or its preview).
    case apiOpenInspection
    /// `POST /api/v1/inspections/{id}/steps`: one step of an inspection (or its preview). The route lets in the
    /// roles that take any step; which step, and on whose inspection, the use case decides (``CaseworkAction``).
    case apiInspectionStep
    /// `GET /api/v1/plan`: the year's plan and its progress.
    case apiPlan
    /// `POST /api/v1/reports/filing`: filing a period's report (or its preview).
    case apiFileReport
    /// `POST /api/v1/inspections/{id}/findings`: a finding of an inspection (or its preview); team-bound, the use case
    /// decides whose.
    case apiAddFinding
    /// `POST /api/v1/inspections/{id}/recommendations`: a recommendation of an inspection (or its preview);
    /// team-bound.
    case apiRecommend
    /// `POST /api/v1/inspections/{id}/recommendations/{recommendationID}/follow-ups`: what was done on a
    /// recommendation (or its preview).
    case apiRecordFollowUp
    /// `POST /api/v1/plan`: loading the year's plan (or its preview).
    case apiLoadPlan
    /// `GET /api/v1/accounts`: every account (administration).
    case apiAccountList
    /// `POST /api/v1/accounts`: adding an account (or its preview).
    case apiAddAccount
    /// `POST /api/v1/accounts/{login}/disable`: disabling an account (or its preview).
    case apiDisableAccount
    /// `POST /api/v1/accounts/{login}/roles`: granting or revoking a role (or its preview).
    case apiChangeRoles
    /// `POST /api/v1/accounts/{login}/titles`: assigning a legal title for a term (or its preview).
    case apiAssignTitle
    /// `POST /api/v1/accounts/{login}/delegations`: a delegation of the account's title (Điều 54; or its preview); by
    /// an administrator, or by the account itself for a title it holds (the use case decides).
    case apiDelegateTitle
    /// `POST /api/v1/accounts/{login}/password`: a new password (or its preview); an account's own, or anyone's by an
    /// administrator (the use case decides).
    case apiSetPassword
    /// `POST /api/v1/titles/{id}/end`: ending a title assignment early (or its preview).
    case apiEndTitle
    /// `POST /api/v1/delegations/{id}/end`: ending a delegation early (or its preview); by an administrator or the
    /// delegator (the use case decides).
    case apiEndDelegation
    /// `GET /api/v1/rules/proposals`: the proposed rule packs with their stored impact.
    case apiRulePackProposals
    /// `POST /api/v1/rules/proposals/{hash}/activate`, `…/reject`: activating or rejecting a proposed pack (four-eyes:
    /// never the proposer's own, refused by the store).
    case apiDecideRulePack
    /// `POST /api/v1/imports/{kind}`: a CSV file of subjects, inspections, cases or payments (or its check). The route
    /// lets in the roles that may import some kind; which kind, the command's check decides (``ServerImportKind``).
    case apiImport

    /// Who may read casework (``CaseworkAction/caseReaders``): not the rule authors, the rule approvers nor the
    /// administrators ("no casework").
    static let caseReaders = CaseworkAction.caseReaders

    /// The use case a casework route runs, whose roles (``CaseworkAction/allowedRoles``, the application layer's
    /// table, which the CLI's commands follow too) are the route's; `nil` for the administration and the rule pack.
    public var action: CaseworkAction? {
        switch self {
        case .caseList, .caseDetail, .subjectDetail, .inspectionList, .inspectionDetail, .myWork, .decisionDocument,
            .plan, .apiCaseList, .apiCaseDetail, .apiSubjectSearch, .apiInspectionList, .apiInspectionDetail, .apiPlan:
            .readCasework
        case .recordPayment, .apiRecordPayment: .recordPayment
        case .openCase, .apiOpenCase: .openCase
        case .decideCase, .apiDecideCase: .decideCase
        case .cancelCase, .apiCancelCase: .cancelCase
        case .deliverCase, .apiDeliverCase: .deliverCase
        case .extendCase, .apiExtendCase: .extendCase
        case .approveInstallments, .apiApproveInstallments: .approveInstallments
        case .postponeCase, .apiPostponeCase: .postponeCase
        case .decideInspectionStep: .decideInspectionStep
        case .apiOpenInspection: .openInspection
        case .periodReport, .apiPeriodReport: .readReports
        case .fileReport, .apiFileReport: .fileReport
        case .addFinding, .recommend, .apiAddFinding, .apiRecommend: .recordFinding
        case .recordFollowUp, .apiRecordFollowUp: .recordFollowUp
        case .apiLoadPlan: .loadPlan
        case .journal, .apiJournal: .readJournal
        case .inspectionStep, .apiInspectionStep, .accountList, .addAccount, .accountDetail, .changeAccount, .changeRoles, .titleList,
            .assignTitle, .delegateTitle, .ownTitles, .rulePack, .decideRulePack, .apiAccountList, .apiAddAccount,
            .apiDisableAccount, .apiChangeRoles, .apiAssignTitle, .apiDelegateTitle, .apiSetPassword, .apiEndTitle,
            .apiEndDelegation, .apiRulePackProposals, .apiDecideRulePack, .apiImport, .importFile:
            nil
        }
    }

    /// The roles that may open this route: a casework route's are its use case's (``action``).
    public var allowedRoles: Set<AccountRole> {
        if let action { return action.allowedRoles }
        switch self {
        case .inspectionStep: return CaseworkAction.teamInspectionStep.allowedRoles
        case .apiInspectionStep:
            return CaseworkAction.teamInspectionStep.allowedRoles.union(CaseworkAction.decideInspectionStep.allowedRoles)
        case .rulePack, .apiRulePackProposals: return [.legal, .ruleApprover, .leadership]
        case .decideRulePack, .apiDecideRulePack: return [.ruleApprover]
        case .apiImport, .importFile:
            return ServerImportKind.allCases.reduce(into: Set<AccountRole>()) { $0.formUnion($1.action.allowedRoles) }
        case .delegateTitle, .ownTitles, .apiDelegateTitle, .apiSetPassword, .apiEndDelegation: return Set(AccountRole.allCases)
        default: return [.administrator]
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
