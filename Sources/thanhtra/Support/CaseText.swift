import Casework

/// How cases read on a terminal: money the Vietnamese way (1.500.000 đ), dates YYYY-MM-DD; the words in English or
/// Vietnamese (``Wording``).
enum CaseText {
    static func money(_ amount: VND) -> String { amount.formatted(symbol: "đ") }

    /// One line per fine, the total, and with `explain` every step with its citation.
    static func assessment(_ assessment: Assessment, explain: Bool, say: Wording = .english) -> [String] {
        var out: [String] = []
        for (index, line) in assessment.lines.enumerated() {
            let fine = line.fine
            let penalty = fine.isWarning ? say("cảnh cáo (warning)", "cảnh cáo") : money(fine.fineVND)
            out.append("\(index + 1). \(fine.code) — \(fine.title)")
            out.append("   \(fine.legalBasis); \(say("sector", "lĩnh vực")) \(fine.sector)")
            out.append("   \(say("frame", "khung")) \(money(fine.frameMinVND)) – \(money(fine.frameMaxVND)): \(penalty)")
            for remedy in fine.remedies {
                out.append("   \(say("remedy", "biện pháp khắc phục")): \(remedy.title)\(remedy.amountVND > .zero ? ": \(money(remedy.amountVND))" : "")")
            }
            if let limitation = line.limitation {
                out.append(
                    say(
                        "   limitation: \(limitation.years) year(s) from \(limitation.startsOn), last day \(limitation.expiresOn)",
                        "   thời hiệu: \(limitation.years) năm từ \(limitation.startsOn), ngày cuối \(limitation.expiresOn)"))
            }
            if explain { out += steps(fine.steps, indent: "   ") }
        }
        out.append(
            "\(say("total fine", "tổng tiền phạt")): \(money(assessment.totalFineVND)); "
                + "\(say("remedial amounts", "số tiền khắc phục hậu quả")): \(money(assessment.totalRemedialVND))")
        out.append("\(say("decision due by", "hạn ra quyết định")): \(assessment.decisionDueOn)")
        if let expires = assessment.enforcementExpiresOn {
            out.append("\(say("enforcement expires", "hết thời hiệu thi hành")): \(expires)")
        }
        if let competence = assessment.competence {
            let verdict = competence.isAllowed ? say("competent", "đủ thẩm quyền") : say("NOT competent", "KHÔNG đủ thẩm quyền")
            out.append("\(say("signer", "người ký")): \(competence.title) — \(say("limit", "mức tối đa")) \(money(competence.limitVND)): \(verdict)")
        }
        if explain { out += steps(assessment.steps, indent: "") }
        for problem in assessment.problems { out.append("\(say("problem", "vấn đề")): \(problem.code): \(problem.message)") }
        return out
    }

    static func steps(_ steps: [ExplanationStep], indent: String) -> [String] {
        steps.map { "\(indent)  · \($0.text)\($0.citation.isEmpty ? "" : "  [\($0.citation)]")" }
    }

