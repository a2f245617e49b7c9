public import Casework
import Inspectorate

/// The Vietnamese words of the core's refusals that are values (``Casework/PenaltyCaseError/Refusal``,
/// ``Casework/InspectionError/Refusal``) and of the states they name: one table for both faces, the web pages
/// (``ProblemWords``) and the CLI (its `lỗi:` lines). One sentence each, lower-case first and without a final period,
/// naming no flag, field or command; the face adds what to do (``AdviceWords``, or its own commands).
public enum RefusalWords {
    /// A penalty case's refusal: `vụ việc #4 đã chấp hành xong; không ghi thêm được gì`.
    public static func vietnamese(_ refusal: PenaltyCaseError.Refusal, caseID: PenaltyCase.ID?) -> String {
        let the = caseID.map { "vụ việc #\($0)" } ?? "vụ việc"
        switch refusal {
        case .wrongState(let current, let required):
            return "\(the) đang ở trạng thái \(state(current)); việc này chỉ làm được khi vụ việc \(state(required))"
        case .notDecided(let current):
            return "\(the) đang ở trạng thái \(state(current)), chưa có quyết định xử phạt"
        case .alreadySettled:
            return "\(the) đã chấp hành xong; không ghi thêm được gì"
        case .alreadyDelivered(let on):
            return "quyết định của \(the) đã được giao ngày \(on); việc giao chỉ ghi một lần"
        case .decidedBeforeRecord(let decidedOn, let recordOn):
            return "ngày ra quyết định \(decidedOn) trước ngày lập biên bản \(recordOn)"
        case .receivedBeforeDecision(let receivedOn, let decidedOn):
            return "ngày nhận \(receivedOn) trước ngày ra quyết định \(decidedOn)"
        case .paidBeforeDecision(let paidOn, let decidedOn):
            return "ngày nộp \(paidOn) trước ngày ra quyết định \(decidedOn)"
        case .overpaid(let amount, let outstanding):
            return "số tiền nộp \(amount.formatted()) lớn hơn số tiền phạt còn nợ \(outstanding.formatted())"
        case .surchargeOverpaid(let amount, let owed, let on):
            return "tiền chậm nộp nộp \(amount.formatted()) lớn hơn số còn nợ ngày \(on) là \(owed.formatted())"
        case .installmentsAlreadyApproved:
            return "\(the) đã được cho nộp tiền phạt nhiều lần"
        case .cannotCancel(let current):
            return "\(the) đang ở trạng thái \(state(current)); chỉ hủy được vụ việc đang xử lý hoặc đã ra quyết định"
        }
    }

    /// An inspection's refusal: `cuộc thanh tra #2 đang ở trạng thái đã kết luận; việc này chỉ làm được khi cuộc thanh tra mới mở`.
    public static func vietnamese(_ refusal: InspectionError.Refusal, inspectionID: Inspection.ID?) -> String {
        let the = inspectionID.map { "cuộc thanh tra #\($0)" } ?? "cuộc thanh tra"
        switch refusal {
        case .wrongState(let current, let allowed):
            let names = allowed.map { state($0) }.joined(separator: " hoặc ")
            return "\(the) đang ở trạng thái \(state(current)); việc này chỉ làm được khi cuộc thanh tra \(names)"
        case .stepBeforeEarlier(let day, let earlierOn):
            return "ngày \(day) trước một bước đã ghi của \(the) (ngày \(earlierOn)); các bước phải nối tiếp nhau"
        case .findingNotOfInspection(let finding):
            return "phát hiện #\(finding) không thuộc \(the)"
        case .subjectNotOfInspection(let subject):
            return "đối tượng #\(subject) không phải là đối tượng của \(the)"
        case .followUpBeforeConclusion(let doneOn, let concludedOn):
            return "ngày thực hiện \(doneOn) trước ngày kết luận \(concludedOn)"
        case .overRecommendation(let recommendation):
            return "số liệu ghi vượt mức kiến nghị #\(recommendation)"
        case .refusedByRules(let problems):
            return "bộ quy tắc từ chối: " + problems.map(\.message).joined(separator: "; ")
        }
    }

    /// A refusal of accounts, roles, titles, delegations or rule packs (``Inspectorate/AccountError``,
    /// ``Casework/AuthorityError``) in the web pages' Vietnamese words: what was refused, and what to do; `nil` for
    /// another error.
    public static func vietnamese(_ error: any Error) -> (message: String, hint: String?)? {
        let problem: Problem
        switch error {
        case let error as AuthorityError: problem = ProblemWords.authority(error, .vi)
        case let error as AccountError: problem = ProblemWords.account(error, .vi)
        default: return nil
        }
        return (problem.summary, problem.hint)
    }

