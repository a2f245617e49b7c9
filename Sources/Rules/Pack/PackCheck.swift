public import Casework
import Foundation
import LuaBridge

/// One problem `thanhtra rules check` found, with where it is and what to do.
public struct RuleDiagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable { case error, warning }
    public var severity: Severity
    public var error: RuleError

    public var description: String {
        switch severity {
        case .error: error.description
        case .warning: "warning:" + error.description.dropFirst("error:".count)
        }
    }
}

/// The result of checking a pack: every problem found, not just the first.
public struct PackCheckReport: Sendable {
    public var pack: RulePack
    public var manifest: PackManifest?
    public var diagnostics: [RuleDiagnostic]
    /// Whether the pack can be used: no diagnostic of severity error.
    public var isUsable: Bool { !diagnostics.contains { $0.severity == .error } }
    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}

extension RulePack {
    /// Checks the pack against the rule contract: every Lua file parses, `init.lua` runs in the sandbox and returns
    /// a valid pack table, the penalty catalog is sound (``CatalogLint``: fields, frames, sectors, dates and
    /// versions of every code), and the calendar has each year's announced days off, and the penalty settings that stand in for unconfirmed law are noted (``ModuleLint``). Later parts of the contract (policies, plans) add their checks here.
    ///
    /// - Parameters:
    ///   - today: the day "in force today" is judged on; nil skips the "not in force today" warning (rules never read the clock; the CLI passes its today).
    ///   - log: receives what the pack `print`s while loading.
    ///
    /// Never throws for a problem in the pack: problems are diagnostics, so a rule author sees all of them at once.
    public func check(
        limits: RuleLimits = .init(), today: CalendarDate? = nil, log: @escaping @Sendable (String) -> Void = { _ in }) -> PackCheckReport {
        var diagnostics: [RuleDiagnostic] = []
        // Every file must parse, even one nothing requires yet: a syntax error waiting in an unused module is
        // still a mistake.
        for file in luaFiles {
            do {
                try LuaRuntime.compile(LuaChunk(name: RulePack.chunkName(for: file.path), source: file.bytes))
            } catch let error as LuaError {
                diagnostics.append(RuleDiagnostic(severity: .error, error: RuleError(error)))
            } catch {
                diagnostics.append(
                    RuleDiagnostic(
                        severity: .error,
                        error: RuleError(kind: .syntax, message: "\(error)", file: RulePack.chunkName(for: file.path))))
            }
        }
        diagnostics += unlistedCatalogFiles()
        var manifest: PackManifest?
        if diagnostics.isEmpty {
            do {
                let engine = try RuleEngine(pack: self, limits: limits, log: log)
                manifest = engine.manifest
                var lint = CatalogLint(engine: engine, today: today)
                diagnostics += lint.run()
                diagnostics += ModuleLint(engine: engine, target: ModuleLint.calendar, today: today).run()
                diagnostics += ModuleLint(engine: engine, target: ModuleLint.penalty, today: today).run()
                diagnostics += TableKeyLint(engine: engine, today: today).run()
            } catch {
                diagnostics.append(RuleDiagnostic(severity: .error, error: error))
            }
        }
        return PackCheckReport(pack: self, manifest: manifest, diagnostics: diagnostics)
    }
}
