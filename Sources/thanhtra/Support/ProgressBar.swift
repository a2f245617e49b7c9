/// The text of a progress line for long work (import, rules diff): a bar, the share done, the count, the rate and the
/// time left — `checking [########------------]  41 %  49 000 rows  12 300 rows/s  about 6 s left`.
///
/// Only the words: whether to draw (a terminal, never when piped) is the caller's, as is the clock. Whole numbers
/// only: the elapsed time comes in nanoseconds, rates and times are rounded down.
struct ProgressBar {
    /// Cells of the bar.
    static let width = 20

    /// The line for `done` of `total` (the share: ``fraction``), with `count` items of `unit` so far and `elapsed`
    /// nanoseconds since the work began. No rate or time left in the first half second (too early to say).
    static func line(
        label: String, done: Int64, total: Int64, count: Int64, unit: String, elapsedNanoseconds: Int64
    ) -> String {
        let percent = total > 0 ? Int(min(100, max(0, done * 100 / total))) : 0
        let filled = percent * width / 100
        let bar = "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "]"
        var text = "\(label) \(bar) \(pad(percent, 3)) %  \(grouped(count)) \(unit)"
        guard elapsedNanoseconds >= 500_000_000, count > 0 else { return text }
        let rate = count * 1_000_000_000 / elapsedNanoseconds
        text += "  \(grouped(rate)) \(unit)/s"
        if done > 0, total > done {
            let (scaled, overflow) = elapsedNanoseconds.multipliedReportingOverflow(by: total - done)
            let left = overflow ? Int64.max : scaled / done / 1_000_000_000
            text += "  about \(duration(left)) left"
        }
        return text
    }

    /// `7 s`, `3 min 05 s`, `1 h 02 min`.
    static func duration(_ seconds: Int64) -> String {
        if seconds < 60 { return "\(seconds) s" }
        if seconds < 3600 { return "\(seconds / 60) min \(two(seconds % 60)) s" }
        return "\(seconds / 3600) h \(two(seconds % 3600 / 60)) min"
    }

    /// `49 000`: thousands separated by a space, as the progress lines always wrote counts.
    static func grouped(_ number: Int64) -> String {
        let digits = String(number)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0, character != "-" { out.append(" ") }
            out.append(character)
        }
        return out
    }

    private static func two(_ number: Int64) -> String { number < 10 ? "0\(number)" : "\(number)" }
    private static func pad(_ number: Int, _ width: Int) -> String {
        let text = String(number)
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
