public import Casework

/// What opening an unscheduled or regular inspection takes (scheduled ones come from the plan).
public struct InspectionOpening: Sendable, Equatable {
    public var mode: Inspection.Mode
    /// A category code the pack defines on the opening day.
    public var category: String
    /// A level code the pack defines on the opening day.
    public var level: String
    /// The ground of an unscheduled inspection.
    public var ground: InspectionGround?
    public var content: String
    public var field: String
    public var leadUnit: String
    /// Subjects known at opening; each must exist.
    public var subjects: [Subject.ID]
    /// The opening day; `nil` for today.
    public var openedOn: CalendarDate?
    /// The body that conducts it, when several share the store (``Inspection/body``); one of the pack's bodies.
    public var body: String?

    public init(
        mode: Inspection.Mode, category: String, level: String, ground: InspectionGround? = nil, content: String,
        field: String = "", leadUnit: String, subjects: [Subject.ID] = [], openedOn: CalendarDate? = nil,
        body: String? = nil
    ) {
        self.mode = mode
        self.category = category
        self.level = level
        self.ground = ground
        self.content = content
        self.field = field
        self.leadUnit = leadUnit
        self.subjects = subjects
        self.openedOn = openedOn
        self.body = body
    }
}

/// An opened inspection and the pack's overlap warnings (collisions it let pass).
public struct InspectionOpened: Sendable, Equatable {
    public var inspection: Inspection
    /// Other inspections of the same subjects this year that the pack warns about; empty when none.
    public var warnings: [OverlapAnswer.Collision]
}

extension Inspectorate {
    /// Opens an inspection: the category and level must be the pack's on the opening day, every subject must exist,
    /// and the pack decides whether another inspection of the same subjects this year (Chỉ thị 20/CT-TTg) passes,
    /// warns or refuses. Then Casework's own checks, and one journaled transaction.
    ///
    /// - Throws: ``InspectorateError`` `.unknownInspectionCategory`, `.unknownInspectionLevel`, `.unknownBody`, `.unknownSubject`,
    ///   `.inspectionCollides` (nothing opened); ``InspectionError`` from ``InspectionCasework/open(_:today:)``;
    ///   ``StoreError``; ``RuleError``-like errors of the policy.
    public func openInspection(_ request: InspectionOpening, acting: Acting) throws -> InspectionOpened {
        let checked = try checkedOpening(request, acting: acting)
        let opened = try store.openInspection(checked.new, context: try context(for: acting))
        return InspectionOpened(inspection: opened, warnings: checked.warnings)
    }

    /// Checks an opening exactly as ``openInspection(_:acting:)`` would, without writing anything: the inspection as
    /// it would be stored (without its id) and the pack's overlap warnings.
    /// - Throws: The refusals of ``openInspection(_:acting:)``.
    public func previewOpening(_ request: InspectionOpening, acting: Acting) throws
        -> (inspection: NewInspection, warnings: [OverlapAnswer.Collision])
    {
        let checked = try checkedOpening(request, acting: acting)
        return (checked.new, checked.warnings)
    }

    /// The opening's checks: the pack's codes on the day, the subjects, the overlap rule, Casework's own.
    private func checkedOpening(_ request: InspectionOpening, acting: Acting) throws
        -> (new: NewInspection, warnings: [OverlapAnswer.Collision])
    {
        try authorize(.openInspection, acting: acting)
        let day = request.openedOn ?? acting.today
        let catalog = try policy.inspectionCatalog(on: day)
        guard catalog.categories.contains(where: { $0.code == request.category }) else {
            throw InspectorateError.unknownInspectionCategory(
                code: request.category, on: day, known: catalog.categories.map(\.code))
        }
        guard catalog.levels.contains(where: { $0.code == request.level }) else {
            throw InspectorateError.unknownInspectionLevel(code: request.level, on: day, known: catalog.levels.map(\.code))
        }
        try requireBody(request.body, on: day)
        for id in request.subjects where try store.subject(id: id) == nil {
            throw InspectorateError.unknownSubject(id)
        }
        var warnings: [OverlapAnswer.Collision] = []
        if !request.subjects.isEmpty {
            let others = try store.inspectionsOfSubjects(request.subjects, year: day.year, excluding: nil)
            let overlap = try policy.overlap(
                mode: request.mode, year: day.year, content: request.content, field: request.field,
                subjectIDs: request.subjects, others: others)
            if overlap.action == .refuse {
                throw InspectorateError.inspectionCollides(year: day.year, collisions: overlap.collisions)
            }
            warnings = overlap.collisions
        }
        let new = try InspectionCasework.open(
            NewInspection(
                mode: request.mode, category: request.category, level: request.level, ground: request.ground,
                content: request.content, field: request.field, leadUnit: request.leadUnit, subjects: request.subjects,
                openedOn: day, packHash: policy.packHash, body: request.body),
            today: acting.today)
        return (new, warnings)
    }
}
