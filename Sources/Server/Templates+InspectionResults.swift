/// The templates of an inspection's results: the form of a finding, a recommendation or a follow-up (its
/// confirmation is the shared `confirm` page), and the inspection page's findings and recommendations.
extension Templates {
    static let inspectionResult = """
        <h1>{{heading}} · <a href="/inspections/{{id}}">{{t.inspections}} #{{id}}</a></h1>
        <p>{{content}} · {{t.state}}: {{state}}</p>
        {{#recommendationText}}<p>{{t.recommendation}}: {{recommendationText}}</p>{{/recommendationText}}
        \(problemBlock)
        {{#isOffered}}
        <form method="post" action="{{action}}/preview" class="login" id="result-form">
        <input type="hidden" name="csrf" value="{{csrf}}">
        {{#fields}}<label>{{label}} {{#isSelect}}<select name="{{name}}">{{#options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{text}}</option>{{/options}}</select>{{/isSelect}}{{^isSelect}}<input name="{{name}}" type="{{type}}" value="{{value}}">{{/isSelect}}</label>
        {{/fields}}
        <p class="hint">{{note}}</p>
        <button type="submit" id="preview">{{t.previewButton}}</button>
        </form>
        {{/isOffered}}
        {{^isOffered}}<p>{{t.resultNotOffered}}</p>{{/isOffered}}
        """

    /// The inspection page's findings and recommendations, with the links to their forms.
    static let inspectionResultsBlock = """
        {{#hasResultLinks}}<p class="actions">{{#resultLinks}}<a href="{{href}}" id="new-{{form}}">{{label}}</a> {{/resultLinks}}</p>{{/hasResultLinks}}
        <h2>{{t.findings}} ({{findingCount}})</h2>
        {{#hasFindings}}<table class="list findings"><thead><tr><th>#</th><th>{{t.subject}}</th><th>{{t.description}}</th><th>{{t.findingCategory}}</th><th class="money">{{t.amount}}</th><th class="money">{{t.landArea}}</th></tr></thead><tbody>
        {{#findings}}<tr><td>{{id}}</td><td>{{subject}}</td><td>{{description}}</td><td>{{category}}</td><td class="money">{{amount}}</td><td class="money">{{land}}</td></tr>{{/findings}}
        </tbody></table>{{/hasFindings}}
        <h2>{{t.recommendations}} ({{recommendationCount}})</h2>
        {{#hasRecommendations}}<table class="list recommendations"><thead><tr><th>#</th><th>{{t.recommendationKind}}</th><th>{{t.description}}</th><th>{{t.recommended}}</th><th>{{t.doneSoFar}}</th><th></th></tr></thead><tbody>
        {{#recommendations}}<tr><td>{{id}}</td><td>{{kind}}</td><td>{{description}}</td><td>{{recommended}}</td><td>{{done}}</td><td>{{#followUpPath}}<a href="{{followUpPath}}">{{followUpLink}}</a>{{/followUpPath}}</td></tr>{{/recommendations}}
        </tbody></table>{{/hasRecommendations}}
        """
}
