import Casework
import Inspectorate

/// The fields of an inspection's result forms, read into the use cases' values; what a confirmation page says of
/// each; and the inspection page's findings and recommendations with the links to the forms its reader may use.
extension Routes {
    /// The change the fields ask for, or the key of ``Words`` naming the field that is not a value of its kind (the
    /// checks of the values themselves — the figures a kind takes, more than recommended — are the use case's).
    static func resultChange(
        _ form: InspectionResultForm, _ fields: [String: String], today: CalendarDate
    ) -> Result<ResultChange, FieldProblem> {
        func text(_ name: String) -> String { (fields[name] ?? "").trimmedOfWhitespace }
        func optionalID(_ name: String) -> Result<Int64?, FieldProblem> {
            let value = text(name)
            if value.isEmpty { return .success(nil) }
            guard let id = Int64(value) else { return .failure(FieldProblem(name == "subject" ? "subject" : "relatedFinding")) }
            return .success(id)
        }
        let figures: RecommendationFigures
        switch Self.resultFigures(fields, for: form) {
        case .failure(let problem): return .failure(problem)
        case .success(let value): figures = value
        }
        switch form {
        case .finding:
            guard let subject = Int64(text("subject")) else { return .failure(FieldProblem("subject")) }
            let category = text("category")
            return .success(
                .finding(
                    subject: Subject.ID(rawValue: subject), description: fields["description"] ?? "",
                    category: category.isEmpty ? nil : category, amount: figures.amountVND, land: figures.landArea))
        case .recommendation:
            guard let kind = Recommendation.Kind(rawValue: text("kind")) else {
                return .failure(FieldProblem("recommendationKind"))
            }
            var handling: Recommendation.Handling?
            if !text("handling").isEmpty {
                guard let value = Recommendation.Handling(rawValue: text("handling")) else {
                    return .failure(FieldProblem("handling"))
                }
                handling = value
            }
            let finding: Int64?
            let subject: Int64?
            switch (optionalID("finding"), optionalID("subject")) {
            case (.success(let f), .success(let s)): (finding, subject) = (f, s)
            case (.failure(let problem), _), (_, .failure(let problem)): return .failure(problem)
            }
            let names = text("names").split(separator: ";").map { String($0).trimmedOfWhitespace }.filter { !$0.isEmpty }
            return .success(
                .recommendation(
                    NewRecommendation(
                        kind: kind, findingID: finding.map(Finding.ID.init(rawValue:)),
                        subjectID: subject.map(Subject.ID.init(rawValue:)), description: fields["description"] ?? "",
                        figures: figures, names: names, handling: handling)))
        case .followUp:
            guard let doneOn = CalendarDate(text("doneOn")) else { return .failure(FieldProblem("doneOn")) }
            let receipt = text("receipt")
            let allowOver = text("allowOver")
            return .success(
                .followUp(
                    NewFollowUp(
                        doneOn: doneOn, figures: figures, receipt: receipt.isEmpty ? nil : receipt,
                        note: fields["note"] ?? ""),
                    allowOver: allowOver.isEmpty ? nil : allowOver))
        }
    }

    /// The money, land and counts of a form (empty is zero; a finding has money and land only).
    static func resultFigures(_ fields: [String: String], for form: InspectionResultForm)
        -> Result<RecommendationFigures, FieldProblem>
    {
        func text(_ name: String) -> String { (fields[name] ?? "").trimmedOfWhitespace }
        func amount() -> VND? {
            if text("amount").isEmpty { return .zero }
            return try? VND(parsing: text("amount"))
        }
        func land() -> LandArea? {
            if text("land").isEmpty { return .zero }
            return try? LandArea(parsingSquareMetres: text("land"))
        }
        guard let amount = amount() else { return .failure(FieldProblem("amount")) }
        guard let land = land() else { return .failure(FieldProblem("landArea")) }
        var counts: [String: Int] = [:]
        for name in ["collectives", "persons", "cases", "documents"] where form != .finding {
            if text(name).isEmpty { continue }
            guard let count = Int(text(name)), count >= 0 else { return .failure(FieldProblem("count-\(name)")) }
            counts[name] = count
        }
        return .success(
            RecommendationFigures(
                amountVND: amount, landArea: land, collectives: counts["collectives"] ?? 0,
                persons: counts["persons"] ?? 0, cases: counts["cases"] ?? 0, documents: counts["documents"] ?? 0))
    }

