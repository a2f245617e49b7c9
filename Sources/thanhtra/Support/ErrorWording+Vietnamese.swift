import Casework
import Foundation
import Inspectorate
import Reports
import Server

/// The errors people meet most, in Vietnamese when the command line's language is (`--lang vi`, or a `vi…` locale):
/// the store's refusals (a number or receipt used already, a case or subject that does not exist, a step already
/// recorded, the database busy) and the rule pack's refusals (their reasons are the pack's own words, Vietnamese in
/// the bundled pack). Built from the structured errors, never by translating the English text; an error without a
/// Vietnamese wording here keeps its English one. The prefixes are `lỗi:` and `gợi ý:`.
enum VietnameseErrors {
    /// The language of the command line, read before any command runs: `--lang vi|en` (or `--lang=…`) among the
    /// arguments, else the locale. A bad `--lang` is the command's own usage error later; here it means English.
    static func language(arguments: [String], environment: [String: String]) -> Reports.Language {
        var given: String?
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count { given = arguments[index + 1] }
            if argument.hasPrefix("--lang=") { given = String(argument.dropFirst("--lang=".count)) }
        }
        return (try? Wording.language(given: given, environment: environment)) ?? .en
    }

    /// `error` in Vietnamese, or `nil` when there is no Vietnamese wording for it.
    static func describe(_ error: any Error) -> String? {
        switch error {
        case let error as StoreError: store(error)
        case let error as PenaltyCaseError: penaltyCase(error)
        case let error as InspectionError: inspection(error)
        case let error as InputError: input(error)
        case let error as InspectorateError: inspectorate(error)
        default: nil
        }
    }

    static func store(_ error: StoreError) -> String? {
        let text: (String, String?)?
        switch error.refusal {
        case .duplicateRecord(let number, let existing):
            text = (
                "biên bản số \(number) đã là vụ việc #\(existing) (số biên bản không được trùng trong một năm)",
                "xem `thanhtra case show \(existing)`"
            )
        case .duplicateDecisionNumber(let number, let existing):
            text = (
                "số quyết định \(number) đã là quyết định của vụ việc #\(existing) (số quyết định không được trùng trong một năm)",
                "cho quyết định này một số khác"
            )
        case .duplicateInspectionDecision(let number, let existing):
            text = (
                "số quyết định \(number) đã là quyết định của cuộc thanh tra #\(existing) (số quyết định không được trùng trong một năm)",
                "cho quyết định này một số khác"
            )
        case .duplicateConclusion(let number, let existing):
            text = (
                "số kết luận \(number) đã là kết luận của cuộc thanh tra #\(existing) (số kết luận không được trùng trong một năm)",
                "cho kết luận này một số khác"
            )
        case .duplicateReceipt(let receipt, let existing):
            text = ("biên lai \(receipt) đã được ghi cho vụ việc #\(existing)", "xem `thanhtra case show \(existing)`")
        case .duplicateFollowUpReceipt(let receipt, _, let inspection):
            text = ("chứng từ \(receipt) đã được ghi cho cuộc thanh tra #\(inspection)", nil)
        case .alreadyDecided(let id, let number):
            text = ("vụ việc #\(id) đã có quyết định \(number)", "xem `thanhtra case show \(id)`")
        case .alreadyDelivered(let id):
            text = ("quyết định của vụ việc #\(id) đã được giao", "xem `thanhtra case show \(id)`")
        case .alreadyCancelled(let id):
            text = ("vụ việc #\(id) đã bị hủy", nil)
        case .noDecision(let id, _):
            text = ("vụ việc #\(id) chưa có quyết định xử phạt", "ra quyết định trước: `thanhtra case decide \(id)`")
        case .penaltyCaseNotFound(let id):
            text = ("không có vụ việc #\(id)", "xem `thanhtra case list`")
        case .inspectionNotFound(let id):
            text = ("không có cuộc thanh tra #\(id)", "xem `thanhtra inspection list`")
        case .recommendationNotFound(let id):
            text = ("không có kiến nghị #\(id)", nil)
        case .subjectNotFound(let id):
            text = ("không có đối tượng #\(id)", "đăng ký bằng `thanhtra subject add`, hoặc xem `thanhtra subject list`")
        case .subjectNotRegistered(let reference):
            text = ("\(reference) chưa được đăng ký", "đăng ký bằng `thanhtra subject add`")
        case .stepAlreadyRecorded(let id, _):
            text = ("bước này của cuộc thanh tra #\(id) đã được ghi nhận", "xem `thanhtra inspection show \(id)`")
        default:
            text = error.kind == .busy
                ? ("cơ sở dữ liệu đang bận (một lệnh thanh tra khác đang ghi)", "chạy lại lệnh; không có gì được ghi lại")
                : nil
        }
        guard let (message, hint) = text else { return nil }
        return worded(message, hint: hint)
    }

    /// The pack's reasons stay as the pack words them (Vietnamese in the bundled pack), each with its code.
    /// The case's own refusals (its state, its dates, the amounts) in the words of ``Server/RefusalWords``, the
    /// table the web pages use too.
    static func penaltyCase(_ error: PenaltyCaseError) -> String? {
        guard !error.problems.isEmpty else {
            return error.refusal.map { worded(RefusalWords.vietnamese($0, caseID: error.caseID), hint: hint(error.advice)) }
        }
        var text = "lỗi: bộ quy tắc từ chối (\(error.problems.count) vấn đề pháp lý); không có gì được ghi lại"
        if let caseID = error.caseID { text += "\n  --> vụ việc #\(caseID)" }
        for problem in error.problems {
            text += "\n  - \(problem.code): \(problem.message)"
            if let hint = problem.hint { text += "\n    gợi ý: \(hint)" }
        }
        return text
    }

    /// An inspection's step refused, in the words of ``Server/RefusalWords``.
    static func inspection(_ error: InspectionError) -> String? {
        guard let refusal = error.refusal else { return nil }
        var remedy = hint(error.advice)
        if case .stepBeforeEarlier = refusal, let id = error.inspectionID {
            remedy = "xem các ngày đã ghi bằng `thanhtra inspection show \(id)`"
        }
        if case .refusedByRules(let problems) = refusal { remedy = problems.first?.hint }
        return worded(RefusalWords.vietnamese(refusal, inspectionID: error.inspectionID), hint: remedy)
    }

    /// A value missing or wrong where the core names its remedy (``Advice``): the option, then the remedy in words.
    /// Without advice the core's sentence quotes what was typed and stays as it is.
    static func input(_ error: InputError) -> String? {
        guard let advice = error.advice, let remedy = hint(advice) else { return nil }
        let field = error.field.wholeMatch(of: /[a-z][a-z-]*/) != nil ? "--\(error.field)" : error.field
        return worded("thiếu hoặc chưa đúng \(field)", hint: remedy)
    }

    /// What to do, in Vietnamese: the CLI's commands for the advice that points at a record, else the words the web
    /// pages use (``Server/AdviceWords``).
    static func hint(_ advice: Advice?) -> String? {
        switch advice {
        case nil: nil
        case .seeCase(let id)?: "xem `thanhtra case show \(id)`"
        case .seeCaseSurcharge(let id)?: "xem tiền chậm nộp bằng `thanhtra case show \(id)`"
        case .decideCaseFirst(let id)?: "ra quyết định trước: `thanhtra case decide \(id)`"
        case .seeInspection(let id)?: "xem `thanhtra inspection show \(id)`"
        case .seeFindings(let id)?: "xem các phát hiện bằng `thanhtra inspection show \(id)`"
        case .seeDecisionSubjects(let id)?: "quyết định nêu tên các đối tượng; xem `thanhtra inspection show \(id)`"
        case .seePlanEntries?: "xem mã các mục bằng `thanhtra plan show YEAR`"
        case let advice?: AdviceWords.vietnamese(advice)
        }
    }

    static func inspectorate(_ error: InspectorateError) -> String? {
        switch error {
        case .unknownSubject(let id):
            worded("không có đối tượng #\(id)", hint: "xem `thanhtra subject list`")
        case .unknownPenaltyCase(let id):
            worded("không có vụ việc #\(id)", hint: "xem `thanhtra case list`")
        case .caseCancelled(let id):
            worded("vụ việc #\(id) đã bị hủy: không có quyết định", hint: nil)
        case .periodNotEnded(_, let period):
            worded(
                "kỳ báo cáo \(period.label) chưa kết thúc", hint: "chỉ lưu báo cáo của kỳ sau ngày \(period.through)")
        case .periodAlreadyFiled(_, let period, let hash):
            worded(
                "báo cáo kỳ \(period.label) đã được lưu (mã băm \(hash.prefix(12)))",
                hint: "báo cáo đã lưu không bao giờ thay đổi; xem `thanhtra report restatements`")
        case .actionNotAllowed(let account, let action):
            worded(
                "tài khoản \(account) không có vai trò được phép thực hiện thao tác này (\(action.rawValue))",
                hint: "cần một trong các vai trò \(action.allowedRoles.map(\.rawValue).sorted().joined(separator: ", "))")
        case .notOnInspectionTeam(let account, let id):
            worded(
                "tài khoản \(account) không thuộc đoàn thanh tra của cuộc thanh tra #\(id): thành viên đoàn chỉ thao tác trên cuộc thanh tra của đoàn mình",
                hint: "đoàn là đoàn do quyết định thanh tra ghi; xem `thanhtra inspection show \(id)`")
        default: nil
        }
    }

    /// A refusal of accounts, roles, titles, delegations or rule packs in the web pages' Vietnamese words
    /// (``Server/RefusalWords/vietnamese(_:)``), when the command line's language is Vietnamese; `nil` otherwise.
    static func refusal(_ error: any Error) -> CommandError? {
        let environment = ProcessInfo.processInfo.environment
        guard language(arguments: Array(CommandLine.arguments.dropFirst()), environment: environment) == .vi,
            let (message, hint) = RefusalWords.vietnamese(error)
        else { return nil }
        return CommandError(message: message, hint: hint, vietnamese: true)
    }

    static func worded(_ message: String, hint: String?) -> String {
        "lỗi: \(message)" + (hint.map { "\n  gợi ý: \($0)" } ?? "")
    }
}
