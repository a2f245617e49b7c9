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

    /// The page's style sheet: A4 landscape when printed, bordered form tables, no external resources.
    static let style = """
        body { font-family: "Times New Roman", "Noto Serif", serif; margin: 2em; color: #000; }
        h1 { font-size: 1.4em; text-align: center; margin-bottom: .2em; }
        h2 { font-size: 1.15em; margin-top: 1.6em; }
        p.period, p.basis { text-align: center; margin: .2em 0; }
        table { border-collapse: collapse; margin: .8em 0; }
        th, td { border: 1px solid #000; padding: .25em .5em; }
        th { font-weight: bold; text-align: center; vertical-align: middle; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tr.codes td { text-align: center; font-style: italic; }
        ul.checks { list-style: none; padding-left: 0; }
        li.ok::before { content: "✓ "; color: #060; }
        li.fail::before { content: "✗ "; color: #a00; }
        svg .bar { fill: #4a6fa5; }
        svg text { font-size: 10px; font-family: sans-serif; }
        footer { margin-top: 2em; font-size: .85em; color: #444; }
        @media print {
          @page { size: A4 landscape; margin: 15mm; }
          body { margin: 0; }
          section.form { page-break-inside: avoid; }
          section.chart { page-break-before: auto; }
          svg .bar { fill: #555; }
        }
        """
}
