import Casework
import Inspectorate

/// A refusal worded for a person: one sentence, the rule pack's own reasons (already Vietnamese in the bundled
/// pack), and what to do. Built from the structured errors of the application layer, never from their English
/// messages when the page is Vietnamese.
struct Problem: Error, Sendable, Equatable {
    /// What was refused, one sentence.
    var summary: String
    /// The reasons, one per line: the pack's problems with their legal wording.
    var reasons: [String] = []
    /// What to do next, or `nil`.
    var hint: String?
    /// The acting account may not do this at all (its role, another's delegation, another team's inspection): a
    /// page answers 403 (``Pages/refusal(_:context:)``), as the API does, not the form again.
    var isForbidden = false

    /// For a template: `summary`, `reasons` and `hint`.
    var asData: [String: Any] {
        var data: [String: Any] = ["summary": summary, "reasons": reasons, "hasReasons": !reasons.isEmpty]
        if let hint { data["hint"] = hint }
        return data
    }
}

/// The server's words for the errors a use case throws. `nil` for an error that is not a refusal (a bug, the
/// database gone): those become the 500 page and a log line.
enum ProblemWords {
    static func problem(for error: any Error, _ language: Language) -> Problem? {
        switch error {
        case let error as PenaltyCaseError: penaltyCase(error, language)
        case let error as InspectionError: inspection(error, language)
        case let error as InputError: input(error, language)
        case let error as InspectorateError: inspectorate(error, language)
        case let error as StoreError: store(error, language)
        case let error as AuthorityError: authority(error, language)
        case let error as AccountError: account(error, language)
        default: nil
        }
    }

    /// A signature or a change of titles refused: the account does not hold the title on the day (Điều 54 Luật
    /// XLVPHC: a title is held by assignment or lent by a written delegation), or another rule of titles,
    /// delegations and rule packs.
    static func authority(_ error: AuthorityError, _ language: Language) -> Problem {
        let vi = language == .vi
        switch error {
        case .titleNotHeld(let account, let title, let on, _):
            return Problem(
                summary: vi
                    ? "Tài khoản \(account) không giữ chức danh \(title) vào ngày \(on), trực tiếp hay theo ủy quyền. Không có gì được ghi lại."
                    : "Account \(account) does not hold the title \(title) on \(on), directly or by delegation. Nothing was recorded.",
                hint: vi
                    ? "Người quản trị giao chức danh cho tài khoản, hoặc người giữ chức danh ủy quyền bằng văn bản (Điều 54 Luật XLVPHC)."
                    : "An administrator assigns the title to the account, or its holder delegates it in writing (Điều 54 Luật XLVPHC).")
        default:
            return authorityRefusal(error, language)
        }
    }

    /// The pack's refusals, one reason each, and the advice.
    static func penaltyCase(_ error: PenaltyCaseError, _ language: Language) -> Problem {
        let reasons = error.problems.map { problem in
            problem.hint.map { "\(problem.message) — \($0)" } ?? problem.message
        }
        let summary: String
        if !error.problems.isEmpty {
            summary = language == .vi
                ? "Bộ quy tắc từ chối: \(error.problems.count) vấn đề pháp lý. Không có gì được ghi lại."
                : "The rule pack refuses it: \(error.problems.count) legal problem(s). Nothing was recorded."
        } else if language == .vi, let refusal = error.refusal {
            summary = sentence(RefusalWords.vietnamese(refusal, caseID: error.caseID))
        } else if language == .vi, case .seeCase = error.advice {
            summary = "Không thể thực hiện thao tác này với vụ việc ở trạng thái hiện tại. Không có gì được ghi lại."
        } else if language == .vi {
            summary = "Yêu cầu không hợp lệ với vụ việc này. Không có gì được ghi lại."
        } else {
            summary = error.message.prefix(1).uppercased() + error.message.dropFirst() + ". Nothing was recorded."
        }
        return Problem(summary: summary, reasons: reasons, hint: hint(error.advice, error.hint, language))
    }

