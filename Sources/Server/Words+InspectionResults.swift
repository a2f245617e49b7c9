/// The texts of an inspection's result forms (findings, recommendations, follow-ups), Vietnamese first, English
/// beside them.
extension Words {
    static let inspectionResults: [String: (vi: String, en: String)] = [
        "resultForm-finding": ("Ghi phát hiện sai phạm", "Record a finding"),
        "resultForm-finding-note": (
            "Bộ quy tắc phân loại sai phạm (giữ loại đã chọn nếu hợp lệ) và gợi ý số tiền, diện tích đất kiến nghị thu hồi. Số tiền ghi bằng đồng, diện tích đất bằng m² (ví dụ 1.200,25).",
            "The rule pack classifies the finding (keeping a valid chosen category) and suggests what to recover. Money in đồng, land in m² (e.g. 1.200,25)."
        ),
        "resultForm-recommendation": ("Ghi kiến nghị", "Record a recommendation"),
        "resultForm-recommendation-note": (
            "Mỗi loại kiến nghị dùng số liệu của mình: thu hồi và xử lý khác về kinh tế — tiền, đất; xử lý hành chính, trách nhiệm — tập thể, cá nhân (tên cách nhau bởi dấu chấm phẩy) và hình thức xử lý; chuyển cơ quan điều tra — số vụ, số người; hoàn thiện chính sách — số văn bản.",
            "Each kind uses its own figures: recovery and other financial — money, land; handling — collectives, persons (names separated by semicolons) and how; transfer — cases, persons; policy — documents."
        ),
        "resultForm-followUp": ("Ghi kết quả thực hiện kiến nghị", "Record a follow-up"),
        "resultForm-followUp-note": (
            "Ghi những gì đã thực hiện từ ngày kết luận; tiền đã nộp cần số biên lai. Vượt mức kiến nghị chỉ được ghi khi nêu lý do.",
            "Record what was done since the conclusion; money paid in needs its receipt. More than recommended only with a reason."
        ),
        "confirmRecord": ("Xác nhận ghi vào hồ sơ", "Confirm and record"),
        "resultNotOffered": (
            "Cuộc thanh tra ở trạng thái hiện tại không nhận mục này.", "The inspection in its present state takes no such record."
        ),
        "recommendationNotFound": ("Cuộc thanh tra không có kiến nghị này.", "The inspection has no such recommendation."),
        "description": ("Nội dung", "Description"),
        "findingCategory": ("Loại sai phạm", "Finding category"),
        "categoryByPack": ("Để bộ quy tắc phân loại", "Let the rule pack classify"),
        "landArea": ("Diện tích đất (m²)", "Land (m²)"),
        "suggestRecovery": ("Gợi ý kiến nghị thu hồi", "Suggested recovery"),
        "suggestOtherFinancial": ("Gợi ý xử lý khác về kinh tế", "Suggested other financial handling"),
        "suggestLand": ("Gợi ý thu hồi đất", "Suggested land recovery"),
        "explanation": ("Giải thích", "Explanation"),
        "recommendation": ("Kiến nghị", "Recommendation"),
        "recommendationKind": ("Loại kiến nghị", "Kind"),
        "recommendationKind-recovery": ("Thu hồi về ngân sách nhà nước", "Recovery to the state budget"),
        "recommendationKind-otherFinancial": ("Xử lý khác về kinh tế", "Other financial handling"),
        "recommendationKind-handling": ("Xử lý hành chính, trách nhiệm", "Handling of collectives and persons"),
        "recommendationKind-transfer": ("Chuyển cơ quan điều tra", "Transfer to investigation"),
        "recommendationKind-policy": ("Hoàn thiện cơ chế, chính sách, pháp luật", "Improve mechanisms, policy and law"),
        "handling": ("Hình thức xử lý", "How handled"),
        "handling-review": ("Kiểm điểm rút kinh nghiệm", "Review and lessons"),
        "handling-discipline": ("Xử lý kỷ luật", "Discipline"),
        "handling-administrative": ("Xử lý hành chính", "Administrative handling"),
        "relatedFinding": ("Phát hiện liên quan", "Related finding"),
        "noneChosen": ("(không có)", "(none)"),
        "count-collectives": ("Số tập thể", "Collectives"),
        "count-persons": ("Số cá nhân", "Persons"),
        "count-cases": ("Số vụ", "Cases"),
        "count-documents": ("Số văn bản", "Documents"),
        "handledNames": ("Tên tập thể, cá nhân (cách nhau bởi dấu ;)", "Names (separated by ;)"),
        "recommended": ("Số liệu kiến nghị", "Recommended"),
        "doneSoFar": ("Đã thực hiện", "Done so far"),
        "thisFollowUp": ("Lần này", "This follow-up"),
        "note": ("Ghi chú", "Note"),
        "allowOver": ("Lý do ghi vượt mức kiến nghị (nếu có)", "Why more than recommended (if so)"),
        "myTitles": ("Chức danh của tôi", "My titles"),
        "delegationsLent": ("Giao quyền cho người khác", "Delegations I lend"),
        "delegationsReceived": ("Được giao quyền", "Delegations I receive"),
    ]
}
