public import Casework

/// The language a report is printed in: captions, figure labels, dates.
///
/// Figure values and names never change with the language; JSON is language-neutral.
public enum Language: String, Sendable, Equatable, Codable, CaseIterable {
    /// Vietnamese: the official language of the forms.
    case vi
    /// English.
    case en

    /// The label of a figure, e.g. `Tổng số cuộc thanh tra` / `Inspections, total`.
    ///
    /// Every name of ``Figure/all`` has one; `inspections.category.<code>` and `inspections.level.<code>` get a
    /// generic label naming the code; any other name is returned unchanged.
    public func label(for figure: String) -> String {
        if let pair = Language.labels[figure] { return self == .vi ? pair.vi : pair.en }
        let category = "inspections.category.", level = "inspections.level."
        if figure.hasPrefix(category) {
            let code = figure.dropFirst(category.count)
            return self == .vi ? "Số cuộc thanh tra theo lĩnh vực \(code)" : "Inspections in category \(code)"
        }
        if figure.hasPrefix(level) {
            let code = figure.dropFirst(level.count)
            return self == .vi ? "Số cuộc thanh tra cấp \(code)" : "Inspections at level \(code)"
        }
        return figure
    }

    /// The caption of a form unit, for headers: `triệu đồng`, `m²`, …
    public func caption(for unit: FormUnit) -> String {
        switch (unit, self) {
        case (.count, .vi): "số lượng"
        case (.count, .en): "count"
        case (.vnd, _): "đồng"
        case (.millionVND, .vi): "triệu đồng"
        case (.millionVND, .en): "million đồng"
        case (.squareMetres, _): "m²"
        }
    }

    /// A day as people write it: `14/10/2026` in Vietnamese, `2026-10-14` in English.
    public func text(for day: CalendarDate) -> String {
        guard self == .vi else { return day.description }
        let month = day.month < 10 ? "0\(day.month)" : "\(day.month)"
        let dd = day.day < 10 ? "0\(day.day)" : "\(day.day)"
        return "\(dd)/\(month)/\(day.year)"
    }

    /// The period line: `Kỳ báo cáo 2026-10: từ ngày 15/09/2026 đến ngày 14/10/2026`.
    public func text(for period: ReportPeriod) -> String {
        switch self {
        case .vi: "Kỳ báo cáo \(period.label): từ ngày \(text(for: period.from)) đến ngày \(text(for: period.through))"
        case .en: "Period \(period.label): from \(text(for: period.from)) through \(text(for: period.through))"
        }
    }

    /// Fixed captions the renderers print.
    struct Words {
        let report, figure, value, unit, checks, narrative, generatedOn, pack, chartTitle, noHistory: String
        /// Before a filed report's journal head (`SEQ:HASH`).
        var journalHead: String = ""
    }

    var words: Words {
        switch self {
        case .vi:
            Words(
                report: "Báo cáo kết quả công tác thanh tra", figure: "Chỉ tiêu", value: "Giá trị", unit: "Đơn vị",
                checks: "Kiểm tra số liệu", narrative: "Nhận xét", generatedOn: "Lập ngày", pack: "Bộ quy tắc",
                chartTitle: "Các kỳ trước", noHistory: "Chưa có số liệu các kỳ trước",
                journalHead: "Lập từ nhật ký đến bản ghi")
        case .en:
            Words(
                report: "Inspection results report", figure: "Figure", value: "Value", unit: "Unit",
                checks: "Consistency checks", narrative: "Narrative", generatedOn: "Generated on", pack: "Rule pack",
                chartTitle: "Previous periods", noHistory: "No previous periods",
                journalHead: "Made from journal head")
        }
    }

