import Casework

/// The texts of administration, the rule pack page and the plan, Vietnamese first, English beside them.
extension Words {
    /// Every text: ``all``, the administration's, the case and inspection steps' and the inspection results'.
    static let every: [String: (vi: String, en: String)] = all.merging(administration) { first, _ in first }
        .merging(caseSteps) { first, _ in first }.merging(inspectionResults) { first, _ in first }
        .merging(imports) { first, _ in first }

    static let administration: [String: (vi: String, en: String)] = [
        "account": ("Tài khoản", "Account"),
        "accountActive": ("Đang hoạt động", "Active"),
        "accountDisabled": ("Đã khóa", "Disabled"),
        "accountNotFound": ("Không có tài khoản này.", "There is no such account."),
        "addAccount": ("Thêm tài khoản", "Add an account"),
        "confirmAddAccount": ("Xác nhận thêm tài khoản", "Confirm and add the account"),
        "passwordRepeat": ("Nhập lại mật khẩu", "Password again"),
        "passwordHint": ("Mật khẩu có ít nhất số ký tự:", "A password has at least this many characters:"),
        "passwordAgain": (
            "Vì an toàn, mật khẩu không được gửi lại trong trang: hãy nhập lại để xác nhận.",
            "For safety the password is not carried in the page: type it again to confirm."
        ),
        "passwordMismatch": (
            "Hai lần nhập mật khẩu không khớp. Không có gì được ghi lại.",
            "The two passwords differ. Nothing was recorded."
        ),
        "newPassword": ("Mật khẩu mới", "New password"),
        "resetPassword": ("Đặt lại mật khẩu", "Reset the password"),
        "passwordEffect": (
            "Đặt lại mật khẩu kết thúc mọi phiên đăng nhập của tài khoản.",
            "Resetting the password ends every session of the account."
        ),
        "createdAt": ("Ngày tạo", "Created"),
        "disableAccount": ("Khóa tài khoản", "Disable the account"),
        "confirmDisable": ("Xác nhận khóa tài khoản", "Confirm and disable"),
        "effect": ("Tác động", "Effect"),
        "disableEffect": (
            "Tài khoản không đăng nhập được nữa; các phiên đang mở kết thúc. Nhật ký giữ mọi thao tác của tài khoản.",
            "The account can no longer sign in; its open sessions end. The journal keeps everything it did."
        ),
        "role": ("Vai trò", "Role"),
        "grantRole": ("Cấp vai trò", "Grant the role"),
        "revokeRole": ("Thu hồi vai trò", "Revoke the role"),
        "rolesAfter": ("Vai trò sau khi thay đổi", "Roles after the change"),
        "chooseRole": ("Chọn một vai trò và cấp hoặc thu hồi.", "Choose a role, and grant or revoke."),
        "ownRolesHint": (
            "Bạn không thể tự thay đổi vai trò của mình: nhờ một người quản trị khác.",
            "You cannot change your own roles: ask another administrator."
        ),
        "confirm": ("Xác nhận", "Confirm"),
        "role-thanh_tra_vien": ("Thanh tra viên", "Inspector"),
        "role-truong_doan": ("Trưởng đoàn", "Team lead"),
        "role-chanh_thanh_tra": ("Chánh thanh tra", "Chief inspector"),
        "role-theo_doi_thu_nop": ("Theo dõi thu nộp", "Collections"),
        "role-bao_cao": ("Báo cáo", "Reporting"),
        "role-lanh_dao": ("Lãnh đạo", "Leadership"),
        "role-phap_che": ("Pháp chế", "Legal (rule author)"),
        "role-duyet_quy_tac": ("Duyệt quy tắc", "Rule approver"),
        "role-quan_tri": ("Quản trị", "Administrator"),
        "titlesAndDelegations": ("Chức danh và giao quyền", "Titles and delegations"),
        "legalTitles": ("Chức danh (quyền ký)", "Legal titles (what the account signs)"),
        "legalTitle": ("Chức danh", "Title"),
        "term": ("Thời hạn", "Term"),
        "noEnd": ("không thời hạn", "without an end"),
        "firstDay": ("Từ ngày", "From"),
        "lastDay": ("Đến hết ngày", "Through"),
        "lastDayOptional": ("Đến hết ngày (có thể để trống)", "Through (may be empty)"),
        "assignTitle": ("Giao chức danh", "Assign the title"),
        "confirmAssignTitle": ("Xác nhận giao chức danh", "Confirm and assign the title"),
        "titleNote": (
            "Chức danh quyết định tài khoản được ký gì; bộ quy tắc xét thẩm quyền theo chức danh.",
            "The title decides what the account may sign; the rule pack judges competence from it."
        ),
        "endTitle": ("Kết thúc chức danh", "End the title"),
        "confirmEnd": ("Xác nhận kết thúc", "Confirm the end"),
        "titleNotFound": ("Không có chức danh này.", "There is no such title assignment."),
        "noTitles": ("Chưa giao chức danh nào.", "No title assigned."),
        "delegations": ("Giao quyền xử phạt (Điều 54 Luật XLVPHC)", "Delegations (Luật XLVPHC Điều 54)"),
        "delegate": ("Giao quyền", "Delegate"),
        "delegateFrom": ("Giao quyền của", "Delegation from"),
        "delegator": ("Người giao quyền", "Delegator"),
        "delegateAccount": ("Người được giao quyền", "Delegate"),
        "document": ("Quyết định giao quyền (số)", "Written decision (number)"),
        "scope": ("Nội dung, phạm vi", "Scope"),
        "scopeAll": ("mọi vụ việc thuộc chức danh", "every case within the title"),
        "confirmDelegate": ("Xác nhận giao quyền", "Confirm the delegation"),
        "delegationNote": (
            "Người được giao quyền không được giao quyền lại; người giao quyền phải tự giữ chức danh trong suốt thời hạn.",
            "The delegate cannot delegate again; the delegator must hold the title itself for the whole term."
        ),
        "endDelegation": ("Kết thúc giao quyền", "End the delegation"),
        "delegationNotFound": ("Không có giao quyền này.", "There is no such delegation."),
        "noDelegations": ("Chưa có giao quyền nào.", "No delegation."),
        "badTermDay": ("Ngày không hợp lệ (YYYY-MM-DD). Không có gì được ghi lại.", "Not a valid day (YYYY-MM-DD). Nothing was recorded."),
        "notAvailable": ("Chưa hỗ trợ", "Not available"),
        "notAvailableText": (
            "Cơ sở dữ liệu này chưa lưu chức danh, giao quyền hoặc đề xuất bộ quy tắc.",
            "This database keeps no titles, delegations or rule pack proposals yet."
        ),
        "done-disabled": ("Đã khóa tài khoản.", "The account is disabled."),
        "done-password": ("Đã đặt lại mật khẩu.", "The password is reset."),
        "done-roles": ("Đã thay đổi vai trò.", "The roles are changed."),
        "done-title": ("Đã giao chức danh.", "The title is assigned."),
        "done-titleEnded": ("Đã kết thúc chức danh.", "The title is ended."),
        "done-delegation": ("Đã ghi nhận giao quyền.", "The delegation is recorded."),
        "done-delegationEnded": ("Đã kết thúc giao quyền.", "The delegation is ended."),
        "done-activated": (
            "Đã kích hoạt bộ quy tắc; máy chủ dùng bộ này từ yêu cầu tiếp theo.",
            "The pack is active; the server runs it from the next request."
        ),
        "done-rejected": ("Đã từ chối bộ quy tắc.", "The pack is rejected."),
        "rulePack": ("Bộ quy tắc", "Rule pack"),
        "packRunning": ("Máy chủ đang chạy", "The server runs"),
        "packActive": ("Bộ quy tắc đang hiệu lực", "Active pack"),
        "packAtInit": ("ghi nhận khi khởi tạo cơ sở dữ liệu", "recorded when the database was created"),
        "activatedBy": ("kích hoạt bởi", "activated by"),
        "proposedBy": ("Người đề xuất", "Proposed by"),
        "decidedBy": ("Người quyết định", "Decided by"),
        "proposals": ("Các đề xuất", "Proposals"),
        "noProposals": ("Chưa có đề xuất nào.", "No proposal yet."),
        "proposeHint": (
            "Đề xuất một bộ quy tắc mới bằng lệnh thanhtra rules propose (người pháp chế); một tài khoản khác duyệt tại đây.",
            "A new pack is proposed with thanhtra rules propose (the rule author); another account decides here."
        ),
        "packHash": ("Mã băm", "Hash"),
        "packVersion": ("Tên, phiên bản", "Name, version"),
        "errors": ("lỗi", "error(s)"),
        "warnings": ("cảnh báo", "warning(s)"),
        "passed": ("đạt", "passed"),
        "failed": ("không đạt", "failed"),
        "comparedWith": ("so với", "compared with"),
        "casesChange": ("vụ việc thay đổi", "cases change"),
        "finesChanged": ("tiền phạt", "fines"),
        "decisionDueChanged": ("hạn ra quyết định", "decision due"),
        "paymentDueChanged": ("hạn nộp phạt", "payment due"),
        "testsResult": ("Kiểm thử (đạt / không đạt)", "Tests (passed / failed)"),
        "casesChanged": ("Vụ việc thay đổi / đã so sánh", "Cases changed / compared"),
        "activatePack": ("Kích hoạt", "Activate"),
        "rejectPack": ("Từ chối", "Reject"),
        "confirmActivate": ("Xác nhận kích hoạt", "Confirm and activate"),
        "confirmReject": ("Xác nhận từ chối", "Confirm the rejection"),
        "activateNote": (
            "Bộ quy tắc đang hiệu lực sẽ ngừng; máy chủ dùng bộ mới từ yêu cầu tiếp theo. Người đề xuất không được tự duyệt.",
            "The active pack is retired; the server runs the new one from the next request. A proposer cannot approve its own."
        ),
        "rejectNote": ("Đề xuất bị từ chối không còn được kích hoạt.", "A rejected proposal can no longer be activated."),
        "status-proposed": ("Chờ duyệt", "Proposed"),
        "status-active": ("Đang hiệu lực", "Active"),
        "status-rejected": ("Bị từ chối", "Rejected"),
        "status-retired": ("Đã thay thế", "Retired"),
        "plan": ("Kế hoạch thanh tra", "Inspection plan"),
        "year": ("Năm", "Year"),
        "entry": ("Mục", "Entry"),
        "onsiteDays": ("Số ngày trực tiếp", "On-site days"),
        "planned": ("Theo kế hoạch", "Planned"),
        "planOpened": ("Đã ra quyết định", "Opened"),
        "planConcluded": ("Đã kết luận", "Concluded"),
        "notOpened": ("Chưa mở", "Not opened"),
        "noPlan": ("Năm này chưa có kế hoạch được nạp.", "No plan is loaded for this year."),
        "steps": ("Các bước", "Steps"),
        "step": ("Bước", "Step"),
        "takeStep": ("Ghi nhận bước của đoàn thanh tra", "Record a step of the inspection team"),
        "confirmStep": ("Xác nhận ghi bước này", "Record this step"),
        "inspectionStep-announce": ("Công bố quyết định thanh tra", "Announce the decision"),
        "inspectionStep-suspend": ("Tạm dừng", "Suspend"),
        "inspectionStep-resume": ("Tiếp tục", "Resume"),
        "inspectionStep-end-onsite": ("Kết thúc thanh tra trực tiếp", "End on-site work"),
        "inspectionStep-report": ("Báo cáo kết quả thanh tra", "Result report"),
        "inspectionStep-draft": ("Dự thảo kết luận", "Draft conclusion"),
        "onsiteDue": ("Hạn kết thúc thanh tra trực tiếp", "On-site work due"),
        "reportDue": ("Hạn báo cáo kết quả", "Result report due"),
        "conclusionDue": ("Hạn ban hành kết luận", "Conclusion due"),
        "teamStepHint": ("Trưởng đoàn chỉ ghi các bước của cuộc thanh tra do đoàn mình thực hiện.", "A team lead records the steps of their own team's inspections only."),
        "day": ("Ngày", "Day"),
        "deadline": ("Thời hạn", "Deadline"),
        "dueOn": ("Hạn", "Due"),
        "doneOn": ("Thực hiện ngày", "Done on"),
        "noDeadlines": ("Chưa có thời hạn nào (chưa ra quyết định thanh tra).", "No deadline yet (no decision yet)."),
        "recommendations": ("Kiến nghị", "Recommendations"),
        "noHeldTitle": (
            "Vào ngày quyết định, tài khoản của bạn không giữ chức danh nào (trực tiếp hay theo giao quyền) để ký.",
            "On the decision day your account holds no title to sign under, directly or by delegation."
        ),
        "noHeldTitleHint": (
            "Người quản trị giao chức danh cho tài khoản, hoặc người giữ chức danh giao quyền bằng văn bản (Điều 54 Luật XLVPHC).",
            "An administrator assigns the title, or its holder delegates it in writing (Luật XLVPHC Điều 54)."
        ),
        "heldBy": ("theo giao quyền của", "delegated by"),
    ]

    /// A rule pack proposal's status in words.
    static func proposalStatus(_ status: RulePackProposal.Status, _ language: Language) -> String {
        text("status-\(status.rawValue)", language)
    }
}
