import ArgumentParser
import Casework
import Inspectorate

/// How a plan load reads on a terminal.
enum PlanText {
    /// What the load did (or would do without `--apply`); in Vietnamese (`say`) in its words.
    static func loadResult(_ result: PlanLoadResult, year: Int, say: Wording = .english) -> [String] {
        let diff = result.diff
        if diff.isEmpty {
            return [
                say(
                    "plan \(year): unchanged (\(diff.unchanged) entries); nothing to do",
                    "kế hoạch \(year): không thay đổi (\(diff.unchanged) mục); không có gì để làm")
            ]
        }
        var out: [String] = []
        for entry in diff.added { out.append("+ \(entry.key) \(entry.period): \(entry.content)") }
        for change in diff.changed { out.append("~ \(change.new.key) \(change.new.period): \(change.new.content)") }
        for entry in diff.removed { out.append("- \(entry.key) \(entry.period): \(entry.content)") }
        if result.applied {
            out.append(
                say(
                    "plan \(year) loaded: \(result.created.count) inspection(s) created, \(result.updated.count) updated, "
                        + "\(result.kept.count) kept as they are",
                    "đã nạp kế hoạch \(year): tạo \(result.created.count) cuộc thanh tra, cập nhật \(result.updated.count), "
                        + "giữ nguyên \(result.kept.count)"))
            for link in result.created {
                out.append(
                    say(
                        "  created inspection #\(link.inspectionID) for entry \(link.entryKey)",
                        "  đã tạo cuộc thanh tra #\(link.inspectionID) cho mục \(link.entryKey)"))
            }
            for link in result.kept {
                out.append(
                    say(
                        "  kept inspection #\(link.inspectionID) (\(link.state.rawValue)) for entry \(link.entryKey)",
                        "  giữ nguyên cuộc thanh tra #\(link.inspectionID) (\(say.state(link.state))) cho mục \(link.entryKey)"))
            }
        } else {
            out.append(
                say(
                    "plan \(year) changed: \(diff.added.count) added, \(diff.changed.count) changed, \(diff.removed.count) removed; "
                        + "nothing written — run again with --apply",
                    "kế hoạch \(year) đã thay đổi: thêm \(diff.added.count), sửa \(diff.changed.count), bỏ \(diff.removed.count); "
                        + "chưa ghi gì — chạy lại với --apply"))
        }
        return out
    }
}
