import Casework
import Inspectorate
import Reports

extension CommandError {
    /// The CLI's words for a refusal of the application layer in `language`: what, and what to do next.
    init(_ error: InspectorateError, in language: Language) {
        guard language == .en else {
            let (message, hint) = VietnameseErrors.inspectorateWords(error)
            self.init(message: message, hint: hint, vietnamese: true)
            return
        }
        self.init(english: error)
    }

    /// The CLI's English words for a refusal of the application layer.
    private init(english error: InspectorateError) {
        switch error {
        case let .unknownInspectionCategory(code, day, known):
            self.init(message: "unknown inspection category '\(code)' on \(day)", hint: "use one of: \(known.joined(separator: ", "))")
        case let .unknownInspectionLevel(code, day, known):
            self.init(message: "unknown inspection level '\(code)' on \(day)", hint: "use one of: \(known.joined(separator: ", "))")
        case let .unknownBody(code, known) where known.isEmpty:
            self.init(
                message: "no body '\(code)': this database serves one body",
                hint: "leave out --body, or list the bodies that share the store in report/settings.lua (bodies)")
        case let .unknownBody(code, known):
            self.init(message: "no body '\(code)'", hint: "use one of: \(known.joined(separator: ", "))")
        case let .unknownSubject(id):
            self.init(message: "no subject #\(id)", hint: "see `thanhtra subject list`")
        case let .unknownSubjectIdentifier(identifier) where identifier.count == 9:
            self.init(
                message: "no subject with ID number \(identifier)",
                hint: "a tax code has 10 digits: if a spreadsheet dropped its leading 0 (Excel does, in a number column), "
                    + "write 0\(identifier); a subject's own number is written #\(identifier)")
        case let .unknownSubjectIdentifier(identifier):
            self.init(
                message: "no subject with tax code or ID number \(identifier)",
                hint: "see `thanhtra subject list --search \(identifier)`, or register it with `thanhtra subject add`")
        case let .unknownPenaltyCase(id):
            self.init(message: "no penalty case #\(id)", hint: "see `thanhtra case list`")
        case let .unknownInspection(id):
            self.init(message: "no inspection #\(id)", hint: "see `thanhtra inspection list`")
        case let .caseCancelled(id):
            self.init(
                message: "case #\(id) was cancelled: it has no decision to print",
                hint: "see `thanhtra case show \(id)` for the cancellation and its reason")
        case let .findingUnclassified(problems):
            self.init(
                message: "the finding cannot be classified: \(problems.map(\.message).joined(separator: "; "))",
                hint: "pass --category with a code from `thanhtra inspection codes`")
        case let .inspectionCollides(year, _):
            self.init(
                message: "the inspection collides with another inspection of \(year); nothing was opened",
                hint: "see `thanhtra inspection show` of the inspection named above")
        case let .noPlan(year, problem):
            self.init(message: problem.message, hint: problem.hint ?? "add rules/inspection/plans/\(year).lua")
        case let .planEntryCollides(year, key):
            self.init(
                message: "plan entry \(key) collides with another inspection of \(year); nothing was loaded",
                hint: "change the plan, or the pack's overlap setting")
        case let .notADateRange(spec):
            self.init(message: "'\(spec)' is not a date range", hint: "write FROM..TO, e.g. 2026-01-01..2026-03-31")
        case let .periodNotEnded(kind, period):
            self.init(
                message: "the \(kind) period \(period.label) runs until \(period.through); it can be filed from \(period.before)",
                hint: "file a period once it has ended")
        case let .periodNotFiled(kind, spec, period):
            self.init(
                message: "the \(kind) report \(period.label) has not been filed",
                hint: "file it with `thanhtra report file \(kind) \(spec)`")
        case let .noDecisionToReplay(id):
            self.init(message: "case #\(id) has no decision to replay", hint: "see `thanhtra case show \(id)`")
        case let .decisionImportedAsRecorded(id, file):
            self.init(
                message: "the decision of case #\(id) was imported as recorded from a legacy file (sha256 \(file.prefix(12))); no rule pack computed it, so there is nothing to replay",
                hint: "see the stored decision with `thanhtra case show \(id) --explain`")
        case let .decidingPackNotStored(id, hash):
            self.init(
                message: "the rule pack \(hash.prefix(12)) that decided case #\(id) is not stored in this database",
                hint: "decisions recorded before pack history existed cannot be replayed; their stored steps are shown by --explain")
        case let .initializedWithOtherPack(recorded):
            self.init(
                message: "the database is already initialized with the rule pack in \(recorded)",
                hint: "use --rules \(recorded), or --db PATH for a new database")
        case let .storedPackAltered(hash):
            self.init(message: "the stored rule pack does not match its hash \(hash.prefix(12))", hint: "run `thanhtra journal verify`")
        case let .periodAlreadyFiled(kind, period, hash):
            self.init(
                message: "the \(kind) report \(period.label) is filed already (hash \(hash.prefix(12)))",
                hint: "a filed report never changes; see what moved since with `thanhtra report restatements`")
        case let .actionNotAllowed(account, action):
            self.init(
                message: "\(account) may not do this (\(action.rawValue)): no role of the account allows it",
                hint: "it needs one of the roles \(action.allowedRoles.map(\.rawValue).sorted().joined(separator: ", ")) "
                    + "(`thanhtra role grant`, by an administrator)")
        case let .notOnInspectionTeam(account, id):
            self.init(
                message: "\(account) is not on the team of inspection #\(id): a team member acts on their own inspections only",
                hint: "the team is the one the inspection's decision names (--lead, --member); see `thanhtra inspection show \(id)`")
        }
    }
}

/// Runs a use case and words its refusals as the CLI does: an ``InspectorateError`` becomes a ``CommandError`` in
/// the command line's language (``Wording/commandLine``).
func worded<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as InspectorateError {
        throw CommandError(error, in: Wording.commandLine)
    }
}
