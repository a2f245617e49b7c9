import Inspectorate
import Reports

/// The line under a list cut short by `--limit`, on standard error so a pipe or JSON stays clean:
/// `showing 100 of 100 008 subjects; --limit 0 for all, or narrow the list`.
enum ListNote {
    static func print<Item>(_ page: ListPage<Item>, noun: String, _ say: Wording = .english) {
        guard page.hasMore else { return }
        if say.language == .vi {
            let of = page.total.map { " trên \(grouped($0))" } ?? ""
            let more = page.total == nil ? " (còn nữa)" : ""
            Output.error("đang hiện \(page.items.count)\(of) \(noun)\(more); --limit 0 để hiện tất cả, hoặc thu hẹp danh sách")
            return
        }
        let of = page.total.map { " of \(grouped($0))" } ?? ""
        let more = page.total == nil ? " (more match)" : ""
        Output.error("showing \(page.items.count)\(of) \(noun)\(more); --limit 0 for all, or narrow the list")
    }

    /// `100008` → `100.008`, thousands grouped as the money is.
    static func grouped(_ count: Int) -> String {
        let digits = Array(String(count))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(".") }
            out.append(digit)
        }
        return out
    }
}
