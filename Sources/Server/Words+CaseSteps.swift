/// The texts of the case's step forms (delivery, extension, installments, postponement) and of the chief's steps of
/// an inspection, Vietnamese first, English beside them.
extension Words {
    static let caseSteps: [String: (vi: String, en: String)] = [
        "caseStep-delivery": ("Ghi ngày nhận quyết định", "Record the day the decision was received"),
        "caseStep-delivery-note": (
            "Hạn nộp phạt do bộ quy tắc tính từ ngày người vi phạm nhận quyết định (Điều 73 Luật XLVPHC). Ngày nhận chỉ ghi một lần.",
            "The rule pack counts the payment deadline from the day the violator received the decision (Điều 73 Luật XLVPHC). It is recorded once."
        ),
        "caseStep-extension": ("Gia hạn thời hạn ra quyết định", "Extend the decision deadline"),
        "caseStep-extension-note": (
            "Gia hạn cho vụ việc phức tạp hoặc phải giải trình, trong giới hạn của bộ quy tắc (Điều 66 Luật XLVPHC).",
            "For a complex case or one with an explanation, within the rule pack's limits (Điều 66 Luật XLVPHC)."
        ),
        "caseStep-installments": ("Cho nộp tiền phạt nhiều lần", "Approve payment in installments"),
        "caseStep-installments-note": (
            "Mỗi dòng một lần nộp: hạn nộp và số tiền (đồng). Bộ quy tắc kiểm tra điều kiện, số lần, thời hạn và lần nộp đầu (Điều 79 Luật XLVPHC). Dòng để trống được bỏ qua.",
            "One row per installment: due day and amount (đồng). The rule pack checks eligibility, the number, the period and the first installment (Điều 79 Luật XLVPHC). Empty rows are left out."
        ),
        "caseStep-postponement": ("Hoãn thi hành quyết định phạt tiền", "Postpone payment of the fine"),
        "caseStep-postponement-note": (
            "Hoãn khi người vi phạm gặp khó khăn đặc biệt, trong điều kiện và thời hạn của bộ quy tắc (Điều 76 Luật XLVPHC).",
            "For a violator in special hardship, within the rule pack's conditions and length (Điều 76 Luật XLVPHC)."
        ),
        "caseStepNotOffered": (
            "Vụ việc ở trạng thái hiện tại không có bước này.", "The case in its present state has no such step."
        ),
        "receivedOn": ("Ngày nhận quyết định", "Received on"),
        "extraDays": ("Số ngày gia hạn", "Days added"),
        "newDecisionDue": ("Hạn ra quyết định mới", "New decision deadline"),
        "installment": ("Lần nộp", "Installment"),
        "installmentRows": ("Các lần nộp", "Installments"),
        "fromOn": ("Từ ngày", "From"),
        "untilOn": ("Đến ngày", "Until"),
        "chiefSteps": ("Các bước của người ra quyết định thanh tra", "The steps of the one who decides the inspection"),
        "chiefStepHint": (
            "Chánh thanh tra ra quyết định thanh tra, gia hạn, ký kết luận và đóng hồ sơ.",
            "The chief inspector decides the inspection, extends it, signs the conclusion and closes the file."
        ),
        "inspectionStep-decide": ("Ra quyết định thanh tra", "Decide the inspection"),
        "inspectionStep-extend": ("Gia hạn thời hạn thanh tra", "Extend the inspection"),
        "inspectionStep-conclude": ("Ký kết luận thanh tra", "Sign the conclusion"),
        "inspectionStep-close": ("Đóng hồ sơ", "Close the file"),
        "teamLead": ("Trưởng đoàn (tên đăng nhập)", "Team lead (login)"),
        "members": ("Thành viên đoàn (tên đăng nhập, cách nhau bởi dấu phẩy)", "Team members (logins, comma-separated)"),
        "conclusionNumber": ("Số kết luận", "Conclusion number"),
    ]
}