    /// An inspection's step refused (its state, the order of its dates, what belongs to it), in the table's words.
    static func inspection(_ error: InspectionError, _ language: Language) -> Problem {
        guard language == .vi, let refusal = error.refusal else {
            let english = error.message.prefix(1).uppercased() + error.message.dropFirst() + ". Nothing was recorded."
            return Problem(summary: english, hint: hint(error.advice, error.hint, language))
        }
        return Problem(
            summary: sentence(RefusalWords.vietnamese(refusal, inspectionID: error.inspectionID)),
            hint: hint(error.advice, error.hint, language))
    }

    /// A refusal's words as a page's sentence: capitalized, then "Không có gì được ghi lại."
    static func sentence(_ words: String) -> String {
        words.prefix(1).uppercased() + words.dropFirst() + ". Không có gì được ghi lại."
    }

    /// The field and what to give instead.
    static func input(_ error: InputError, _ language: Language) -> Problem {
        let field = fieldName(error.field, language)
        let summary = language == .vi
            ? "Thông tin chưa hợp lệ ở mục “\(field)”. Không có gì được ghi lại."
            : "\(error.message.prefix(1).uppercased())\(error.message.dropFirst()) (\(field)). Nothing was recorded."
        var reasons: [String] = []
        if language == .vi, error.advice == nil { reasons.append(error.message) }  // the values typed, as the core says
        return Problem(summary: summary, reasons: reasons, hint: hint(error.advice, error.hint, language))
    }

    static func inspectorate(_ error: InspectorateError, _ language: Language) -> Problem {
        let vi = language == .vi
        switch error {
        case .unknownSubject(let id):
            return Problem(summary: vi ? "Không có đối tượng #\(id)." : "There is no subject #\(id).")
        case .unknownPenaltyCase(let id):
            return Problem(summary: vi ? "Không có vụ việc #\(id)." : "There is no case #\(id).")
        case .caseCancelled(let id):
            return Problem(
                summary: vi ? "Vụ việc #\(id) đã bị hủy: không có quyết định." : "Case #\(id) was cancelled: it has no decision.")
        case .periodNotEnded(_, let period):
            return Problem(
                summary: vi
                    ? "Kỳ báo cáo \(period.label) chưa kết thúc: chỉ lưu báo cáo sau ngày \(period.through)."
                    : "The period \(period.label) has not ended: it can be filed after \(period.through).")
        case .notADateRange(let text):
            return Problem(summary: vi ? "“\(text)” không phải là một khoảng ngày." : "“\(text)” is not a date range.")
        case .periodAlreadyFiled(_, let period, let hash):
            return Problem(
                summary: vi
                    ? "Báo cáo kỳ \(period.label) đã được lưu (mã băm \(hash.prefix(12))); báo cáo đã lưu không thay đổi."
                    : "The report of \(period.label) is filed already (hash \(hash.prefix(12))); a filed report never changes.")
        case .actionNotAllowed(let account, let action):
            let roles = action.allowedRoles.map(\.rawValue).sorted().joined(separator: ", ")
            return Problem(
                summary: vi
                    ? "Tài khoản \(account) không có vai trò được phép thực hiện thao tác này. Không có gì được ghi lại."
                    : "The account \(account) has no role allowed to do this. Nothing was recorded.",
                hint: vi ? "Cần một trong các vai trò: \(roles)." : "It needs one of the roles: \(roles).",
                isForbidden: true)
        case .notOnInspectionTeam(let account, let id):
            return Problem(
                summary: vi
                    ? "Tài khoản \(account) không thuộc đoàn thanh tra của cuộc thanh tra #\(id): thành viên đoàn chỉ "
                        + "thao tác trên cuộc thanh tra của đoàn mình. Không có gì được ghi lại."
                    : "The account \(account) is not on the team of inspection #\(id): team members act on their own "
                        + "inspections only. Nothing was recorded.",
                hint: vi
                    ? "Đoàn thanh tra là đoàn do quyết định thanh tra ghi (trưởng đoàn và thành viên, theo tên đăng nhập)."
                    : "The team is the one the inspection decision names (lead and members, by login).",
                isForbidden: true)
        case let .unknownBody(code, known):
            return Problem(
                summary: vi ? "Không có cơ quan “\(code)”." : "There is no body “\(code)”.",
                hint: known.isEmpty
                    ? (vi ? "Cơ sở dữ liệu này chỉ phục vụ một cơ quan." : "This database serves one body.")
                    : (vi ? "Các cơ quan: " : "The bodies: ") + known.joined(separator: ", "))
        default:
            return Problem(
                summary: vi ? "Yêu cầu bị từ chối. Không có gì được ghi lại." : "The request was refused. Nothing was recorded.",
                reasons: ["\(error)"])
        }
    }

