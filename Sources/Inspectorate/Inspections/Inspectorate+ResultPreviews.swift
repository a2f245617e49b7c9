public import Casework

/// A finding checked and classified but not recorded (a face's preview of ``Inspectorate/addFinding(to:subject:description:category:amountVND:landArea:acting:)``).
public struct FindingPreview: Sendable, Equatable {
    /// The finding as it would be written, with the category the pack gives.
    public var finding: NewFinding
    /// The category's title, as the pack names it.
    public var categoryTitle: String
    /// What the pack suggests recommending for the finding.
    public var suggestion: RecoveryAnswer
}

/// A plan load checked but not written (a face's preview of ``Inspectorate/loadPlan(year:apply:acting:notify:)``).
public struct PlanLoadPreview: Sendable, Equatable {
    /// The entries of the plan as the pack computes them, validated.
    public var entries: [PlanEntry]
    /// How they differ from the stored plan of the year.
    public var diff: PlanDiff
    /// The pack's problems and the entries' collisions, in order (none refused: a refusal throws).
    public var notices: [PlanNotice]
}

/// The previews of an inspection's results and of a plan load: the same checks as the commands, on the records as
/// stored, and nothing written (no journal entry). The faces show them before the command (the JSON API's
/// `"preview": true`).
extension Inspectorate {
    /// Checks a finding exactly as ``addFinding(to:subject:description:category:amountVND:landArea:acting:)`` would
    /// (the role and the team, the pack's classification, the inspection's state and subjects) without recording it.
    /// - Throws: as ``addFinding(to:subject:description:category:amountVND:landArea:acting:)``.
    public func previewFinding(
        to id: Inspection.ID, subject: Subject.ID, description: String, category: String?, amountVND: VND,
        landArea: LandArea, acting: Acting
    ) throws -> FindingPreview {
        try authorize(.recordFinding, on: id, acting: acting)
        let target = try inspection(id)
        var classified = try classifiedFinding(
            of: target, subject: subject, description: description, category: category, amountVND: amountVND,
            landArea: landArea)
        classified.finding = try InspectionCasework.addFinding(target, classified.finding)
        return classified
    }

    /// Checks a recommendation exactly as ``recommend(_:on:acting:)`` would, and returns it as it would be written.
    /// - Throws: as ``recommend(_:on:acting:)``.
    public func previewRecommendation(_ new: NewRecommendation, on id: Inspection.ID, acting: Acting) throws
        -> NewRecommendation
    {
        try authorize(.recordFinding, on: id, acting: acting)
        return try InspectionCasework.recommend(try inspection(id), new)
    }

    /// Checks a follow-up of recommendation `recommendation` of inspection `id` exactly as
    /// ``recordFollowUp(_:on:allowOver:acting:)`` would (with every follow-up recorded so far), and returns it as it
    /// would be written.
    /// - Throws: ``StoreError/recommendationNotFound(_:)`` when the inspection has no such recommendation; as
    ///   ``recordFollowUp(_:on:allowOver:acting:)``.
    public func previewFollowUp(
        _ new: NewFollowUp, on recommendation: Recommendation.ID, of id: Inspection.ID, allowOver: String?,
        acting: Acting
    ) throws -> NewFollowUp {
        try authorize(.recordFollowUp, acting: acting)
        let target = try inspection(id)
        guard let stored = target.recommendations.first(where: { $0.id == recommendation }) else {
            throw StoreError.recommendationNotFound(recommendation)
        }
        return try InspectionCasework.recordFollowUp(target, on: stored, new, allowOver: allowOver, today: acting.today)
    }

    /// Checks the plan of `year` exactly as ``loadPlan(year:apply:acting:notify:)`` would (the pack's plan, each entry
    /// validated and checked against the same subjects' inspections of the year) and says how it differs from the
    /// stored plan, without writing anything.
    /// - Throws: as ``loadPlan(year:apply:acting:notify:)``.
    public func previewPlanLoad(year: Int, acting: Acting) throws -> PlanLoadPreview {
        try authorize(.loadPlan, acting: acting)
        var notices: [PlanNotice] = []
        let entries = try checkedPlan(year: year) { notices.append($0) }
        return PlanLoadPreview(
            entries: entries, diff: PlanDiff(stored: try store.planEntries(year: year), loaded: entries), notices: notices)
    }
}
