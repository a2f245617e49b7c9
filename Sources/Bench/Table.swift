import Foundation

/// The benchmark's result table: each figure beside its baseline, the ratio, the goal and peak memory (figure 6).
struct Table {
    enum RatioKind { case rate, time }

    struct Row {
        var figure: String
        var ours: String
        var baseline: String
        var ratio: String
        var goal: String
        var peak: String
    }

    /// Whether the goals are judged: only at full scale, which is the size they are stated for.
    var judgesGoals = true
    private(set) var rows: [Row] = []
    private(set) var notes: [String] = []

    mutating func add(
        _ figure: String, ours: String, baseline: String, ratio: Double?, ratioKind: RatioKind,
        goal: (text: String, met: Bool)?, peak: (ours: Double?, baseline: Double?)
    ) {
        let ratioText = ratio.map {
            ratioKind == .rate ? String(format: "%.2f× the rate", $0) : String(format: "%.2f× the time", $0)
        } ?? ""
        let goalText = goal.map {
            judgesGoals ? "\($0.text): \($0.met ? "met" : "NOT met")" : "\($0.text) (judged at full scale only)"
        } ?? ""
        let peakText = [peak.ours, peak.baseline].map { $0.map { String(format: "%.0f", $0) } ?? "–" }
            .joined(separator: " / ")
        rows.append(Row(figure: figure, ours: ours, baseline: baseline, ratio: ratioText, goal: goalText, peak: peakText))
    }

    mutating func note(_ text: String) { notes.append(text) }

    static let headers = ["figure", "thanhtra", "baseline (same run)", "ratio", "goal", "peak MiB (ours / baseline)"]

    func cells(_ row: Row) -> [String] { [row.figure, row.ours, row.baseline, row.ratio, row.goal, row.peak] }

    func text() -> String {
        let all = [Table.headers] + rows.map(cells)
        let widths = Table.headers.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        let lines = all.map { cells in
            zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  ")
        }
        return (lines + notes).joined(separator: "\n")
    }

    func markdown(title: String) -> String {
        var lines = ["**\(title)**", "", "| " + Table.headers.joined(separator: " | ") + " |",
                     "|" + String(repeating: " --- |", count: Table.headers.count)]
        lines += rows.map { "| " + cells($0).joined(separator: " | ") + " |" }
        if !notes.isEmpty { lines += [""] + notes }
        return lines.joined(separator: "\n")
    }

    static func rate(_ perSecond: Double) -> String {
        perSecond >= 1e6 ? String(format: "%.2f M/s", perSecond / 1e6) : String(format: "%.0f k/s", perSecond / 1e3)
    }

    static func rows(_ perSecond: Double) -> String { String(format: "%.0f rows/s", perSecond) }

    static func seconds(_ value: Double) -> String {
        value < 1 ? String(format: "%.1f ms", value * 1000) : String(format: "%.2f s", value)
    }
}
