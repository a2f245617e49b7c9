import Casework

/// A bar chart of one figure over periods, as inline SVG: one `<rect class="bar">` per period, the period's label
/// under it and its value above it. Heights use integer arithmetic (values can be đồng in the trillions).
struct BarChart {
    var title: String
    var figure: String
    var periods: [PeriodFigures]

    static let plotHeight: Int64 = 160
    static let barWidth = 36, gap = 12, left = 10, top = 24, bottom = 40

    func svg() -> String {
        let width = BarChart.left * 2 + periods.count * (BarChart.barWidth + BarChart.gap)
        let height = BarChart.top + Int(BarChart.plotHeight) + BarChart.bottom
        let largest = periods.map { max(0, $0[figure]) }.max() ?? 0
        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" \
            viewBox="0 0 \(width) \(height)" role="img" aria-label="\(HTML.escape(title))">
            <title>\(HTML.escape(title))</title>

            """
        let baseline = BarChart.top + Int(BarChart.plotHeight)
        for (index, figures) in periods.enumerated() {
            let value = figures[figure]
            let barHeight = Int(BarChart.scaled(max(0, value), largest: largest))
            let x = BarChart.left + index * (BarChart.barWidth + BarChart.gap)
            let centre = x + BarChart.barWidth / 2
            out += """
                <rect class="bar" x="\(x)" y="\(baseline - barHeight)" width="\(BarChart.barWidth)" \
                height="\(barHeight)"><title>\(HTML.escape(figures.period.label)): \
                \(HTML.escape(MoneyText.figure(figure, value: value)))</title></rect>
                <text x="\(centre)" y="\(baseline - barHeight - 4)" text-anchor="middle">\
                \(HTML.escape(BarChart.short(value, figure: figure)))</text>
                <text x="\(centre)" y="\(baseline + 14)" text-anchor="middle">\(HTML.escape(figures.period.label))</text>

                """
        }
        out += "<line x1=\"\(BarChart.left)\" y1=\"\(baseline)\" x2=\"\(width - BarChart.left)\" y2=\"\(baseline)\" stroke=\"#000\"/>\n"
        return out + "</svg>"
    }

    /// `value × plotHeight ÷ largest`, rounded down, without overflow for any Int64.
    static func scaled(_ value: Int64, largest: Int64) -> Int64 {
        guard largest > 0 else { return 0 }
        let (product, overflow) = value.multipliedReportingOverflow(by: plotHeight)
        if !overflow { return product / largest }
        return value / max(1, largest / plotHeight)
    }

    /// A compact value over a bar: counts as is, đồng in triệu (`2.800 tr`), land in m².
    static func short(_ value: Int64, figure: String) -> String {
        switch Figure.unit(of: figure) {
        case .count: MoneyText.grouped(value)
        case .vnd: MoneyText.millions(value, decimals: 0) + " tr"
        case .squareDecimetres: MoneyText.squareMetres(value)
        }
    }
}
