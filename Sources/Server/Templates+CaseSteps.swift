/// The template of the case's step forms (delivery, extension, installments, postponement): the case's deadlines and
/// amounts, and the form that posts to its preview; the confirmation is the shared `confirm` page.
extension Templates {
    static let caseStep = """
        <h1>{{heading}} · <a href="/cases/{{id}}">{{t.cases}} #{{id}}</a></h1>
        <p>{{t.record}} {{recordNumber}} · {{t.state}}: {{state}}</p>
        <dl class="facts">
        <dt>{{t.decisionDue}}</dt><dd>{{decisionDue}}</dd>
        {{#totalFine}}<dt>{{t.totalFine}}</dt><dd class="money">{{totalFine}}</dd>{{/totalFine}}
        {{#outstanding}}<dt>{{t.outstanding}}</dt><dd class="money">{{outstanding}}</dd>{{/outstanding}}
        {{#paymentDue}}<dt>{{t.paymentDue}}</dt><dd>{{paymentDue}}</dd>{{/paymentDue}}
        </dl>
        \(problemBlock)
        {{#isOffered}}
        <form method="post" action="/cases/{{id}}/{{form}}/preview" class="{{formClass}}">
        <input type="hidden" name="csrf" value="{{csrf}}">
        {{#fields}}<label>{{label}} <input name="{{name}}" type="{{type}}" value="{{value}}"></label>
        {{/fields}}
        {{#hasInstallments}}<table class="list installments"><thead><tr><th>#</th><th>{{t.dueOn}}</th><th class="money">{{t.amount}}</th></tr></thead><tbody>
        {{#installments}}<tr><td>{{n}}</td><td><input name="i{{n}}dueOn" type="date" value="{{dueOn}}"></td><td><input name="i{{n}}amount" value="{{amount}}"></td></tr>
        {{/installments}}</tbody></table>{{/hasInstallments}}
        <p class="hint">{{note}}</p>
        <button type="submit" id="preview">{{t.previewButton}}</button>
        </form>
        {{/isOffered}}
        {{^isOffered}}<p>{{t.caseStepNotOffered}}</p>{{/isOffered}}
        """
}
