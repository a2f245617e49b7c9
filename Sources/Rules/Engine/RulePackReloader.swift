public import Casework
import Synchronization

/// The rule pack a long-running process (the server) answers with, replaced atomically when its folder changes.
///
/// ``current`` is the pack in force with its warm ``RuleEnginePool``, as one value: a reader takes it once and uses
/// that pool for its whole request, so it never sees half of one pack and half of another. ``reload()`` reads the
/// folder again, runs the same checks as `thanhtra rules check` (``RulePack/check(limits:today:log:)``) and swaps
/// the new pack in only when they find no error; otherwise the pack in force stays and the errors (with file:line)
/// are returned. Loading and checking happen outside the lock, so readers never wait for a reload.
///
/// ```swift
/// let rules = try RulePackReloader(directory: "rules", today: { clock.today() })
/// let pool = rules.current.pool                  // one request's rules
/// switch rules.reload() {                        // e.g. on SIGHUP
/// case .refused(let errors, let kept): log("rules not reloaded: \(errors.count) error(s); \(kept) stays")
/// case .swapped, .unchanged: break
/// }
/// ```
public final class RulePackReloader: Sendable {
    /// A pack in force: its files and hash, its warm engines, and what checking it found (warnings only).
    public struct Loaded: Sendable {
        public let pack: RulePack
        public let pool: RuleEnginePool
        /// The warnings `rules check` printed for this pack.
        public let warnings: [RuleDiagnostic]
    }

    /// What a reload did.
    public enum Outcome: Sendable {
        /// The folder's content changed and passed the checks: `new` is in force from now on.
        case swapped(old: String, new: String)
        /// The folder holds the pack already in force (same hash); nothing was rebuilt.
        case unchanged(hash: String)
        /// The folder has errors (or cannot be read); `kept` (the hash in force) stays. Each error has its file:line.
        case refused(errors: [RuleDiagnostic], kept: String)
    }

    /// The folder reloaded from.
    public let directory: String
    private let workers: Int?
    private let limits: RuleLimits
    private let today: @Sendable () -> CalendarDate?
    private let log: @Sendable (String) -> Void
    private let loaded: Mutex<Loaded>
    /// One reload at a time; readers never take it.
    private let reloading = Mutex(())

    /// Loads and checks the pack in `directory`.
    ///
    /// - Parameters:
    ///   - workers: Engines per pool (default: one per core).
    ///   - today: The day "in force today" is judged on by the checks; rules never read the clock.
    /// - Throws: ``RuleError`` when the folder cannot be read or the pack has errors (the first error; every
    ///   error is in ``RulePack/check(limits:today:log:)``).
    public init(
        directory: String, workers: Int? = nil, limits: RuleLimits = .init(),
        today: @escaping @Sendable () -> CalendarDate? = { nil }, log: @escaping @Sendable (String) -> Void = { _ in }
    ) throws(RuleError) {
        self.directory = directory
        self.workers = workers
        self.limits = limits
        self.today = today
        self.log = log
        switch Self.load(directory, workers: workers, limits: limits, today: today(), log: log) {
        case .success(let first): loaded = Mutex(first)
        case .failure(let errors): throw errors.first?.error
            ?? RuleError(
                kind: .pack, message: "rule pack \(directory) has errors",
                vietnamese: RuleError.Words("bộ quy tắc \(directory) có lỗi"))
        }
    }

    /// The pack in force and its engines. Take it once per unit of work and use that value throughout.
    public var current: Loaded { loaded.withLock { $0 } }

    /// Reads the folder again and puts its pack in force if it passes the checks; see ``Outcome``.
    ///
    /// Safe to call from any thread; concurrent reloads run one after the other.
    public func reload() -> Outcome {
        reloading.withLock { _ in
            let old = current.pack.hash
            let pack: RulePack
            do {
                pack = try RulePack.load(from: directory)
            } catch let error as RuleError {
                return .refused(errors: [RuleDiagnostic(severity: .error, error: error)], kept: old)
            } catch {
                return .refused(errors: [RuleDiagnostic(severity: .error, error: .unreadable(error))], kept: old)
            }
            guard pack.hash != old else { return .unchanged(hash: old) }
            switch Self.load(pack, workers: workers, limits: limits, today: today(), log: log) {
            case .failure(let errors):
                return .refused(errors: errors.diagnostics, kept: old)
            case .success(let next):
                loaded.withLock { $0 = next }
                return .swapped(old: old, new: next.pack.hash)
            }
        }
    }

    private static func load(
        _ directory: String, workers: Int?, limits: RuleLimits, today: CalendarDate?, log: @escaping @Sendable (String) -> Void
    ) -> Result<Loaded, Errors> {
        do {
            return load(try RulePack.load(from: directory), workers: workers, limits: limits, today: today, log: log)
        } catch {
            return .failure(Errors([RuleDiagnostic(severity: .error, error: error)]))
        }
    }

    /// Checks `pack` and builds its pool (every engine warm), or returns the errors.
    private static func load(
        _ pack: RulePack, workers: Int?, limits: RuleLimits, today: CalendarDate?, log: @escaping @Sendable (String) -> Void
    ) -> Result<Loaded, Errors> {
        let report = pack.check(limits: limits, today: today, log: log)
        guard report.isUsable else { return .failure(Errors(report.diagnostics.filter { $0.severity == .error })) }
        do {
            let pool = try RuleEnginePool(pack: pack, workers: workers, limits: limits, log: log)
            for worker in 1..<pool.workers { try pool.withEngine(worker: worker) { _ in } }
            return .success(Loaded(pack: pack, pool: pool, warnings: report.diagnostics.filter { $0.severity == .warning }))
        } catch let error as RuleError {
            return .failure(Errors([RuleDiagnostic(severity: .error, error: error)]))
        } catch {
            return .failure(Errors([RuleDiagnostic(severity: .error, error: .unreadable(error))]))
        }
    }

    /// Diagnostics as an `Error`, for `Result`.
    private struct Errors: Error {
        var diagnostics: [RuleDiagnostic]
        init(_ diagnostics: [RuleDiagnostic]) { self.diagnostics = diagnostics }
        var first: RuleDiagnostic? { diagnostics.first }
    }
}

extension RuleError {
    /// A pack that could not be read or built for a reason that is not a ``RuleError`` (a file system or runtime
    /// error), in both languages.
    static func unreadable(_ error: any Error) -> RuleError {
        RuleError(
            kind: .pack, message: "\(error)",
            vietnamese: Words("không nạp được bộ quy tắc: \(error)", hint: "sửa lỗi trên rồi nạp lại bộ quy tắc"))
    }
}