    /// The form's fields for the template, with what was typed: a select for a subject, a category, a kind, a
    /// finding, a handling; an input for the rest.
    static func resultFields(
        _ form: InspectionResultForm, _ fields: [String: String], inspection: Inspection, subjects: [Subject],
        categories: [InspectionCatalog.Item], _ language: Language
    ) -> [[String: Any]] {
        func input(_ name: String, _ label: String, type: String = "text") -> [String: Any] {
            ["name": name, "label": Words.text(label, language), "type": type, "value": fields[name] ?? "",
             "isSelect": false]
        }
        func select(_ name: String, _ label: String, _ options: [(String, String)]) -> [String: Any] {
            let chosen = fields[name] ?? ""
            return [
                "name": name, "label": Words.text(label, language), "isSelect": true, "value": chosen,
                "options": options.map { option -> [String: Any] in
                    ["value": option.0, "text": option.1, "selected": option.0 == chosen]
                },
            ]
        }
        let subjectOptions = subjects.map { ("\($0.id.rawValue)", "\($0.name) (\($0.identifier))") }
        let counts = [
            input("collectives", "count-collectives", type: "number"), input("persons", "count-persons", type: "number"),
            input("cases", "count-cases", type: "number"), input("documents", "count-documents", type: "number"),
        ]
        switch form {
        case .finding:
            return [
                select("subject", "subject", subjectOptions), input("description", "description"),
                select("category", "findingCategory",
                       [("", Words.text("categoryByPack", language))] + categories.map { ($0.code, "\($0.title) (\($0.code))") }),
                input("amount", "amount"), input("land", "landArea"),
            ]
        case .recommendation:
            let none = ("", Words.text("noneChosen", language))
            return [
                select("kind", "recommendationKind", Recommendation.Kind.allCases.map { ($0.rawValue, kindName($0, language)) }),
                select("finding", "relatedFinding", [none] + inspection.findings.map { ("\($0.id.rawValue)", "#\($0.id.rawValue) \($0.description)") }),
                select("subject", "subject", [none] + subjectOptions), input("description", "description"),
                input("amount", "amount"), input("land", "landArea"),
            ] + counts + [
                input("names", "handledNames"),
                select("handling", "handling", [none] + Recommendation.Handling.allCases.map {
                    ($0.rawValue, Words.text("handling-\($0.rawValue)", language))
                }),
            ]
        case .followUp:
            return [input("doneOn", "doneOn", type: "date"), input("amount", "amount"), input("land", "landArea")]
                + counts + [input("receipt", "receipt"), input("note", "note"), input("allowOver", "allowOver")]
        }
    }

    /// What the confirmation page says the change records, as the use case's preview gives it.
    static func resultFacts(_ preview: ResultPreview, subjects: [Subject], _ language: Language) -> [(String, String)] {
        var facts: [(String, String)] = []
        func add(_ key: String, _ value: String) { facts.append((Words.text(key, language), value)) }
        func subjectName(_ id: Subject.ID) -> String {
            subjects.first { $0.id == id }.map { "\($0.name) (\($0.identifier))" } ?? "#\(id.rawValue)"
        }
        switch preview {
        case .finding(let checked):
            let finding = checked.finding
            add("subject", subjectName(finding.subjectID))
            add("description", finding.description)
            add("findingCategory", "\(checked.categoryTitle) (\(finding.category))")
            add("amount", Pages.money(finding.amountVND))
            add("landArea", "\(finding.landArea)")
            let suggestion = checked.suggestion
            add("suggestRecovery", Pages.money(suggestion.recoveryVND))
            if suggestion.otherFinancialVND > .zero { add("suggestOtherFinancial", Pages.money(suggestion.otherFinancialVND)) }
            if suggestion.landArea > .zero { add("suggestLand", "\(suggestion.landArea)") }
            for step in suggestion.steps {
                add("explanation", step.citation.isEmpty ? step.text : "\(step.text) (\(step.citation))")
            }
        case .recommendation(let new):
            add("recommendationKind", kindName(new.kind, language))
            if let finding = new.findingID { add("relatedFinding", "#\(finding.rawValue)") }
            if let subject = new.subjectID { add("subject", subjectName(subject)) }
            add("description", new.description)
            add("recommended", figuresText(new.figures, language))
            if !new.names.isEmpty { add("handledNames", new.names.joined(separator: "; ")) }
            if let handling = new.handling { add("handling", Words.text("handling-\(handling.rawValue)", language)) }
        case .followUp(let new, let recommendation):
            add("recommendation", "#\(recommendation.id.rawValue) \(kindName(recommendation.kind, language)): \(recommendation.description)")
            add("recommended", figuresText(recommendation.figures, language))
            add("doneSoFar", figuresText(recommendation.done, language))
            add("doneOn", "\(new.doneOn)")
            add("thisFollowUp", figuresText(new.figures, language))
            if let receipt = new.receipt { add("receipt", receipt) }
            if !new.note.isEmpty { add("note", new.note) }
            if let reason = new.overReason { add("allowOver", reason) }
        }
        return facts
    }

