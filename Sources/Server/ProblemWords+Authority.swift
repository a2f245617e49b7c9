import Casework
import Inspectorate

/// The pages' words for the refusals of accounts, roles, titles, delegations and rule packs (``AccountError``,
/// ``Casework/AuthorityError``): what was refused and what to do, in Vietnamese, or English with the switch. The
/// refusals of Luật XLVPHC Điều 54 (re-delegation, a delegator not holding the title) cite the article.
extension ProblemWords {
    /// An account use case refused.
    static func account(_ error: AccountError, _ language: Language) -> Problem {
        let vi = language == .vi
        let nothing = vi ? " Không có gì được ghi lại." : " Nothing was recorded."
        switch error {
        case .notAllowed(let acting, let role):
            return Problem(
                summary: (vi
                    ? "Tài khoản \(acting) không được làm việc này: cần vai trò \(roleName(role, language))."
                    : "\(acting) may not do this: it needs the role \(roleName(role, language)).") + nothing,
                isForbidden: true)
        case .unknownActor(let name):
            return Problem(
                summary: (vi ? "\(name) không phải là tài khoản đang hoạt động." : "\(name) is not an active account.")
                    + nothing)
        case .unknownAccount(let login):
            return Problem(
                summary: (vi ? "Không có tài khoản “\(login)”." : "No account has the login “\(login)”.") + nothing)
        case .firstAccountMustAdminister:
            return Problem(
                summary: vi
                    ? "Tài khoản đầu tiên phải có vai trò Quản trị." + nothing
                    : "The first account must hold the role quan_tri." + nothing)
        case .passwordTooShort(let minimum):
            return Problem(
                summary: (vi ? "Mật khẩu quá ngắn." : "The password is too short.") + nothing,
                hint: vi ? "dùng ít nhất \(minimum) ký tự" : "use at least \(minimum) characters")
        case .badCredentials:
            return Problem(summary: Words.text("badCredentials", language))
        case .throttled:
            return Problem(summary: Words.text("throttled", language))
        case .cannotDisableSelf:
            return Problem(
                summary: (vi ? "Một tài khoản không thể tự khóa chính mình." : "An account cannot disable itself.")
                    + nothing,
                hint: vi ? "nhờ một người quản trị khác" : "ask another administrator")
        }
    }