    /// The whole case: parties, record, violations, decision, payments, what is owed.
    static func show(
        _ c: PenaltyCase, subject: Subject?, surcharge: (accrued: SurchargeAnswer, owedVND: VND)?, today: CalendarDate, explain: Bool,
        paymentSteps: [ExplanationStep] = [], say: Wording = .english
    ) -> [String] {
        var out: [String] = []
        out.append("\(say("case", "vụ việc")) #\(c.id) — \(say.state(c.state))")
        // A family household or a residential community registered without its representative's ID: its address.
        let violator =
            subject.map { "\($0.name) (\($0.identifier.isEmpty ? $0.address : $0.identifier))" }
            ?? "\(say("subject", "đối tượng")) #\(c.subjectID)"
        out.append("\(say("violator", "đối tượng vi phạm")): \(violator), \(say.kind(c.violatorKind))")
        // A record imported without a place says so rather than ending in "at ".
        let place = c.record.place.trimmedOfWhitespace
        out.append(
            say("record: \(c.record.number) on \(c.record.madeOn)", "biên bản: \(c.record.number) lập ngày \(c.record.madeOn)")
                + (place.isEmpty ? say(" (no place recorded)", " (không ghi nơi lập)") : say(" at \(place)", " tại \(place)")))
        for v in c.violations {
            let detected = v.detectedOn.map(\.description) ?? "?"
            let when =
                v.endedOn.map { say("committed \(v.committedOn), ended \($0)", "thực hiện ngày \(v.committedOn), chấm dứt ngày \($0)") }
                ?? say(
                    "ongoing since \(v.committedOn), detected \(detected)",
                    "đang diễn ra từ \(v.committedOn), phát hiện ngày \(detected)")
            var own = ""
            if !v.mitigating.isEmpty { own += "; \(say("mitigating", "tình tiết giảm nhẹ")) \(v.mitigating.joined(separator: ", "))" }
            if !v.aggravating.isEmpty { own += "; \(say("aggravating", "tình tiết tăng nặng")) \(v.aggravating.joined(separator: ", "))" }
            let named =
                v.basisInWords.map {
                    "\($0) \(say("(legal basis as recorded; no catalog code)", "(căn cứ pháp lý như đã ghi; không có mã trong danh mục)"))"
                } ?? "\(v.code) (\(v.sector))"
            let gain = v.illegalGainVND > .zero ? "; \(say("illegal gain", "thu lợi bất chính")) \(money(v.illegalGainVND))" : ""
            out.append("\(say("violation", "hành vi vi phạm")): \(named); \(when)\(gain)\(own)")
        }
        if !c.mitigating.isEmpty { out.append("\(say("mitigating", "tình tiết giảm nhẹ")): \(c.mitigating.joined(separator: ", "))") }
        if !c.aggravating.isEmpty { out.append("\(say("aggravating", "tình tiết tăng nặng")): \(c.aggravating.joined(separator: ", "))") }
        if c.facts.isComplex || c.facts.explanationRequested {
            let facts = [
                c.facts.isComplex ? say("complex", "vụ việc phức tạp") : nil,
                c.facts.explanationRequested ? say("explanation requested", "có yêu cầu giải trình") : nil,
            ]
            out.append("\(say("facts", "tình tiết vụ việc")): \(facts.compactMap { $0 }.joined(separator: ", "))")
        }
        if c.facts.extensionDays > 0 {
            out.append(
                say(
                    "decision deadline extended by \(c.facts.extensionDays) days: \(c.facts.extensionReason ?? "")",
                    "gia hạn thời hạn ra quyết định thêm \(c.facts.extensionDays) ngày: \(c.facts.extensionReason ?? "")"))
        }
        if let body = c.body { out.append("\(say("handled by body", "cơ quan xử lý")): \(body)") }
        let overdue = c.state == .open && c.decisionDueOn < today ? say(" — OVERDUE", " — QUÁ HẠN") : ""
        out.append("\(say("decision due by", "hạn ra quyết định")): \(c.decisionDueOn)\(overdue)")
        if let d = c.decision {
            let source =
                d.importedFileSHA256.map {
                    say("imported as recorded (file sha256 \($0.prefix(12)))", "nhập như đã ghi (tệp sha256 \($0.prefix(12)))")
                } ?? say("rules \(String(d.packHash.prefix(12)))", "bộ quy tắc \(String(d.packHash.prefix(12)))")
            let signer = [d.signerName, d.signerTitle].filter { !$0.isEmpty }.joined(separator: ", ")
            let signed = signer.isEmpty ? say("(not recorded)", "(không ghi)") : signer
            out.append(
                say(
                    "decision \(d.number) on \(d.decidedOn), signed by \(signed); \(source)",
                    "quyết định \(d.number) ngày \(d.decidedOn), người ký \(signed); \(source)"))
            for (index, line) in d.lines.enumerated() {
                // A line of a violation given by its legal basis in words (no catalog code) shows the words once.
                let named = line.code.hasPrefix(CaseViolation.basisInWordsPrefix) ? line.legalBasis : "\(line.code) — \(line.legalBasis)"
                out.append("  \(index + 1). \(named): \(line.isWarning ? say("cảnh cáo (warning)", "cảnh cáo") : money(line.fineVND))")
                for remedy in line.remedies where remedy.amountVND > .zero {
                    out.append("     \(say("remedy", "biện pháp khắc phục")): \(remedy.title): \(money(remedy.amountVND))")
                }
                if explain { out += steps(line.steps, indent: "    ") }
            }
            if explain { out += steps(d.steps, indent: "  ") }
            out.append(
                "\(say("total fine", "tổng tiền phạt")): \(money(d.totalFineVND)); "
                    + "\(say("remedial amounts", "số tiền khắc phục hậu quả")): \(money(d.totalRemedialVND))")
            if let sanctions = d.sanctions { out.append(sanctionsLine(sanctions, say)) }
            let received = d.receivedOn.map(\.description) ?? say("not yet delivered", "chưa giao quyết định")
            let payBy = d.paymentDueOn.map { say("; pay by \($0)", "; hạn nộp \($0)") } ?? ""
            out.append("\(say("received", "ngày nhận quyết định")): \(received)\(payBy)")
            if explain { out += steps(paymentSteps, indent: "") }
            out.append("\(say("enforcement expires", "hết thời hiệu thi hành")): \(d.enforcementExpiresOn)")
        }
        for p in c.payments {
            let surcharge = p.surchargeVND > .zero ? say(" + surcharge ", " + tiền chậm nộp ") + money(p.surchargeVND) : ""
            out.append(
                say(
                    "paid \(money(p.amountVND))\(surcharge) on \(p.paidOn), receipt \(p.receipt)",
                    "đã nộp \(money(p.amountVND))\(surcharge) ngày \(p.paidOn), biên lai \(p.receipt)"))
        }
        for i in c.installments {
            out.append(say("installment due \(i.dueOn): \(money(i.amountVND))", "kỳ nộp hạn \(i.dueOn): \(money(i.amountVND))"))
        }
        for p in c.postponements {
            out.append(say("postponed \(p.fromOn) – \(p.untilOn): \(p.reason)", "hoãn thi hành \(p.fromOn) – \(p.untilOn): \(p.reason)"))
        }
        if let x = c.cancellation { out.append(say("cancelled on \(x.cancelledOn): \(x.reason)", "hủy ngày \(x.cancelledOn): \(x.reason)")) }
        if let d = c.decision, c.state == .decided {
            out.append("\(say("outstanding fine", "tiền phạt còn phải nộp")): \(money(c.outstandingVND))")
            if d.enforcementExpiresOn < today {
                out.append(
                    say(
                        "enforcement ended on \(d.enforcementExpiresOn): the decision is no longer executed (Điều 74 k1 Luật XLVPHC)",
                        "hết thời hiệu thi hành ngày \(d.enforcementExpiresOn): quyết định không thi hành nữa (Điều 74 k1 Luật XLVPHC)"))
            }
            if let s = surcharge, d.enforcementExpiresOn < today {
                out.append(
                    say(
                        "surcharge accrued until then: \(money(s.accrued.amountVND)) over \(s.accrued.days) day(s)",
                        "tiền chậm nộp đến ngày đó: \(money(s.accrued.amountVND)) cho \(s.accrued.days) ngày"))
                if explain { out += steps(s.accrued.steps, indent: "") }
            } else if let s = surcharge {
                out.append(
                    say(
                        "surcharge as of \(today): \(money(s.accrued.amountVND)) over \(s.accrued.days) day(s); still owed \(money(s.owedVND))",
                        "tiền chậm nộp đến ngày \(today): \(money(s.accrued.amountVND)) cho \(s.accrued.days) ngày; còn phải nộp \(money(s.owedVND))"))
                if explain { out += steps(s.accrued.steps, indent: "") }
            }
        }
        return out
    }
}
