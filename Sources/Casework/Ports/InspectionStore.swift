/// What the store keeps of inspections. Casework declares it; `SQLiteStore` implements it.
///
/// Every method that changes something is one write transaction together with one journal entry. Every change
/// after opening hands the freshly loaded inspection to a Casework closure *inside* the transaction (as
/// ``PenaltyCaseStore/updateCase(_:command:context:_:)`` does), so a check such as "no more recovered than
/// recommended" holds when the row is written, even with other processes writing the same file. A closure that
/// throws leaves nothing written and nothing journaled; closures must not use the store.
public protocol InspectionStore: Sendable {
    /// Opens an inspection in state `open`. Every subject must exist.
    ///
    /// Journal: command `inspection open`, payload the stored inspection.
    /// - Throws: ``StoreError`` `.notFound` for an unknown subject; `.invalid` for values the schema refuses
    ///   (an unscheduled inspection without a ground: validate with ``InspectionCasework/open(_:today:)`` first).
    func openInspection(_ new: NewInspection, context: CommandContext) throws -> Inspection

    /// The inspection with all its parts (decision, team, timeline, findings, recommendations with their
    /// follow-ups), or `nil`.
    func inspection(id: Inspection.ID) throws -> Inspection?

    /// Loads the inspection in a write transaction, calls `change` with it, writes the returned
    /// ``InspectionUpdate`` (event, state, deadlines) and journals `command` with payload
    /// `{"event": …, "inspection": id}` (plus `"deadlines"` when set), all in one transaction.
    ///
    /// - Throws: What `change` throws (then nothing is written); ``StoreError`` `.notFound` for an unknown
    ///   inspection or subject; `.duplicate` for a decision or conclusion number another inspection has;
    ///   `.invalid` for a step recorded twice or a change the schema refuses.
    func updateInspection(
        _ id: Inspection.ID, command: String, context: CommandContext,
        _ change: (Inspection) throws -> InspectionUpdate
    ) throws -> Inspection

    /// Inspections matching `filter`, newest opening first, with all their parts.
    func inspections(_ filter: InspectionFilter) throws -> [Inspection]

    /// Records a finding of inspection `id`: `make` sees the inspection as stored and returns what to write.
    ///
    /// Journal: command `finding add`, payload the stored finding.
    /// - Throws: What `make` throws; ``StoreError`` `.notFound` for an unknown inspection; `.invalid` for a subject
    ///   the inspection does not cover.
    func addFinding(
        to id: Inspection.ID, context: CommandContext, _ make: (Inspection) throws -> NewFinding
    ) throws -> Finding

    /// Records a recommendation of inspection `id`: `make` sees the inspection as stored.
    ///
    /// Journal: command `recommend`, payload the stored recommendation.
    /// - Throws: What `make` throws; ``StoreError`` `.notFound` for an unknown inspection; `.invalid` for a finding
    ///   of another inspection or figures the schema refuses for the kind.
    func addRecommendation(
        to id: Inspection.ID, context: CommandContext, _ make: (Inspection) throws -> NewRecommendation
    ) throws -> Recommendation

    /// Records a follow-up of recommendation `id`: `make` sees the inspection and the recommendation, with every
    /// follow-up recorded so far, as stored inside the transaction.
    ///
    /// Journal: command `follow-up record`, payload the stored follow-up.
    /// - Throws: What `make` throws; ``StoreError`` `.notFound` for an unknown recommendation; `.duplicate` for a
    ///   receipt already recorded (naming the recommendation that has it).
    func recordFollowUp(
        on id: Recommendation.ID, context: CommandContext,
        _ make: (Inspection, Recommendation) throws -> NewFollowUp
    ) throws -> FollowUp

    /// What happened to inspections in the half-open window `[from, before)`: carried over, opened, concluded
    /// (each with its IDs and split by mode), and the totals of findings, recommendations and follow-ups.
    /// See ``InspectionFlow`` for the exact definitions.
    func inspectionFlow(from: CalendarDate, before: CalendarDate) throws -> InspectionFlow
}

/// An inspection about to be opened (everything but its ID and state).
public struct NewInspection: Sendable, Codable, Equatable {
    public var mode: Inspection.Mode
    public var category: String
    public var level: String
    public var ground: InspectionGround?
    public var planEntry: PlanEntryReference?
    public var content: String
    public var field: String
    public var leadUnit: String
    /// Subjects known at opening (a plan entry's); the decision may add more. No duplicates.
    public var subjects: [Subject.ID]
    public var openedOn: CalendarDate
    public var packHash: String?
    public var deadlines: InspectionDeadlines
    /// The body that conducts the inspection (``Inspection/body``); `nil` for none.
    public var body: String?

