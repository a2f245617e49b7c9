import Casework

/// The steps of an inspection and its deadlines with whether each was met, for the inspection page.
extension Routes {
    /// The dated steps, in order: decision, announcement, extensions, suspensions, end of on-site work, report,
    /// draft, conclusion, closing.
    static func inspectionSteps(_ inspection: Inspection, _ language: Language) -> [[String: Any]] {
        let vi = language == .vi
        var steps: [(CalendarDate, String)] = [(inspection.openedOn, vi ? "Mở cuộc thanh tra" : "Opened")]
        if let decision = inspection.decision {
            steps.append(
                (decision.decidedOn,
                 vi
                    ? "Quyết định thanh tra \(decision.number), người ký \(decision.signerName); trưởng đoàn \(decision.teamLead)"
                    : "Decision \(decision.number), signed by \(decision.signerName); team lead \(decision.teamLead)"))
        }
        let timeline = inspection.timeline
        if let day = timeline.announcedOn { steps.append((day, vi ? "Công bố quyết định thanh tra" : "Decision announced")) }
        for item in timeline.extensions {
            steps.append(
                (item.grantedOn, vi ? "Gia hạn thêm \(item.days) ngày: \(item.reason)" : "Extended by \(item.days) day(s): \(item.reason)"))
        }
        for item in timeline.suspensions {
            steps.append((item.suspendedOn, vi ? "Tạm dừng: \(item.reason)" : "Suspended: \(item.reason)"))
            if let resumed = item.resumedOn { steps.append((resumed, vi ? "Tiếp tục" : "Resumed")) }
        }
        if let day = timeline.onsiteEndedOn {
            steps.append((day, vi ? "Kết thúc thanh tra trực tiếp" : "On-site work ended"))
        }
        if let day = timeline.reportedOn { steps.append((day, vi ? "Báo cáo kết quả thanh tra" : "Result report")) }
        if let day = timeline.draftedOn { steps.append((day, vi ? "Dự thảo kết luận" : "Draft conclusion")) }
        if let conclusion = timeline.conclusion {
            steps.append((conclusion.concludedOn, vi ? "Kết luận thanh tra \(conclusion.number)" : "Conclusion \(conclusion.number)"))
        }
        if let day = timeline.closedOn { steps.append((day, vi ? "Đóng hồ sơ" : "Closed")) }
        return steps.map { ["day": "\($0.0)", "text": $0.1] }
    }

    /// Each deadline with the step that meets it and whether it was met: met, late by N days, due in N days or
    /// overdue by N days (as `inspection show`), worded from the API's computation (``APIInspectionDeadline/all``).
    static func inspectionDeadlines(_ inspection: Inspection, today: CalendarDate, _ language: Language) -> [[String: Any]] {
        let vi = language == .vi
        let labels = [
            "onsite": vi ? "Hạn kết thúc thanh tra trực tiếp" : "On-site work due",
            "report": vi ? "Hạn báo cáo kết quả" : "Result report due",
            "conclusion": vi ? "Hạn ban hành kết luận" : "Conclusion due",
        ]
        return APIInspectionDeadline.all(inspection, today: today).map { deadline -> [String: Any] in
            let days = deadline.days
            let status =
                switch deadline.status {
                case "met": vi ? "đúng hạn" : "met"
                case "late": vi ? "trễ \(days) ngày" : "late by \(days) day(s)"
                case "overdue": vi ? "quá hạn \(days) ngày" : "overdue by \(days) day(s)"
                default: vi ? "còn \(days) ngày" : "due in \(days) day(s)"
                }
            return [
                "label": labels[deadline.name] ?? deadline.name, "due": "\(deadline.dueOn)",
                "done": deadline.doneOn.map(\.description) ?? "",
                "status": status, "late": deadline.status == "late" || deadline.status == "overdue",
            ]
        }
    }
}