    /// A change of roles, titles, delegations or rule packs refused (the signature refusal is worded in
    /// ``authority(_:_:)``).
    static func authorityRefusal(_ error: AuthorityError, _ language: Language) -> Problem {
        let vi = language == .vi
        let nothing = vi ? " Không có gì được ghi lại." : " Nothing was recorded."
        func problem(_ viText: String, _ enText: String, hint: (String, String)? = nil) -> Problem {
            Problem(summary: (vi ? viText : enText) + nothing, hint: hint.map { vi ? $0.0 : $0.1 })
        }
        func term(_ from: CalendarDate, _ to: CalendarDate?) -> String {
            "\(from) – \(to.map(\.description) ?? (vi ? "không thời hạn" : "without an end"))"
        }
        switch error {
        case .titleNotHeld:
            return authority(error, language)
        case let .unknownTitle(title, day, known):
            return problem(
                "Bộ quy tắc không có chức danh “\(title)” vào ngày \(day).",
                "The rule pack has no signer title “\(title)” on \(day).",
                hint: ("chọn một trong: \(known.joined(separator: ", "))", "choose one of: \(known.joined(separator: ", "))"))
        case let .termBackwards(from, to):
            return problem(
                "Ngày kết thúc \(to) trước ngày bắt đầu \(from).", "The term ends on \(to), before it starts on \(from).",
                hint: ("ghi ngày kết thúc không sớm hơn ngày bắt đầu", "give a last day on or after the first"))
        case let .overlappingAssignment(existing):
            return problem(
                "\(existing.login) đã giữ chức danh \(existing.title) trong thời hạn \(term(existing.startsOn, existing.endsOn)) (#\(existing.id)).",
                "\(existing.login) already holds \(existing.title) for \(term(existing.startsOn, existing.endsOn)) (#\(existing.id)).",
                hint: (
                    "kết thúc chức danh #\(existing.id) trước, hoặc chọn thời hạn không trùng",
                    "end title #\(existing.id) first, or choose days outside that term"
                ))
        case .documentRequired:
            return problem(
                "Việc giao quyền phải bằng văn bản: cần số quyết định giao quyền (Điều 54 Luật XLVPHC).",
                "A delegation is made in writing: the decision's number is required (Luật XLVPHC Điều 54).",
                hint: ("ghi số quyết định giao quyền, ví dụ 12/QĐ-TTr", "give the number of the decision, e.g. 12/QĐ-TTr"))
        case let .delegationToSelf(login):
            return problem("\(login) không thể giao quyền cho chính mình.", "\(login) cannot delegate to itself.")
        case let .redelegation(login, title, heldBy):
            return problem(
                "\(login) chỉ giữ chức danh \(title) theo ủy quyền #\(heldBy.id) của \(heldBy.delegator): người được giao quyền không được giao quyền lại (Điều 54 Luật XLVPHC).",
                "\(login) holds \(title) only by delegation #\(heldBy.id) from \(heldBy.delegator): a delegate cannot delegate it again (Luật XLVPHC Điều 54).",
                hint: ("chỉ người giữ chức danh (\(heldBy.delegator)) mới giao quyền được", "the title's own holder (\(heldBy.delegator)) may delegate it"))
        case let .delegatorLacksTitle(login, title, from, to):
            return problem(
                "\(login) không tự giữ chức danh \(title) trong mọi ngày từ \(from) đến \(to): chỉ cấp trưởng giữ chức danh mới giao quyền được (Điều 54 Luật XLVPHC).",
                "\(login) does not hold the title \(title) itself on every day from \(from) to \(to) (Luật XLVPHC Điều 54).",
                hint: (
                    "giao chức danh cho người giao quyền trước; thời hạn giao quyền không vượt quá thời hạn giữ chức danh",
                    "assign the title to the delegator first; a delegation cannot outlast its delegator's term"
                ))
        case let .assignmentNotFound(id):
            return problem("Không có chức danh #\(id).", "There is no title assignment #\(id).")
        case let .delegationNotFound(id):
            return problem("Không có ủy quyền #\(id).", "There is no delegation #\(id).")
        case let .endOutsideTerm(lastDay, startsOn, endsOn):
            return problem(
                "Ngày \(lastDay) nằm ngoài thời hạn \(term(startsOn, endsOn)).",
                "\(lastDay) is outside the term \(term(startsOn, endsOn)).",
                hint: (
                    "ngày cuối mới phải từ \(startsOn)\(endsOn.map { " và trước \($0)" } ?? "")",
                    "the new last day is on or after \(startsOn)\(endsOn.map { " and before \($0)" } ?? "")"
                ))
        case let .ownRoles(login):
            return problem(
                "\(login) không thể tự thay đổi vai trò của mình.", "\(login) cannot change its own roles.",
                hint: ("nhờ một người quản trị khác", "ask another administrator"))
        case let .roleUnchanged(login, role, held):
            return held
                ? problem(
                    "\(login) đã có vai trò \(roleName(role, .vi)).", "\(login) already has the role \(role.rawValue).")
                : problem(
                    "\(login) không có vai trò \(roleName(role, .vi)).", "\(login) does not have the role \(role.rawValue).")
        case let .lastRole(login, role):
            return problem(
                "\(roleName(role, .vi)) là vai trò cuối cùng của \(login); mỗi tài khoản giữ ít nhất một vai trò.",
                "\(role.rawValue) is the last role of \(login); an account keeps at least one.",
                hint: ("cấp vai trò khác trước, hoặc khóa tài khoản", "grant another role first, or disable the account"))
        case let .ownProposal(hash, proposer):
            return problem(
                "\(proposer) đã đề xuất bộ quy tắc \(hash.prefix(12)): một tài khoản khác phải duyệt hoặc từ chối (nguyên tắc bốn mắt).",
                "\(proposer) proposed rule pack \(hash.prefix(12)): another account activates or rejects it (four-eyes).",
                hint: (
                    "nhờ một tài khoản có vai trò Duyệt quy tắc khác \(proposer)",
                    "ask an account with the role duyet_quy_tac other than \(proposer)"
                ))
        case let .proposalNotFound(hash):
            return problem("Không có đề xuất bộ quy tắc “\(hash)”.", "No proposed rule pack has the hash “\(hash)”.")
        case let .ambiguousHash(prefix, matches):
            return problem(
                "“\(prefix)” ứng với \(matches.count) đề xuất.", "“\(prefix)” names \(matches.count) proposals.")
        case let .proposalDecided(proposal):
            return problem(
                "Bộ quy tắc \(proposal.hash.prefix(12)) đã được xử lý (\(Words.proposalStatus(proposal.status, .vi))), không còn chờ duyệt.",
                "Rule pack \(proposal.hash.prefix(12)) is \(proposal.status.rawValue), not waiting for a decision.")
        case let .alreadyProposed(proposal):
            return problem(
                "Bộ quy tắc \(proposal.hash.prefix(12)) đã được \(proposal.proposedBy) đề xuất.",
                "Rule pack \(proposal.hash.prefix(12)) was already proposed by \(proposal.proposedBy).")
        case .reasonRequired:
            return problem(
                "Từ chối cần ghi lý do.", "A rejection needs its reason.",
                hint: ("ghi lý do từ chối", "give the reason"))
        }
    }

    /// A role in the pages' words: `Quản trị (quan_tri)` in Vietnamese, the code in English.
    static func roleName(_ role: AccountRole, _ language: Language) -> String {
        language == .vi ? "\(Words.text("role-\(role.rawValue)", .vi)) (\(role.rawValue))" : role.rawValue
    }
}
