/// The templates of administration (accounts, roles, titles, delegations), the rule pack page, the plan, and the one
/// confirmation page every administration form goes through before it writes.
extension Templates {
    static let administrationSources: [String: String] = [
        "newAccount": newAccount, "account": account, "confirm": confirm, "titles": titles, "rulePack": rulePack,
        "plan": plan,
    ]

    /// Inserted where a template says `{{#notice}}`: what the last change did.
    static let noticeBlock = """
        {{#notice}}<p class="ok" role="status">{{notice}}</p>{{/notice}}
        """

    static let newAccount = """
        <h1>{{t.addAccount}} · <a href="/accounts">{{t.accounts}}</a></h1>
        \(problemBlock)
        <form method="post" action="/accounts/preview" class="wide">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <fieldset><legend>{{t.account}}</legend>
        <label>{{t.login}} <input name="login" required value="{{login}}" autocomplete="off"></label>
        <label>{{t.name}} <input name="name" required value="{{name}}"></label>
        </fieldset>
        <fieldset><legend>{{t.roles}}</legend>{{#roles}}<label class="check"><input type="checkbox" name="role:{{code}}" value="1"{{#checked}} checked{{/checked}}> {{name}} ({{code}})</label>{{/roles}}</fieldset>
        <fieldset><legend>{{t.password}}</legend>
        <label>{{t.password}} <input name="password" type="password" required autocomplete="new-password"></label>
        <label>{{t.passwordRepeat}} <input name="repeat" type="password" required autocomplete="new-password"></label>
        <p class="hint">{{t.passwordHint}} {{minimum}}</p>
        </fieldset>
        <button type="submit" id="preview">{{t.previewButton}}</button>
        </form>
        """

