import Casework

/// The checks across the versions of a code, and across codes linked by `succeeds`.
extension CatalogLint {
    /// Per code: two versions in force on one day (error), a gap between versions, a first version that
    /// sanctions nothing, and a code whose versions have all ended before today (warnings).
    mutating func checkVersions(_ versions: [Version]) {
        let byCode = Dictionary(grouping: versions, by: \.code)
        // In catalog order of each code's first version, so the output follows the files.
        let codes = versions.map(\.code).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        for code in codes {
            let sorted = (byCode[code] ?? []).sorted { ($0.from, $0.index) < ($1.from, $1.index) }
            for (i, earlier) in sorted.enumerated() {
                for later in sorted[(i + 1)...] where earlier.to.map({ $0 >= later.from }) ?? true {
                    let (first, second) = earlier.index < later.index ? (earlier, later) : (later, earlier)
                    let elsewhere = first.place.map { " (the other at \($0.file):\($0.line))" } ?? ""
                    let elsewhereVi = first.place.map { " (bản kia ở \($0.file):\($0.line))" } ?? ""
                    report(
                        .error,
                        "catalog code \(code) is defined twice for the same days: from \(earlier.from) to \(CatalogLint.text(earlier.to)) "
                            + "and from \(later.from) to \(CatalogLint.text(later.to))\(elsewhere)",
                        at: second.place,
                        hint: "a code has one version a day: end the earlier version the day before the later one starts "
                            + "(effective_to = \"\(later.from.adding(days: -1))\"), or give the new text its own code",
                        vi: (
                            "mã danh mục \(code) được định nghĩa hai lần cho cùng những ngày: từ \(earlier.from) đến "
                                + "\(CatalogLint.vietnameseText(earlier.to)) và từ \(later.from) đến "
                                + "\(CatalogLint.vietnameseText(later.to))\(elsewhereVi)",
                            "mỗi ngày một mã chỉ có một phiên bản: cho phiên bản trước hết hiệu lực một ngày trước khi phiên bản "
                                + "sau bắt đầu (effective_to = \"\(later.from.adding(days: -1))\"), hoặc cho văn bản mới một mã riêng"
                        ))
                }
            }
            for (earlier, later) in zip(sorted, sorted.dropFirst()) {
                guard let end = earlier.to, end < later.from, end.adding(days: 1) < later.from else { continue }
                report(
                    .warning,
                    "catalog code \(code) is in force in no version from \(end.adding(days: 1)) to \(later.from.adding(days: -1)): "
                        + "one version ends on \(end), the next starts on \(later.from)",
                    at: later.place,
                    hint: "if the act was punishable in between, move effective_to or effective_from so the versions meet; "
                        + "if the decree left that gap, nothing needs to change",
                    vi: (
                        "mã danh mục \(code) không có phiên bản nào có hiệu lực từ \(end.adding(days: 1)) đến "
                            + "\(later.from.adding(days: -1)): một phiên bản hết hiệu lực ngày \(end), phiên bản sau bắt đầu "
                            + "ngày \(later.from)",
                        "nếu trong khoảng đó hành vi vẫn bị xử phạt, sửa effective_to hoặc effective_from cho các phiên bản "
                            + "nối liền; nếu nghị định để trống khoảng đó, không cần sửa gì"
                    ))
            }
            if let first = sorted.first, !first.sanctioned {
                report(
                    .warning,
                    "catalog code \(code) starts on \(first.from) with a version that sanctions nothing (sanctioned = false)",
                    at: first.place,
                    hint: "a repeal ends the sanction of an earlier version of the same code: write the versions it ends, "
                        + "or remove it",
                    vi: (
                        "mã danh mục \(code) bắt đầu ngày \(first.from) bằng một phiên bản không xử phạt gì (sanctioned = false)",
                        "việc bãi bỏ chấm dứt xử phạt của một phiên bản trước của cùng mã: viết các phiên bản bị chấm dứt, "
                            + "hoặc bỏ phiên bản này"
                    ))
            }
            let succeeded = versions.contains { $0.succeeds.contains(code) }
            let ends = sorted.compactMap(\.to)   // every version's end, when every version has one
            if let today, !succeeded, let last = sorted.last, ends.count == sorted.count, ends.allSatisfy({ $0 < today }),
                let latest = ends.max()
            {
                let spans = sorted.map { "from \($0.from) to \(CatalogLint.text($0.to))" }.joined(separator: " and ")
                let spansVi = sorted.map { "từ \($0.from) đến \(CatalogLint.vietnameseText($0.to))" }.joined(separator: " và ")
                report(
                    .warning, "catalog code \(code) is not in force today (\(today)): it was in force \(spans)",
                    at: last.place,
                    hint: "if a later text replaced it, add the new frame (a new version or a new code); keep this one for "
                        + "acts committed up to \(latest)",
                    vi: (
                        "mã danh mục \(code) không có hiệu lực hôm nay (\(today)): mã có hiệu lực \(spansVi)",
                        "nếu một văn bản sau đã thay thế, thêm khung mới (một phiên bản hoặc một mã mới); giữ mã này cho "
                            + "các hành vi thực hiện đến ngày \(latest)"
                    ))
            }
        }
    }