    /// A store's refusal: in Vietnamese the words of ``RefusalWords/vietnamese(_:)-(StoreError.Refusal)`` (the CLI's
    /// too), in English the page's sentence; `nil` for the refusals a page never meets (imports, inspections' rows).
    static func store(_ error: StoreError, _ language: Language) -> Problem? {
        let vi = language == .vi
        var english = ""
        var recorded = true
        switch error.refusal {
        case .duplicateDecisionNumber(let number, let existing):
            english = "Decision number “\(number)” is already used by case #\(existing)."
        case .duplicateRecord(let number, let existing):
            english = "Record “\(number)” already belongs to case #\(existing)."
        case .duplicateReceipt(let receipt, let existing):
            english = "Receipt “\(receipt)” is already recorded for case #\(existing)."
        case .alreadyDecided(let id, let number):
            (english, recorded) = ("Case #\(id) already has decision \(number).", false)
        case .alreadyCancelled(let id):
            (english, recorded) = ("Case #\(id) is already cancelled.", false)
        case .penaltyCaseNotFound(let id):
            (english, recorded) = ("There is no case #\(id).", false)
        case .subjectNotFound(let id):
            (english, recorded) = ("There is no subject #\(id).", false)
        default:
            guard error.kind == .busy else { return nil }
            return Problem(
                summary: vi
                    ? RefusalWords.storeBusy.prefix(1).uppercased() + RefusalWords.storeBusy.dropFirst()
                        + ". Vui lòng thử lại; không có gì được ghi lại."
                    : "The database is busy. Please try again; nothing was recorded.")
        }
        guard vi, let refusal = error.refusal else {
            return Problem(summary: recorded ? String(english.dropLast()) + ". Nothing was recorded." : english)
        }
        let words = RefusalWords.vietnamese(refusal)
        return Problem(summary: recorded ? sentence(words) : words.prefix(1).uppercased() + words.dropFirst() + ".")
    }

    /// The advice in the page's words; in English the core's own hint (the English advice names the CLI's flags).
    private static func hint(_ advice: Advice?, _ hint: String?, _ language: Language) -> String? {
        if language == .vi { return advice.flatMap(AdviceWords.vietnamese) }
        return hint
    }

    /// A field as the core names it (`number`, `on`, `reason`, `violation 2 (CODE)`) as the form labels it.
    static func fieldName(_ field: String, _ language: Language) -> String {
        let vi = language == .vi
        switch field {
        case "number": return vi ? "Số quyết định" : "Decision number"
        case "on": return vi ? "Ngày" : "Date"
        case "reason": return vi ? "Lý do" : "Reason"
        case "record": return vi ? "Số biên bản" : "Record number"
        case "record-on": return vi ? "Ngày lập biên bản" : "Record date"
        case "violation": return vi ? "Hành vi vi phạm" : "Violations"
        case "receipt": return vi ? "Biên lai" : "Receipt"
        default:
            if field.hasPrefix("violation ") {
                return (vi ? "Hành vi vi phạm " : "Violation ") + field.dropFirst("violation ".count)
            }
            return field
        }
    }
}