    static let account = """
        <h1>{{t.account}} {{login}} <span class="state">{{active}}</span></h1>
        <p><a href="/accounts">{{t.accounts}}</a> · <a href="/titles">{{t.titlesAndDelegations}}</a></p>
        \(noticeBlock)
        \(problemBlock)
        <dl class="facts">
        <dt>{{t.name}}</dt><dd>{{name}}</dd>
        <dt>{{t.roles}}</dt><dd>{{roleList}}</dd>
        <dt>{{t.createdAt}}</dt><dd>{{createdAt}}</dd>
        </dl>
        <h2>{{t.roles}}</h2>
        {{#isSelf}}<p class="hint">{{t.ownRolesHint}}</p>{{/isSelf}}
        {{^isSelf}}
        <form method="post" action="/accounts/{{login}}/roles/preview" class="filters" id="roles">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label>{{t.role}} <select name="role">{{#roles}}<option value="{{code}}"{{#chosen}} selected{{/chosen}}>{{name}} ({{code}}){{#held}} ✓{{/held}}</option>{{/roles}}</select></label>
        <label><input type="radio" name="action" value="grant"{{^revokeChosen}} checked{{/revokeChosen}}> {{t.grantRole}}</label>
        <label><input type="radio" name="action" value="revoke"{{#revokeChosen}} checked{{/revokeChosen}}> {{t.revokeRole}}</label>
        <button type="submit">{{t.previewButton}}</button>
        </form>
        {{/isSelf}}
        {{#hasAuthority}}
        <h2>{{t.legalTitles}}</h2>
        {{#hasTitles}}<table class="list"><thead><tr><th>#</th><th>{{t.legalTitle}}</th><th>{{t.term}}</th><th>{{t.endTitle}}</th></tr></thead><tbody>
        {{#titles}}<tr><td>{{id}}</td><td>{{title}} ({{code}}){{#current}} ✓{{/current}}</td><td>{{term}}</td><td>{{#canEnd}}<form method="post" action="/titles/{{id}}/end/preview" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="login" value="{{login}}"><input name="lastDay" type="date" required aria-label="{{t.lastDay}}"> <button type="submit">{{t.endTitle}}</button></form>{{/canEnd}}</td></tr>{{/titles}}
        </tbody></table>{{/hasTitles}}
        {{^hasTitles}}<p>{{t.noTitles}}</p>{{/hasTitles}}
        <form method="post" action="/accounts/{{login}}/titles/preview" class="filters" id="assign-title">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label>{{t.legalTitle}} <select name="title">{{#knownTitles}}<option value="{{code}}"{{#chosen}} selected{{/chosen}}>{{name}} ({{code}})</option>{{/knownTitles}}</select></label>
        <label>{{t.firstDay}} <input name="from" type="date" required value="{{titleFrom}}"></label>
        <label>{{t.lastDayOptional}} <input name="to" type="date" value="{{titleTo}}"></label>
        <button type="submit">{{t.assignTitle}}</button>
        </form>
        <h2>{{t.delegations}}</h2>
        {{#hasDelegations}}<table class="list"><thead><tr><th>#</th><th>{{t.delegator}}</th><th>{{t.delegateAccount}}</th><th>{{t.legalTitle}}</th><th>{{t.term}}</th><th>{{t.document}}</th><th>{{t.scope}}</th><th>{{t.endDelegation}}</th></tr></thead><tbody>
        {{#delegations}}<tr><td>{{id}}</td><td><a href="/accounts/{{delegator}}">{{delegator}}</a></td><td><a href="/accounts/{{delegate}}">{{delegate}}</a></td><td>{{title}}{{#current}} ✓{{/current}}</td><td>{{term}}</td><td>{{document}}</td><td>{{scope}}</td><td>{{#canEnd}}<form method="post" action="/delegations/{{id}}/end/preview" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="login" value="{{login}}"><input name="lastDay" type="date" required aria-label="{{t.lastDay}}"> <button type="submit">{{t.endDelegation}}</button></form>{{/canEnd}}</td></tr>{{/delegations}}
        </tbody></table>{{/hasDelegations}}
        {{^hasDelegations}}<p>{{t.noDelegations}}</p>{{/hasDelegations}}
        \(delegationForm)
        {{/hasAuthority}}
        <h2>{{t.password}}</h2>
        <form method="post" action="/accounts/{{login}}/password" class="filters" id="password">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label>{{t.newPassword}} <input name="password" type="password" required autocomplete="new-password"></label>
        <label>{{t.passwordRepeat}} <input name="repeat" type="password" required autocomplete="new-password"></label>
        <button type="submit">{{t.resetPassword}}</button>
        </form>
        <p class="hint">{{t.passwordHint}} {{minimum}}. {{t.passwordEffect}}</p>
        {{#canDisable}}
        <h2>{{t.disableAccount}}</h2>
        <form method="post" action="/accounts/{{login}}/disable/preview" class="inline" id="disable">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <button type="submit">{{t.disableAccount}}</button>
        </form>
        {{/canDisable}}
        """

    /// The form lending the title of the page's account (`login`) to another (`others`), its titles in
    /// `delegationTitles`, with what was typed: on the account page and on the holder's own titles page.
    static let delegationForm = """
        <form method="post" action="/accounts/{{login}}/delegations/preview" class="wide" id="delegate">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <fieldset><legend>{{t.delegateFrom}} {{login}} (Điều 54 Luật XLVPHC)</legend>
        <label>{{t.delegateAccount}} <select name="delegate">{{#others}}<option value="{{login}}"{{#chosen}} selected{{/chosen}}>{{name}} ({{login}})</option>{{/others}}</select></label>
        <label>{{t.legalTitle}} <select name="title">{{#delegationTitles}}<option value="{{code}}"{{#chosen}} selected{{/chosen}}>{{name}} ({{code}})</option>{{/delegationTitles}}</select></label>
        <label>{{t.firstDay}} <input name="from" type="date" required value="{{delegationFrom}}"></label>
        <label>{{t.lastDay}} <input name="to" type="date" required value="{{delegationTo}}"></label>
        <label>{{t.document}} <input name="document" required placeholder="12/QĐ-TTr" value="{{delegationDocument}}"></label>
        <label>{{t.scope}} <input name="scope" value="{{delegationScope}}"></label>
        </fieldset>
        <button type="submit">{{t.delegate}}</button>
        </form>
        """

