/// Findings, recommendations and follow-up records.
///
/// Findings and recommendations are recorded while the inspection runs, from the announcement until the
/// conclusion is signed (states `onsite`, `suspended`, `onsiteEnded`, `reported`, `drafted`): the conclusion states
/// them, and reports count them under it, so they do not change once it is issued. Follow-ups are recorded once the
/// inspection is concluded (or closed), dated on or after the conclusion.
extension InspectionCasework {
    /// The states in which findings and recommendations may be recorded.
    public static let resultStates: [Inspection.State] = [.onsite, .suspended, .onsiteEnded, .reported, .drafted]

    /// Validates a finding at one of the inspection's subjects.
    ///
    /// - Throws: ``InspectionError`` outside ``resultStates`` or for a subject the inspection does not cover;
    ///   ``InputError`` for an empty description or category.
    public static func addFinding(_ inspection: Inspection, _ new: NewFinding) throws -> NewFinding {
        try requireState(inspection, resultStates, "given a finding")
        try requireSubject(new.subjectID, of: inspection)
        var new = new
        new.description = try required(new.description, field: "description", hint: "describe the violation found")
        new.category = try required(new.category, field: "category", advice: .giveFindingCategory)
        return new
    }

    /// Validates a recommendation: its kind's figures and only those, and what it refers to.
    ///
    /// - Recovery and other financial handling: money or land, at least one positive.
    /// - Handling: collectives and/or persons, at least one; optional names, no more than the count; optionally how
    ///   they are to be handled (``Recommendation/Handling``), which no other kind takes.
    /// - Transfer: at least one case, and the persons concerned.
    /// - Policy (hoàn thiện cơ chế, chính sách, pháp luật): at least one document, and nothing else.
    ///
    /// - Throws: ``InspectionError`` outside ``resultStates``, for a finding of another inspection or a subject it
    ///   does not cover; ``InputError`` for figures that do not fit the kind.
    public static func recommend(_ inspection: Inspection, _ new: NewRecommendation) throws -> NewRecommendation {
        try requireState(inspection, resultStates, "given a recommendation")
        if let findingID = new.findingID, !inspection.findings.contains(where: { $0.id == findingID }) {
            throw InspectionError(
                "finding #\(findingID) is not a finding of inspection #\(inspection.id)", inspectionID: inspection.id,
                advice: .seeFindings(inspection.id), refusal: .findingNotOfInspection(findingID))
        }
        if let subjectID = new.subjectID { try requireSubject(subjectID, of: inspection) }
        var new = new
        new.description = try required(new.description, field: "description", hint: "state the recommendation as the conclusion does")
        new.names = new.names.map(\.trimmedOfWhitespace)
        guard !new.names.contains(where: \.isEmpty) else {
            throw InputError(field: "name", message: "a name to handle is empty")
        }
        try checkFigures(new.figures, kind: new.kind, field: "recommendation")
        if new.handling != nil, new.kind != .handling {
            throw InputError(
                field: "handling", message: "only a handling recommendation says how collectives and persons are handled")
        }
        if !new.names.isEmpty {
            guard new.kind == .handling else {
                throw InputError(field: "name", message: "only a handling recommendation names collectives and persons")
            }
            guard new.names.count <= new.figures.collectives + new.figures.persons else {
                throw InputError(
                    field: "name",
                    message: "\(new.names.count) names given for \(new.figures.collectives) collectives and \(new.figures.persons) persons",
                    hint: "name at most as many as are to be handled")
            }
        }
        return new
    }

    /// Validates a follow-up record against its recommendation and the follow-ups recorded so far.
    ///
    /// Refuses recording more than recommended (money, land, or any count, counting what was recorded before)
    /// unless `allowOver` gives the reason, which is then stored with the record.
    ///
    /// - Parameters:
    ///   - allowOver: Why more than recommended is right (a reassessment, interest); `nil` refuses any excess.
    /// - Throws: ``InspectionError`` unless the inspection is concluded or closed, or when the record exceeds the
    ///   recommendation; ``InputError`` for figures that do not fit the kind, a missing receipt for money, an
    ///   empty reason, or a date in the future or before the conclusion.
    public static func recordFollowUp(
        _ inspection: Inspection, on recommendation: Recommendation, _ new: NewFollowUp, allowOver: String? = nil,
        today: CalendarDate
    ) throws -> NewFollowUp {
        try requireState(inspection, [.concluded, .closed], "followed up")
        var new = new
        new.note = new.note.trimmedOfWhitespace
        new.receipt = new.receipt?.trimmedOfWhitespace
        if new.receipt?.isEmpty == true { new.receipt = nil }
        try notInFuture(new.doneOn, field: "on", today: today)
        if let concludedOn = inspection.timeline.conclusion?.concludedOn, new.doneOn < concludedOn {
            throw InspectionError(
                "the follow-up date \(new.doneOn) is before the conclusion on \(concludedOn)", inspectionID: inspection.id,
                advice: .checkFollowUpDate, refusal: .followUpBeforeConclusion(doneOn: new.doneOn, concludedOn: concludedOn))
        }
        try checkFigures(new.figures, kind: recommendation.kind, field: "follow-up")
        if new.figures.amountVND > .zero, new.receipt == nil {
            throw InputError(
                field: "receipt", message: "money recorded as done needs its receipt",
                advice: .giveFollowUpReceipt)
        }
        let before = recommendation.done
        let after = try before.adding(new.figures)
        if let excess = excess(after, over: recommendation.figures, before: before) {
            guard let allowOver else {
                throw InspectionError(
                    "\(excess) for recommendation #\(recommendation.id)", inspectionID: inspection.id,
                    advice: .allowOver, refusal: .overRecommendation(recommendation.id))
            }
            new.overReason = try required(
                allowOver, field: "allow-over", hint: "say why more than recommended is recorded")
        } else {
            new.overReason = nil
        }
        return new
    }

