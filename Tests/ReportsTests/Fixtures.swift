import Casework
import Reports

/// A small report: one form with merged headers, a few figures, two checks and a history of `historyCount`
/// earlier months.
enum Fixture {
    static func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

    static let october = ReportPeriod(kind: "monthly", label: "2026-10", from: day("2026-09-15"), before: day("2026-10-15"))

    static let form = FormLayout(
        code: "01/TTr", title: "Tổng hợp kết quả thanh tra hành chính", basis: "Thông tư 01/2024/TT-TTCP",
        header: [
            [FormLayout.HeaderCell("Số cuộc thanh tra", span: 5), FormLayout.HeaderCell("Vi phạm", span: 2), FormLayout.HeaderCell("Phạt tiền", rows: 2)],
            [
                FormLayout.HeaderCell("Tổng số"), FormLayout.HeaderCell("Kỳ trước chuyển sang"), FormLayout.HeaderCell("Triển khai trong kỳ"),
                FormLayout.HeaderCell("Theo kế hoạch"), FormLayout.HeaderCell("Đột xuất"), FormLayout.HeaderCell("Tiền (triệu đồng)"),
                FormLayout.HeaderCell("Đất (m²)"),
            ],
        ],
        columns: [
            FormLayout.Column(code: "1", figure: Figure.total, unit: .count),
            FormLayout.Column(code: "2", figure: Figure.carriedOver, unit: .count),
            FormLayout.Column(code: "3", figure: Figure.opened, unit: .count),
            FormLayout.Column(code: "4", figure: Figure.scheduled, unit: .count),
            FormLayout.Column(code: "5", figure: Figure.unscheduled, unit: .count),
            FormLayout.Column(code: "6", figure: Figure.violationsVND, unit: .millionVND),
            FormLayout.Column(code: "7", figure: Figure.violationsLand, unit: .squareMetres),
            FormLayout.Column(code: "8", figure: Figure.finesImposedVND, unit: .vnd),
        ])

    static let figures = PeriodFigures(
        period: october,
        values: [
            Figure.total: 37, Figure.carriedOver: 11, Figure.opened: 26, Figure.scheduled: 26, Figure.unscheduled: 11,
            Figure.violationsVND: 135_400_000, Figure.violationsLand: 123_456, Figure.finesImposedVND: 1_500_000,
            "inspections.category.dat_dai": 4,
        ])

    static func report(historyCount: Int = 3, narrative: String = "Trong kỳ, toàn ngành triển khai 37 cuộc thanh tra.")
        -> PeriodReport
    {
        let history = (0..<historyCount).map { index in
            let from = day("2026-09-15").adding(months: index - historyCount)
            let period = ReportPeriod(
                kind: "monthly", label: "P\(index + 1)", from: from, before: from.adding(months: 1))
            return PeriodFigures(
                period: period,
                values: [Figure.total: Int64(10 + index), Figure.finesImposedVND: Int64(index) * 1_000_000])
        }
        return PeriodReport(
            period: october, figures: figures, forms: [form],
            checks: [
                FigureCheck(name: "total_parts", isOK: true, text: "Tổng số = kỳ trước + trong kỳ"),
                FigureCheck(name: "kinds", isOK: false, text: "Theo kế hoạch + đột xuất ≠ tổng số"),
            ],
            narrative: narrative, history: history, packHash: "abc123", generatedOn: day("2026-10-20"))
    }
}