    /// The confirmation of an administration form: what changes, then the button that writes it.
    static let confirm = """
        <h1>{{heading}}</h1>
        <h2>{{t.previewTitle}}</h2>
        <dl class="facts">
        {{#facts}}<dt>{{label}}</dt><dd>{{value}}</dd>{{/facts}}
        </dl>
        {{#note}}<p class="hint">{{note}}</p>{{/note}}
        <form method="post" action="{{action}}" class="login">
        <input type="hidden" name="csrf" value="{{csrf}}">
        {{#hidden}}<input type="hidden" name="{{name}}" value="{{value}}">{{/hidden}}
        {{#passwordAgain}}
        <label>{{t.password}} <input name="password" type="password" required autocomplete="new-password"></label>
        <label>{{t.passwordRepeat}} <input name="repeat" type="password" required autocomplete="new-password"></label>
        <p class="hint">{{t.passwordAgain}}</p>
        {{/passwordAgain}}
        <button type="submit" id="confirm">{{button}}</button>
        {{#edit}}<button type="submit" formaction="{{edit}}" formnovalidate name="edit" value="1" id="change">{{t.change}}</button>{{/edit}}
        </form>
        {{^edit}}<p><a href="{{back}}">{{t.change}}</a></p>{{/edit}}
        """

    static let titles = """
        <h1>{{t.titlesAndDelegations}}</h1>
        <p><a href="/accounts">{{t.accounts}}</a></p>
        <h2>{{t.legalTitles}}</h2>
        {{#hasTitles}}<table class="list"><thead><tr><th>#</th><th>{{t.account}}</th><th>{{t.legalTitle}}</th><th>{{t.term}}</th></tr></thead><tbody>
        {{#titles}}<tr><td>{{id}}</td><td><a href="/accounts/{{login}}">{{login}}</a></td><td>{{title}} ({{code}}){{#current}} ✓{{/current}}</td><td>{{term}}</td></tr>{{/titles}}
        </tbody></table>{{/hasTitles}}
        {{^hasTitles}}<p>{{t.noTitles}}</p>{{/hasTitles}}
        <h2>{{t.delegations}}</h2>
        {{#hasDelegations}}<table class="list"><thead><tr><th>#</th><th>{{t.delegator}}</th><th>{{t.delegateAccount}}</th><th>{{t.legalTitle}}</th><th>{{t.term}}</th><th>{{t.document}}</th><th>{{t.scope}}</th></tr></thead><tbody>
        {{#delegations}}<tr><td>{{id}}</td><td><a href="/accounts/{{delegator}}">{{delegator}}</a></td><td><a href="/accounts/{{delegate}}">{{delegate}}</a></td><td>{{title}}{{#current}} ✓{{/current}}</td><td>{{term}}</td><td>{{document}}</td><td>{{scope}}</td></tr>{{/delegations}}
        </tbody></table>{{/hasDelegations}}
        {{^hasDelegations}}<p>{{t.noDelegations}}</p>{{/hasDelegations}}
        """

