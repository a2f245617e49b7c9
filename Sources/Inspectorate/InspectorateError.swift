public import Casework

/// Why a use case refused, as a value: the ids, codes and dates involved, no words of any face. The CLI and the
/// web pages each say it in their own words.
public enum InspectorateError: Error, Sendable, Equatable {
    /// The category code is not one the pack defines on that day; `known` lists the codes it does.
    case unknownInspectionCategory(code: String, on: CalendarDate, known: [String])
    /// The level code is not one the pack defines on that day; `known` lists the codes it does.
    case unknownInspectionLevel(code: String, on: CalendarDate, known: [String])
    /// The body code is not one of the bodies that share the store (the pack's `report.bodies`); `known` lists them
    /// (empty when the store serves one body).
    case unknownBody(code: String, known: [String])
    /// No subject has this ID.
    case unknownSubject(Subject.ID)
    /// No subject has this tax code or citizen ID number.
    case unknownSubjectIdentifier(String)
    /// No penalty case has this ID.
    case unknownPenaltyCase(PenaltyCase.ID)
    /// No inspection has this ID.
    case unknownInspection(Inspection.ID)
    /// The pack gives the finding no category; `problems` says why.
    case findingUnclassified(problems: [PolicyProblem])
    /// The pack refuses another inspection of the same subjects in `year`; nothing was opened.
    case inspectionCollides(year: Int, collisions: [OverlapAnswer.Collision])
    /// The pack has no plan for `year`; `problem` is its refusal.
    case noPlan(year: Int, problem: PolicyProblem)
    /// The pack refuses plan entry `entryKey`, which collides with another inspection of `year`; nothing loaded.
    case planEntryCollides(year: Int, entryKey: String)
    /// A range report's period is not `FROM..TO` with FROM ≤ TO.
    case notADateRange(String)
    /// A period can be filed only once it has ended: `period` runs until its `through` day, which is not past.
    case periodNotEnded(kind: String, period: ReportPeriod)
    /// The period `kind`/`spec` (window `period`) has no filed report.
    case periodNotFiled(kind: String, spec: String, period: ReportPeriod)
    /// The case has no decision to replay.
    case noDecisionToReplay(PenaltyCase.ID)
    /// The case's decision was imported as recorded from a legacy file (its SHA-256): no pack computed it.
    case decisionImportedAsRecorded(PenaltyCase.ID, fileSHA256: String)
    /// The pack that decided the case is not stored (decided before pack history existed).
    case decidingPackNotStored(PenaltyCase.ID, packHash: String)
    /// The stored files of a pack no longer hash to the hash they are stored under.
    case storedPackAltered(packHash: String)
    /// The store was initialized with the rule pack in another folder.
    case initializedWithOtherPack(directory: String)
    /// The case was cancelled: it has no decision, and none may be drafted for it.
    case caseCancelled(PenaltyCase.ID)
    /// The period `kind` `period` is filed already (a filed report never changes); `hash` is the filed report's.
    case periodAlreadyFiled(kind: String, period: ReportPeriod, hash: String)
    /// In a database with accounts: no role of `account` allows `action` (``CaseworkAction/allowedRoles``, the one
    /// table of every face), or `account` is not an active account.
    case actionNotAllowed(account: String, action: CaseworkAction)
    /// In a database with accounts: `account` acts on inspections only as a member of their team, and inspection
    /// `inspection`'s decision does not name it (as its team lead or a member) — or names no team yet.
    case notOnInspectionTeam(account: String, inspection: Inspection.ID)
}
