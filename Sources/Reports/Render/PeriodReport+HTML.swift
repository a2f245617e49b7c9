import Casework

extension PeriodReport {
    /// The report as one printable HTML page with no external resources.
    ///
    /// Contents: title and period; each form as a table whose header keeps the form's merged cells (`colspan`,
    /// `rowspan`), then a row of column codes and a row of values printed in the column's unit (`1.500.000`,
    /// `1.234,568` triệu đồng, `1.234,56` m²); every figure with its label; the checks (✓/✗); the narrative; and
    /// two bar charts over the last 12 periods of ``history`` (inspections total, fines imposed), inline SVG, one
    /// bar (`<rect class="bar">`) per period. With a ``heading``, the page opens as an official document (NĐ
    /// 30/2020/NĐ-CP): the issuing body and the number on the left, Quốc hiệu, Tiêu ngữ, place and date on the
    /// right, the title; and closes with the recipients and the signature block. Inline CSS: on screen as a page;
    /// printed (`@media print`, `@page`) on A4 landscape, each form on its own page, table headers repeated on every
    /// page (`thead`), rows never split, and "Trang N / M" at the foot of every page. All text is HTML-escaped.
    public func renderHTML(language: Language = .vi) -> String {
        let words = language.words
        var body = ""
        if let heading {
            body += PeriodReport.htmlHeading(heading, on: generatedOn)
            body += "<p class=\"period\">\(HTML.escape(language.text(for: period)))</p>\n"
        } else {
            body += """
                <h1>\(HTML.escape(words.report))</h1>
                <p class="period">\(HTML.escape(language.text(for: period)))</p>

                """
        }
        for form in forms { body += PeriodReport.htmlTable(form, figures: figures) }
        if !narrative.isEmpty {
            body += "<section class=\"narrative\">\n<h2>\(HTML.escape(words.narrative))</h2>\n"
            body += "<p>\(HTML.escape(narrative))</p>\n</section>\n"
        }
        if let heading { body += PeriodReport.htmlSignature(heading) }
        body += "<section class=\"figures\">\n<h2>\(HTML.escape(words.figure))</h2>\n<table>\n"
        body += "<thead><tr><th>\(HTML.escape(words.figure))</th><th>\(HTML.escape(words.value))</th></tr></thead>\n"
        body += "<tbody>\n"
        for name in figureNames {
            body += "<tr><td>\(HTML.escape(label(for: name, language: language)))</td>"
            body += "<td class=\"num\">\(HTML.escape(MoneyText.figure(name, value: figures[name])))</td></tr>\n"
        }
        body += "</tbody>\n</table>\n</section>\n"
        if !checks.isEmpty {
            body += "<section class=\"checks\">\n<h2>\(HTML.escape(words.checks))</h2>\n<ul class=\"checks\">\n"
            for check in checks {
                body += "<li class=\"\(check.isOK ? "ok" : "fail")\" data-check=\"\(HTML.escape(check.name))\">"
                body += "\(HTML.escape(check.text))</li>\n"
            }
            body += "</ul>\n</section>\n"
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
            <title>\(HTML.escape(heading.map { "\($0.title) \($0.subtitle)" } ?? words.report)) \(HTML.escape(period.label))</title>
            <style>
            \(HTML.style)
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    /// The official document's heading: two columns (issuing body and number | Quốc hiệu, Tiêu ngữ, place and
    /// date), then the title and what it is about.
    static func htmlHeading(_ heading: ReportHeading, on day: CalendarDate) -> String {
        var left = ""
        if !heading.governingBody.isEmpty { left += "<div class=\"governing\">\(HTML.escape(heading.governingBody))</div>" }
        left += "<div class=\"body\">\(HTML.escape(heading.body))</div>"
        if !heading.number.isEmpty { left += "<div class=\"number\">\(HTML.escape(heading.number))</div>" }
        let right =
            "<div class=\"nation\">\(HTML.escape(DocumentHeading.nation))</div>"
            + "<div class=\"motto\">\(HTML.escape(DocumentHeading.motto))</div>"
            + "<div class=\"date\">\(HTML.escape(DocumentHeading.dateLine(place: heading.place, on: day)))</div>"
        return """
            <header class="document">
            <div class="issuer">\(left)</div>
            <div class="national">\(right)</div>
            </header>
            <h1>\(HTML.escape(heading.title))</h1>
            <p class="subtitle">\(HTML.escape(heading.subtitle))</p>

            """
    }

    /// The recipients (left) and the signer's title, the hint and the name (right).
    static func htmlSignature(_ heading: ReportHeading) -> String {
        var out = "<section class=\"signature\">\n<div class=\"recipients\"><p><strong><em>"
        out += "\(HTML.escape(DocumentHeading.recipients))</em></strong></p>\n<ul>"
        for recipient in heading.recipients { out += "<li>\(HTML.escape(recipient))</li>" }
        out += "</ul></div>\n<div class=\"signer\"><p class=\"title\">\(HTML.escape(heading.signerTitle))</p>"
        out += "<p class=\"hint\">\(HTML.escape(DocumentHeading.signatureHint))</p>"
        out += "<p class=\"name\">\(HTML.escape(heading.signerName))</p></div>\n</section>\n"
        return out
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