    /// A penalty case's state: `đang xử lý`, `đã ra quyết định xử phạt`, ….
    public static func state(_ state: PenaltyCase.State) -> String {
        switch state {
        case .open: "đang xử lý"
        case .decided: "đã ra quyết định xử phạt"
        case .settled: "đã chấp hành xong"
        case .cancelled: "đã hủy"
        }
    }

    /// An inspection's state: `mới mở`, `đang thanh tra trực tiếp`, ….
    public static func state(_ state: Inspection.State) -> String { state.vietnamese }
}

extension RefusalWords {
    /// A store's refusal (``Casework/StoreError/Refusal``): `biên bản số BB-1 đã là vụ việc #1 (số biên bản không được
    /// trùng trong một năm)`. The one wording of both faces: the web pages make it a sentence (``ProblemWords``), the
    /// CLI prints it after `lỗi:` with its commands as the remedy.
    public static func vietnamese(_ refusal: StoreError.Refusal) -> String {
        switch refusal {
        case .penaltyCaseNotFound(let id):
            "không có vụ việc #\(id)"
        case .duplicateRecord(let number, let existing):
            "biên bản số \(number) đã là vụ việc #\(existing) (số biên bản không được trùng trong một năm)"
        case .duplicateReceipt(let receipt, let existing):
            "biên lai \(receipt) đã được ghi cho vụ việc #\(existing)"
        case .duplicateDecisionNumber(let number, let existing):
            "số quyết định \(number) đã là quyết định của vụ việc #\(existing) (số quyết định không được trùng trong một năm)"
        case .alreadyDecided(let id, let number):
            "vụ việc #\(id) đã có quyết định \(number)"
        case .noDecision(let id, _):
            "vụ việc #\(id) chưa có quyết định xử phạt"
        case .alreadyDelivered(let id):
            "quyết định của vụ việc #\(id) đã được giao"
        case .alreadyCancelled(let id):
            "vụ việc #\(id) đã bị hủy"
        case .inspectionNotFound(let id):
            "không có cuộc thanh tra #\(id)"
        case .recommendationNotFound(let id):
            "không có kiến nghị #\(id)"
        case .duplicateInspectionDecision(let number, let existing):
            "số quyết định \(number) đã là quyết định của cuộc thanh tra #\(existing) "
                + "(số quyết định không được trùng trong một năm)"
        case .duplicateConclusion(let number, let existing):
            "số kết luận \(number) đã là kết luận của cuộc thanh tra #\(existing) (số kết luận không được trùng trong một năm)"
        case .duplicateFollowUpReceipt(let receipt, let recommendation, let inspection):
            "chứng từ \(receipt) đã được ghi cho kiến nghị #\(recommendation) của cuộc thanh tra #\(inspection)"
        case .stepAlreadyRecorded(let id, _):
            "bước này của cuộc thanh tra #\(id) đã được ghi nhận"
        case .notASubject(let subject, let id):
            "đối tượng #\(subject) không phải là đối tượng của cuộc thanh tra #\(id)"
        case .findingOfAnotherInspection(let finding, let id):
            "phát hiện #\(finding) không thuộc cuộc thanh tra #\(id)"
        case .subjectNotFound(let id):
            "không có đối tượng #\(id)"
        case .unknownFigure(let name):
            "không có chỉ tiêu nào tên \(name)"
        case .duplicateSubject(let kind, let identifier, let existing):
            "\(kind.vietnameseIdentifierLabel) \(identifier) đã được đăng ký là đối tượng #\(existing)"
        case .subjectNotRegistered(let reference):
            "\(reference.vietnamese) chưa được đăng ký"
        case .paymentOnCancelledCase(let id):
            "vụ việc #\(id) đã bị hủy; không ghi khoản nộp được"
        case .paymentAboveOwed(let id):
            "khoản nộp lớn hơn số tiền phạt còn nợ của vụ việc #\(id) (có thể vừa có khoản nộp khác được ghi)"
        }
    }

    /// The database busy (another command writing): `cơ sở dữ liệu đang bận (một lệnh khác đang ghi)`.
    public static let storeBusy = "cơ sở dữ liệu đang bận (một lệnh thanh tra khác đang ghi)"
}
