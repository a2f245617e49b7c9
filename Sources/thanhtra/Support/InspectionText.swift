import Casework

/// How inspections read on a terminal.
enum InspectionText {
    /// The one-line confirmation of a step, or the whole inspection as JSON.
    static func print(_ inspection: Inspection, verb: String, format: OutputFormat) {
        switch format {
        case .json: try? Output.json(inspection)
        default:
            var line = "\(verb) inspection #\(inspection.id); now \(inspection.state.rawValue)"
            let due = inspection.deadlines
            if let date = due.conclusionDueOn, inspection.state == .drafted { line += "; conclusion due by \(date)" }
            else if let date = due.reportDueOn, inspection.state == .onsiteEnded { line += "; report due by \(date)" }
            else if let date = due.onsiteDueOn, inspection.state == .onsite { line += "; on-site work due to end by \(date)" }
            Output.line(line)
        }
    }

    /// "met", "LATE by N days", "due in N days", or "OVERDUE by N days".
    static func status(due: CalendarDate?, done: CalendarDate?, today: CalendarDate) -> String {
        guard let due else { return "" }
        if let done {
            let late = due.days(to: done)
            return late > 0 ? " — LATE by \(late) day(s)" : " — met"
        }
        let left = today.days(to: due)
        return left < 0 ? " — OVERDUE by \(-left) day(s)" : " — due in \(left) day(s)"
    }

    /// The timeline with every deadline and whether it was met.
    static func show(_ i: Inspection, subjects: [Subject], today: CalendarDate) -> [String] {
        var out: [String] = []
        let t = i.timeline
        out.append("inspection #\(i.id) — \(i.state.rawValue)")
        out.append("mode: \(i.mode.rawValue); category \(i.category); level \(i.level)")
        if let ground = i.ground { out.append("ground: \(ground.kind.rawValue) — \(ground.reference)") }
        if let plan = i.planEntry { out.append("plan: \(plan.year) entry \(plan.entryKey)") }
        out.append("content: \(i.content)\(i.field.isEmpty ? "" : " (\(i.field))"); lead unit: \(i.leadUnit)")
        for s in subjects { out.append("subject #\(s.id): \(s.name) (\(s.identifier))") }
        out.append("opened: \(i.openedOn)")
        if let d = i.decision {
            out.append("decision \(d.number) on \(d.decidedOn), signed by \(d.signerName) (\(d.signerTitle)); team lead \(d.teamLead)\(d.members.isEmpty ? "" : "; members \(d.members.joined(separator: ", "))")")
        }
        if let day = t.announcedOn { out.append("announced: \(day)") }
        for e in t.extensions { out.append("extended on \(e.grantedOn) by \(e.days) day(s): \(e.reason)") }
        for s in t.suspensions {
            out.append("suspended on \(s.suspendedOn): \(s.reason)\(s.resumedOn.map { "; resumed \($0)" } ?? " (not resumed)")")
        }
        if let due = i.deadlines.onsiteDueOn {
            out.append("on-site work due to end by \(due)\(status(due: due, done: t.onsiteEndedOn, today: today))")
        }
        if let day = t.onsiteEndedOn { out.append("on-site work ended: \(day)") }
        if let due = i.deadlines.reportDueOn { out.append("result report due by \(due)\(status(due: due, done: t.reportedOn, today: today))") }
        if let day = t.reportedOn { out.append("result report: \(day)") }
        if let day = t.draftedOn { out.append("draft conclusion: \(day)") }
        if let due = i.deadlines.conclusionDueOn {
            out.append("conclusion due by \(due)\(status(due: due, done: t.conclusion?.concludedOn, today: today))")
        }
        if let c = t.conclusion { out.append("concluded: \(c.number) on \(c.concludedOn)") }
        if let day = t.closedOn { out.append("closed: \(day)") }
        for f in i.findings {
            out.append("finding #\(f.id) (subject #\(f.subjectID), \(f.category)): \(f.description); \(CaseText.money(f.amountVND))\(f.landArea > .zero ? ", \(f.landArea)" : "")")
        }
        for r in i.recommendations {
            let fig = r.figures
            var parts: [String] = []
            if fig.amountVND > .zero { parts.append(CaseText.money(fig.amountVND)) }
            if fig.landArea > .zero { parts.append("\(fig.landArea)") }
            if fig.collectives > 0 { parts.append("\(fig.collectives) collective(s)") }
            if fig.persons > 0 { parts.append("\(fig.persons) person(s)") }
            if fig.cases > 0 { parts.append("\(fig.cases) case(s)") }
            let kind = r.handling.map { "\(r.kind.rawValue) (\($0.rawValue))" } ?? r.kind.rawValue
            var line = "recommendation #\(r.id) \(kind): \(r.description) — \(parts.joined(separator: ", "))"
            let done = r.done
            if !r.followUps.isEmpty {
                line += "; done \(CaseText.money(done.amountVND))"
                if let rate = r.recoveryRateBasisPoints { line += " (\(rate / 100),\(String(format2(rate % 100))) %)" }
            }
            out.append(line)
        }
        return out
    }

    private static func format2(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
