import Casework

/// How inspections read on a terminal.
enum InspectionText {
    /// The one-line confirmation of a step, or the whole inspection as JSON.
    static func print(_ inspection: Inspection, verb: String, format: OutputFormat, say: Wording = .english) {
        switch format {
        case .json: try? Output.json(inspection)
        default:
            var line = say(
                "\(verb) inspection #\(inspection.id); now \(inspection.state.rawValue)",
                "cuộc thanh tra #\(inspection.id): \(vietnamese(verb)); trạng thái: \(say.state(inspection.state))")
            let due = inspection.deadlines
            if let date = due.conclusionDueOn, inspection.state == .drafted {
                line += say("; conclusion due by \(date)", "; hạn ban hành kết luận \(date)")
            } else if let date = due.reportDueOn, inspection.state == .onsiteEnded {
                line += say("; report due by \(date)", "; hạn báo cáo kết quả \(date)")
            } else if let date = due.onsiteDueOn, inspection.state == .onsite {
                line += say("; on-site work due to end by \(date)", "; hạn kết thúc thanh tra trực tiếp \(date)")
            }
            Output.line(line)
        }
    }

    /// The Vietnamese of a step's English verb, as ``print(_:verb:format:say:)`` is given it.
    static func vietnamese(_ verb: String) -> String {
        switch verb {
        case "decided": "đã ra quyết định thanh tra"
        case "announced": "đã công bố quyết định thanh tra"
        case "ended on-site work of": "đã kết thúc thanh tra trực tiếp"
        case "recorded the result report of": "đã ghi nhận báo cáo kết quả thanh tra"
        case "recorded the draft conclusion of": "đã ghi nhận dự thảo kết luận thanh tra"
        case "concluded": "đã ban hành kết luận thanh tra"
        case "closed": "đã đóng hồ sơ"
        case "suspended": "đã tạm dừng"
        case "resumed": "đã tiếp tục"
        case "extended": "đã gia hạn"
        default: verb
        }
    }

    /// "met", "LATE by N days", "due in N days", or "OVERDUE by N days".
    static func status(due: CalendarDate?, done: CalendarDate?, today: CalendarDate, say: Wording = .english) -> String {
        guard let due else { return "" }
        if let done {
            let late = due.days(to: done)
            return late > 0 ? say(" — LATE by \(late) day(s)", " — TRỄ \(late) ngày") : say(" — met", " — đúng hạn")
        }
        let left = today.days(to: due)
        return left < 0 ? say(" — OVERDUE by \(-left) day(s)", " — QUÁ HẠN \(-left) ngày") : say(" — due in \(left) day(s)", " — còn \(left) ngày")
    }