    /// `succeeds` names codes of the catalog, never the entry's own; a successor should start after the code it
    /// replaces has ended (else the act has two texts on the same days).
    mutating func checkSuccessions(_ versions: [Version], codes: Set<String>) {
        let byCode = Dictionary(grouping: versions, by: \.code)
        for version in versions {
            for old in version.succeeds {
                if old == version.code {
                    report(
                        .error, "catalog entry \(version.code) succeeds itself", at: version.place,
                        hint: "succeeds names the OTHER code this entry replaces after a renumbering; versions of the same "
                            + "code need no link: write them with the same code and dates that meet",
                        vi: (
                            "mục danh mục \(version.code) tự thay thế chính nó",
                            "succeeds ghi mã KHÁC mà mục này thay thế sau khi đánh số lại; các phiên bản của cùng một mã "
                                + "không cần liên kết: viết chúng với cùng mã và các ngày nối liền"
                        ))
                    continue
                }
                guard codes.contains(old) else {
                    report(
                        .error, "catalog entry \(version.code) succeeds \"\(old)\", which is not a code of the catalog",
                        at: version.place,
                        hint: "write the code of the entry this one replaces (`thanhtra rules catalog --on all` lists every "
                            + "code), or remove `succeeds` if the act is new",
                        vi: (
                            "mục danh mục \(version.code) thay thế \"\(old)\", không phải một mã của danh mục",
                            "ghi mã của mục được thay thế (`thanhtra rules catalog --on all` liệt kê mọi mã), hoặc bỏ "
                                + "`succeeds` nếu hành vi là mới"
                        ))
                    continue
                }
                for earlier in byCode[old] ?? [] where earlier.sanctioned {
                    let overlaps = (earlier.to.map { $0 >= version.from } ?? true) && (version.to.map { $0 >= earlier.from } ?? true)
                    guard overlaps else { continue }
                    let elsewhere = earlier.place.map { " (at \($0.file):\($0.line))" } ?? ""
                    let elsewhereVi = earlier.place.map { " (ở \($0.file):\($0.line))" } ?? ""
                    report(
                        .warning,
                        "catalog code \(version.code) (from \(version.from) to \(CatalogLint.text(version.to))) succeeds \(old), "
                            + "whose version from \(earlier.from) to \(CatalogLint.text(earlier.to))\(elsewhere) is in force on "
                            + "some of the same days: the act has two texts then",
                        at: version.place,
                        hint: "end \(old) the day before \(version.code) starts (effective_to = \"\(version.from.adding(days: -1))\"), "
                            + "unless both texts really apply side by side",
                        vi: (
                            "mã danh mục \(version.code) (từ \(version.from) đến \(CatalogLint.vietnameseText(version.to))) thay "
                                + "thế \(old), mà phiên bản từ \(earlier.from) đến \(CatalogLint.vietnameseText(earlier.to))"
                                + "\(elsewhereVi) có hiệu lực trong một số ngày trùng: khi đó hành vi có hai văn bản",
                            "cho \(old) hết hiệu lực một ngày trước khi \(version.code) bắt đầu (effective_to = "
                                + "\"\(version.from.adding(days: -1))\"), trừ khi cả hai văn bản thật sự cùng áp dụng"
                        ))
                }
            }
        }
    }
}
