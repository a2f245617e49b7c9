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
        guard let definition = Figure.definition(of: figure) else { return figure }
        return self == .vi ? definition.vi : definition.en
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
}