    // MARK: - Helpers

    static func requireSubject(_ subjectID: Subject.ID, of inspection: Inspection) throws {
        guard inspection.subjects.contains(subjectID) else {
            throw InspectionError(
                "subject #\(subjectID) is not a subject of inspection #\(inspection.id)", inspectionID: inspection.id,
                advice: .seeDecisionSubjects(inspection.id), refusal: .subjectNotOfInspection(subjectID))
        }
    }

    /// Throws unless `figures` uses only what `kind` uses, has something positive, and no negative count.
    static func checkFigures(_ figures: RecommendationFigures, kind: Recommendation.Kind, field: String) throws {
        guard figures.collectives >= 0, figures.persons >= 0, figures.cases >= 0, figures.documents >= 0 else {
            throw InputError(field: field, message: "counts of collectives, persons, cases and documents are never negative")
        }
        let money = figures.amountVND > .zero || figures.landArea > .zero
        // Only a policy recommendation counts documents.
        guard kind == .policy || figures.documents == 0 else {
            throw InputError(field: field, message: "only a policy \(field) counts documents")
        }
        switch kind {
        case .policy:
            guard !money, figures.collectives == 0, figures.persons == 0, figures.cases == 0 else {
                throw InputError(field: field, message: "a policy \(field) counts documents only")
            }
            guard figures.documents > 0 else {
                throw InputError(field: field, message: "a policy \(field) needs at least one document")
            }
        case .recovery, .otherFinancial:
            guard figures.collectives == 0, figures.persons == 0, figures.cases == 0 else {
                throw InputError(field: field, message: "a \(kind.rawValue) \(field) has money and land only, not counts")
            }
            guard money else {
                throw InputError(field: field, message: "a \(kind.rawValue) \(field) needs an amount or a land area")
            }
        case .handling:
            guard !money, figures.cases == 0 else {
                throw InputError(field: field, message: "a handling \(field) counts collectives and persons only")
            }
            guard figures.collectives + figures.persons > 0 else {
                throw InputError(field: field, message: "a handling \(field) needs at least one collective or person")
            }
        case .transfer:
            guard !money, figures.collectives == 0 else {
                throw InputError(field: field, message: "a transfer \(field) counts cases and persons only")
            }
            // A recommendation transfers at least one case; a follow-up may add persons prosecuted in a case
            // accepted before.
            guard figures.cases > 0 || (field == "follow-up" && figures.persons > 0) else {
                throw InputError(
                    field: field,
                    message: field == "follow-up"
                        ? "a transfer follow-up needs at least one case or person" : "a transfer recommendation needs at least one case")
            }
        }
    }

    /// The first figure of `after` above `recommended`, in words, or `nil` when none is.
    static func excess(
        _ after: RecommendationFigures, over recommended: RecommendationFigures, before: RecommendationFigures
    ) -> String? {
        func words(_ what: String, _ before: String, _ now: String, _ limit: String) -> String {
            "\(what) recorded above the recommendation: \(before) before + \(now) now > \(limit) recommended"
        }
        if after.amountVND > recommended.amountVND {
            return words(
                "money", before.amountVND.formatted(), VND(after.amountVND.rawValue - before.amountVND.rawValue).formatted(),
                recommended.amountVND.formatted())
        }
        if after.landArea > recommended.landArea {
            return words(
                "land", before.landArea.description,
                LandArea(squareDecimetres: after.landArea.rawValue - before.landArea.rawValue).description,
                recommended.landArea.description)
        }
        let counts: [(String, KeyPath<RecommendationFigures, Int>)] = [
            ("collectives", \.collectives), ("persons", \.persons), ("cases", \.cases), ("documents", \.documents),
        ]
        for (name, path) in counts where after[keyPath: path] > recommended[keyPath: path] {
            return words(
                name, String(before[keyPath: path]), String(after[keyPath: path] - before[keyPath: path]),
                String(recommended[keyPath: path]))
        }
        return nil
    }
}
