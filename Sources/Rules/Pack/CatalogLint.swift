import Casework
import LuaBridge

/// The checks `thanhtra rules check` runs on the penalty catalog, after the pack has loaded: every version of
/// every code (`penalty.catalog{}`), against the sector table (`penalty.sectors()`, when the pack has it) and
/// the circumstance lists (`penalty.circumstances()`).
///
/// Each problem is reported at the line where the entry's `code = "…"` is written (see ``SourcePlaces``).
/// Errors make the catalog unusable or wrong; warnings are things a legal officer should look at.
struct CatalogLint {
    typealias Place = SourcePlaces.Place

    /// One version of a code that passed the field checks, for the checks across versions.
    struct Version {
        var index: Int
        var code: String
        var from: CalendarDate
        var to: CalendarDate?
        var place: Place?
        /// false for a version that ends the code's sanction (`sanctioned = false`).
        var sanctioned = true
        /// The codes this version succeeds across a renumbering (`succeeds`).
        var succeeds: [String] = []
    }

    /// A sector's maximum fine for an individual, and its later changes.
    struct SectorMaximum {
        var base: Int64?
        var changes: [(from: CalendarDate, amount: Int64?)]

        /// The maximum in force on `day` (nil: unknown), as penalty/sectors.lua computes it.
        func onDay(_ day: CalendarDate) -> Int64? {
            var amount = base
            for change in changes where change.from <= day { amount = change.amount }
            return amount
        }
    }

    static let rule = "penalty.catalog"
    static let contractHint = "see docs/rule-contract.md, penalty.catalog, for the fields of an entry"

    let engine: RuleEngine
    /// The day "in force today" is judged on; `nil` (no clock given): that warning is skipped. Rules never read the clock.
    let today: CalendarDate?
    var places: SourcePlaces
    var diagnostics: [RuleDiagnostic] = []
    /// nil when the pack has no `penalty.sectors()` (or it could not be read): sectors are then not checked.
    var sectors: [String: SectorMaximum]?

    init(engine: RuleEngine, today: CalendarDate?) {
        self.engine = engine
        self.today = today
        self.places = SourcePlaces(pack: engine.pack)
    }

    /// Runs every check; a pack without `penalty.catalog` has nothing to check.
    mutating func run() -> [RuleDiagnostic] {
        guard engine.defines(["penalty", "catalog"]) else { return diagnostics }
        readSectors()
        checkCircumstances()
        let entries: [ResultReader]
        do {
            let result = ResultReader(try engine.call(["penalty", "catalog"], [.record([:])]), rule: "penalty.catalog")
            entries = try result["entries"].list()
        } catch {
            diagnostics.append(RuleDiagnostic(severity: .error, error: error))
            return diagnostics
        }
        var versions: [Version] = []
        var codes: Set<String> = []
        for (offset, entry) in entries.enumerated() {
            if case .table(let table) = entry.value, case .string(let code) = table["code"] { codes.insert(code) }
            if let version = checkEntry(entry.value, number: offset + 1) { versions.append(version) }
        }
        checkVersions(versions)
        checkSuccessions(versions, codes: codes)
        return diagnostics
    }

    // MARK: - Reporting

    /// Adds a diagnostic; `vi` is its message and hint in Vietnamese.
    mutating func report(
        _ severity: RuleDiagnostic.Severity, _ message: String, at place: Place?, hint: String, rule: String = CatalogLint.rule,
        vi: (message: String, hint: String)? = nil
    ) {
        diagnostics.append(
            RuleDiagnostic(
                severity: severity,
                error: RuleError(
                    kind: .contract, message: message, file: place?.file, line: place?.line, rule: rule, hint: hint,
                    vietnamese: vi.map { RuleError.Words($0.message, hint: $0.hint) })))
    }

    static func text(_ date: CalendarDate?) -> String { date.map(\.description) ?? "(no end)" }

    /// ``text(_:)`` in Vietnamese.
    static func vietnameseText(_ date: CalendarDate?) -> String { date.map(\.description) ?? "(không có ngày kết thúc)" }

    static func money(_ amount: Int64) -> String { VND(rawValue: amount).map { $0.formatted() } ?? "\(amount) đ" }
}
