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
    /// arguments, else the locale. A bad `--lang` is the command's own usage error later; here it means the locale.
    static func language(arguments: [String], environment: [String: String]) -> Reports.Language {
        var given: String?
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count { given = arguments[index + 1] }
            if argument.hasPrefix("--lang=") { given = String(argument.dropFirst("--lang=".count)) }
        }
        return (try? Wording.language(given: given, environment: environment)) ?? Wording.localeLanguage(environment)
    }

    /// `error` in Vietnamese, or `nil` when there is no Vietnamese wording for it.
    static func describe(_ error: any Error) -> String? {
        switch error {
        case let error as StoreError: store(error)
        case let error as PenaltyCaseError: penaltyCase(error)
        case let error as InspectionError: inspection(error)
        case let error as InputError: input(error)
        case let error as InspectorateError: inspectorate(error)
        case let error as MoneyError: worded(error.vietnamese, hint: nil)
        default: nil
        }
    }

    /// A store's refusal in the words both faces use (``Server/RefusalWords``), with the CLI's command to run.
    static func store(_ error: StoreError) -> String? {
        guard let refusal = error.refusal else {
            return error.kind == .busy ? worded(RefusalWords.storeBusy, hint: "chạy lại lệnh; không có gì được ghi lại") : nil
        }
        let hint: String?
        switch refusal {
        case .duplicateRecord(_, let existing), .duplicateReceipt(_, let existing), .alreadyDecided(let existing, _),
            .alreadyDelivered(let existing), .paymentOnCancelledCase(let existing), .paymentAboveOwed(let existing):
            hint = "xem `thanhtra case show \(existing)`"
        case .duplicateDecisionNumber, .duplicateInspectionDecision: hint = "cho quyết định này một số khác"
        case .duplicateConclusion: hint = "cho kết luận này một số khác"
        case .alreadyCancelled: hint = nil
        case .noDecision(let id, _): hint = "ra quyết định trước: `thanhtra case decide \(id)`"
        case .penaltyCaseNotFound: hint = "xem `thanhtra case list`"
        case .inspectionNotFound: hint = "xem `thanhtra inspection list`"
        case .recommendationNotFound: hint = "xem các kiến nghị bằng `thanhtra inspection show CUỘC_THANH_TRA`"
        case .duplicateFollowUpReceipt(_, _, let inspection), .stepAlreadyRecorded(let inspection, _),
            .notASubject(_, let inspection):
            hint = "xem `thanhtra inspection show \(inspection)`"
        case .findingOfAnotherInspection(_, let inspection):
            hint = "xem các phát hiện bằng `thanhtra inspection show \(inspection)`"
        case .subjectNotFound: hint = "đăng ký bằng `thanhtra subject add`, hoặc xem `thanhtra subject list`"
        case .subjectNotRegistered: hint = "đăng ký bằng `thanhtra subject add`"
        case .duplicateSubject(_, _, let existing): hint = "xem `thanhtra subject show \(existing)`"
        case .unknownFigure: hint = "báo cáo dạng JSON (`--format json`) ghi tên mọi chỉ tiêu; docs/report-fields.md giải thích từng chỉ tiêu"
        }
        return worded(RefusalWords.vietnamese(refusal), hint: hint)
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
        if let vietnamese = error.vietnamese { return worded(vietnamese, hint: error.vietnameseHint) }
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

    /// A refusal of the application layer, `lỗi:` and `gợi ý:`.
    static func inspectorate(_ error: InspectorateError) -> String? {
        let (message, hint) = inspectorateWords(error)
        return worded(message, hint: hint)
    }

    /// Every refusal of the application layer in Vietnamese: what, and what to do (the CLI's commands).
    static func inspectorateWords(_ error: InspectorateError) -> (message: String, hint: String?) {
        switch error {
        case let .unknownInspectionCategory(code, day, known):
            return ("không có loại thanh tra '\(code)' vào ngày \(day)", "dùng một trong: \(known.joined(separator: ", "))")
        case let .unknownInspectionLevel(code, day, known):
            return ("không có cấp thanh tra '\(code)' vào ngày \(day)", "dùng một trong: \(known.joined(separator: ", "))")
        case let .unknownBody(code, known) where known.isEmpty:
            return (
                "không có cơ quan '\(code)': cơ sở dữ liệu này chỉ phục vụ một cơ quan",
                "bỏ --body, hoặc khai báo các cơ quan dùng chung trong report/settings.lua (bodies)")
        case let .unknownBody(code, known):
            return ("không có cơ quan '\(code)'", "dùng một trong: \(known.joined(separator: ", "))")
        case .unknownSubject(let id):
            return ("không có đối tượng #\(id)", "xem `thanhtra subject list`")
        case .unknownSubjectIdentifier(let identifier) where identifier.count == 9:
            return (
                "không có đối tượng có số định danh \(identifier)",
                "mã số thuế có 10 chữ số: nếu bảng tính đã bỏ số 0 đầu (Excel làm vậy với cột kiểu số), hãy viết "
                    + "0\(identifier); số thứ tự của đối tượng được viết #\(identifier)")
        case .unknownSubjectIdentifier(let identifier):
            return (
                "không có đối tượng có mã số thuế hoặc số định danh \(identifier)",
                "xem `thanhtra subject list --search \(identifier)`, hoặc đăng ký bằng `thanhtra subject add`")
        case .unknownPenaltyCase(let id):
            return ("không có vụ việc #\(id)", "xem `thanhtra case list`")
        case .unknownInspection(let id):
            return ("không có cuộc thanh tra #\(id)", "xem `thanhtra inspection list`")
        case .caseCancelled(let id):
            return (
                "vụ việc #\(id) đã bị hủy: không có quyết định",
                "xem việc hủy và lý do bằng `thanhtra case show \(id)`")
        case .findingUnclassified(let problems):
            return (
                "không phân loại được phát hiện: \(problems.map(\.message).joined(separator: "; "))",
                "ghi --category bằng một mã trong `thanhtra inspection codes`")
        case .inspectionCollides(let year, _):
            return (
                "cuộc thanh tra trùng với một cuộc thanh tra khác của năm \(year); không có gì được mở",
                "xem cuộc thanh tra nêu trên bằng `thanhtra inspection show`")
        case .noPlan(let year, let problem):
            return (problem.message, problem.hint ?? "thêm tệp rules/inspection/plans/\(year).lua")
        case .planEntryCollides(let year, let key):
            return (
                "mục kế hoạch \(key) trùng với một cuộc thanh tra khác của năm \(year); không có gì được nạp",
                "sửa kế hoạch, hoặc thiết lập về trùng lặp của bộ quy tắc")
        case .notADateRange(let spec):
            return ("'\(spec)' không phải là một khoảng ngày", "viết TỪ..ĐẾN, ví dụ 2026-01-01..2026-03-31")
        case .periodNotEnded(_, let period):
            return ("kỳ báo cáo \(period.label) chưa kết thúc", "chỉ lưu báo cáo của kỳ sau ngày \(period.through)")
        case let .periodNotFiled(kind, spec, period):
            return (
                "báo cáo kỳ \(period.label) chưa được lưu",
                "lưu bằng `thanhtra report file \(kind) \(spec)`")
        case .noDecisionToReplay(let id):
            return ("vụ việc #\(id) không có quyết định để tính lại", "xem `thanhtra case show \(id)`")
        case .decisionImportedAsRecorded(let id, let file):
            return (
                "quyết định của vụ việc #\(id) được nhập nguyên trạng từ tệp cũ (sha256 \(file.prefix(12))); không bộ "
                    + "quy tắc nào tính ra nó, nên không có gì để tính lại",
                "xem quyết định đã lưu bằng `thanhtra case show \(id) --explain`")
        case .decidingPackNotStored(let id, let hash):
            return (
                "bộ quy tắc \(hash.prefix(12)) đã quyết định vụ việc #\(id) không được lưu trong cơ sở dữ liệu này",
                "quyết định ghi trước khi có lịch sử bộ quy tắc không tính lại được; --explain cho xem các bước đã lưu")
        case .initializedWithOtherPack(let recorded):
            return (
                "cơ sở dữ liệu đã được khởi tạo với bộ quy tắc trong \(recorded)",
                "dùng --rules \(recorded), hoặc --db ĐƯỜNG_DẪN cho một cơ sở dữ liệu mới")
        case .storedPackAltered(let hash):
            return ("bộ quy tắc đã lưu không khớp mã băm \(hash.prefix(12))", "chạy `thanhtra journal verify`")
        case .periodAlreadyFiled(_, let period, let hash):
            return (
                "báo cáo kỳ \(period.label) đã được lưu (mã băm \(hash.prefix(12)))",
                "báo cáo đã lưu không bao giờ thay đổi; xem `thanhtra report restatements`")
        case .actionNotAllowed(let account, let action):
            return (
                "tài khoản \(account) không có vai trò được phép thực hiện thao tác này (\(action.rawValue))",
                "cần một trong các vai trò \(action.allowedRoles.map(\.rawValue).sorted().joined(separator: ", ")) "
                    + "(người quản trị cấp bằng `thanhtra role grant`)")
        case .notOnInspectionTeam(let account, let id):
            return (
                "tài khoản \(account) không thuộc đoàn thanh tra của cuộc thanh tra #\(id): thành viên đoàn chỉ thao tác "
                    + "trên cuộc thanh tra của đoàn mình",
                "đoàn là đoàn do quyết định thanh tra ghi; xem `thanhtra inspection show \(id)`")
        }
    }

    /// A refusal of accounts, roles, titles, delegations or rule packs in the web pages' Vietnamese words
    /// (``Server/RefusalWords/vietnamese(_:)``), when the command line's language is Vietnamese; `nil` otherwise.
    static func refusal(_ error: any Error) -> CommandError? {
        guard Wording.commandLine == .vi, let (message, hint) = RefusalWords.vietnamese(error)
        else { return nil }
        return CommandError(message: message, hint: hint, vietnamese: true)
    }

    static func worded(_ message: String, hint: String?) -> String {
        "lỗi: \(message)" + (hint.map { "\n  gợi ý: \($0)" } ?? "")
    }
}

extension MoneyError {
    /// The money error in Vietnamese: `'1,5' không phải là số tiền đồng; …`.
    var vietnamese: String {
        switch self {
        case .overflow: "số tiền quá lớn: không vừa một số đếm 64 bit bằng đồng"
        case .negative: "số tiền sẽ âm; số tiền đồng không bao giờ âm"
        case .aboveMaximum(let digits):
            "\(digits) đồng lớn hơn số tiền lớn nhất thanhtra nhận, \(VND.maximum.formatted()) (10^15 đồng); "
                + "kiểm tra chữ số thừa"
        case .notAnAmount(let text):
            "'\(text)' không phải là số tiền đồng; viết một số nguyên như 1500000 hoặc 1.500.000"
        }
    }
}
