import Casework

extension PeriodReport {
    /// The report as JSON for scripts: stable snake_case field names, keys sorted, two-space indent, and integers
    /// only: money in đồng, land in dm², never a fraction. Language-neutral (no labels).
    ///
    /// Fields (version 1):
    ///
    /// | Field | Type | Meaning |
    /// |---|---|---|
    /// | `version` | integer | 1; raised when a field changes meaning or goes away |
    /// | `period` | object | `kind`, `label`, `from`, `before` (first day after), `through` (last day); dates `YYYY-MM-DD`; `body` for a report of one body (`report … --body`), absent otherwise |
    /// | `figures` | object | figure name → integer (count, đồng for `_vnd`, dm² for `_dm2`); every name of `Figure.all` (0 when absent), plus category/level counts |
    /// | `forms` | array | `code`, `title`, `basis`, `header` (rows of `{ text, span, rows }`), `columns` |
    /// | `forms[].columns[]` | object | `code`, `figure`, `unit` (`count`, `vnd`, `million_vnd`, `m2`), `value` |
    /// | | | `value` is the figure's exact integer (đồng, dm², count): the unit only says how a form prints it |
    /// | `checks` | array | `name`, `ok` (boolean), `text` |
    /// | `narrative` | string | the pack's paragraph |
    /// | `history` | array | up to 11 earlier periods, oldest first, then this one: `{ period, figures }`; an earlier period has only the trend figures (`Figure.trend`: inspections.total, penalty.fines_imposed_vnd) |
    /// | `pack_hash` | string | the rule pack's hash |
    /// | `generated_on` | string | `YYYY-MM-DD` |
    /// | `scopes` | array | `code`, `vi`, `en`, `categories` of the scoped figures; absent when none |
    /// | `heading` | object | the pack's heading and signature block; absent when none |
    /// | `labels` | object | per-category, per-level and per-field figure name → `{ vi, en }`, the pack's words for its code; absent when none |
    ///
    /// The output ends without a newline; it is byte-for-byte the same for the same report.
    public func renderJSON() -> String {
        var object: [String: JSONValue] = [
            "version": .integer(1),
            "period": PeriodReport.json(period),
            "figures": PeriodReport.json(figures),
            "forms": .array(forms.map { form in
                .object([
                    "code": .string(form.code), "title": .string(form.title), "basis": .string(form.basis),
                    "header": .array(form.header.map { row in
                        .array(row.map { .object(["text": .string($0.text), "span": .integer(Int64($0.span)),
                                                  "rows": .integer(Int64($0.rows))]) })
                    }),
                    "columns": .array(form.columns.map {
                        .object(["code": .string($0.code), "figure": .string($0.figure),
                                 "unit": .string($0.unit.rawValue), "value": .integer(figures[$0.figure])])
                    }),
                ])
            }),
            "checks": .array(checks.map { .object(["name": .string($0.name), "ok": .bool($0.isOK), "text": .string($0.text)]) }),
            "narrative": .string(narrative),
            // Earlier periods carry only the trend figures (Figure.trend); the last entry is this period, complete.
            "history": .array(history.map {
                .object(["period": PeriodReport.json($0.period), "figures": PeriodReport.json($0, complete: $0.period == period)])
            }),
            "pack_hash": .string(packHash),
            "generated_on": .string(generatedOn.description),
        ]
        if let journalHead { object["journal_head"] = .string(journalHead) }
        if !scopes.isEmpty {
            object["scopes"] = .array(scopes.map {
                .object(["code": .string($0.code), "vi": .string($0.vi), "en": .string($0.en),
                         "categories": .array($0.categories.map { .string($0) })])
            })
        }
        // The pack's words for the codes of the per-category, per-level and per-field figures present.
        let labelled = figures.values.keys.filter { labels.entry(for: $0) != nil }
        if !labelled.isEmpty {
            object["labels"] = .object(Dictionary(uniqueKeysWithValues: labelled.map { name in
                (name, JSONValue.object([
                    "vi": .string(label(for: name, language: .vi)), "en": .string(label(for: name, language: .en)),
                ]))
            }))
        }
        if let heading {
            object["heading"] = .object([
                "body": .string(heading.body), "governing_body": .string(heading.governingBody),
                "level": .string(heading.level), "number": .string(heading.number), "place": .string(heading.place),
                "title": .string(heading.title), "subtitle": .string(heading.subtitle),
                "signer_title": .string(heading.signerTitle), "signer_name": .string(heading.signerName),
                "recipients": .array(heading.recipients.map { .string($0) }),
            ])
        }
        return JSONValue.object(object).serialized()
    }

    private static func json(_ period: ReportPeriod) -> JSONValue {
        var object: [String: JSONValue] = [
            "kind": .string(period.kind), "label": .string(period.label), "from": .string(period.from.description),
            "before": .string(period.before.description), "through": .string(period.through.description),
        ]
        // A report of one body of those that share the store: its code (absent for the whole store).
        if let body = period.body { object["body"] = .string(body) }
        return .object(object)
    }

    private static func json(_ figures: PeriodFigures, complete: Bool = true) -> JSONValue {
        // Every fixed figure, 0 when absent, so scripts always find the same names; a history entry of an earlier
        // period has just the figures computed for it.
        var values = complete ? Dictionary(uniqueKeysWithValues: Figure.all.map { ($0, JSONValue.integer(0)) }) : [:]
        for (name, value) in figures.values { values[name] = .integer(value) }
        return .object(values)
    }
}
