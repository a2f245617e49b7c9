/// The templates of my work, the period report and its drill-down, the journal and its verification, and a refusal
/// on a page of its own.
extension Templates {
    static let work = """
        <h1>{{t.myWork}}</h1>
        <form method="get" action="/work" class="filters">
        <label>{{t.dueWithin}} <input name="days" type="number" min="0" max="365" value="{{days}}"></label>
        <button type="submit">{{t.find}}</button>
        </form>
        {{#decisions}}
        <h2>{{t.decisionsDue}} ({{count}})</h2>
        {{#hasRows}}<table class="list"><thead><tr><th>#</th><th>{{t.subject}}</th><th>{{t.record}}</th><th>{{t.decisionDue}}</th><th>{{t.daysLate}}</th></tr></thead><tbody>
        {{#rows}}<tr{{#overdue}} class="overdue"{{/overdue}}><td><a href="/cases/{{id}}">{{id}}</a></td><td><a href="/subjects/{{subjectID}}">{{subjectName}}</a></td><td>{{recordNumber}}</td><td>{{due}}</td><td>{{late}}</td></tr>{{/rows}}
        </tbody></table>{{/hasRows}}
        {{^hasRows}}<p>{{t.none}}</p>{{/hasRows}}
        {{/decisions}}
        {{#payments}}
        <h2>{{t.paymentsDue}} ({{count}})</h2>
        {{#hasRows}}<table class="list"><thead><tr><th>#</th><th>{{t.subject}}</th><th>{{t.record}}</th><th>{{t.paymentDue}}</th><th>{{t.daysLate}}</th><th class="money">{{t.outstanding}}</th></tr></thead><tbody>
        {{#rows}}<tr{{#overdue}} class="overdue"{{/overdue}}><td><a href="/cases/{{id}}">{{id}}</a></td><td><a href="/subjects/{{subjectID}}">{{subjectName}}</a></td><td>{{recordNumber}}</td><td>{{due}}</td><td>{{late}}</td><td class="money">{{outstanding}}</td></tr>{{/rows}}
        </tbody></table>{{/hasRows}}
        {{^hasRows}}<p>{{t.none}}</p>{{/hasRows}}
        {{/payments}}
        {{#nothing}}<p>{{t.noWork}}</p>{{/nothing}}
        """

    static let report = """
        <h1>{{t.report}}</h1>
        <form method="get" action="/reports" class="filters">
        <label>{{t.periodKind}} <select name="kind">{{#kinds}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/kinds}}</select></label>
        <label>{{t.period}} <input name="spec" value="{{spec}}" placeholder="2026-11 · 2026-Q3 · 2026 · 2026-01-01..2026-06-30"></label>
        {{#hasBodies}}<label>{{t.body}} <select name="body">{{#bodies}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/bodies}}</select></label>{{/hasBodies}}
        <button type="submit">{{t.show}}</button>
        </form>
        \(problemBlock)
        {{#report}}
        <h2>{{label}} <span class="state">{{from}} … {{through}}</span></h2>
        {{#filed}}<p class="ok">{{t.filedOn}} {{filedOn}} · hash {{hash}}</p>{{/filed}}
        {{^filed}}<p>{{t.liveFigures}}</p>{{/filed}}
        {{#canFile}}
        <form method="post" action="/reports/file" class="inline">
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="kind" value="{{kind}}"><input type="hidden" name="spec" value="{{specValue}}">
        <button type="submit" id="file">{{t.fileReport}}</button>
        </form>
        {{/canFile}}
        <p class="downloads">{{t.download}}: {{#downloads}}<a href="{{href}}" download>{{format}}</a> {{/downloads}}</p>
        {{#chart}}<h3>{{title}}</h3><div class="chart">{{#bars}}<div class="bar-row"><span class="bar-label">{{label}}</span><span class="bar {{width}}"></span><span class="bar-value">{{value}}</span></div>{{/bars}}</div>{{/chart}}
        <table class="list figures"><thead><tr><th>{{t.figure}}</th><th class="money">{{t.value}}</th></tr></thead><tbody>
        {{#figures}}<tr><td>{{label}}</td><td class="money">{{#explain}}<a href="{{explain}}">{{value}}</a>{{/explain}}{{^explain}}{{value}}{{/explain}}</td></tr>{{/figures}}
        </tbody></table>
        {{#checks}}<p class="{{#ok}}ok{{/ok}}{{^ok}}error{{/ok}}">{{text}}</p>{{/checks}}
        <p class="narrative">{{narrative}}</p>
        {{/report}}
        """

    static let explain = """
        <h1>{{label}} · {{period}}</h1>
        <p><a href="{{back}}">{{t.backToReport}}</a> · {{t.total}}: <strong>{{total}}</strong></p>
        <table class="list"><thead><tr><th>{{t.kind}}</th><th>#</th><th>{{t.name}}</th><th class="money">{{t.value}}</th></tr></thead><tbody>
        {{#members}}<tr><td>{{kind}}</td><td>{{#href}}<a href="{{href}}">{{id}}</a>{{/href}}{{^href}}{{id}}{{/href}}</td><td>{{label}}</td><td class="money">{{value}}</td></tr>{{/members}}
        </tbody></table>
        {{^members}}<p>{{t.none}}</p>{{/members}}
        """

    static let journal = """
        <h1>{{t.journal}}</h1>
        <p>{{t.journalHead}}: {{head}} · <a href="/journal/verify">{{t.journalVerify}}</a></p>
        <table class="list"><thead><tr><th>#</th><th>{{t.when}}</th><th>{{t.who}}</th><th>{{t.what}}</th><th>hash</th></tr></thead><tbody>
        {{#entries}}<tr><td>{{sequence}}</td><td>{{when}}</td><td>{{who}}</td><td>{{what}}</td><td><code>{{hash}}</code></td></tr>{{/entries}}
        </tbody></table>
        <p class="pager">{{#newer}}<a href="{{newer}}">{{t.previous}}</a> {{/newer}}{{#older}}<a href="{{older}}">{{t.next}}</a>{{/older}}</p>
        """

    static let journalVerify = """
        <h1>{{t.journalVerify}}</h1>
        {{#intact}}<p class="ok" id="verdict">{{t.journalIntact}}</p>{{/intact}}
        {{^intact}}<p class="error" id="verdict" role="alert">{{t.journalBroken}} ({{problemCount}})</p>{{/intact}}
        <dl class="facts">
        <dt>{{t.journalHead}}</dt><dd>{{headSequence}} · <code>{{headHash}}</code></dd>
        <dt>{{t.sealedRows}}</dt><dd>{{sealedRows}} ({{sealedTables}})</dd>
        {{#broken}}<dt>{{t.brokenAt}}</dt><dd>{{sequence}}: {{reason}}</dd>{{/broken}}
        {{#notChecked}}<dt>{{t.notChecked}}</dt><dd>{{notChecked}}</dd>{{/notChecked}}
        </dl>
        {{#problems}}<p class="error">{{.}}</p>{{/problems}}
        {{#warnings}}<p class="hint">{{.}}</p>{{/warnings}}
        <p><a href="/journal">{{t.journal}}</a></p>
        """

    static let problem = """
        <h1>{{t.refused}}</h1>
        \(problemBlock)
        """

    /// Bar widths for the report's chart, 0 to 100 % in steps of 5, as classes (no inline style under the policy).
    static let chartWidths: String = stride(from: 0, through: 100, by: 5).map { ".bar.w\($0) { width: \($0 == 0 ? 1 : $0 * 3)px; }" }
        .joined(separator: "\n")
}
