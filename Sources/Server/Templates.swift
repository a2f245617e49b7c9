import Mustache

/// The Mustache templates of the pages, compiled into the binary (no resource files to lose when the binary moves).
/// `{{…}}` escapes HTML; the only `{{{…}}}` is the layout's `body`, itself rendered (and escaped) by a template.
/// No template has a script or an inline style: the Content-Security-Policy allows neither.
enum Templates {
    static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        for (name, text) in sources {
            // The templates are fixed text, parsed when the server starts; a parse error is a bug caught by the tests.
            if let template = try? MustacheTemplate(string: text) { library.register(template, named: name) }
        }
        return library
    }()

    static let sources: [String: String] = [
        "layout": layout, "login": login, "message": message, "cases": cases, "case": caseDetail,
        "subject": subject, "inspections": inspections, "inspection": inspection, "accounts": accounts,
        "payment": payment, "decide": decide, "openCase": openCase, "cancelCase": cancelCase, "work": work,
        "report": report, "explain": explain, "journal": journal, "journalVerify": journalVerify, "problem": problem,
    ].merging(administrationSources) { first, _ in first }.merging(["caseStep": caseStep, "inspectionResult": inspectionResult, "ownTitles": ownTitles]) { first, _ in first }
        .merging(importSources) { first, _ in first }

    static let layout = """
        <!doctype html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} · {{t.app}}</title>
        <link rel="stylesheet" href="/static/app.css">
        </head>
        <body>
        <header>
        <strong class="brand">{{t.app}}</strong>
        {{#account}}
        <nav>
        {{#nav}}<a href="{{href}}">{{label}}</a> {{/nav}}
        </nav>
        <span class="who">{{t.signedInAs}} {{displayName}} ({{login}})</span>
        <form method="post" action="/logout" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">{{t.signOut}}</button></form>
        {{/account}}
        {{#switchForm}}<form method="post" action="{{action}}" class="inline lang" id="switch-language"><input type="hidden" name="csrf" value="{{csrf}}">{{#fields}}<input type="hidden" name="{{name}}" value="{{value}}">{{/fields}}<button type="submit">{{t.switchLanguage}}</button></form>{{/switchForm}}
        {{^switchForm}}<a class="lang" href="{{switchHref}}" id="switch-language">{{t.switchLanguage}}</a>{{/switchForm}}
        </header>
        <main>
        {{{body}}}
        </main>
        </body>
        </html>
        """

    static let login = """
        <h1>{{t.signIn}}</h1>
        {{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
        <form method="post" action="/login" class="login">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label>{{t.login}} <input name="login" autocomplete="username" required value="{{login}}"></label>
        <label>{{t.password}} <input name="password" type="password" autocomplete="current-password" required></label>
        <button type="submit">{{t.signIn}}</button>
        </form>
        """

    static let message = """
        <h1>{{heading}}</h1>
        <p>{{text}}</p>
        """

    static let cases = """
        <h1>{{t.cases}}</h1>
        <form method="get" action="/cases" class="filters">
        <label>{{t.search}} <input name="q" value="{{q}}"></label>
        <label>{{t.state}} <select name="state">{{#states}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/states}}</select></label>
        <label><input type="checkbox" name="unpaid" value="1"{{#unpaid}} checked{{/unpaid}}> {{t.unpaid}}</label>
        <label><input type="checkbox" name="decisionOverdue" value="1"{{#decisionOverdue}} checked{{/decisionOverdue}}> {{t.decisionOverdue}}</label>
        <label><input type="checkbox" name="paymentOverdue" value="1"{{#paymentOverdue}} checked{{/paymentOverdue}}> {{t.paymentOverdue}}</label>
        <button type="submit">{{t.find}}</button>
        </form>
        {{#hasSubjects}}<h2>{{t.subject}}</h2><ul class="subjects">{{#subjects}}<li><a href="/subjects/{{id}}">{{name}}</a> ({{identifier}})</li>{{/subjects}}</ul>{{/hasSubjects}}
        {{#hasRows}}
        <table class="list">
        <thead><tr><th>#</th><th>{{t.subject}}</th><th>{{t.record}}</th><th>{{t.recordOn}}</th><th>{{t.state}}</th><th class="money">{{t.fine}}</th><th class="money">{{t.outstanding}}</th></tr></thead>
        <tbody>
        {{#rows}}<tr><td><a href="/cases/{{id}}">{{id}}</a></td><td>{{#subjectID}}<a href="/subjects/{{subjectID}}">{{subjectName}}</a>{{/subjectID}}</td><td>{{recordNumber}}</td><td>{{recordOn}}</td><td>{{state}}</td><td class="money">{{fine}}</td><td class="money">{{outstanding}}</td></tr>
        {{/rows}}
        </tbody>
        </table>
        {{/hasRows}}
        {{^rows}}<p>{{t.none}}</p>{{/rows}}
        <p class="pager">{{t.page}} {{page}}{{#previous}} · <a href="{{previous}}">{{t.previous}}</a>{{/previous}}{{#next}} · <a href="{{next}}">{{t.next}}</a>{{/next}}</p>
        """

    static let caseDetail = """
        <h1>{{t.cases}} #{{id}} <span class="state">{{state}}</span></h1>
        <p class="actions">{{#canPay}}<a href="/cases/{{id}}/payment">{{t.recordPayment}}</a> {{/canPay}}{{#canDecide}}<a href="/cases/{{id}}/decide">{{t.decideCase}}</a> {{/canDecide}}{{#canCancel}}<a href="/cases/{{id}}/cancel">{{t.cancelCase}}</a> {{/canCancel}}{{#canPrint}}<a href="/cases/{{id}}/decision">{{t.printDecision}}</a> {{/canPrint}}{{#stepForms}}<a href="/cases/{{id}}/{{path}}">{{label}}</a> {{/stepForms}}</p>
        <dl class="facts">
        <dt>{{t.subject}}</dt><dd>{{#subjectID}}<a href="/subjects/{{subjectID}}">{{subjectName}}</a> ({{subjectIdentifier}}){{/subjectID}}</dd>
        <dt>{{t.record}}</dt><dd>{{recordNumber}}, {{recordOn}}, {{recordPlace}}</dd>
        </dl>
        <h2>{{t.violations}}</h2>
        <table class="list"><thead><tr><th>{{t.code}}</th><th>{{t.sector}}</th><th>{{t.committedOn}}</th><th class="money">{{t.illegalGain}}</th></tr></thead>
        <tbody>{{#violations}}<tr><td>{{code}}</td><td>{{sector}}</td><td>{{committedOn}}</td><td class="money">{{illegalGain}}</td></tr>{{/violations}}</tbody></table>
        {{#decision}}
        <h2>{{t.decision}}</h2>
        <dl class="facts">
        <dt>{{t.number}}</dt><dd>{{number}}</dd>
        <dt>{{t.decidedOn}}</dt><dd>{{decidedOn}}</dd>
        <dt>{{t.signer}}</dt><dd>{{signer}}</dd>
        </dl>
        <table class="list"><thead><tr><th>{{t.code}}</th><th>{{t.violations}}</th><th class="money">{{t.fine}}</th></tr></thead>
        <tbody>{{#lines}}<tr><td>{{code}}</td><td>{{title}}</td><td class="money">{{fine}}</td></tr>{{/lines}}</tbody></table>
        {{/decision}}
        <h2>{{t.amount}}</h2>
        <dl class="facts">
        <dt>{{t.totalFine}}</dt><dd class="money">{{totalFine}}</dd>
        <dt>{{t.paid}}</dt><dd class="money">{{paid}}</dd>
        <dt>{{t.outstanding}}</dt><dd class="money">{{outstanding}}</dd>
        {{#surcharge}}<dt>{{t.surcharge}}</dt><dd class="money">{{surcharge}} ({{t.surchargeDays}}: {{surchargeDays}})</dd>{{/surcharge}}
        </dl>
        <h2>{{t.deadlines}}</h2>
        <dl class="facts">
        <dt>{{t.decisionDue}}</dt><dd>{{decisionDue}}</dd>
        {{#paymentDue}}<dt>{{t.paymentDue}}</dt><dd>{{paymentDue}}</dd>{{/paymentDue}}
        {{#enforcementExpires}}<dt>{{t.enforcementExpires}}</dt><dd>{{enforcementExpires}}</dd>{{/enforcementExpires}}
        </dl>
        {{#hasPayments}}
        <h2>{{t.payments}}</h2>
        <table class="list"><thead><tr><th>{{t.paidOn}}</th><th>{{t.receipt}}</th><th class="money">{{t.amount}}</th></tr></thead>
        <tbody>{{#payments}}<tr><td>{{paidOn}}</td><td>{{receipt}}</td><td class="money">{{amount}}</td></tr>{{/payments}}</tbody></table>
        {{/hasPayments}}
        <h2>{{t.timeline}}</h2>
        <table class="list"><thead><tr><th>{{t.when}}</th><th>{{t.who}}</th><th>{{t.what}}</th></tr></thead>
        <tbody>{{#timeline}}<tr><td>{{when}}</td><td>{{who}}</td><td>{{what}}</td></tr>{{/timeline}}</tbody></table>
        """

    static let payment = """
        <h1>{{t.recordPayment}} · <a href="/cases/{{id}}">{{t.cases}} #{{id}}</a></h1>
        <p>{{t.record}} {{recordNumber}} · {{t.outstanding}}: <span class="money">{{outstanding}}</span></p>
        \(problemBlock)
        {{#preview}}
        <h2>{{t.previewTitle}}</h2>
        <dl class="facts">
        <dt>{{t.amount}}</dt><dd class="money">{{amountShown}}</dd>
        <dt>{{t.outstandingAfter}}</dt><dd class="money">{{outstandingAfter}}</dd>
        <dt>{{t.state}}</dt><dd>{{newState}}</dd>
        {{#surchargeOwed}}<dt>{{t.surchargeOnDay}}</dt><dd class="money">{{surchargeOwed}}</dd>{{/surchargeOwed}}
        </dl>
        <form method="post" action="/cases/{{id}}/payment">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <input type="hidden" name="amount" value="{{amount}}">
        <input type="hidden" name="surcharge" value="{{surcharge}}">
        <input type="hidden" name="paidOn" value="{{paidOn}}">
        <input type="hidden" name="receipt" value="{{receipt}}">
        <button type="submit">{{t.confirmPayment}}</button>
        <button type="submit" formaction="/cases/{{id}}/payment/preview" formnovalidate name="edit" value="1" id="change">{{t.change}}</button>
        </form>
        {{/preview}}
        {{^preview}}
        <form method="post" action="/cases/{{id}}/payment/preview" class="login">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label>{{t.amount}} <input name="amount" required value="{{amount}}"></label>
        <label>{{t.surchargePaid}} <input name="surcharge" value="{{surcharge}}"></label>
        <label>{{t.paidOn}} <input name="paidOn" type="date" required value="{{paidOn}}"></label>
        <label>{{t.receipt}} <input name="receipt" required value="{{receipt}}"></label>
        <button type="submit">{{t.previewButton}}</button>
        </form>
        {{/preview}}
        """

    static let subject = """
        <h1>{{name}}</h1>
        {{#canOpen}}<p class="actions"><a href="/subjects/{{id}}/cases/new">{{t.openCase}}</a></p>{{/canOpen}}
        <dl class="facts">
        <dt>{{t.kind}}</dt><dd>{{kind}}</dd>
        <dt>{{t.identifier}}</dt><dd>{{identifier}}</dd>
        <dt>{{t.address}}</dt><dd>{{address}}</dd>
        </dl>
        <h2>{{t.cases}}</h2>
        {{#hasCases}}<ul>{{#cases}}<li><a href="/cases/{{id}}">#{{id}}</a> {{recordNumber}} · {{recordOn}} · {{state}}</li>{{/cases}}</ul>{{/hasCases}}
        {{^cases}}<p>{{t.none}}</p>{{/cases}}
        <h2>{{t.inspections}}</h2>
        {{#hasInspections}}<ul>{{#inspections}}<li><a href="/inspections/{{id}}">#{{id}}</a> {{content}} · {{openedOn}} · {{state}}</li>{{/inspections}}</ul>{{/hasInspections}}
        {{^inspections}}<p>{{t.none}}</p>{{/inspections}}
        """

    static let inspections = """
        <h1>{{t.inspections}}</h1>
        {{#hasRows}}
        <table class="list">
        <thead><tr><th>#</th><th>{{t.content}}</th><th>{{t.field}}</th><th>{{t.openedOn}}</th><th>{{t.state}}</th></tr></thead>
        <tbody>
        {{#rows}}<tr><td><a href="/inspections/{{id}}">{{id}}</a></td><td>{{content}}</td><td>{{field}}</td><td>{{openedOn}}</td><td>{{state}}</td></tr>
        {{/rows}}
        </tbody>
        </table>
        {{/hasRows}}
        {{^rows}}<p>{{t.none}}</p>{{/rows}}
        <p class="pager">{{t.page}} {{page}}{{#previous}} · <a href="{{previous}}">{{t.previous}}</a>{{/previous}}{{#next}} · <a href="{{next}}">{{t.next}}</a>{{/next}}</p>
        """

    static let inspection = """
        <h1>{{t.inspections}} #{{id}} <span class="state">{{state}}</span></h1>
        <dl class="facts">
        <dt>{{t.content}}</dt><dd>{{content}}</dd>
        <dt>{{t.field}}</dt><dd>{{field}}</dd>
        <dt>{{t.mode}}</dt><dd>{{mode}}</dd>
        <dt>{{t.leadUnit}}</dt><dd>{{leadUnit}}</dd>
        <dt>{{t.openedOn}}</dt><dd>{{openedOn}}</dd>
        {{#decisionNumber}}<dt>{{t.decision}}</dt><dd>{{decisionNumber}}, {{decidedOn}}</dd>{{/decisionNumber}}
        </dl>
        <h2>{{t.subject}}</h2>
        <ul>{{#subjects}}<li><a href="/subjects/{{id}}">{{name}}</a> ({{identifier}})</li>{{/subjects}}</ul>
        <h2>{{t.steps}}</h2>
        <table class="list steps"><thead><tr><th>{{t.day}}</th><th>{{t.step}}</th></tr></thead>
        <tbody>{{#steps}}<tr><td>{{day}}</td><td>{{text}}</td></tr>{{/steps}}</tbody></table>
        <h2>{{t.deadlines}}</h2>
        {{#hasDeadlines}}<table class="list deadlines"><thead><tr><th>{{t.deadline}}</th><th>{{t.dueOn}}</th><th>{{t.doneOn}}</th><th>{{t.state}}</th></tr></thead>
        <tbody>{{#deadlines}}<tr{{#late}} class="overdue"{{/late}}><td>{{label}}</td><td>{{due}}</td><td>{{done}}</td><td>{{status}}</td></tr>{{/deadlines}}</tbody></table>{{/hasDeadlines}}
        {{^hasDeadlines}}<p>{{t.noDeadlines}}</p>{{/hasDeadlines}}
        \(inspectionResultsBlock)
        {{#canStep}}
        <h2>{{t.takeStep}}</h2>
        <form method="post" action="/inspections/{{id}}/steps/preview" class="login">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label>{{t.step}} <select name="step">{{#teamSteps}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/teamSteps}}</select></label>
        <label>{{t.day}} <input name="on" type="date" required value="{{stepDay}}"></label>
        <label>{{t.reason}} <input name="reason" value="{{stepReason}}"></label>
        <p class="hint">{{t.teamStepHint}}</p>
        <button type="submit" id="preview">{{t.previewButton}}</button>
        </form>
        {{/canStep}}
        {{#canChiefStep}}
        <h2>{{t.chiefSteps}}</h2>
        <p class="hint">{{t.chiefStepHint}}</p>
        {{#chiefForms}}
        <form method="post" action="/inspections/{{id}}/chief-steps/preview" class="login">
        <h3>{{title}}</h3>
        <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="step" value="{{code}}">
        <label>{{t.day}} <input name="on" type="date" required value="{{day}}"></label>
        {{#fields}}<label>{{label}} <input name="{{name}}" type="{{type}}" value="{{value}}"></label>
        {{/fields}}
        <button type="submit" id="preview-{{code}}">{{t.previewButton}}</button>
        </form>
        {{/chiefForms}}
        {{/canChiefStep}}
        """

    static let accounts = """
        <h1>{{t.accounts}}</h1>
        <table class="list"><thead><tr><th>{{t.login}}</th><th>{{t.name}}</th><th>{{t.roles}}</th><th>{{t.active}}</th></tr></thead>
        <tbody>{{#rows}}<tr><td><a href="/accounts/{{login}}">{{login}}</a></td><td>{{name}}</td><td>{{roles}}</td><td>{{active}}</td></tr>{{/rows}}</tbody></table>
        <p class="actions"><a href="/accounts/new">{{t.addAccount}}</a> <a href="/titles">{{t.titlesAndDelegations}}</a></p>
        """

    /// The one style sheet (served from `/static/app.css`: the policy allows styles from the site only).
    static let styleSheet = baseStyleSheet + "\n" + chartWidths

    static let baseStyleSheet = """
        body { font-family: system-ui, sans-serif; margin: 0; color: #1d2327; }
        header { display: flex; gap: 1em; align-items: center; padding: .6em 1em; background: #8b1a1a; color: #fff; }
        header a, header button { color: #fff; }
        header nav { display: flex; gap: .8em; }
        header .lang { margin-left: auto; }
        button { font: inherit; cursor: pointer; }
        header button { background: none; border: 1px solid #fff; border-radius: 3px; }
        main { padding: 1em 1.5em; max-width: 72em; }
        form.inline { display: inline; }
        form.filters, form.login { display: flex; flex-wrap: wrap; gap: .8em; align-items: end; margin-bottom: 1em; }
        form.login { flex-direction: column; align-items: start; max-width: 20em; }
        form.wide fieldset { margin-bottom: 1em; border: 1px solid #ddd; }
        form.wide fieldset label { display: inline-block; margin: .2em 1em .2em 0; }
        label.check { display: block; }
        .hint { color: #555; font-size: .9em; }
        .citation { color: #555; font-size: .9em; }
        tr.step td { font-size: .9em; color: #444; border-bottom: none; }
        .total { font-weight: 700; }
        p.actions a { margin-right: 1em; }
        table.figures td.money a { text-decoration: none; }
        .ok { color: #1a6b1a; font-weight: 600; }
        tr.overdue td { background: #fbeaea; }
        .chart { margin: .5em 0 1em; }
        .bar-row { display: flex; align-items: center; gap: .6em; font-size: .9em; }
        .bar-label { width: 7em; }
        .bar { display: inline-block; height: .9em; background: #8b1a1a; }
        table.list { border-collapse: collapse; width: 100%; margin-bottom: 1em; }
        table.list th, table.list td { border-bottom: 1px solid #ddd; padding: .3em .5em; text-align: left; }
        .money { text-align: right; white-space: nowrap; }
        dl.facts { display: grid; grid-template-columns: max-content auto; gap: .2em 1em; }
        dl.facts dt { font-weight: 600; }
        .error { color: #8b1a1a; font-weight: 600; }
        .state { font-size: .6em; background: #eee; padding: .1em .4em; border-radius: 3px; }
        @media print { header { display: none; } }
        """
}