    static let rulePack = """
        <h1>{{t.rulePack}}</h1>
        \(noticeBlock)
        \(problemBlock)
        <dl class="facts">
        <dt>{{t.packRunning}}</dt><dd><code id="running">{{runningShort}}</code> {{runningName}} {{runningVersion}}</dd>
        {{#active}}<dt>{{t.packActive}}</dt><dd><code>{{hash}}</code> {{name}} {{version}} · {{t.activatedBy}} {{decidedBy}} · {{decidedAt}} ({{t.proposedBy}} {{proposedBy}})</dd>{{/active}}
        {{#initial}}<dt>{{t.packActive}}</dt><dd><code>{{hash}}</code> {{name}} {{version}} · {{t.packAtInit}} {{recordedAt}}</dd>{{/initial}}
        </dl>
        <h2>{{t.proposals}}</h2>
        {{^hasProposals}}<p>{{t.noProposals}}</p>{{/hasProposals}}
        {{#proposals}}
        <section class="proposal" id="p-{{short}}">
        <h3><code>{{short}}</code> {{name}} {{version}} <span class="state">{{status}}</span></h3>
        <dl class="facts">
        <dt>{{t.packHash}}</dt><dd><code>{{hash}}</code></dd>
        <dt>{{t.proposedBy}}</dt><dd>{{proposedBy}} · {{proposedAt}}</dd>
        {{#decidedBy}}<dt>{{t.decidedBy}}</dt><dd>{{decidedBy}} · {{decidedAt}}</dd>{{/decidedBy}}
        {{#reason}}<dt>{{t.reason}}</dt><dd>{{reason}}</dd>{{/reason}}
        <dt>rules check</dt><dd>{{checkErrors}} {{t.errors}}, {{checkWarnings}} {{t.warnings}}</dd>
        <dt>rules test</dt><dd class="{{#testsOK}}ok{{/testsOK}}{{^testsOK}}error{{/testsOK}}">{{testsPassed}} {{t.passed}}, {{testsFailed}} {{t.failed}}</dd>
        <dt>rules diff</dt><dd>{{t.comparedWith}} <code>{{comparedWith}}</code>: {{casesChanged}} / {{cases}} {{t.casesChange}} ({{t.finesChanged}} {{finesChanged}}, {{t.decisionDueChanged}} {{decisionDueChanged}}, {{t.paymentDueChanged}} {{paymentDueChanged}}); {{t.totalFine}} {{oldTotal}} → {{newTotal}} ({{difference}})</dd>
        </dl>
        {{#warnings}}<p class="hint">{{.}}</p>{{/warnings}}
        {{#testFailures}}<p class="error">{{.}}</p>{{/testFailures}}
        {{#waiting}}{{#canDecide}}
        <form method="post" action="/rules/{{hash}}/activate/preview" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit" class="activate">{{t.activatePack}}</button></form>
        <form method="post" action="/rules/{{hash}}/reject/preview" class="filters"><input type="hidden" name="csrf" value="{{csrf}}"><label>{{t.reason}} <input name="reason" required value="{{typedReason}}"></label><button type="submit" class="reject">{{t.rejectPack}}</button></form>
        {{/canDecide}}{{/waiting}}
        </section>
        {{/proposals}}
        <p class="hint">{{t.proposeHint}}</p>
        """

    static let plan = """
        <h1>{{t.plan}} {{year}}</h1>
        <form method="get" action="/plan" class="filters">
        <label>{{t.year}} <input name="year" type="number" min="1990" max="2200" value="{{year}}"></label>
        <button type="submit">{{t.show}}</button>
        <a href="/plan?year={{previousYear}}">{{previousYear}}</a> <a href="/plan?year={{nextYear}}">{{nextYear}}</a>
        </form>
        <p id="totals">{{t.planned}}: {{planned}} · {{t.planOpened}}: {{opened}} · {{t.planConcluded}}: {{concluded}}</p>
        {{#hasRows}}
        <table class="list"><thead><tr><th>{{t.entry}}</th><th>{{t.period}}</th><th>{{t.content}}</th><th>{{t.field}}</th><th>{{t.leadUnit}}</th><th>{{t.subject}}</th><th>{{t.onsiteDays}}</th><th>{{t.inspections}}</th><th>{{t.state}}</th></tr></thead><tbody>
        {{#rows}}<tr><td>{{key}}</td><td>{{period}}</td><td>{{content}}</td><td>{{field}}</td><td>{{leadUnit}}</td><td>{{subjects}}</td><td>{{onsiteDays}}</td><td>{{#inspection}}<a href="/inspections/{{inspection}}">#{{inspection}}</a>{{/inspection}}</td><td{{#concluded}} class="ok"{{/concluded}}>{{state}}</td></tr>{{/rows}}
        </tbody></table>
        {{/hasRows}}
        {{^hasRows}}<p>{{t.noPlan}}</p>{{/hasRows}}
        """
}