    /// A recommendation's kind in words.
    static func kindName(_ kind: Recommendation.Kind, _ language: Language) -> String {
        Words.text("recommendationKind-\(kind.rawValue)", language)
    }

    /// Figures in words: the money, the land and each count that is not zero (`0` when all are).
    static func figuresText(_ figures: RecommendationFigures, _ language: Language) -> String {
        let vi = language == .vi
        var parts: [String] = []
        if figures.amountVND > .zero { parts.append(Pages.money(figures.amountVND)) }
        if figures.landArea > .zero { parts.append("\(figures.landArea)") }
        if figures.collectives > 0 { parts.append(vi ? "\(figures.collectives) tập thể" : "\(figures.collectives) collective(s)") }
        if figures.persons > 0 { parts.append(vi ? "\(figures.persons) cá nhân" : "\(figures.persons) person(s)") }
        if figures.cases > 0 { parts.append(vi ? "\(figures.cases) vụ" : "\(figures.cases) case(s)") }
        if figures.documents > 0 { parts.append(vi ? "\(figures.documents) văn bản" : "\(figures.documents) document(s)") }
        return parts.isEmpty ? "0" : parts.joined(separator: ", ")
    }

    /// The inspection page's findings and recommendations, and the links to the result forms: each only for an
    /// account whose role allows it (on its own team's inspection when the role is a team's) and in a state that
    /// allows it.
    static func inspectionResultsData(
        _ inspection: Inspection, subjects: [Subject], account: Account?, _ language: Language
    ) -> [String: Any] {
        let names = Dictionary(subjects.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        func allowed(_ form: InspectionResultForm) -> Bool {
            guard let account, form.route.allows(account), form.isOffered(for: inspection) else { return false }
            let roles = Set(account.roles)
            guard let action = form.route.action, action.needsTeamMembership(roles) else { return true }
            return inspection.decision?.teamIncludes(account.login) == true
        }
        let id = inspection.id.rawValue
        let canFollowUp = allowed(.followUp)
        var data: [String: Any] = [
            "findings": inspection.findings.map { finding -> [String: Any] in
                [
                    "id": "\(finding.id.rawValue)", "subject": names[finding.subjectID] ?? "#\(finding.subjectID.rawValue)",
                    "description": finding.description, "category": finding.category,
                    "amount": Pages.money(finding.amountVND), "land": "\(finding.landArea)",
                ]
            },
            "hasFindings": !inspection.findings.isEmpty,
            "recommendations": inspection.recommendations.map { item -> [String: Any] in
                var row: [String: Any] = [
                    "id": "\(item.id.rawValue)", "kind": kindName(item.kind, language), "description": item.description,
                    "recommended": figuresText(item.figures, language), "done": figuresText(item.done, language),
                ]
                if canFollowUp {
                    row["followUpPath"] = InspectionResultForm.followUp.path(id, item.id.rawValue) + "/new"
                    row["followUpLink"] = Words.text(InspectionResultForm.followUp.title, language)
                }
                return row
            },
            "hasRecommendations": !inspection.recommendations.isEmpty,
        ]
        var links: [[String: Any]] = []
        for form in [InspectionResultForm.finding, .recommendation] where allowed(form) {
            links.append(["href": form.path(id, nil) + "/new", "label": Words.text(form.title, language), "form": form.rawValue])
        }
        data["resultLinks"] = links
        data["hasResultLinks"] = !links.isEmpty
        return data
    }
}
