import Casework
import LuaBridge

/// The catalog checks against the sector table (`penalty.sectors()`) and the circumstance lists
/// (`penalty.circumstances()`).
extension CatalogLint {
    mutating func readSectors() {
        guard engine.defines(["penalty", "sectors"]) else { return }
        do {
            let result = ResultReader(try engine.call(["penalty", "sectors"], []), rule: "penalty.sectors")
            var table: [String: SectorMaximum] = [:]
            for sector in try result["sectors"].list() {
                var changes: [(from: CalendarDate, amount: Int64?)] = []
                for change in try sector["max"].list() {
                    let amount = change["max_individual_vnd"]
                    changes.append((try change["from"].date(), amount.isNil ? nil : try amount.money().rawValue))
                }
                let base = sector["max_individual_vnd"]
                table[try sector["code"].string()] = SectorMaximum(
                    base: base.isNil ? nil : try base.money().rawValue, changes: changes)
            }
            sectors = table
        } catch {
            diagnostics.append(RuleDiagnostic(severity: .error, error: error))
        }
    }

    mutating func checkCircumstances() {
        guard engine.defines(["penalty", "circumstances"]) else { return }
        let lists: [(String, [ResultReader])]
        do {
            let result = ResultReader(try engine.call(["penalty", "circumstances"], []), rule: "penalty.circumstances")
            lists = [("mitigating", try result["mitigating"].list()), ("aggravating", try result["aggravating"].list())]
        } catch {
            diagnostics.append(RuleDiagnostic(severity: .error, error: error))
            return
        }
        var seen: [String: String] = [:]
        for (kind, items) in lists {
            for (offset, item) in items.enumerated() {
                let label = "\(kind)[\(offset + 1)]"
                guard case .table(let table) = item.value else {
                    report(
                        .error, "circumstance \(label) is \(item.value.shortDescription), not a table", at: nil,
                        hint: "write each circumstance as { code = \"…\", title = \"…\", citation = \"…\" }", rule: "penalty.circumstances",
                        vi: (
                            "tình tiết \(label) là \(item.value.shortDescription), không phải một bảng",
                            "viết mỗi tình tiết dạng { code = \"…\", title = \"…\", citation = \"…\" }"
                        ))
                    continue
                }
                var code: String?
                if case .string(let text) = table["code"], !text.trimmedOfWhitespace.isEmpty { code = text }
                let place: Place? =
                    if let code { places.claim("code", code) } else if case .string(let title) = table["title"] {
                        places.claim("title", title)
                    } else { nil }
                let name = code.map { "circumstance \($0)" } ?? "circumstance \(label)"
                let nameVi = code.map { "tình tiết \($0)" } ?? "tình tiết \(label)"
                for field in ["code", "title"] {
                    if case .string(let text) = table[field], !text.trimmedOfWhitespace.isEmpty { continue }
                    report(
                        .error, "\(name) has no `\(field)` (a non-empty string), got \(table[field].shortDescription)", at: place,
                        hint: "write each circumstance as { code = \"…\", title = \"…\", citation = \"…\" }", rule: "penalty.circumstances",
                        vi: (
                            "\(nameVi) thiếu `\(field)` (chuỗi không trống), nhận được \(table[field].shortDescription)",
                            "viết mỗi tình tiết dạng { code = \"…\", title = \"…\", citation = \"…\" }"
                        ))
                }
                guard let code else { continue }
                if let other = seen[code] {
                    report(
                        .error, "circumstance code \(code) is listed twice, as \(other) and as \(label)", at: place,
                        hint: "give each circumstance its own code; an inspector's request names circumstances by code",
                        rule: "penalty.circumstances",
                        vi: (
                            "mã tình tiết \(code) được liệt kê hai lần, là \(other) và \(label)",
                            "cho mỗi tình tiết một mã riêng; yêu cầu của thanh tra viên gọi tình tiết theo mã"
                        ))
                } else {
                    seen[code] = label
                }
            }
        }
    }
}
