/// The templates of the forms that change a case: open, decide, cancel. Each shows a preview that writes nothing
/// before the confirm button.
extension Templates {
    /// A refusal: its sentence, the pack's reasons, what to do. Inserted where a template says `{{#problem}}`.
    static let problemBlock = """
        {{#problem}}<div class="error" role="alert"><p>{{summary}}</p>{{#hasReasons}}<ul>{{#reasons}}<li>{{.}}</li>{{/reasons}}</ul>{{/hasReasons}}{{#hint}}<p class="hint">{{hint}}</p>{{/hint}}</div>{{/problem}}
        """

    /// The pack's assessment: one row per violation (legal basis, frame, fine), its explanation, the totals, the
    /// signer's competence. Inside `{{#preview}}`.
    static let assessmentBlock = """
        <table class="list"><thead><tr><th>{{t.code}}</th><th>{{t.violations}}</th><th>{{t.legalBasis}}</th><th class="money">{{t.frame}}</th><th class="money">{{t.fine}}</th></tr></thead>
        <tbody>{{#lines}}<tr><td>{{code}}</td><td>{{title}}</td><td>{{basis}}</td><td class="money">{{frame}}</td><td class="money">{{fine}}</td></tr>
        {{#steps}}<tr class="step"><td></td><td colspan="4">{{text}}{{#citation}} <span class="citation">({{citation}})</span>{{/citation}}</td></tr>{{/steps}}{{/lines}}</tbody></table>
        <dl class="facts">
        <dt>{{t.totalFine}}</dt><dd class="money total">{{total}}</dd>
        {{#remedial}}<dt>{{t.remedial}}</dt><dd class="money">{{remedial}}</dd>{{/remedial}}
        <dt>{{t.decisionDue}}</dt><dd>{{decisionDue}}</dd>
        {{#enforcementExpires}}<dt>{{t.enforcementExpires}}</dt><dd>{{enforcementExpires}}</dd>{{/enforcementExpires}}
        {{#competence}}<dt>{{t.competence}}</dt><dd>{{title}}: {{#allowed}}{{t.competent}}{{/allowed}}{{^allowed}}<strong>{{t.notCompetent}}</strong>{{/allowed}} ({{t.limit}} {{limit}}; {{citation}})</dd>{{/competence}}
        </dl>
        {{#steps}}<p class="step">{{text}}{{#citation}} <span class="citation">({{citation}})</span>{{/citation}}</p>{{/steps}}
        """

    static let decide = """
        <h1>{{t.decideCase}} · <a href="/cases/{{id}}">{{t.cases}} #{{id}}</a></h1>
        <p>{{t.record}} {{recordNumber}}, {{recordOn}} · {{t.decisionDue}}: {{decisionDue}}</p>
        \(problemBlock)
        {{#preview}}
        <h2>{{t.previewTitle}}</h2>
        \(assessmentBlock)
        {{/preview}}
        {{#canConfirm}}
        <form method="post" action="/cases/{{id}}/decide">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <input type="hidden" name="number" value="{{number}}">
        <input type="hidden" name="decidedOn" value="{{decidedOn}}">
        <input type="hidden" name="signer" value="{{signer}}">
        <input type="hidden" name="signerName" value="{{signerName}}">
        <button type="submit" id="confirm">{{t.confirmDecision}}</button>
        <button type="submit" formaction="/cases/{{id}}/decide/preview" formnovalidate name="edit" value="1" id="change">{{t.change}}</button>
        </form>
        {{/canConfirm}}
        {{^canConfirm}}
        {{#isOpen}}
        {{#noTitles}}<div class="error" role="alert"><p>{{t.noHeldTitle}}</p><p class="hint">{{t.noHeldTitleHint}}</p></div>{{/noTitles}}
        <form method="post" action="/cases/{{id}}/decide/preview" class="login">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label>{{t.number}} <input name="number" required value="{{number}}"></label>
        <label>{{t.decidedOn}} <input name="decidedOn" type="date" required value="{{decidedOn}}"></label>
        <label>{{t.signerTitle}} <select name="signer" required>{{#titles}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/titles}}</select></label>
        <label>{{t.signerName}} <input name="signerName" required value="{{signerName}}"></label>
        <button type="submit" id="preview">{{t.previewButton}}</button>
        </form>
        {{/isOpen}}
        {{^isOpen}}<p>{{t.notOpen}}</p>{{/isOpen}}
        {{/canConfirm}}
        """