    public init(
        mode: Inspection.Mode, category: String, level: String, ground: InspectionGround? = nil,
        planEntry: PlanEntryReference? = nil, content: String, field: String = "", leadUnit: String,
        subjects: [Subject.ID] = [], openedOn: CalendarDate, packHash: String? = nil,
        deadlines: InspectionDeadlines = InspectionDeadlines(), body: String? = nil
    ) {
        self.mode = mode
        self.category = category
        self.level = level
        self.ground = ground
        self.planEntry = planEntry
        self.content = content
        self.field = field
        self.leadUnit = leadUnit
        self.subjects = subjects
        self.openedOn = openedOn
        self.packHash = packHash
        self.deadlines = deadlines
        self.body = body
    }
}

/// A finding about to be recorded.
public struct NewFinding: Sendable, Codable, Equatable {
    public var subjectID: Subject.ID
    public var description: String
    public var category: String
    public var amountVND: VND
    public var landArea: LandArea

    public init(
        subjectID: Subject.ID, description: String, category: String, amountVND: VND = .zero,
        landArea: LandArea = .zero
    ) {
        self.subjectID = subjectID
        self.description = description
        self.category = category
        self.amountVND = amountVND
        self.landArea = landArea
    }
}

/// A recommendation about to be recorded.
public struct NewRecommendation: Sendable, Codable, Equatable {
    public var kind: Recommendation.Kind
    public var findingID: Finding.ID?
    public var subjectID: Subject.ID?
    public var description: String
    public var figures: RecommendationFigures
    public var names: [String]
    /// How a handling recommendation asks the collectives and persons to be handled; only for ``Recommendation/Kind/handling``.
    public var handling: Recommendation.Handling?

    public init(
        kind: Recommendation.Kind, findingID: Finding.ID? = nil, subjectID: Subject.ID? = nil, description: String,
        figures: RecommendationFigures, names: [String] = [], handling: Recommendation.Handling? = nil
    ) {
        self.kind = kind
        self.findingID = findingID
        self.subjectID = subjectID
        self.description = description
        self.figures = figures
        self.names = names
        self.handling = handling
    }
}

/// A follow-up record about to be written.
public struct NewFollowUp: Sendable, Codable, Equatable {
    public var doneOn: CalendarDate
    public var figures: RecommendationFigures
    public var receipt: String?
    public var note: String
    /// Set only when the record takes the recommendation over its figures and that was explicitly allowed.
    public var overReason: String?

    public init(
        doneOn: CalendarDate, figures: RecommendationFigures, receipt: String? = nil, note: String = "",
        overReason: String? = nil
    ) {
        self.doneOn = doneOn
        self.figures = figures
        self.receipt = receipt
        self.note = note
        self.overReason = overReason
    }
}

/// Which inspections to list. Every criterion given must hold; date ranges are half-open `[from, before)`.
public struct InspectionFilter: Sendable, Equatable {
    public var state: Inspection.State?
    public var mode: Inspection.Mode?
    public var category: String?
    public var level: String?
    /// Inspections covering this subject.
    public var subjectID: Subject.ID?
    /// Opened on or after this day.
    public var openedFrom: CalendarDate?
    /// Opened before this day.
    public var openedBefore: CalendarDate?
    /// On-site (announced, not suspended, not ended) with `onsiteDueOn` before this day.
    public var onsiteOverdueAsOf: CalendarDate?
    /// On-site work ended, no report yet, with `reportDueOn` before this day.
    public var reportOverdueAsOf: CalendarDate?
    /// On-site work ended, not concluded, with `conclusionDueOn` before this day.
    public var conclusionOverdueAsOf: CalendarDate?
    public var limit: Int

    public init(
        state: Inspection.State? = nil, mode: Inspection.Mode? = nil, category: String? = nil, level: String? = nil,
        subjectID: Subject.ID? = nil, openedFrom: CalendarDate? = nil, openedBefore: CalendarDate? = nil,
        onsiteOverdueAsOf: CalendarDate? = nil, reportOverdueAsOf: CalendarDate? = nil,
        conclusionOverdueAsOf: CalendarDate? = nil, limit: Int = 100
    ) {
        self.state = state
        self.mode = mode
        self.category = category
        self.level = level
        self.subjectID = subjectID
        self.openedFrom = openedFrom
        self.openedBefore = openedBefore
        self.onsiteOverdueAsOf = onsiteOverdueAsOf
        self.reportOverdueAsOf = reportOverdueAsOf
        self.conclusionOverdueAsOf = conclusionOverdueAsOf
        self.limit = limit
    }
}
