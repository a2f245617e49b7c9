import ArgumentParser
import Casework
import Inspectorate

/// How a plan load reads on a terminal.
enum PlanText {
    static func loadResult(_ result: PlanLoadResult, year: Int) -> [String] {
        let diff = result.diff
        if diff.isEmpty { return ["plan \(year): unchanged (\(diff.unchanged) entries); nothing to do"] }
        var out: [String] = []
        for entry in diff.added { out.append("+ \(entry.key) \(entry.period): \(entry.content)") }
        for change in diff.changed { out.append("~ \(change.new.key) \(change.new.period): \(change.new.content)") }
        for entry in diff.removed { out.append("- \(entry.key) \(entry.period): \(entry.content)") }
        if result.applied {
            out.append("plan \(year) loaded: \(result.created.count) inspection(s) created, \(result.updated.count) updated, \(result.kept.count) kept as they are")
            for link in result.created { out.append("  created inspection #\(link.inspectionID) for entry \(link.entryKey)") }
            for link in result.kept { out.append("  kept inspection #\(link.inspectionID) (\(link.state.rawValue)) for entry \(link.entryKey)") }
        } else {
            out.append("plan \(year) changed: \(diff.added.count) added, \(diff.changed.count) changed, \(diff.removed.count) removed; nothing written — run again with --apply")
        }
        return out
    }
}
