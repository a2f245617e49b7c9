/// An inspection (cuộc thanh tra): one inspection of one or more subjects, by a team, under a decision.
///
/// The core knows only an inspection's ``Mode`` (scheduled, unscheduled, regular); its ``category``
/// (`hanh_chinh`, `chuyen_nganh`, or whatever the 2025 law's pack uses) and ``level`` (`tinh`, `so`) are the rule
/// pack's strings, so both legal regimes (Luật Thanh tra 2022 until 2025-06-30, Luật Thanh tra 2025 from 2025-07-01)
/// live in the same database.
///
/// An inspection is changed only by commands, each one transaction with its journal entry: open, decide, announce,
/// extend / suspend / resume, end on-site, report, draft, conclude, close; findings and recommendations while it
/// runs; follow-up records once it is concluded. Nothing recorded is edited in place.
public struct Inspection: Sendable, Codable, Equatable, Identifiable {
    public typealias ID = Tagged<Inspection, Int64>

    /// How the inspection came about (hình thức thanh tra). Reports count all three.
    public enum Mode: String, Sendable, Codable, CaseIterable {
        /// In the approved annual plan (theo kế hoạch); carries its ``PlanEntryReference``.
        case scheduled
        /// Opened on a ground (đột xuất), which it must record: see ``InspectionGround``.
        case unscheduled
        /// Continuous sector checks (thường xuyên), without a plan entry or a ground.
        case regular
    }

    /// Where the inspection stands. The lifecycle runs in this order; `suspended` returns to `onsite`.
    public enum State: String, Sendable, Codable, CaseIterable {
        /// Registered; no decision yet.
        case open
        /// The decision is signed; not yet announced.
        case decided
        /// Announced (công bố): on-site work runs and its clock counts.
        case onsite
        /// On-site work is suspended (tạm dừng); the clock stops until it resumes.
        case suspended
        /// On-site work has ended (kết thúc thanh tra trực tiếp); the result report is due.
        case onsiteEnded
        /// The team's result report (báo cáo kết quả) is in; the draft conclusion is due.
        case reported
        /// The draft conclusion (dự thảo kết luận) is in; the conclusion is due.
        case drafted
        /// The conclusion (kết luận thanh tra) is issued; follow-up runs.
        case concluded
        /// Closed (the file is archived); follow-up records may still be added.
        case closed
    }

    public var id: ID
    public var mode: Mode
    /// The pack's category code (`hanh_chinh`, `chuyen_nganh`, …); never empty.
    public var category: String
    /// The pack's level code of the inspecting body (`tinh`, `so`, …); the rules give durations by level.
    public var level: String
    /// Why an unscheduled inspection was opened; `nil` for the other modes.
    public var ground: InspectionGround?
    /// The annual-plan entry of a scheduled inspection; `nil` for the other modes.
    public var planEntry: PlanEntryReference?
    /// What is inspected (nội dung thanh tra), in words.
    public var content: String
    /// The field or sector (lĩnh vực), as the pack names it (`dat_dai`, `xay_dung`); may be empty.
    public var field: String
    /// The unit that leads the inspection (đơn vị chủ trì).
    public var leadUnit: String
    /// The subjects inspected, in the order named (at opening, then by the decision); no duplicates.
    public var subjects: [Subject.ID]
    /// The day the inspection was opened; the reports' "opened in the period" counts it.
    public var openedOn: CalendarDate
    /// The rule pack in force when the inspection was opened, or `nil` when none was consulted.
    public var openedWithPack: String?
    public var state: State
    public var decision: InspectionDecision?
    /// The dated steps after the decision.
    public var timeline: InspectionTimeline
    /// Due dates as the rules computed them; stored so that "what is overdue?" is a query.
    public var deadlines: InspectionDeadlines
    /// Violations found, in the order recorded.
    public var findings: [Finding]
    /// Recommendations, in the order recorded, each with its follow-up records.
    public var recommendations: [Recommendation]
    /// The body (cơ quan) that conducts the inspection, when several share one store: a code of the pack's
    /// `report.bodies`; `nil` when none was named. Reports of one body (`report … --body`) count its inspections only.
    public var body: String?

    public init(
        id: ID, mode: Mode, category: String, level: String, ground: InspectionGround? = nil,
        planEntry: PlanEntryReference? = nil, content: String, field: String = "", leadUnit: String,
        subjects: [Subject.ID], openedOn: CalendarDate, openedWithPack: String? = nil, state: State = .open,
        decision: InspectionDecision? = nil, timeline: InspectionTimeline = InspectionTimeline(),
        deadlines: InspectionDeadlines = InspectionDeadlines(), findings: [Finding] = [],
        recommendations: [Recommendation] = [], body: String? = nil
    ) {
        self.id = id
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
        self.openedWithPack = openedWithPack
        self.state = state
        self.decision = decision
        self.timeline = timeline
        self.deadlines = deadlines
        self.findings = findings
        self.recommendations = recommendations
        self.body = body
    }
}

/// The ground of an unscheduled inspection (căn cứ ra quyết định thanh tra đột xuất) and the document it rests on.
public struct InspectionGround: Sendable, Codable, Equatable {
    /// The kinds of ground the inspection laws name (Luật Thanh tra 2022 Điều 51; Luật 2025).
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A complaint or denunciation to settle, or an anti-corruption request (khiếu nại, tố cáo, PCTN).
        case complaint
        /// Signs of a violation were detected (phát hiện có dấu hiệu vi phạm).
        case violationSigns
        /// Assigned by the competent head (thủ trưởng giao).
        case assignment
        /// Another legal ground, named in the reference.
        case other
    }

    public var kind: Kind
    /// The document behind the ground: the complaint's number, the head's instruction, the record of the signs.
    public var reference: String

    public init(kind: Kind, reference: String) {
        self.kind = kind
        self.reference = reference
    }
}

/// Which entry of which year's approved plan a scheduled inspection carries out.
public struct PlanEntryReference: Sendable, Codable, Equatable {
    /// The plan's year (2026).
    public var year: Int
    /// The entry's key in the plan as the pack loads it (`KH-2026-07`).
    public var entryKey: String

    public init(year: Int, entryKey: String) {
        self.year = year
        self.entryKey = entryKey
    }
}

/// The due dates of an inspection's steps, as the rule pack computes them from the level, the announcement,
/// extensions and suspensions. Casework stores them; it never computes a legal duration itself.
public struct InspectionDeadlines: Sendable, Codable, Equatable {
    /// Last day of on-site work (thời hạn thanh tra), including extensions.
    public var onsiteDueOn: CalendarDate?
    /// Last day for the team's result report.
    public var reportDueOn: CalendarDate?
    /// Last day to sign the conclusion.
    public var conclusionDueOn: CalendarDate?

    public init(onsiteDueOn: CalendarDate? = nil, reportDueOn: CalendarDate? = nil, conclusionDueOn: CalendarDate? = nil) {
        self.onsiteDueOn = onsiteDueOn
        self.reportDueOn = reportDueOn
        self.conclusionDueOn = conclusionDueOn
    }
}