    private static let labels: [String: (vi: String, en: String)] = [
        Figure.carriedOver: ("Số cuộc thanh tra kỳ trước chuyển sang", "Inspections carried over"),
        Figure.opened: ("Số cuộc thanh tra triển khai trong kỳ", "Inspections opened in the period"),
        Figure.total: ("Tổng số cuộc thanh tra", "Inspections, total"),
        Figure.scheduled: ("Thanh tra theo kế hoạch", "Scheduled inspections"),
        Figure.unscheduled: ("Thanh tra đột xuất", "Unscheduled inspections"),
        Figure.regular: ("Thanh tra thường xuyên", "Regular inspections"),
        Figure.onsiteEnded: ("Số cuộc đã kết thúc thanh tra trực tiếp", "Inspections with on-site work ended"),
        Figure.concluded: ("Số cuộc đã ban hành kết luận", "Inspections concluded"),
        Figure.subjectsInspected: ("Số đơn vị được thanh tra", "Subjects inspected"),
        Figure.subjectsInViolation: ("Số đơn vị có vi phạm", "Subjects in violation"),
        Figure.violationsVND: ("Vi phạm về tiền", "Violations, money"),
        Figure.violationsLand: ("Vi phạm về đất", "Violations, land"),
        Figure.recoveryRecommendedVND: ("Kiến nghị thu hồi về tiền", "Recovery recommended, money"),
        Figure.recoveryRecommendedLand: ("Kiến nghị thu hồi về đất", "Recovery recommended, land"),
        Figure.recoveredVND: ("Đã thu hồi về tiền", "Recovered, money"),
        Figure.recoveredLand: ("Đã thu hồi về đất", "Recovered, land"),
        Figure.otherFinancialVND: ("Kiến nghị xử lý khác về kinh tế", "Other financial handling recommended"),
        Figure.collectivesRecommended: (
            "Kiến nghị xử lý hành chính tập thể", "Collectives recommended for administrative handling"
        ),
        Figure.personsRecommended: ("Kiến nghị xử lý hành chính cá nhân", "Persons recommended for administrative handling"),
        Figure.collectivesHandled: ("Đã xử lý hành chính tập thể", "Collectives handled"),
        Figure.personsHandled: ("Đã xử lý hành chính cá nhân", "Persons handled"),
        Figure.transferCases: ("Chuyển cơ quan điều tra: số vụ", "Transferred for investigation: cases"),
        Figure.transferPersons: ("Chuyển cơ quan điều tra: số đối tượng", "Transferred for investigation: persons"),
        Figure.transferCasesAccepted: ("Số vụ đã được khởi tố", "Transferred cases prosecuted"),
        Figure.penaltyCasesOpened: ("Số vụ vi phạm hành chính phát hiện", "Administrative violation cases opened"),
        Figure.decisions: ("Số quyết định xử phạt đã ban hành", "Penalty decisions issued"),
        Figure.decisionsOrganizations: ("Quyết định xử phạt tổ chức", "Decisions against organizations"),
        Figure.decisionsIndividuals: ("Quyết định xử phạt cá nhân", "Decisions against individuals"),
        Figure.warnings: ("Xử phạt cảnh cáo", "Warnings"),
        Figure.finesImposedVND: ("Tiền phạt theo quyết định", "Fines imposed"),
        Figure.finesCollectedVND: ("Tiền phạt đã thu", "Fines collected"),
        Figure.outstandingVND: ("Tiền phạt còn phải thu", "Fines outstanding"),
        Figure.surchargesCollectedVND: ("Tiền chậm nộp phạt đã thu", "Late-payment surcharges collected"),
        Figure.remedialVND: ("Khắc phục hậu quả bằng tiền", "Remedial measures, money"),
        Figure.decisionsOverdue: ("Quyết định xử phạt quá hạn thi hành", "Penalty decisions overdue"),
        Figure.paymentsOverdue: ("Khoản nộp phạt quá hạn", "Payments overdue"),
        Figure.onsiteOverdue: ("Cuộc thanh tra quá hạn thanh tra trực tiếp", "Inspections overdue on site"),
        Figure.conclusionsOverdue: ("Cuộc thanh tra quá hạn ban hành kết luận", "Conclusions overdue"),
    ]
}
