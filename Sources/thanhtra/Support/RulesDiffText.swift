import Casework
import Foundation
import Rules

/// How `rules diff` prints: a table of changed cases with the totals, or one CSV table of cases, sectors and totals.
enum RulesDiffText {
    static func table(_ report: RulesDiffReport, current: RulePack, candidate: RulePack) -> [String] {
        var out: [String] = []
        let baseline =
            report.baseline == .recorded
            ? "decided cases against their recorded decision, open cases against the pack in force"
            : "every case against the pack in force"
        out.append("candidate \(candidate.shortHash) (\(candidate.directory)) against \(current.shortHash): \(baseline)")
        out.append("cases: \(scope(report.selection)); open cases assessed on \(report.selection.today)")
        out.append("")
        if report.changes.isEmpty {
            out.append("no case changes")
        } else {
            out += Output.tableLines(trimmed: true,
                ["#", "record", "state", "fine before", "fine after", "difference", "decision due", "payment due", "new problems"],
                report.changes.map { change in
                    [
                        "\(change.caseID)", change.recordNumber, change.state.rawValue,
                        change.fine.map { CaseText.money($0.old) } ?? "", change.fine.map { CaseText.money($0.new) } ?? "",
                        change.fine == nil ? "" : signed(change.fineDifferenceVND),
                        change.decisionDueOn.map { "\($0.old) → \($0.new) (\(days(change.decisionDueShiftDays)))" } ?? "",
                        change.paymentDueOn.map { "\($0.old) → \($0.new) (\(days(change.paymentDueShiftDays)))" } ?? "",
                        change.newProblems.joined(separator: ", "),
                    ]
                })
        }
        let totals = report.totals
        out.append("")
        out.append(
            "\(totals.cases) case(s) compared, \(totals.casesChanged) changed: \(totals.finesChanged) fine(s), "
                + "\(totals.decisionDueChanged) decision deadline(s), \(totals.paymentDueChanged) payment due date(s)")
        out.append(
            "fines: \(money(totals.oldTotalVND)) → \(money(totals.newTotalVND)) (\(signed(totals.differenceVND)))")
        if !report.sectors.isEmpty {
            out.append("")
            out += Output.tableLines(
                ["sector", "cases", "changed", "fines before", "fines after", "difference"],
                report.sectors.map {
                    [$0.sector, "\($0.cases)", "\($0.casesChanged)", money($0.oldTotalVND), money($0.newTotalVND), signed($0.differenceVND)]
                })
        }
        return out
    }

    /// One CSV table: a `case` row per changed case, a `sector` row per sector, a `total` row.
    static func csv(_ report: RulesDiffReport) throws {
        var writer = CSVOutput()
        writer.write([
            "row", "case", "record", "state", "sector", "cases", "cases_changed", "old_fine_vnd", "new_fine_vnd",
            "difference_vnd", "old_decision_due_on", "new_decision_due_on", "old_payment_due_on", "new_payment_due_on",
            "new_problems",
        ])
        for change in report.changes {
            writer.write([
                "case", "\(change.caseID)", change.recordNumber, change.state.rawValue, "", "", "",
                change.fine.map { "\($0.old.rawValue)" } ?? "", change.fine.map { "\($0.new.rawValue)" } ?? "",
                change.fine == nil ? "" : "\(change.fineDifferenceVND)",
                change.decisionDueOn.map { "\($0.old)" } ?? "", change.decisionDueOn.map { "\($0.new)" } ?? "",
                change.paymentDueOn.map { "\($0.old)" } ?? "", change.paymentDueOn.map { "\($0.new)" } ?? "",
                change.newProblems.joined(separator: " "),
            ])
        }
        for sector in report.sectors {
            writer.write([
                "sector", "", "", "", sector.sector, "\(sector.cases)", "\(sector.casesChanged)", "\(sector.oldTotalVND)",
                "\(sector.newTotalVND)", "\(sector.differenceVND)", "", "", "", "", "",
            ])
        }
        let totals = report.totals
        writer.write([
            "total", "", "", "", "", "\(totals.cases)", "\(totals.casesChanged)", "\(totals.oldTotalVND)",
            "\(totals.newTotalVND)", "\(totals.differenceVND)", "", "", "", "", "",
        ])
        writer.flush()
    }

    private static func scope(_ selection: RulesDiffReport.Selection) -> String {
        var text = selection.states.map(\.rawValue).joined(separator: ", ")
        switch (selection.recordFrom, selection.recordBefore) {
        case (let from?, let before?): text += ", record made \(from) … \(before.adding(days: -1))"
        case (let from?, nil): text += ", record made from \(from)"
        case (nil, let before?): text += ", record made before \(before)"
        case (nil, nil): break
        }
        return text
    }

    static func money(_ amount: Int64) -> String {
        (amount < 0 ? "-" : "") + CaseText.money(VND(amount.magnitude > UInt64(Int64.max) ? Int64.max : Int64(amount.magnitude)))
    }

    static func signed(_ amount: Int64) -> String { amount > 0 ? "+" + money(amount) : money(amount) }

    static func days(_ count: Int) -> String { "\(count > 0 ? "+" : "")\(count) day\(abs(count) == 1 ? "" : "s")" }
}
