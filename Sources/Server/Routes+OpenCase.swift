import Casework
import Hummingbird
import HTTPTypes
import Inspectorate
import NIOCore

/// Opening a case from the subject page: the violation record, up to ``OpeningFields/rows`` violations with their
/// dates and illegal gain, the circumstances of the case and its facts; a preview through
/// ``Inspectorate/previewOpening(subject:record:violations:mitigating:aggravating:facts:acting:)`` that writes
/// nothing, then ``Inspectorate/openCase(subject:record:violations:mitigating:aggravating:facts:acting:)`` and a 303
/// to the new case.
extension Routes {
    /// What the opening form posts: every field by name, kept as typed so the form can be shown again.
    struct OpeningFields: Sendable {
        /// How many violation rows the form offers.
        static let rows = 3
        var values: [String: String]

        init(_ form: [String: String]) {
            values = form.filter { $0.key != "csrf" && $0.key != Routes.editField }
        }

        subscript(_ name: String) -> String { values[name]?.trimmedOfWhitespace ?? "" }

        /// The parsed request, or the problem to show (a date or an amount that is not one).
        func parsed(_ language: Language) -> Result<
            (record: ViolationRecord, violations: [CaseViolation], mitigating: [String], aggravating: [String],
             facts: CaseFacts), Problem
        > {
            func bad(_ label: String) -> Problem {
                Problem(summary: Words.text("badField", language) + " “\(Words.text(label, language))”.")
            }
            guard let recordOn = CalendarDate(self["recordOn"]) else { return .failure(bad("recordOn")) }
            var violations: [CaseViolation] = []
            for row in 1...Self.rows {
                let code = self["v\(row)code"]
                guard !code.isEmpty else { continue }
                func day(_ name: String) -> Result<CalendarDate?, Problem> {
                    let text = self["v\(row)\(name)"]
                    if text.isEmpty { return .success(nil) }
                    guard let day = CalendarDate(text) else { return .failure(bad(name)) }
                    return .success(day)
                }
                let committed: CalendarDate?
                let ended: CalendarDate?
                let detected: CalendarDate?
                switch (day("committedOn"), day("endedOn"), day("detectedOn")) {
                case (.success(let c), .success(let e), .success(let d)): (committed, ended, detected) = (c, e, d)
                case (.failure(let p), _, _), (_, .failure(let p), _), (_, _, .failure(let p)): return .failure(p)
                }
                let gainText = self["v\(row)gain"]
                let parsedGain: VND? = gainText.isEmpty ? .zero : (try? VND(parsing: gainText))
                guard let gain = parsedGain else {
                    return .failure(bad("illegalGain"))
                }
                let committedOn = committed ?? recordOn
                // As the CLI: a violation without a detection day is completed, on its commission day by default.
                let endedOn = detected == nil ? (ended ?? committedOn) : ended
                violations.append(
                    CaseViolation(
                        code: code, sector: "", committedOn: committedOn, endedOn: endedOn, detectedOn: detected,
                        illegalGainVND: gain))
            }
            let mitigating = values.keys.filter { $0.hasPrefix("m:") }.map { String($0.dropFirst(2)) }.sorted()
            let aggravating = values.keys.filter { $0.hasPrefix("a:") }.map { String($0.dropFirst(2)) }.sorted()
            let facts = CaseFacts(
                isComplex: values["complex"] == "1", explanationRequested: values["explanationRequested"] == "1",
                isMinor: values["minor"] == "1")
            return .success(
                (ViolationRecord(number: self["record"], madeOn: recordOn, place: self["place"]), violations, mitigating,
                 aggravating, facts))
        }
    }

