public import Casework

/// What to do about a refused command (Casework's ``Casework/Advice``) in the words of the web pages: the form's
/// fields and the pages, never a flag or a command. The CLI's Vietnamese help lines are these words too.
public enum AdviceWords {
    /// The advice in Vietnamese; `nil` when there is nothing to add.
    public static func vietnamese(_ advice: Advice) -> String? {
        switch advice {
        case .giveRecordNumber: "ghi số biên bản như trên biên bản vi phạm hành chính"
        case .giveViolation: "ghi ít nhất một mã hành vi vi phạm (xem danh mục của bộ quy tắc)"
        case .giveEndedOrDetected: "ghi ngày chấm dứt (vi phạm đã kết thúc) hoặc ngày phát hiện (đang thực hiện), không cả hai"
        case .giveDecisionNumber: "ghi số quyết định như trên quyết định"
        case .givePaymentReceipt: "ghi số biên lai như trên biên lai của kho bạc"
        case .givePaymentAmount: "ghi số tiền phạt và/hoặc tiền chậm nộp"
        case .givePostponement: "ghi ngày bắt đầu, ngày kết thúc (không sớm hơn) và lý do hoãn"
        case .giveExtension: "ghi số ngày gia hạn (lớn hơn 0) và lý do"
        case .giveCancellationReason: "ghi lý do hủy, ví dụ quyết định hủy bỏ"
        case .giveFindingCategory: "chọn loại sai phạm theo cách bộ quy tắc phân loại"
        case .giveFollowUpReceipt: "ghi số biên lai hoặc số chứng từ"
        case .giveInspectionCategory: "chọn loại thanh tra theo bộ quy tắc"
        case .giveInspectionLevel: "chọn cấp thanh tra theo bộ quy tắc, ví dụ tỉnh hoặc sở"
        case .givePlanEntry: "chọn năm và mục của kế hoạch đã duyệt, hoặc mở cuộc thanh tra đột xuất với căn cứ"
        case .giveGround: "ghi căn cứ thanh tra đột xuất và văn bản kèm theo"
        case .giveGroundReference: "ghi số đơn, văn bản chỉ đạo hoặc biên bản dấu hiệu vi phạm"
        case .giveSignerTitle: "chọn chức vụ người ký theo danh sách của bộ quy tắc"
        case .giveSigner: "ghi họ tên người ký"
        case .giveTeamLead: "ghi họ tên trưởng đoàn"
        case .giveDecisionSubjects: "chọn từng đối tượng mà quyết định nêu tên"
        case .giveExtensionReason: "ghi lý do như quyết định gia hạn"
        case .giveSuspensionReason: "ghi lý do như quyết định tạm dừng"
        case .giveConclusionNumber: "ghi số kết luận như trên kết luận"
        case .checkDecisionDate: "quyết định phải sau biên bản; kiểm tra lại ngày"
        case .checkDate: "kiểm tra lại ngày"
        case .checkFollowUpDate: "việc theo dõi ghi nhận những gì làm sau kết luận; kiểm tra lại ngày"
        case .payAtMostOutstanding: "nộp tối đa số tiền còn nợ; ghi tiền chậm nộp riêng"
        case .allowOver: "kiểm tra lại số liệu; nếu thực sự vượt, ghi lý do"
        case .dropGround: "bỏ căn cứ, hoặc mở cuộc thanh tra đột xuất"
        case .dropPlan: "bỏ mục kế hoạch, hoặc mở cuộc thanh tra theo kế hoạch"
        case .seeCase(let id): "xem vụ việc #\(id)"
        case .seeCaseSurcharge(let id): "xem tiền chậm nộp của vụ việc #\(id)"
        case .decideCaseFirst(let id): "ghi quyết định xử phạt của vụ việc #\(id) trước"
        case .seeInspection(let id): "xem cuộc thanh tra #\(id)"
        case .seeFindings(let id): "xem các sai phạm của cuộc thanh tra #\(id)"
        case .seeDecisionSubjects(let id): "quyết định nêu tên các đối tượng; xem cuộc thanh tra #\(id)"
        case .seePlanEntries: "xem các mục của kế hoạch"
        }
    }
}
