/// The template of the signed-in account's own titles and delegations, with the form that lends a title it holds.
extension Templates {
    static let ownTitles = """
        <h1>{{t.myTitles}} · {{login}}</h1>
        \(noticeBlock)
        \(problemBlock)
        <h2>{{t.legalTitles}}</h2>
        {{#hasTitles}}<table class="list"><thead><tr><th>{{t.legalTitle}}</th><th>{{t.term}}</th></tr></thead><tbody>
        {{#titles}}<tr><td>{{title}} ({{code}}){{#current}} ✓{{/current}}</td><td>{{term}}</td></tr>{{/titles}}
        </tbody></table>{{/hasTitles}}
        {{^hasTitles}}<p>{{t.noTitles}}</p>{{/hasTitles}}
        <h2>{{t.delegationsLent}}</h2>
        <table class="list"><thead><tr><th>#</th><th>{{t.delegateAccount}}</th><th>{{t.legalTitle}}</th><th>{{t.term}}</th><th>{{t.document}}</th><th>{{t.endDelegation}}</th></tr></thead><tbody>
        {{#lent}}<tr><td>{{id}}</td><td>{{delegate}}</td><td>{{title}}{{#current}} ✓{{/current}}</td><td>{{term}}</td><td>{{document}}</td><td>{{#canEnd}}<form method="post" action="/delegations/{{id}}/end/preview" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="login" value="{{delegator}}"><input name="lastDay" type="date" required aria-label="{{t.lastDay}}"> <button type="submit">{{t.endDelegation}}</button></form>{{/canEnd}}</td></tr>{{/lent}}
        </tbody></table>
        <h2>{{t.delegationsReceived}}</h2>
        <table class="list"><thead><tr><th>#</th><th>{{t.delegator}}</th><th>{{t.legalTitle}}</th><th>{{t.term}}</th><th>{{t.document}}</th><th>{{t.scope}}</th></tr></thead><tbody>
        {{#received}}<tr><td>{{id}}</td><td>{{delegator}}</td><td>{{title}}{{#current}} ✓{{/current}}</td><td>{{term}}</td><td>{{document}}</td><td>{{scope}}</td></tr>{{/received}}
        </tbody></table>
        {{#canDelegate}}
        \(delegationForm)
        {{/canDelegate}}
        """
}
