import Casework

/// How cases read on a terminal: money the Vietnamese way (1.500.000 đ), dates YYYY-MM-DD.
enum CaseText {
    static func money(_ amount: VND) -> String { amount.formatted(symbol: "đ") }

    /// One line per fine, the total, and with `explain` every step with its citation.
    static func assessment(_ assessment: Assessment, explain: Bool) -> [String] {
        var out: [String] = []
        for (index, line) in assessment.lines.enumerated() {
            let fine = line.fine
            let penalty = fine.isWarning ? "cảnh cáo (warning)" : money(fine.fineVND)
            out.append("\(index + 1). \(fine.code) — \(fine.title)")
            out.append("   \(fine.legalBasis); sector \(fine.sector)")
            out.append("   frame \(money(fine.frameMinVND)) – \(money(fine.frameMaxVND)): \(penalty)")
            for remedy in fine.remedies {
                out.append("   remedy: \(remedy.title)\(remedy.amountVND > .zero ? ": \(money(remedy.amountVND))" : "")")
            }
            if let limitation = line.limitation {
                out.append("   limitation: \(limitation.years) year(s) from \(limitation.startsOn), last day \(limitation.expiresOn)")
            }
            if explain { out += steps(fine.steps, indent: "   ") }
        }
        out.append("total fine: \(money(assessment.totalFineVND)); remedial amounts: \(money(assessment.totalRemedialVND))")
        out.append("decision due by: \(assessment.decisionDueOn)")
        if let expires = assessment.enforcementExpiresOn { out.append("enforcement expires: \(expires)") }
        if let competence = assessment.competence {
            out.append("signer: \(competence.title) — limit \(money(competence.limitVND)): \(competence.isAllowed ? "competent" : "NOT competent")")
        }
        if explain { out += steps(assessment.steps, indent: "") }
        for problem in assessment.problems { out.append("problem: \(problem.code): \(problem.message)") }
        return out
    }

    static func steps(_ steps: [ExplanationStep], indent: String) -> [String] {
        steps.map { "\(indent)  · \($0.text)\($0.citation.isEmpty ? "" : "  [\($0.citation)]")" }
    }

    /// The whole case: parties, record, violations, decision, payments, what is owed.
    static func show(
        _ c: PenaltyCase, subject: Subject?, surcharge: (accrued: SurchargeAnswer, owedVND: VND)?, today: CalendarDate, explain: Bool,
        paymentSteps: [ExplanationStep] = []
    ) -> [String] {
        var out: [String] = []
        out.append("case #\(c.id) — \(c.state.rawValue)")
        out.append("violator: \(subject.map { "\($0.name) (\($0.identifier))" } ?? "subject #\(c.subjectID)"), \(c.violatorKind.rawValue)")
        // A record imported without a place says so rather than ending in "at ".
        let place = c.record.place.trimmedOfWhitespace
        out.append("record: \(c.record.number) on \(c.record.madeOn)" + (place.isEmpty ? " (no place recorded)" : " at \(place)"))
        for v in c.violations {
            let when = v.endedOn.map { "committed \(v.committedOn), ended \($0)" } ?? "ongoing since \(v.committedOn), detected \(v.detectedOn.map(\.description) ?? "?")"
            var own = ""
            if !v.mitigating.isEmpty { own += "; mitigating \(v.mitigating.joined(separator: ", "))" }
            if !v.aggravating.isEmpty { own += "; aggravating \(v.aggravating.joined(separator: ", "))" }
            let named = v.basisInWords.map { "\($0) (legal basis as recorded; no catalog code)" } ?? "\(v.code) (\(v.sector))"
            out.append("violation: \(named); \(when)\(v.illegalGainVND > .zero ? "; illegal gain \(money(v.illegalGainVND))" : "")\(own)")
        }
        if !c.mitigating.isEmpty { out.append("mitigating: \(c.mitigating.joined(separator: ", "))") }
        if !c.aggravating.isEmpty { out.append("aggravating: \(c.aggravating.joined(separator: ", "))") }
        if c.facts.isComplex || c.facts.explanationRequested {
            out.append("facts: \([c.facts.isComplex ? "complex" : nil, c.facts.explanationRequested ? "explanation requested" : nil].compactMap { $0 }.joined(separator: ", "))")
        }
        if c.facts.extensionDays > 0 { out.append("decision deadline extended by \(c.facts.extensionDays) days: \(c.facts.extensionReason ?? "")") }
        out.append("decision due by: \(c.decisionDueOn)\(c.state == .open && c.decisionDueOn < today ? " — OVERDUE" : "")")
        if let d = c.decision {
            let source = d.importedFileSHA256.map { "imported as recorded (file sha256 \($0.prefix(12)))" } ?? "rules \(String(d.packHash.prefix(12)))"
            let signer = [d.signerName, d.signerTitle].filter { !$0.isEmpty }.joined(separator: ", ")
            out.append("decision \(d.number) on \(d.decidedOn), signed by \(signer.isEmpty ? "(not recorded)" : signer); \(source)")
            for (index, line) in d.lines.enumerated() {
                // A line of a violation given by its legal basis in words (no catalog code) shows the words once.
                let named = line.code.hasPrefix(CaseViolation.basisInWordsPrefix) ? line.legalBasis : "\(line.code) — \(line.legalBasis)"
                out.append("  \(index + 1). \(named): \(line.isWarning ? "cảnh cáo (warning)" : money(line.fineVND))")
                for remedy in line.remedies where remedy.amountVND > .zero {
                    out.append("     remedy: \(remedy.title): \(money(remedy.amountVND))")
                }
                if explain { out += steps(line.steps, indent: "    ") }
            }
            if explain { out += steps(d.steps, indent: "  ") }
            out.append("total fine: \(money(d.totalFineVND)); remedial amounts: \(money(d.totalRemedialVND))")
            out.append("received: \(d.receivedOn.map(\.description) ?? "not yet delivered")\(d.paymentDueOn.map { "; pay by \($0)" } ?? "")")
            if explain { out += steps(paymentSteps, indent: "") }
            out.append("enforcement expires: \(d.enforcementExpiresOn)")
        }
        for p in c.payments {
            out.append("paid \(money(p.amountVND))\(p.surchargeVND > .zero ? " + surcharge \(money(p.surchargeVND))" : "") on \(p.paidOn), receipt \(p.receipt)")
        }
        for i in c.installments { out.append("installment due \(i.dueOn): \(money(i.amountVND))") }
        for p in c.postponements { out.append("postponed \(p.fromOn) – \(p.untilOn): \(p.reason)") }
        if let x = c.cancellation { out.append("cancelled on \(x.cancelledOn): \(x.reason)") }
        if c.decision != nil, c.state == .decided {
            out.append("outstanding fine: \(money(c.outstandingVND))")
            if let s = surcharge {
                out.append("surcharge as of \(today): \(money(s.accrued.amountVND)) over \(s.accrued.days) day(s); still owed \(money(s.owedVND))")
                if explain { out += steps(s.accrued.steps, indent: "") }
            }
        }
        return out
    }
}
