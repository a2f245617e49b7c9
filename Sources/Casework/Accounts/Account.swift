/// A person who signs in: a login, the name shown to colleagues, the roles that say which use cases they may run
/// (DESIGN.md §8), and whether the account may still act.
///
/// An account is not a legal title: what a person may *sign* is judged by the rule pack from the title they hold on
/// a date; roles only open use cases.
public struct Account: Sendable, Equatable, Codable {
    /// The sign-in name, lowercase ASCII letters, digits, `.`, `_` and `-` (``NewAccount/validated()``); the journal
    /// names an actor by it.
    public var login: String
    /// The person's name as colleagues read it (`Nguyễn Văn An`).
    public var displayName: String
    /// What the account may do, sorted; at least one.
    public var roles: [AccountRole]
    /// A disabled account cannot sign in, its sessions are ended, and the CLI refuses it as `--as`.
    public var isActive: Bool
    /// When it was created: the journal's instant (ISO 8601, +07:00).
    public var createdAt: String

    public init(login: String, displayName: String, roles: [AccountRole], isActive: Bool, createdAt: String) {
        self.login = login
        self.displayName = displayName
        self.roles = roles
        self.isActive = isActive
        self.createdAt = createdAt
    }

    /// Whether the account holds `role`.
    public func has(_ role: AccountRole) -> Bool { roles.contains(role) }
}

/// A role: which use cases an account may run (DESIGN.md §8). The raw values are what the store, the journal and
/// the faces write.
public enum AccountRole: String, Sendable, Codable, CaseIterable, Comparable {
    /// Thanh tra viên: subjects; open, preview, deliver and show cases; findings in their own team; read.
    case inspector = "thanh_tra_vien"
    /// Trưởng đoàn: an inspector who also runs the steps of their team's inspections.
    case teamLead = "truong_doan"
    /// Chánh thanh tra (or a delegated deputy): plans, inspection decisions, case decisions, filing reports.
    case chiefInspector = "chanh_thanh_tra"
    /// Theo dõi thu nộp: payments and follow-ups.
    case collections = "theo_doi_thu_nop"
    /// Báo cáo: period reports, explanations, restatements.
    case reporting = "bao_cao"
    /// Lãnh đạo: reads everything.
    case leadership = "lanh_dao"
    /// Pháp chế: rule pack authoring and proposals.
    case legal = "phap_che"
    /// Duyệt quy tắc: activates or rejects a proposed pack — never one of their own.
    case ruleApprover = "duyet_quy_tac"
    /// Quản trị: accounts, roles, titles, delegations; no casework.
    case administrator = "quan_tri"

    public static func < (lhs: AccountRole, rhs: AccountRole) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
