public import Casework
import LuaBridge

/// The rule pack answers Casework's reporting questions through `report.*` (docs/rule-contract.md).
extension RuleEngine: ReportPolicy {
    public func reportPeriod(kind: String, spec: String) throws -> ReportPeriod {
        let result = try periodAnswer(kind: kind, spec: spec)
        return ReportPeriod(
            kind: try result["kind"].optionalString() ?? kind, label: try result["label"].optionalString() ?? spec,
            from: try result["from"].date(), before: try result["before"].date())
    }

    public func reportPeriodBefore(kind: String, spec: String) throws -> String? {
        try periodAnswer(kind: kind, spec: spec)["previous"].optionalString()
    }

    public func reportSpec(kind: String, containing day: CalendarDate) throws -> String {
        let result = ResultReader(
            try call(["report", "containing"], [.record(["kind": .string(kind), "on": .date(day)])]),
            rule: "report.containing")
        if let problem = try result["problems"].problems().first {
            throw InputError(field: "period", message: problem.message, hint: problem.hint)
        }
        return try result["spec"].string()
    }

    /// `report.period`'s answer, its refusal thrown.
    private func periodAnswer(kind: String, spec: String) throws -> ResultReader {
        let result = ResultReader(
            try call(["report", "period"], [.record(["kind": .string(kind), "spec": .string(spec)])]), rule: "report.period")
        if let problem = try result["problems"].problems().first {
            throw InputError(field: "period", message: problem.message, hint: problem.hint)
        }
        return result
    }

    /// `report.scopes({ on })` → `{ scopes = { { code, vi, en, categories } } }`; a pack without `report.scopes`
    /// has none. A scope code is not empty and has no `:`; a category list is not empty.
    public func reportScopes(on: CalendarDate) throws -> [FigureScope] {
        guard defines(["report", "scopes"]) else { return [] }
        let result = ResultReader(try call(["report", "scopes"], [.record(["on": .date(on)])]), rule: "report.scopes")
        var scopes: [FigureScope] = []
        for scope in try result["scopes"].list() {
            let code = try scope["code"].string()
            guard !code.isEmpty, !code.contains(Figure.scopeSeparator) else {
                throw scope["code"].failure(
                    "a scope code without \"\(Figure.scopeSeparator)\", not '\(code)'",
                    vi: "một mã phạm vi không có \"\(Figure.scopeSeparator)\", không phải '\(code)'")
            }
            var categories: [String] = []
            for category in try scope["categories"].list() { categories.append(try category.string()) }
            guard !categories.isEmpty else { throw scope["categories"].failure(
                    "at least one category of inspection", vi: "ít nhất một loại hình thanh tra") }
            scopes.append(
                FigureScope(
                    code: code, vi: try scope["vi"].string(), en: try scope["en"].optionalString() ?? code,
                    categories: categories))
        }
        return scopes
    }

    /// `report.labels({ on })` → `{ categories, levels, fields }`, each a list of `{ code, vi, en }`; a pack without
    /// `report.labels` has none. A code is not empty; `en` defaults to `vi`.
    public func reportLabels(on: CalendarDate) throws -> ReportLabels {
        guard defines(["report", "labels"]) else { return .empty }
        let result = ResultReader(try call(["report", "labels"], [.record(["on": .date(on)])]), rule: "report.labels")
        func entries(_ key: String) throws -> [ReportLabels.Entry] {
            var out: [ReportLabels.Entry] = []
            for item in try result[key].list() {
                let code = try item["code"].string()
                guard !code.isEmpty else { throw item["code"].failure("a code that is not empty", vi: "một mã không rỗng") }
                let vi = try item["vi"].string()
                out.append(ReportLabels.Entry(code: code, vi: vi, en: try item["en"].optionalString() ?? vi))
            }
            return out
        }
        return ReportLabels(categories: try entries("categories"), levels: try entries("levels"), fields: try entries("fields"))
    }

    /// `report.bodies({ on })` → a list of `{ code, vi, en }`: the bodies that share the store; a pack without
    /// `report.bodies` has none. A code is not empty; `en` defaults to `vi`.
    public func reportBodies(on: CalendarDate) throws -> [ReportLabels.Entry] {
        guard defines(["report", "bodies"]) else { return [] }
        let result = ResultReader(try call(["report", "bodies"], [.record(["on": .date(on)])]), rule: "report.bodies")
        var out: [ReportLabels.Entry] = []
        for item in try result.list() {
            let code = try item["code"].string()
            guard !code.isEmpty else { throw item["code"].failure("a code that is not empty", vi: "một mã không rỗng") }
            let vi = try item["vi"].string()
            out.append(ReportLabels.Entry(code: code, vi: vi, en: try item["en"].optionalString() ?? vi))
        }
        return out
    }