    static let openCase = """
        <h1>{{t.openCase}} · <a href="/subjects/{{subjectID}}">{{subjectName}}</a> ({{subjectIdentifier}})</h1>
        \(problemBlock)
        {{#preview}}
        <h2>{{t.previewTitle}}</h2>
        \(assessmentBlock)
        <form method="post" action="/subjects/{{subjectID}}/cases">
        <input type="hidden" name="csrf" value="{{csrf}}">
        {{#hidden}}<input type="hidden" name="{{name}}" value="{{value}}">{{/hidden}}
        <button type="submit" id="confirm">{{t.confirmOpen}}</button>
        <button type="submit" formaction="/subjects/{{subjectID}}/cases/preview" formnovalidate name="edit" value="1" id="change">{{t.change}}</button>
        </form>
        {{/preview}}
        {{^preview}}
        <form method="post" action="/subjects/{{subjectID}}/cases/preview" class="wide">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <fieldset><legend>{{t.record}}</legend>
        <label>{{t.recordNumber}} <input name="record" required value="{{record}}"></label>
        <label>{{t.recordOn}} <input name="recordOn" type="date" required value="{{recordOn}}"></label>
        <label>{{t.place}} <input name="place" value="{{place}}"></label>
        </fieldset>
        <fieldset><legend>{{t.violations}}</legend>
        <table class="list"><thead><tr><th>#</th><th>{{t.code}}</th><th>{{t.committedOn}}</th><th>{{t.endedOn}}</th><th>{{t.detectedOn}}</th><th>{{t.illegalGain}}</th></tr></thead><tbody>
        {{#rows}}<tr><td>{{n}}</td><td><input name="v{{n}}code" list="catalog" value="{{code}}"></td><td><input name="v{{n}}committedOn" type="date" value="{{committedOn}}"></td><td><input name="v{{n}}endedOn" type="date" value="{{endedOn}}"></td><td><input name="v{{n}}detectedOn" type="date" value="{{detectedOn}}"></td><td><input name="v{{n}}gain" value="{{gain}}"></td></tr>{{/rows}}
        </tbody></table>
        <datalist id="catalog">{{#catalog}}<option value="{{code}}">{{name}}</option>{{/catalog}}</datalist>
        <p class="hint">{{t.violationHint}}</p>
        </fieldset>
        <fieldset><legend>{{t.mitigating}}</legend>{{#mitigating}}<label class="check"><input type="checkbox" name="{{field}}" value="1"{{#checked}} checked{{/checked}}> {{name}}</label>{{/mitigating}}</fieldset>
        <fieldset><legend>{{t.aggravating}}</legend>{{#aggravating}}<label class="check"><input type="checkbox" name="{{field}}" value="1"{{#checked}} checked{{/checked}}> {{name}}</label>{{/aggravating}}</fieldset>
        <fieldset><legend>{{t.facts}}</legend>
        <label class="check"><input type="checkbox" name="complex" value="1"{{#complex}} checked{{/complex}}> {{t.complex}}</label>
        <label class="check"><input type="checkbox" name="explanationRequested" value="1"{{#explanationRequested}} checked{{/explanationRequested}}> {{t.explanationRequested}}</label>
        <label class="check"><input type="checkbox" name="minor" value="1"{{#minor}} checked{{/minor}}> {{t.minor}}</label>
        </fieldset>
        <button type="submit" id="preview">{{t.previewButton}}</button>
        </form>
        {{/preview}}
        """

    static let cancelCase = """
        <h1>{{t.cancelCase}} · <a href="/cases/{{id}}">{{t.cases}} #{{id}}</a></h1>
        <p>{{t.record}} {{recordNumber}} · {{t.state}}: {{state}}</p>
        \(problemBlock)
        {{#preview}}
        <h2>{{t.previewTitle}}</h2>
        <dl class="facts">
        <dt>{{t.cancelledOn}}</dt><dd>{{cancelledOn}}</dd>
        <dt>{{t.reason}}</dt><dd>{{reason}}</dd>
        <dt>{{t.state}}</dt><dd>{{state}} → {{newState}}</dd>
        </dl>
        <form method="post" action="/cases/{{id}}/cancel">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <input type="hidden" name="cancelledOn" value="{{cancelledOn}}">
        <input type="hidden" name="reason" value="{{reason}}">
        <button type="submit" id="confirm">{{t.confirmCancel}}</button>
        <button type="submit" formaction="/cases/{{id}}/cancel/preview" formnovalidate name="edit" value="1" id="change">{{t.change}}</button>
        </form>
        {{/preview}}
        {{^preview}}
        <form method="post" action="/cases/{{id}}/cancel/preview" class="login">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label>{{t.cancelledOn}} <input name="cancelledOn" type="date" required value="{{cancelledOn}}"></label>
        <label>{{t.reason}} <input name="reason" required value="{{reason}}"></label>
        <button type="submit" id="preview">{{t.previewButton}}</button>
        </form>
        {{/preview}}
        """
}
