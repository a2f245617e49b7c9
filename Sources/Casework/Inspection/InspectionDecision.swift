/// The inspection decision (quyết định thanh tra): who signed it, and the team it sets up.
public struct InspectionDecision: Sendable, Codable, Equatable {
    /// The decision's number as written on it; unique across inspections.
    public var number: String
    public var decidedOn: CalendarDate
    /// The signer's title code, as the pack lists titles (`chanh_thanh_tra_tinh`).
    public var signerTitle: String
    public var signerName: String
    /// The head of the inspection team (trưởng đoàn).
    public var teamLead: String
    /// The other members of the team, in the decision's order; no duplicates, not the lead.
    public var members: [String]

    public init(
        number: String, decidedOn: CalendarDate, signerTitle: String, signerName: String, teamLead: String,
        members: [String]
    ) {
        self.number = number
        self.decidedOn = decidedOn
        self.signerTitle = signerTitle
        self.signerName = signerName
        self.teamLead = teamLead
        self.members = members
    }
}

/// The dated steps of an inspection after its decision. Each single date is set once by its command.
public struct InspectionTimeline: Sendable, Codable, Equatable {
    /// The decision was announced to the subjects (công bố quyết định): the on-site clock starts.
    public var announcedOn: CalendarDate?
    /// Extensions of the on-site duration (gia hạn), in the order granted.
    public var extensions: [OnsiteExtension]
    /// Suspensions (tạm dừng), in order; at most the last one is not yet resumed.
    public var suspensions: [Suspension]
    /// On-site work ended (kết thúc thanh tra trực tiếp).
    public var onsiteEndedOn: CalendarDate?
    /// The team's result report (báo cáo kết quả thanh tra) was submitted.
    public var reportedOn: CalendarDate?
    /// The draft conclusion (dự thảo kết luận) was submitted.
    public var draftedOn: CalendarDate?
    public var conclusion: InspectionConclusion?
    /// The file was closed.
    public var closedOn: CalendarDate?

    public init(
        announcedOn: CalendarDate? = nil, extensions: [OnsiteExtension] = [], suspensions: [Suspension] = [],
        onsiteEndedOn: CalendarDate? = nil, reportedOn: CalendarDate? = nil, draftedOn: CalendarDate? = nil,
        conclusion: InspectionConclusion? = nil, closedOn: CalendarDate? = nil
    ) {
        self.announcedOn = announcedOn
        self.extensions = extensions
        self.suspensions = suspensions
        self.onsiteEndedOn = onsiteEndedOn
        self.reportedOn = reportedOn
        self.draftedOn = draftedOn
        self.conclusion = conclusion
        self.closedOn = closedOn
    }
}

/// An extension of the on-site duration granted by the decision's signer.
public struct OnsiteExtension: Sendable, Codable, Equatable {
    public var grantedOn: CalendarDate
    /// Days added, as the extension decision states them; positive. Whether they are calendar or working days is
    /// the rules' business: they compute the new ``InspectionDeadlines/onsiteDueOn``.
    public var days: Int
    public var reason: String

    public init(grantedOn: CalendarDate, days: Int, reason: String) {
        self.grantedOn = grantedOn
        self.days = days
        self.reason = reason
    }
}

/// A suspension of on-site work and, once it is over, the day it resumed.
public struct Suspension: Sendable, Codable, Equatable {
    public var suspendedOn: CalendarDate
    public var reason: String
    /// The day work resumed; `nil` while suspended.
    public var resumedOn: CalendarDate?

    public init(suspendedOn: CalendarDate, reason: String, resumedOn: CalendarDate? = nil) {
        self.suspendedOn = suspendedOn
        self.reason = reason
        self.resumedOn = resumedOn
    }
}

/// The inspection conclusion (kết luận thanh tra): its number and the day it was signed.
public struct InspectionConclusion: Sendable, Codable, Equatable {
    /// The conclusion's number as written on it; unique across inspections.
    public var number: String
    public var concludedOn: CalendarDate

    public init(number: String, concludedOn: CalendarDate) {
        self.number = number
        self.concludedOn = concludedOn
    }
}
