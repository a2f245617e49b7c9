import Casework
import Foundation
import Rules

/// How `rules diff` prints: a table of changed cases with the totals, or one CSV table of cases, sectors and totals.
enum RulesDiffText {
    /// The table for people; in Vietnamese (`say`) its headings, states and sentences too (the CSV stays for scripts).
    static func table(_ report: RulesDiffReport, current: RulePack, candidate: RulePack, say: Wording = .english) -> [String] {
        var out: [String] = []
        let baseline =
            report.baseline == .recorded
            ? say(
                "decided cases against their recorded decision, open cases against the pack in force",
                "vụ việc đã có quyết định so với quyết định đã ghi, vụ việc đang xử lý so với bộ quy tắc đang áp dụng")
            : say("every case against the pack in force", "mọi vụ việc so với bộ quy tắc đang áp dụng")
        out.append(
            say("candidate \(candidate.shortHash) (\(candidate.directory)) against \(current.shortHash): ",
                "bộ dự kiến \(candidate.shortHash) (\(candidate.directory)) so với \(current.shortHash): ") + baseline)
        out.append(
            say("cases: \(scope(report.selection, say)); open cases assessed on \(report.selection.today)",
                "vụ việc: \(scope(report.selection, say)); vụ việc đang xử lý được tính vào ngày \(report.selection.today)"))
        out.append("")
        if report.changes.isEmpty {
            out.append(say("no case changes", "không vụ việc nào thay đổi"))
        } else {
            out += Output.tableLines(trimmed: true,
                say.vietnamese
                    ? ["#", "biên bản", "trạng thái", "tiền phạt trước", "tiền phạt sau", "chênh lệch", "hạn ra quyết định",
                        "hạn nộp phạt", "vấn đề mới"]
                    : ["#", "record", "state", "fine before", "fine after", "difference", "decision due", "payment due", "new problems"],
                report.changes.map { change in
                    [
                        "\(change.caseID)", change.recordNumber, say.state(change.state),
                        change.fine.map { CaseText.money($0.old) } ?? "", change.fine.map { CaseText.money($0.new) } ?? "",
                        change.fine == nil ? "" : signed(change.fineDifferenceVND),
                        change.decisionDueOn.map { "\($0.old) → \($0.new) (\(days(change.decisionDueShiftDays, say)))" } ?? "",
                        change.paymentDueOn.map { "\($0.old) → \($0.new) (\(days(change.paymentDueShiftDays, say)))" } ?? "",
                        change.newProblems.joined(separator: ", "),
                    ]
                })
        }
        let totals = report.totals
        out.append("")
        out.append(
            say(
                "\(totals.cases) case(s) compared, \(totals.casesChanged) changed: \(totals.finesChanged) fine(s), "
                    + "\(totals.decisionDueChanged) decision deadline(s), \(totals.paymentDueChanged) payment due date(s)",
                "đã so sánh \(totals.cases) vụ việc, \(totals.casesChanged) thay đổi: \(totals.finesChanged) mức phạt, "
                    + "\(totals.decisionDueChanged) hạn ra quyết định, \(totals.paymentDueChanged) hạn nộp phạt"))
        out.append(
            say("fines: ", "tiền phạt: ")
                + "\(money(totals.oldTotalVND)) → \(money(totals.newTotalVND)) (\(signed(totals.differenceVND)))")
        if !report.sectors.isEmpty {
            out.append("")
            out += Output.tableLines(
                say.vietnamese
                    ? ["lĩnh vực", "vụ việc", "thay đổi", "tiền phạt trước", "tiền phạt sau", "chênh lệch"]
                    : ["sector", "cases", "changed", "fines before", "fines after", "difference"],
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

    private static func scope(_ selection: RulesDiffReport.Selection, _ say: Wording) -> String {
        var text = selection.states.map { say.state($0) }.joined(separator: ", ")
        switch (selection.recordFrom, selection.recordBefore) {
        case (let from?, let before?): text += say(", record made ", ", biên bản lập ") + "\(from) … \(before.adding(days: -1))"
        case (let from?, nil): text += say(", record made from \(from)", ", biên bản lập từ \(from)")
        case (nil, let before?): text += say(", record made before \(before)", ", biên bản lập trước \(before)")
        case (nil, nil): break
        }
        return text
    }

    static func money(_ amount: Int64) -> String {
        (amount < 0 ? "-" : "") + CaseText.money(VND(amount.magnitude > UInt64(Int64.max) ? Int64.max : Int64(amount.magnitude)))
    }

    static func signed(_ amount: Int64) -> String { amount > 0 ? "+" + money(amount) : money(amount) }

    static func days(_ count: Int, _ say: Wording = .english) -> String {
        "\(count > 0 ? "+" : "")\(count)" + say(" day\(abs(count) == 1 ? "" : "s")", " ngày")
    }
}