    /// `GET /subjects/:id/cases/new`: the form.
    func openCaseForm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard let number = context.parameters.get("id", as: Int64.self) else { return notFound("subjectNotFound", context) }
        let fields = OpeningFields(["recordOn": "\(services.clock.today())"])
        return try await openCasePage(number, fields, problem: nil, preview: nil, context)
    }

    /// `POST /subjects/:id/cases/preview`: the checks of opening and the pack's fines; nothing is written.
    func openCasePreview(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard let number = context.parameters.get("id", as: Int64.self) else { return notFound("subjectNotFound", context) }
        let fields = OpeningFields(context.form)
        if context.form[Self.editField] != nil {  // "Sửa lại": the form again with what was typed
            return try await openCasePage(number, fields, problem: nil, preview: nil, context)
        }
        let input: (record: ViolationRecord, violations: [CaseViolation], mitigating: [String], aggravating: [String], facts: CaseFacts)
        switch fields.parsed(context.language) {
        case .failure(let problem): return try await openCasePage(number, fields, problem: problem, preview: nil, context)
        case .success(let value): input = value
        }
        let services = services
        let acting = services.acting(context)
        let outcome = try await attempt(context) { worker in
            try services.inspectorate(on: worker).previewOpening(
                subject: Subject.ID(rawValue: number), record: input.record, violations: input.violations,
                mitigating: input.mitigating, aggravating: input.aggravating, facts: input.facts, acting: acting)
        }
        switch outcome {
        case .failure(let problem): return try await openCasePage(number, fields, problem: problem, preview: nil, context)
        case .success(let preview): return try await openCasePage(number, fields, problem: nil, preview: preview, context)
        }
    }

    /// `POST /subjects/:id/cases`: opens the case (`case open`) and goes to it.
    func openCaseRecord(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard let number = context.parameters.get("id", as: Int64.self) else { return notFound("subjectNotFound", context) }
        let fields = OpeningFields(context.form)
        let input: (record: ViolationRecord, violations: [CaseViolation], mitigating: [String], aggravating: [String], facts: CaseFacts)
        switch fields.parsed(context.language) {
        case .failure(let problem): return try await openCasePage(number, fields, problem: problem, preview: nil, context)
        case .success(let value): input = value
        }
        let services = services
        let acting = services.acting(context)
        let outcome = try await attempt(context) { worker in
            try services.inspectorate(on: worker).openCase(
                subject: Subject.ID(rawValue: number), record: input.record, violations: input.violations,
                mitigating: input.mitigating, aggravating: input.aggravating, facts: input.facts, acting: acting
            ).penaltyCase.id
        }
        switch outcome {
        case .failure(let problem): return try await openCasePage(number, fields, problem: problem, preview: nil, context)
        case .success(let id): return Pages.redirect(to: "/cases/\(id.rawValue)")
        }
    }

    /// The opening page: the subject, the form (or the preview with a confirm button), and a problem if any.
    private func openCasePage(
        _ number: Int64, _ fields: OpeningFields, problem: Problem?, preview: OpeningPreview?,
        _ context: AppRequestContext
    ) async throws -> Response {
        let store = services.store
        let today = services.clock.today()
        return try await services.pool.run { worker in
            let language = context.language
            guard let subject = try store.subject(id: Subject.ID(rawValue: number)) else {
                return Self.notFoundPage("subjectNotFound", context)
            }
            let glossary = try Self.glossary(worker)
            let catalog = try glossary?.violationNames(on: today) ?? []
            let circumstances = try glossary?.circumstanceNames() ?? (mitigating: [], aggravating: [])
            var data: [String: Any] = [
                "subjectID": "\(number)", "subjectName": subject.name, "subjectIdentifier": subject.identifier,
                "record": fields["record"], "recordOn": fields["recordOn"], "place": fields["place"],
                "complex": fields.values["complex"] == "1", "explanationRequested": fields.values["explanationRequested"] == "1",
                "minor": fields.values["minor"] == "1",
                "rows": (1...OpeningFields.rows).map { row -> [String: Any] in
                    [
                        "n": "\(row)", "code": fields["v\(row)code"], "committedOn": fields["v\(row)committedOn"],
                        "endedOn": fields["v\(row)endedOn"], "detectedOn": fields["v\(row)detectedOn"],
                        "gain": fields["v\(row)gain"],
                    ]
                },
                "catalog": catalog.map { ["code": $0.code, "name": $0.name] },
                "mitigating": circumstances.mitigating.map { entry -> [String: Any] in
                    ["field": "m:\(entry.code)", "name": entry.name, "checked": fields.values["m:\(entry.code)"] != nil]
                },
                "aggravating": circumstances.aggravating.map { entry -> [String: Any] in
                    ["field": "a:\(entry.code)", "name": entry.name, "checked": fields.values["a:\(entry.code)"] != nil]
                },
            ]
            if let problem { data["problem"] = problem.asData }
            if let preview {
                var shown = Self.assessmentData(preview.assessment, language: language)
                shown["decisionDue"] = "\(preview.newCase.decisionDueOn)"
                data["preview"] = shown
                data["hidden"] = fields.values.sorted { $0.key < $1.key }.map { ["name": $0.key, "value": $0.value] }
            }
            return Pages.render(
                "openCase", data, title: "\(Words.text("openCase", language)) · \(subject.name)",
                status: problem == nil ? .ok : .unprocessableContent, context: context)
        }
    }
}
