/// The templates of the import page: one form per kind the account may import (the CSRF field first, so the server
/// checks it before it reads the file), the preview of an uploaded file with its refused rows and the confirmation
/// that posts only the kept file's token, and the result with the journal range.
extension Templates {
    static let importSources: [String: String] = [
        "imports": imports, "importPreview": importPreview, "importResult": importResult,
    ]

    static let imports = """
        <h1>{{t.importHeading}}</h1>
        <p class="hint">{{t.importIntro}}</p>
        {{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
        <p class="hint">{{t.importLimit}} {{limit}}</p>
        {{#kinds}}
        <section class="import" id="import-{{kind}}">
        <h2>{{label}}</h2>
        <form method="post" action="/imports/{{kind}}/preview" enctype="multipart/form-data">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <label>{{t.importFile}} <input type="file" name="file" accept=".csv,text/csv" required id="file-{{kind}}"></label>
        <label><input type="checkbox" name="skipBad" value="1"> {{t.importSkipBad}}</label>
        <button type="submit" id="preview-{{kind}}">{{t.importPreviewButton}}</button>
        </form>
        </section>
        {{/kinds}}
        {{^kinds}}<p>{{t.importNoKind}}</p>{{/kinds}}
        """

    static let importPreview = """
        <h1>{{t.importPreviewHeading}} · {{label}}</h1>
        {{#error}}<p class="error" role="alert">{{error}}</p>{{/error}}
        <p class="hint">{{t.importPreviewNote}}</p>
        <dl class="facts">
        <dt>{{t.importFileName}}</dt><dd>{{fileName}}</dd>
        <dt>{{t.importRowsRead}}</dt><dd id="rows-read">{{rowsRead}}</dd>
        <dt>{{t.importRowsToWrite}}</dt><dd id="rows-to-write">{{toWrite}}</dd>
        <dt>{{t.importRowsRefused}}</dt><dd id="rows-refused">{{refusedCount}}</dd>
        </dl>
        {{#hasSample}}
        <h2>{{t.importSampleHeading}}</h2>
        <table class="list sample"><thead><tr><th>{{t.importLine}}</th>{{#header}}<th>{{.}}</th>{{/header}}</tr></thead><tbody>
        {{#sample}}<tr><td>{{line}}</td>{{#fields}}<td>{{.}}</td>{{/fields}}</tr>
        {{/sample}}</tbody></table>
        {{#moreSample}}<p class="hint">{{t.importSampleListed}}</p>{{/moreSample}}
        {{/hasSample}}
        {{#hasRefused}}
        <h2>{{t.importRefusedHeading}}</h2>
        <table class="list refused"><thead><tr><th>{{t.importLine}}</th><th>{{t.importColumn}}</th><th>{{t.importReasons}}</th></tr></thead><tbody>
        {{#refused}}<tr><td>{{line}}</td><td>{{column}}</td><td>{{reason}}</td></tr>
        {{/refused}}</tbody></table>
        {{#moreRefused}}<p class="hint">{{t.importRefusedListed}}</p>{{/moreRefused}}
        <p class="hint">{{t.importRefusedStop}}</p>
        {{/hasRefused}}
        {{#canWrite}}
        <form method="post" action="/imports/{{kind}}" class="confirm">
        <input type="hidden" name="csrf" value="{{csrf}}">
        <input type="hidden" name="token" value="{{token}}">
        {{#hasRefused}}<label><input type="checkbox" name="skipBad" value="1"{{#skipBad}} checked{{/skipBad}} id="skip-bad"> {{t.importSkipBad}}</label>{{/hasRefused}}
        <button type="submit" id="confirm">{{t.importConfirmButton}}</button>
        </form>
        {{/canWrite}}
        {{^canWrite}}<p>{{t.importNothingToWrite}}</p>{{/canWrite}}
        <p><a href="/imports">{{t.importAgain}}</a></p>
        """

    static let importResult = """
        <h1>{{t.importResultHeading}} · {{label}}</h1>
        <dl class="facts">
        <dt>{{t.importFileName}}</dt><dd>{{fileName}}</dd>
        <dt>{{t.importRowsRead}}</dt><dd>{{rowsRead}}</dd>
        <dt>{{t.importImported}}</dt><dd id="imported">{{imported}}</dd>
        <dt>{{t.importSkipped}}</dt><dd>{{refusedCount}}</dd>
        <dt>{{t.importBatches}}</dt><dd>{{batches}}</dd>
        {{#journal}}<dt>{{t.importJournal}}</dt><dd id="journal-range">#{{first}} – #{{last}}</dd>{{/journal}}
        {{#records}}<dt>{{t.importRecords}}</dt><dd>{{first}} – {{last}}</dd>{{/records}}
        {{#amount}}<dt>{{t.importAmount}}</dt><dd class="money">{{amount}}</dd>{{/amount}}
        {{#surcharge}}<dt>{{t.importSurcharge}}</dt><dd class="money">{{surcharge}}</dd>{{/surcharge}}
        <dt>{{t.importSHA256}}</dt><dd><code>{{sha256}}</code></dd>
        </dl>
        <p><a href="/imports">{{t.importAgain}}</a></p>
        """
}
