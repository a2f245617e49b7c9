public import Casework

/// A finding as recorded, with the pack's classification and what it suggests recommending.
public struct FindingRecorded: Sendable, Equatable {
    public var finding: Finding
    /// The category's title, as the pack names it.
    public var categoryTitle: String
    /// What the pack suggests recommending for the finding (recovery, other financial handling, land).
    public var suggestion: RecoveryAnswer
}

extension Inspectorate {
    /// The inspection, or ``InspectorateError/unknownInspection(_:)``.
    /// - Throws: ``InspectorateError``; ``StoreError``.
    public func inspection(_ id: Inspection.ID) throws -> Inspection {
        guard let found = try store.inspection(id: id) else { throw InspectorateError.unknownInspection(id) }
        return found
    }

    /// Records a finding of inspection `id` about `subject`: the pack classifies it (keeping `category` when valid)
    /// and says what to recommend; Casework checks the inspection's state and subjects inside the transaction.
    ///
    /// - Throws: ``InspectorateError/unknownInspection(_:)``; ``InspectorateError/findingUnclassified(problems:)``
    ///   when the pack gives no category; ``InspectionError``; ``StoreError``.
    public func addFinding(
        to id: Inspection.ID, subject: Subject.ID, description: String, category: String?, amountVND: VND,
        landArea: LandArea, acting: Acting
    ) throws -> FindingRecorded {
        try authorize(.recordFinding, on: id, acting: acting)
        let target = try inspection(id)
        let classified = try classifiedFinding(
            of: target, subject: subject, description: description, category: category, amountVND: amountVND,
            landArea: landArea)
        let finding = try store.addFinding(to: target.id, context: try context(for: acting)) { current in
            try InspectionCasework.addFinding(current, classified.finding)
        }
        return FindingRecorded(finding: finding, categoryTitle: classified.categoryTitle, suggestion: classified.suggestion)
    }

    /// The finding as the pack classifies it (keeping `category` when valid) and what it suggests recommending.
    /// - Throws: ``InspectorateError/findingUnclassified(problems:)`` when the pack gives no category.
    func classifiedFinding(
        of target: Inspection, subject: Subject.ID, description: String, category: String?, amountVND: VND,
        landArea: LandArea
    ) throws -> FindingPreview {
        let facts = FindingFacts(
            description: description, field: target.field, category: category, amountVND: amountVND, landArea: landArea)
        let classification = try policy.classify(facts)
        guard let code = classification.category, classification.problems.isEmpty else {
            throw InspectorateError.findingUnclassified(problems: classification.problems)
        }
        let suggestion = try policy.recovery(
            FindingFacts(description: description, field: target.field, category: code, amountVND: amountVND, landArea: landArea))
        return FindingPreview(
            finding: NewFinding(
                subjectID: subject, description: description, category: code, amountVND: amountVND, landArea: landArea),
            categoryTitle: classification.title, suggestion: suggestion)
    }

    /// Records a recommendation of inspection `id`; Casework checks it against the inspection inside the
    /// transaction.
    ///
    /// - Throws: ``InspectorateError/unknownInspection(_:)``; ``InspectionError``; ``StoreError``.
    public func recommend(_ new: NewRecommendation, on id: Inspection.ID, acting: Acting) throws -> Recommendation {
        try authorize(.recordFinding, on: id, acting: acting)
        let target = try inspection(id)
        return try store.addRecommendation(to: target.id, context: try context(for: acting)) { current in
            try InspectionCasework.recommend(current, new)
        }
    }

    /// Records what was done on recommendation `id`; more than recommended is refused unless `allowOver` gives
    /// the reason.
    ///
    /// - Throws: ``InspectionError``; ``StoreError`` (`.notFound` for an unknown recommendation, `.duplicate` for a
    ///   receipt already recorded).
    public func recordFollowUp(
        _ new: NewFollowUp, on id: Recommendation.ID, allowOver: String?, acting: Acting
    ) throws -> FollowUp {
        try authorize(.recordFollowUp, acting: acting)
        return try store.recordFollowUp(on: id, context: try context(for: acting)) { inspection, recommendation in
            try InspectionCasework.recordFollowUp(inspection, on: recommendation, new, allowOver: allowOver, today: acting.today)
        }
    }
}