    /// The timeline with every deadline and whether it was met; category and level by their pack titles when
    /// `titles` has them (code → title), else by code.
    static func show(
        _ i: Inspection, subjects: [Subject], today: CalendarDate, say: Wording = .english, titles: [String: String] = [:]
    ) -> [String] {
        var out: [String] = []
        let t = i.timeline
        func status(_ due: CalendarDate?, _ done: CalendarDate?) -> String {
            Self.status(due: due, done: done, today: today, say: say)
        }
        out.append("\(say("inspection", "cuộc thanh tra")) #\(i.id) — \(say.state(i.state))")
        out.append(
            say(
                "mode: \(i.mode.rawValue); category \(titles[i.category] ?? i.category); level \(titles[i.level] ?? i.level)",
                "hình thức: \(say.mode(i.mode)); loại hình \(titles[i.category] ?? i.category); cấp \(titles[i.level] ?? i.level)"))
        if let ground = i.ground { out.append("\(say("ground", "căn cứ")): \(say.ground(ground.kind)) — \(ground.reference)") }
        if let plan = i.planEntry {
            out.append(say("plan: \(plan.year) entry \(plan.entryKey)", "kế hoạch: năm \(plan.year), mục \(plan.entryKey)"))
        }
        out.append(
            "\(say("content", "nội dung")): \(i.content)\(i.field.isEmpty ? "" : " (\(i.field))"); "
                + "\(say("lead unit", "đơn vị chủ trì")): \(i.leadUnit)")
        for s in subjects { out.append("\(say("subject", "đối tượng")) #\(s.id): \(s.name) (\(s.identifier))") }
        if let body = i.body { out.append("\(say("conducted by body", "cơ quan tiến hành")): \(body)") }
        out.append("\(say("opened", "mở ngày")): \(i.openedOn)")
        if let d = i.decision {
            let members = d.members.isEmpty ? "" : "; \(say("members", "thành viên")) \(d.members.joined(separator: ", "))"
            out.append(
                say(
                    "decision \(d.number) on \(d.decidedOn), signed by \(d.signerName) (\(d.signerTitle)); team lead \(d.teamLead)",
                    "quyết định \(d.number) ngày \(d.decidedOn), người ký \(d.signerName) (\(d.signerTitle)); trưởng đoàn \(d.teamLead)")
                    + members)
        }
        if let day = t.announcedOn { out.append("\(say("announced", "công bố")): \(day)") }
        for e in t.extensions {
            out.append(say("extended on \(e.grantedOn) by \(e.days) day(s): \(e.reason)", "gia hạn ngày \(e.grantedOn) thêm \(e.days) ngày: \(e.reason)"))
        }
        for s in t.suspensions {
            let resumed = s.resumedOn.map { say("; resumed \($0)", "; tiếp tục ngày \($0)") } ?? say(" (not resumed)", " (chưa tiếp tục)")
            out.append(say("suspended on \(s.suspendedOn): \(s.reason)", "tạm dừng ngày \(s.suspendedOn): \(s.reason)") + resumed)
        }
        if let due = i.deadlines.onsiteDueOn {
            out.append(say("on-site work due to end by \(due)", "hạn kết thúc thanh tra trực tiếp \(due)") + status(due, t.onsiteEndedOn))
        }
        if let day = t.onsiteEndedOn { out.append("\(say("on-site work ended", "kết thúc thanh tra trực tiếp")): \(day)") }
        if let due = i.deadlines.reportDueOn {
            out.append(say("result report due by \(due)", "hạn báo cáo kết quả \(due)") + status(due, t.reportedOn))
        }
        if let day = t.reportedOn { out.append("\(say("result report", "báo cáo kết quả")): \(day)") }
        if let day = t.draftedOn { out.append("\(say("draft conclusion", "dự thảo kết luận")): \(day)") }
        if let due = i.deadlines.conclusionDueOn {
            out.append(say("conclusion due by \(due)", "hạn ban hành kết luận \(due)") + status(due, t.conclusion?.concludedOn))
        }
        if let c = t.conclusion { out.append(say("concluded: \(c.number) on \(c.concludedOn)", "kết luận: \(c.number) ngày \(c.concludedOn)")) }
        if let day = t.closedOn { out.append("\(say("closed", "đóng hồ sơ")): \(day)") }
        for f in i.findings {
            let land = f.landArea > .zero ? ", \(f.landArea)" : ""
            out.append(
                say(
                    "finding #\(f.id) (subject #\(f.subjectID), \(f.category)): ",
                    "phát hiện #\(f.id) (đối tượng #\(f.subjectID), \(titles[f.category] ?? f.category)): ")
                    + "\(f.description); \(CaseText.money(f.amountVND))\(land)")
        }
        for r in i.recommendations {
            let fig = r.figures
            var parts: [String] = []
            if fig.amountVND > .zero { parts.append(CaseText.money(fig.amountVND)) }
            if fig.landArea > .zero { parts.append("\(fig.landArea)") }
            if fig.collectives > 0 { parts.append(say("\(fig.collectives) collective(s)", "\(fig.collectives) tập thể")) }
            if fig.persons > 0 { parts.append(say("\(fig.persons) person(s)", "\(fig.persons) cá nhân")) }
            if fig.cases > 0 { parts.append(say("\(fig.cases) case(s)", "\(fig.cases) vụ")) }
            if fig.documents > 0 { parts.append(say("\(fig.documents) document(s)", "\(fig.documents) văn bản")) }
            let kind = r.handling.map { "\(say.recommendation(r.kind)) (\(say.handling($0)))" } ?? say.recommendation(r.kind)
            var line = "\(say("recommendation", "kiến nghị")) #\(r.id) \(kind): \(r.description) — \(parts.joined(separator: ", "))"
            let done = r.done
            if !r.followUps.isEmpty {
                line += "; \(say("done", "đã thực hiện")) \(CaseText.money(done.amountVND))"
                if let rate = r.recoveryRateBasisPoints { line += " (\(rate / 100),\(String(format2(rate % 100))) %)" }
            }
            out.append(line)
        }
        return out
    }

    private static func format2(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
