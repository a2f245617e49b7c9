import Casework

extension PeriodReport {
    /// The report as one printable HTML page with no external resources.
    ///
    /// Contents: title and period; each form as a table whose header keeps the form's merged cells (`colspan`,
    /// `rowspan`), then a row of column codes and a row of values printed in the column's unit (`1.500.000`,
    /// `1.234,568` triệu đồng, `1.234,56` m²); every figure with its label; the checks (✓/✗); the narrative; and
    /// two bar charts over the last 12 periods of ``history`` (inspections total, fines imposed), inline SVG, one
    /// bar (`<rect class="bar">`) per period. Inline CSS, with `@media print` for A4 landscape.
    /// All text is HTML-escaped.
    public func renderHTML(language: Language = .vi) -> String {
        let words = language.words
        var body = """
            <h1>\(HTML.escape(words.report))</h1>
            <p class="period">\(HTML.escape(language.text(for: period)))</p>

            """
        for form in forms { body += PeriodReport.htmlTable(form, figures: figures) }
        body += "<section class=\"figures\">\n<h2>\(HTML.escape(words.figure))</h2>\n<table>\n"
        body += "<tr><th>\(HTML.escape(words.figure))</th><th>\(HTML.escape(words.value))</th></tr>\n"
        for name in figureNames {
            body += "<tr><td>\(HTML.escape(language.label(for: name)))</td>"
            body += "<td class=\"num\">\(HTML.escape(MoneyText.figure(name, value: figures[name])))</td></tr>\n"
        }
        body += "</table>\n</section>\n"
        if !checks.isEmpty {
            body += "<section class=\"checks\">\n<h2>\(HTML.escape(words.checks))</h2>\n<ul class=\"checks\">\n"
            for check in checks {
                body += "<li class=\"\(check.isOK ? "ok" : "fail")\" data-check=\"\(HTML.escape(check.name))\">"
                body += "\(HTML.escape(check.text))</li>\n"
            }
            body += "</ul>\n</section>\n"
        }
        if !narrative.isEmpty {
            body += "<section class=\"narrative\">\n<h2>\(HTML.escape(words.narrative))</h2>\n"
            body += "<p>\(HTML.escape(narrative))</p>\n</section>\n"
        }
        body += "<section class=\"chart\">\n<h2>\(HTML.escape(words.chartTitle))</h2>\n"
        if chartHistory.isEmpty {
            body += "<p>\(HTML.escape(words.noHistory))</p>\n"
        } else {
            for figure in Figure.trend {
                let title = language.label(for: figure)
                body += "<figure>\n"
                body += BarChart(title: title, figure: figure, periods: chartHistory).svg()
                body += "\n<figcaption>\(HTML.escape(title))</figcaption>\n</figure>\n"
            }
        }
        body += "</section>\n"
        body += "<footer>\(HTML.escape(words.generatedOn)) \(HTML.escape(language.text(for: generatedOn))) · "
        body += "\(HTML.escape(words.pack)) <code>\(HTML.escape(packHash))</code>"
        if let journalHead { body += " · \(HTML.escape(words.journalHead)) <code>\(HTML.escape(journalHead))</code>" }
        body += "</footer>\n"
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <title>\(HTML.escape(words.report)) \(HTML.escape(period.label))</title>
            <style>
            \(HTML.style)
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    /// A form as a `<section>` with its table.
    static func htmlTable(_ form: FormLayout, figures: PeriodFigures) -> String {
        let layout = HeaderLayout(form)
        var out = "<section class=\"form\">\n<h2>\(HTML.escape(form.code)): \(HTML.escape(form.title))</h2>\n"
        if !form.basis.isEmpty { out += "<p class=\"basis\">\(HTML.escape(form.basis))</p>\n" }
        out += "<table>\n<thead>\n"
        for row in 0..<layout.rowCount {
            out += "<tr>"
            for cell in layout.placements where cell.row == row {
                out += "<th"
                if cell.span > 1 { out += " colspan=\"\(cell.span)\"" }
                if cell.rows > 1 { out += " rowspan=\"\(cell.rows)\"" }
                out += ">\(HTML.escape(cell.text))</th>"
            }
            out += "</tr>\n"
        }
        out += "<tr class=\"codes\">" + form.columns.map { "<td>\(HTML.escape($0.code))</td>" }.joined() + "</tr>\n"
        out += "</thead>\n<tbody>\n<tr>"
        for column in form.columns {
            out += "<td class=\"num\" data-figure=\"\(HTML.escape(column.figure))\">"
            out += "\(HTML.escape(MoneyText.cell(figures[column.figure], unit: column.unit)))</td>"
        }
        return out + "</tr>\n</tbody>\n</table>\n</section>\n"
    }
}
