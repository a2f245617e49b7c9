/// Every text of the pages, Vietnamese first, English beside it. Templates read them as `{{t.key}}`.
enum Words {
    static let all: [String: (vi: String, en: String)] = [
        "app": ("Thanh tra", "Inspectorate"),
        "signIn": ("Đăng nhập", "Sign in"),
        "signOut": ("Đăng xuất", "Sign out"),
        "login": ("Tên đăng nhập", "Login"),
        "password": ("Mật khẩu", "Password"),
        "cases": ("Vụ việc xử phạt", "Penalty cases"),
        "inspections": ("Cuộc thanh tra", "Inspections"),
        "accounts": ("Tài khoản", "Accounts"),
        "search": ("Tìm theo tên hoặc mã số thuế", "Search by name or tax code"),
        "find": ("Tìm", "Find"),
        "state": ("Trạng thái", "State"),
        "any": ("Tất cả", "Any"),
        "unpaid": ("Còn nợ tiền phạt", "Fine outstanding"),
        "decisionOverdue": ("Quá hạn ra quyết định", "Decision overdue"),
        "paymentOverdue": ("Quá hạn nộp phạt", "Payment overdue"),
        "welcome": ("Chào mừng", "Welcome"),
        "welcomeText": (
            "Bạn đã đăng nhập. Các trang cho vai trò của bạn chưa có trong phiên bản này.",
            "You are signed in. The pages for your role are not in this version yet."
        ),
        "caseNotFound": ("Không có vụ việc này.", "There is no such case."),
        "subjectNotFound": ("Không có đối tượng này.", "There is no such subject."),
        "inspectionNotFound": ("Không có cuộc thanh tra này.", "There is no such inspection."),
        "organization": ("Tổ chức", "Organization"),
        "recordPayment": ("Ghi nhận nộp phạt", "Record a payment"),
        "previewTitle": ("Xem trước — chưa ghi gì", "Preview — nothing recorded yet"),
        "outstandingAfter": ("Còn phải nộp sau lần nộp này", "Outstanding after this payment"),
        "surchargeOnDay": ("Tiền chậm nộp phải nộp vào ngày nộp", "Late surcharge owed on the payment day"),
        "surchargePaid": ("Tiền chậm nộp đã nộp", "Surcharge paid"),
        "confirmPayment": ("Xác nhận ghi nhận", "Confirm and record"),
        "previewButton": ("Xem trước", "Preview"),
        "badAmount": (
            "Số tiền không hợp lệ: nhập số đồng, ví dụ 1.500.000.", "Not a valid amount: type đồng, e.g. 1.500.000."
        ),
        "badDate": ("Ngày nộp không hợp lệ (YYYY-MM-DD).", "Not a valid payment date (YYYY-MM-DD)."),
        "paymentRefused": (
            "Không thể ghi nhận khoản nộp này: số tiền vượt quá số còn phải nộp, thiếu số biên lai, hoặc vụ việc chưa có quyết định. Không có gì được ghi lại.",
            "This payment cannot be recorded: it is more than what is owed, has no receipt number, or the case has no decision. Nothing was recorded."
        ),
        "person": ("Cá nhân", "Person"),
        "subject": ("Đối tượng", "Subject"),
        "record": ("Biên bản", "Violation record"),
        "recordOn": ("Ngày lập biên bản", "Record date"),
        "place": ("Nơi lập", "Place"),
        "fine": ("Tiền phạt", "Fine"),
        "outstanding": ("Còn phải nộp", "Outstanding"),
        "paid": ("Đã nộp", "Paid"),
        "next": ("Trang sau", "Next page"),
        "previous": ("Trang trước", "Previous page"),
        "page": ("Trang", "Page"),
        "none": ("Không có kết quả.", "Nothing matches."),
        "violations": ("Hành vi vi phạm", "Violations"),
        "code": ("Mã", "Code"),
        "sector": ("Lĩnh vực", "Sector"),
        "committedOn": ("Ngày vi phạm", "Committed on"),
        "illegalGain": ("Số lợi bất hợp pháp", "Illegal gain"),
        "decision": ("Quyết định xử phạt", "Penalty decision"),
        "number": ("Số", "Number"),
        "decidedOn": ("Ngày quyết định", "Decided on"),
        "signer": ("Người ký", "Signed by"),
        "totalFine": ("Tổng tiền phạt", "Total fine"),
        "deadlines": ("Thời hạn", "Deadlines"),
        "decisionDue": ("Hạn ra quyết định", "Decision due"),
        "paymentDue": ("Hạn nộp phạt", "Payment due"),
        "enforcementExpires": ("Hết thời hiệu thi hành", "Enforcement expires"),
        "surcharge": ("Tiền chậm nộp đến hôm nay", "Late surcharge to date"),
        "surchargeDays": ("Số ngày chậm nộp", "Days late"),
        "payments": ("Các lần nộp phạt", "Payments"),
        "paidOn": ("Ngày nộp", "Paid on"),
        "receipt": ("Biên lai", "Receipt"),
        "amount": ("Số tiền", "Amount"),
        "timeline": ("Diễn biến (theo nhật ký)", "Timeline (from the journal)"),
        "when": ("Thời điểm", "When"),
        "who": ("Người thực hiện", "Who"),
        "what": ("Thao tác", "What"),
        "kind": ("Loại", "Kind"),
        "identifier": ("Mã số thuế / Số định danh", "Tax code / ID number"),
        "name": ("Tên", "Name"),
        "address": ("Địa chỉ", "Address"),
        "openedOn": ("Ngày mở", "Opened on"),
        "content": ("Nội dung", "Content"),
        "field": ("Lĩnh vực", "Field"),
        "leadUnit": ("Đơn vị chủ trì", "Lead unit"),
        "mode": ("Hình thức", "Mode"),
        "onsiteDue": ("Hạn kết thúc trực tiếp", "On-site due"),
        "reportDue": ("Hạn báo cáo", "Report due"),
        "conclusionDue": ("Hạn kết luận", "Conclusion due"),
        "findings": ("Phát hiện", "Findings"),
        "forbidden": ("Không có quyền truy cập", "Access denied"),
        "forbiddenText": (
            "Tài khoản của bạn không có vai trò được phép xem trang này. Không có gì được ghi lại.",
            "Your account has no role that may see this page. Nothing was recorded."
        ),
        "notFound": ("Không tìm thấy", "Not found"),
        "badCredentials": ("Tên đăng nhập hoặc mật khẩu không đúng.", "The login or the password is wrong."),
        "throttled": (
            "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.",
            "Too many failed sign-ins. Please try again in 15 minutes."
        ),
        "csrf": (
            "Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng tải lại trang và thử lại.",
            "The form has expired or is not valid. Please reload the page and try again."
        ),
        "busy": ("Máy chủ đang bận, vui lòng thử lại.", "The server is busy; please try again."),
        "error": ("Đã xảy ra lỗi", "Something went wrong"),
        "errorText": (
            "Không thể hoàn thành yêu cầu. Lỗi đã được ghi lại.",
            "The request could not be completed. The error was logged."
        ),
        "roles": ("Vai trò", "Roles"),
        "active": ("Đang hoạt động", "Active"),
        "yes": ("Có", "Yes"),
        "no": ("Không", "No"),
        "switchLanguage": ("English", "Tiếng Việt"),
        "signedInAs": ("Đăng nhập với", "Signed in as"),
        "showing": ("Đang hiển thị", "Showing"),
        "of": ("trên", "of"),
    ]

    /// The texts of `language`, by key.
    static func table(_ language: Language) -> [String: String] {
        all.mapValues { language == .vi ? $0.vi : $0.en }
    }

    /// One text.
    static func text(_ key: String, _ language: Language) -> String {
        guard let pair = all[key] else { return key }
        return language == .vi ? pair.vi : pair.en
    }

    /// A penalty case's or an inspection's state (its raw name) in words.
    static func state(_ raw: String, _ language: Language) -> String {
        let vi = [
            "open": "Đang xử lý", "decided": "Đã ra quyết định", "settled": "Đã chấp hành xong", "cancelled": "Đã hủy",
            "onsite": "Đang thanh tra trực tiếp", "suspended": "Tạm dừng", "onsiteEnded": "Kết thúc trực tiếp",
            "reported": "Đã báo cáo", "drafted": "Đã dự thảo kết luận", "concluded": "Đã kết luận", "closed": "Đã đóng",
        ]
        return language == .vi ? vi[raw] ?? raw : raw
    }
}