    /// `report.heading({ period })`; a pack without `report.heading` has none.
    public func reportHeading(for period: ReportPeriod) throws -> ReportHeading? {
        guard defines(["report", "heading"]) else { return nil }
        let input: LuaValue = .record(["period": period.luaRecord])
        let result = ResultReader(try call(["report", "heading"], [input]), rule: "report.heading")
        var recipients: [String] = []
        for recipient in try result["recipients"].list() { recipients.append(try recipient.string()) }
        return ReportHeading(
            body: try result["body"].string(), governingBody: try result["governing_body"].optionalString() ?? "",
            level: try result["level"].optionalString() ?? "", number: try result["number"].optionalString() ?? "",
            place: try result["place"].optionalString() ?? "", title: try result["title"].string(),
            subtitle: try result["subtitle"].optionalString() ?? "",
            signerTitle: try result["signer_title"].optionalString() ?? "",
            signerName: try result["signer_name"].optionalString() ?? "", recipients: recipients)
    }

    public func reportForms(on: CalendarDate) throws -> [FormLayout] {
        let scopes = Set(try reportScopes(on: on).map(\.code))
        let result = ResultReader(try call(["report", "forms"], [.record(["on": .date(on)])]), rule: "report.forms")
        var forms: [FormLayout] = []
        for form in try result["forms"].list() {
            let code = try form["code"].string()
            try form.refuseUnknownKeys(["code", "title", "basis", "scope", "header", "columns", "units"], what: "form \(code)", in: pack)
            var header: [[FormLayout.HeaderCell]] = []
            for row in try form["header"].list() {
                var cells: [FormLayout.HeaderCell] = []
                for cell in try row.list() {
                    try cell.refuseUnknownKeys(["text", "span", "rows"], what: "a header cell of form \(code)", in: pack)
                    cells.append(
                        .init(try cell["text"].string(), span: Int(try cell["span"].quantity()),
                              rows: Int(try cell["rows"].quantity())))
                }
                header.append(cells)
            }
            var columns: [FormLayout.Column] = []
            for column in try form["columns"].list() {
                try column.refuseUnknownKeys(["code", "figure", "unit"], what: "a column of form \(code)", in: pack)
                let figure = try column["figure"].string()
                guard let definition = Figure.definition(of: figure) else {
                    throw column["figure"].failure(
                        "one of the figures the store computes (docs/rule-contract.md, \"Reports\", lists them), not '\(figure)'",
                        vi: "một chỉ tiêu kho dữ liệu tính được (docs/rule-contract.md, mục \"Reports\"), không phải '\(figure)'")
                }
                if let (scope, _) = Figure.splitScoped(figure), !scopes.contains(scope) {
                    throw column["figure"].failure(
                        "a scope named by report.scopes (\(scopes.sorted().joined(separator: ", "))), not '\(scope)'",
                        vi: "một phạm vi có trong report.scopes (\(scopes.sorted().joined(separator: ", "))), không phải '\(scope)'")
                }
                // No unit: the figure's own (đồng, m² from dm², a count); a unit must suit the figure.
                let unit: FormUnit
                if let word = try column["unit"].optionalString() {
                    guard let named = FormUnit(rawValue: word), definition.unit.formUnits.contains(named) else {
                        throw column["unit"].failure(
                            "a unit for \(figure): "
                                + definition.unit.formUnits.map { "\"\($0.rawValue)\"" }.joined(separator: " or ")
                                + ", not \"\(word)\"",
                            vi: "một đơn vị của \(figure): "
                                + definition.unit.formUnits.map { "\"\($0.rawValue)\"" }.joined(separator: " hoặc ")
                                + ", không phải \"\(word)\"")
                    }
                    unit = named
                } else {
                    unit = definition.unit.formUnits[0]
                }
                columns.append(.init(code: try column["code"].string(), figure: figure, unit: unit))
            }
            forms.append(
                FormLayout(
                    code: code, title: try form["title"].string(),
                    basis: try form["basis"].optionalString() ?? "", header: header, columns: columns))
        }
        return forms
    }

    public func reportChecks(_ figures: PeriodFigures) throws -> [FigureCheck] {
        let result = ResultReader(try call(["report", "checks"], [figures.luaTable]), rule: "report.checks")
        var checks: [FigureCheck] = []
        for check in try result["checks"].list() {
            checks.append(
                FigureCheck(name: try check["name"].string(), isOK: try check["ok"].bool(), text: try check["text"].string()))
        }
        return checks
    }

    public func reportNarrative(_ figures: PeriodFigures, language: String) throws -> String {
        let period = figures.period
        let input: LuaValue = .record([
            "period": period.luaRecord, "figures": figures.luaTable, "language": .string(language),
        ])
        return try ResultReader(try call(["report", "narrative"], [input]), rule: "report.narrative")["text"].string()
    }
}

extension ReportPeriod {
    /// `{ kind, label, from, before }`, and `body` when the period counts one body's records.
    var luaRecord: LuaValue {
        var fields: [String: LuaValue] = [
            "kind": .string(kind), "label": .string(label), "from": .date(from), "before": .date(before),
        ]
        if let body { fields["body"] = .string(body) }
        return .record(fields)
    }
}

extension PeriodFigures {
    /// `{ ["inspections.total"] = 37, … }`.
    var luaTable: LuaValue {
        .table(LuaTable(fields: values.mapValues { .integer($0) }))
    }
}
