import Casework
import Rules

/// What the account, role, title and delegation commands recorded, in the command line's language: English as these
/// commands have always printed it (scripts read it); in Vietnamese the pack's title names its titles (the code
/// beside it, as people type it), and roles stay codes (what `--role` takes).
enum AdminText {
    static func accountAdded(_ account: Account, _ say: Wording) -> String {
        let roles = account.roles.map(\.rawValue).joined(separator: ", ")
        return say("added account \(account.login) (\(roles))", "đã thêm tài khoản \(account.login) (vai trò: \(roles))")
    }

    static func accountDisabled(_ login: String, _ say: Wording) -> String {
        say("disabled account \(login)", "đã khóa tài khoản \(login)")
    }

    static func passwordChanged(_ login: String, _ say: Wording) -> String {
        say("changed the password of \(login)", "đã đổi mật khẩu của \(login)")
    }

    /// `granted ROLE to LOGIN; roles: …` / `revoked …`.
    static func roleChanged(granted: Bool, _ role: AccountRole, _ account: Account, _ say: Wording) -> String {
        let roles = account.roles.map(\.rawValue).joined(separator: ", ")
        return granted
            ? say("granted \(role.rawValue) to \(account.login); roles: \(roles)", "đã cấp vai trò \(role.rawValue) cho \(account.login); các vai trò: \(roles)")
            : say("revoked \(role.rawValue) from \(account.login); roles: \(roles)", "đã thu hồi vai trò \(role.rawValue) của \(account.login); các vai trò: \(roles)")
    }

    /// `title #ID: LOGIN holds TITLE FROM..TO`, or `… until DAY` when ended (`until`); in Vietnamese with the title's
    /// name from the pack (`named`).
    static func title(_ held: TitleAssignment, until: CalendarDate? = nil, named: String?, _ say: Wording) -> String {
        let english = "title #\(held.id): \(held.login) holds \(held.title) "
            + (until.map { "until \($0)" } ?? AuthorityWords.term(held.startsOn, held.endsOn))
        let vietnamese = "chức danh #\(held.id): \(held.login) giữ \(label(held.title, named)) "
            + (until.map { "đến hết ngày \($0)" } ?? term(held.startsOn, held.endsOn))
        return say(english, vietnamese)
    }

    /// `delegation #ID: A lends TITLE to B FROM..TO (DOCUMENT)`, or `… until DAY` when ended early (`until`).
    static func delegation(_ lent: Delegation, until: CalendarDate? = nil, named: String?, _ say: Wording) -> String {
        let english = "delegation #\(lent.id): \(lent.delegator) lends \(lent.title) to \(lent.delegate) "
            + (until.map { "until \($0)" } ?? "\(AuthorityWords.term(lent.startsOn, lent.endsOn)) (\(lent.document))")
        let vietnamese = "giao quyền #\(lent.id): \(lent.delegator) giao quyền \(label(lent.title, named)) cho \(lent.delegate) "
            + (until.map { "đến hết ngày \($0)" } ?? "\(term(lent.startsOn, lent.endsOn)) (văn bản \(lent.document))")
        return say(english, vietnamese)
    }

    /// A title's name as the pack gives it, the code beside it: `Chánh Thanh tra sở (chanh_thanh_tra_so)`.
    static func label(_ code: String, _ name: String?) -> String {
        guard let name, !name.isEmpty, name != code else { return code }
        return "\(name) (\(code))"
    }

    /// The pack's name of a signer title on a day, or `nil` when the pack does not list it then.
    static func titleName(_ code: String, on day: CalendarDate, engine: RuleEngine) -> String? {
        (try? engine.titles(on: day))?.first { $0.code == code }?.title
    }

    /// `từ 2026-01-01 đến 2026-12-31`, or `từ 2026-01-01` without an end.
    static func term(_ from: CalendarDate, _ to: CalendarDate?) -> String {
        "từ \(from)" + (to.map { " đến \($0)" } ?? "")
    }
}
