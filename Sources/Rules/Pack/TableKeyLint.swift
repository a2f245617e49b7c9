public import Casework
import LuaBridge

/// Asks the entry points whose answers the host reads by key (plan entries of each year with a plan file, the
/// forms, the circumstances), so that `thanhtra rules check` refuses a misspelt key before a clerk meets it:
/// each answer is read exactly as the host reads it, and an unknown key is a located error with "did you mean".
struct TableKeyLint {
    let engine: RuleEngine
    let today: CalendarDate?

    func run() -> [RuleDiagnostic] {
        var diagnostics: [RuleDiagnostic] = []
        func ask(_ body: () throws -> Void) {
            do { try body() } catch let error as RuleError {
                if error.message.contains("has an unknown key") {
                    diagnostics.append(RuleDiagnostic(severity: .error, error: error))
                }
            } catch {}
        }
        ask { _ = try engine.circumstances() }
        for year in planYears {
            ask { _ = try engine.plan(year: year, subjects: [], past: []) }
        }
        if let today { ask { _ = try engine.reportForms(on: today) } }
        return diagnostics
    }

    /// The years with a file `inspection/plans/<year>.lua`.
    var planYears: [Int] {
        engine.pack.luaFiles.compactMap { file in
            guard file.path.hasPrefix("inspection/plans/"), file.path.hasSuffix(".lua") else { return nil }
            return Int(file.path.dropFirst("inspection/plans/".count).dropLast(".lua".count))
        }
    }
}

extension RulePack {
    /// A decree file of `penalty/catalog/` that `penalty/catalog/init.lua` does not name: its entries would never
    /// reach the catalog, silently. One error per file, naming it and the line to add.
    func unlistedCatalogFiles() -> [RuleDiagnostic] {
        let directory = "penalty/catalog/"
        let helpers: Set<String> = ["init.lua", "entry.lua", "versions.lua"]
        guard let index = luaFiles.first(where: { $0.path == directory + "init.lua" }) else { return [] }
        let text = String(decoding: index.bytes, as: UTF8.self)
        var diagnostics: [RuleDiagnostic] = []
        for file in luaFiles where file.path.hasPrefix(directory) {
            let name = String(file.path.dropFirst(directory.count))
            guard !name.contains("/"), !helpers.contains(name), let module = RulePack.moduleName(for: file.path) else { continue }
            if text.contains("\"\(module)\"") || text.contains("'\(module)'") { continue }
            diagnostics.append(
                RuleDiagnostic(
                    severity: .error,
                    error: RuleError(
                        kind: .contract,
                        message: "catalog file \(RulePack.chunkName(for: file.path)) is not listed in "
                            + "\(RulePack.chunkName(for: index.path)): its entries are not in the catalog",
                        file: RulePack.chunkName(for: file.path),
                        hint: "add \"\(module)\" to FILES in \(RulePack.chunkName(for: index.path))",
                        vietnamese: RuleError.Words(
                            "tệp danh mục \(RulePack.chunkName(for: file.path)) không được liệt kê trong "
                                + "\(RulePack.chunkName(for: index.path)): các mục của nó không có trong danh mục",
                            hint: "thêm \"\(module)\" vào FILES trong \(RulePack.chunkName(for: index.path))"))))
        }
        return diagnostics
    }
}
