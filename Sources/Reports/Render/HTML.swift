/// HTML text helpers.
enum HTML {
    /// Text made safe for element content and double-quoted attributes: `&`, `<`, `>`, `"`, `'` as entities.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The page's style sheet: bordered form tables, no external resources; printed on A4 landscape with each
    /// form on its own page, table headers repeated on every page (`thead` as a header group), rows never split,
    /// headings kept with what follows, and the page number and count at the foot of every page.
    static let style = """
        body { font-family: "Times New Roman", "Noto Serif", serif; margin: 2em; color: #000; }
        h1 { font-size: 1.4em; text-align: center; margin-bottom: .2em; }
        h2 { font-size: 1.15em; margin-top: 1.6em; }
        p.period, p.basis, p.subtitle { text-align: center; margin: .2em 0; }
        p.subtitle { font-weight: bold; }
        header.document { display: flex; justify-content: space-between; text-align: center; margin-bottom: 1em; }
        header.document .issuer { width: 40%; }
        header.document .national { width: 58%; }
        header.document .governing, header.document .nation { text-transform: uppercase; }
        header.document .body, header.document .nation, header.document .motto { font-weight: bold; }
        header.document .motto { text-decoration: underline; }
        header.document .date { font-style: italic; margin-top: .4em; }
        table { border-collapse: collapse; margin: .8em 0; }
        thead { display: table-header-group; }
        th, td { border: 1px solid #000; padding: .25em .5em; }
        th { font-weight: bold; text-align: center; vertical-align: middle; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tr.codes td { text-align: center; font-style: italic; }
        ul.checks { list-style: none; padding-left: 0; }
        li.ok::before { content: "✓ "; color: #060; }
        li.fail::before { content: "⚠ "; color: #a60; }
        section.signature { display: flex; justify-content: space-between; margin-top: 2em; }
        section.signature .recipients { width: 40%; font-size: .9em; }
        section.signature .recipients ul { list-style: "- "; margin: 0; padding-left: 1em; }
        section.signature .signer { width: 40%; text-align: center; }
        section.signature .signer .title, section.signature .signer .name { font-weight: bold; }
        section.signature .signer .hint { font-style: italic; margin-bottom: 4em; }
        svg .bar { fill: #4a6fa5; }
        svg text { font-size: 10px; font-family: sans-serif; }
        footer { margin-top: 2em; font-size: .85em; color: #444; }
        @page {
          size: A4 landscape;
          margin: 15mm 12mm 18mm 12mm;
          @bottom-center { content: "Trang " counter(page) " / " counter(pages); font-size: 9pt; }
        }
        @media print {
          body { margin: 0; }
          section.form + section.form { break-before: page; }
          section.form table { width: 100%; font-size: 9pt; }
          section.figures, section.chart { break-before: page; }
          tr, li, figure { break-inside: avoid; page-break-inside: avoid; }
          h1, h2, p.basis { break-after: avoid; page-break-after: avoid; }
          section.signature { break-inside: avoid; page-break-inside: avoid; }
          svg .bar { fill: #555; }
        }
        """
}
