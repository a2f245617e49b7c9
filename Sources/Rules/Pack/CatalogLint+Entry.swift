import Casework
import LuaBridge

/// The checks of one catalog entry: its fields, its fine frame, its measures.
extension CatalogLint {
    /// Checks the fields of entry number `number` (1-based, in the order `penalty.catalog{}` returns them); the
    /// version, when its code and dates are usable for the checks across versions.
    mutating func checkEntry(_ value: LuaValue, number: Int) -> Version? {
        guard case .table(let table) = value else {
            report(
                .error, "catalog entry #\(number) is \(value.shortDescription), not a table", at: nil,
                hint: "every element of entries is a table { code = \"…\", title = \"…\", … }",
                vi: (
                    "mục danh mục #\(number) là \(value.shortDescription), không phải một bảng",
                    "mỗi phần tử của entries là một bảng { code = \"…\", title = \"…\", … }"
                ))
            return nil
        }
        let code: String?
        if case .string(let text) = table["code"], !text.trimmedOfWhitespace.isEmpty { code = text } else { code = nil }
        var place: Place?
        if let code {
            place = places.claim("code", code)
        } else if case .string(let title) = table["title"] {
            place = places.claim("title", title)
        }
        let name = code.map { "catalog entry \($0)" } ?? "catalog entry #\(number)"
        let nameVi = code.map { "mục danh mục \($0)" } ?? "mục danh mục #\(number)"

        var strings: [String: String] = [:]
        for field in ["code", "title", "basis", "sector", "stated_for"] {
            switch table[field] {
            case .nil:
                report(
                    .error, "\(name) has no `\(field)`", at: place, hint: "add `\(field) = \"…\"` to the entry; \(CatalogLint.contractHint)",
                    vi: (
                        "\(nameVi) thiếu `\(field)`",
                        "thêm `\(field) = \"…\"` vào mục; xem docs/rule-contract.md, penalty.catalog, về các trường của một mục"
                    ))
            case .string(let text) where text.trimmedOfWhitespace.isEmpty:
                report(
                    .error, "\(name) has an empty `\(field)`", at: place, hint: "write the \(field) between the quotes",
                    vi: ("\(nameVi) có `\(field)` trống", "viết \(field) giữa hai dấu ngoặc kép"))
            case .string(let text):
                strings[field] = text
            case let other:
                report(
                    .error, "\(name): `\(field)` must be a string, got \(other.shortDescription)", at: place,
                    hint: "write it in quotes: \(field) = \"…\"",
                    vi: ("\(nameVi): `\(field)` phải là chuỗi, nhận được \(other.shortDescription)", "viết trong ngoặc kép: \(field) = \"…\""))
            }
        }

        var frames: [String: Int64] = [:]
        for field in ["frame_min_vnd", "frame_max_vnd"] {
            switch table[field] {
            case .nil:
                report(
                    .error, "\(name) has no `\(field)`", at: place, hint: "add `\(field) = 1000000` (whole đồng) to the entry",
                    vi: ("\(nameVi) thiếu `\(field)`", "thêm `\(field) = 1000000` (số đồng nguyên) vào mục"))
            case .integer(let amount) where amount < 0:
                report(
                    .error, "\(name): `\(field)` must not be negative, got \(amount)", at: place,
                    hint: "write the amount the decree states, in whole đồng",
                    vi: ("\(nameVi): `\(field)` không được âm, nhận được \(amount)", "viết số tiền nghị định quy định, bằng số đồng nguyên"))
            case .integer(let amount):
                frames[field] = amount
            case .number(let amount):
                report(
                    .error, "\(name): `\(field)` must be a whole number of đồng, got \(amount) (a float)", at: place,
                    hint: "write the amount as an integer, such as 1500000 (not 1500000.0, 1.5e6 or 3 / 2 * 1000000)",
                    vi: (
                        "\(nameVi): `\(field)` phải là số đồng nguyên, nhận được \(amount) (số thực)",
                        "viết số tiền là số nguyên, như 1500000 (không phải 1500000.0, 1.5e6 hay 3 / 2 * 1000000)"
                    ))
            case let other:
                report(
                    .error, "\(name): `\(field)` must be a whole number of đồng, got \(other.shortDescription)", at: place,
                    hint: "write the amount as an integer without quotes or dots, such as 1500000",
                    vi: (
                        "\(nameVi): `\(field)` phải là số đồng nguyên, nhận được \(other.shortDescription)",
                        "viết số tiền là số nguyên, không ngoặc kép hay dấu chấm, như 1500000"
                    ))
            }
        }
        if let low = frames["frame_min_vnd"], let high = frames["frame_max_vnd"], low > high {
            report(
                .error, "\(name): frame_min_vnd \(CatalogLint.money(low)) is above frame_max_vnd \(CatalogLint.money(high))",
                at: place, hint: "the frame runs from the smaller amount to the larger; check both against the decree",
                vi: (
                    "\(nameVi): frame_min_vnd \(CatalogLint.money(low)) lớn hơn frame_max_vnd \(CatalogLint.money(high))",
                    "khung tiền phạt đi từ số nhỏ đến số lớn; đối chiếu cả hai với nghị định"
                ))
        }

        switch table["warning_allowed"] {
        case .nil, .boolean: break
        case let other:
            report(
                .error, "\(name): `warning_allowed` must be true or false, got \(other.shortDescription)", at: place,
                hint: "write warning_allowed = true when the decree allows a warning (cảnh cáo) for the act, else false",
                vi: (
                    "\(nameVi): `warning_allowed` phải là true hoặc false, nhận được \(other.shortDescription)",
                    "viết warning_allowed = true khi nghị định cho phép phạt cảnh cáo hành vi này, ngược lại false"
                ))
        }

        var sanctioned = true
        switch table["sanctioned"] {
        case .nil: break
        case .boolean(let value): sanctioned = value
        case let other:
            report(
                .error, "\(name): `sanctioned` must be true or false, got \(other.shortDescription)", at: place,
                hint: "leave it out for an act the text fines; write entry.repeal{ … } (sanctioned = false) for a text "
                    + "that ends the sanction",
                vi: (
                    "\(nameVi): `sanctioned` phải là true hoặc false, nhận được \(other.shortDescription)",
                    "bỏ trường này với hành vi văn bản xử phạt; viết entry.repeal{ … } (sanctioned = false) cho văn bản "
                        + "chấm dứt việc xử phạt"
                ))
        }
        let succeeds = successorLinks(table["succeeds"], name: (name, nameVi), place: place)

        if let statedFor = strings["stated_for"], statedFor != "individual", statedFor != "organization" {
            report(
                .error, "\(name): stated_for is \"\(statedFor)\"; expected \"individual\" or \"organization\"", at: place,
                hint: "write whom the decree states the frame for: \"individual\" (cá nhân) or \"organization\" (tổ chức)",
                vi: (
                    "\(nameVi): stated_for là \"\(statedFor)\"; cần \"individual\" hoặc \"organization\"",
                    "ghi khung tiền phạt của nghị định áp dụng cho ai: \"individual\" (cá nhân) hoặc \"organization\" (tổ chức)"
                ))
        }

        if let sector = strings["sector"], let sectors, sectors[sector] == nil {
            report(
                .error, "\(name): sector \"\(sector)\" is not in the sector table", at: place,
                hint: "use one of \(sectors.keys.sorted().joined(separator: ", ")), or add the sector to penalty/sectors.lua",
                vi: (
                    "\(nameVi): lĩnh vực \"\(sector)\" không có trong bảng lĩnh vực",
                    "dùng một trong \(sectors.keys.sorted().joined(separator: ", ")), hoặc thêm lĩnh vực vào penalty/sectors.lua"
                ))
        }

        let from = date(table["effective_from"], field: "effective_from", required: true, name: (name, nameVi), place: place)
        let to = date(table["effective_to"], field: "effective_to", required: false, name: (name, nameVi), place: place)
        var datesUsable = from != nil && (to != nil || table["effective_to"] == .nil)
        if let from, let to, to < from {
            report(
                .error, "\(name) ends (effective_to \(to)) before it starts (effective_from \(from))", at: place,
                hint: "effective_to is the last day the entry is in force; it is on or after effective_from",
                vi: (
                    "\(nameVi) hết hiệu lực (effective_to \(to)) trước khi có hiệu lực (effective_from \(from))",
                    "effective_to là ngày cuối cùng mục có hiệu lực; ngày đó không trước effective_from"
                ))
            datesUsable = false
        }

        checkRemedies(table["remedies"], name: (name, nameVi), place: place)

        if let from, let high = frames["frame_max_vnd"], let sector = strings["sector"], let statedFor = strings["stated_for"],
            let limit = sectors?[sector]?.onDay(from), statedFor == "individual" || statedFor == "organization"
        {
            let cap = statedFor == "organization" ? limit * 2 : limit
            if high > cap {
                let capText =
                    statedFor == "organization"
                    ? "for an organization, \(CatalogLint.money(cap)) (2 × \(CatalogLint.money(limit)))"
                    : "for an individual, \(CatalogLint.money(cap))"
                let capTextVi =
                    statedFor == "organization"
                    ? "đối với tổ chức, \(CatalogLint.money(cap)) (2 × \(CatalogLint.money(limit)))"
                    : "đối với cá nhân, \(CatalogLint.money(cap))"
                report(
                    .warning,
                    "\(name): frame_max_vnd \(CatalogLint.money(high)) is above the maximum fine of sector \"\(sector)\" "
                        + "\(capText) on \(from), the day the entry starts",
                    at: place,
                    hint: "check the frame against the decree, and the sector's maximum (Điều 24 Luật XLVPHC) in penalty/sectors.lua; "
                        + "fines are capped at the sector maximum",
                    vi: (
                        "\(nameVi): frame_max_vnd \(CatalogLint.money(high)) lớn hơn mức phạt tối đa của lĩnh vực \"\(sector)\" "
                            + "\(capTextVi) vào ngày \(from), ngày mục có hiệu lực",
                        "đối chiếu khung tiền phạt với nghị định, và mức tối đa của lĩnh vực (Điều 24 Luật XLVPHC) trong "
                            + "penalty/sectors.lua; tiền phạt không vượt mức tối đa của lĩnh vực"
                    ))
            }
        }

        guard let code, let from, datesUsable else { return nil }
        return Version(index: number, code: code, from: from, to: to, place: place, sanctioned: sanctioned, succeeds: succeeds)
    }

    /// The codes of `succeeds` (nil, or a list of codes); errors for anything else.
    mutating func successorLinks(_ value: LuaValue, name names: (en: String, vi: String), place: Place?) -> [String] {
        let name = names.en
        let shape = "succeeds = \"OLD-CODE\" (or a list of codes)"
        let shapeVi = "succeeds = \"MÃ-CŨ\" (hoặc một danh sách mã)"
        switch value {
        case .nil: return []
        case .string(let code) where !code.trimmedOfWhitespace.isEmpty: return [code]
        case .table(let list) where list.fields.isEmpty:
            var codes: [String] = []
            for (offset, item) in list.array.enumerated() {
                guard case .string(let code) = item, !code.trimmedOfWhitespace.isEmpty else {
                    report(
                        .error, "\(name): succeeds[\(offset + 1)] must be a code, got \(item.shortDescription)", at: place,
                        hint: "write \(shape): the code of the entry this one replaces under a new number",
                        vi: (
                            "\(names.vi): succeeds[\(offset + 1)] phải là một mã, nhận được \(item.shortDescription)",
                            "viết \(shapeVi): mã của mục mà mục này thay thế dưới số hiệu mới"
                        ))
                    continue
                }
                codes.append(code)
            }
            return codes
        default:
            report(
                .error, "\(name): `succeeds` must be a code or a list of codes, got \(value.shortDescription)", at: place,
                hint: "write \(shape): the code of the entry this one replaces under a new number",
                vi: (
                    "\(names.vi): `succeeds` phải là một mã hoặc danh sách mã, nhận được \(value.shortDescription)",
                    "viết \(shapeVi): mã của mục mà mục này thay thế dưới số hiệu mới"
                ))
            return []
        }
    }

    mutating func date(
        _ value: LuaValue, field: String, required: Bool, name names: (en: String, vi: String), place: Place?
    ) -> CalendarDate? {
        let name = names.en
        switch value {
        case .nil:
            if required {
                report(
                    .error, "\(name) has no `\(field)`", at: place,
                    hint: "add `\(field) = \"YYYY-MM-DD\"`: the first day the decree's text applies",
                    vi: ("\(names.vi) thiếu `\(field)`", "thêm `\(field) = \"YYYY-MM-DD\"`: ngày đầu tiên văn bản của nghị định áp dụng"))
            }
            return nil
        case .string(let text):
            if let date = CalendarDate(text) { return date }
            fallthrough
        default:
            report(
                .error, "\(name): `\(field)` must be a date \"YYYY-MM-DD\", got \(value.shortDescription)", at: place,
                hint: "write the day with four-digit year and two-digit month and day, such as \"2025-01-01\"",
                vi: (
                    "\(names.vi): `\(field)` phải là ngày \"YYYY-MM-DD\", nhận được \(value.shortDescription)",
                    "viết ngày với năm bốn chữ số, tháng và ngày hai chữ số, như \"2025-01-01\""
                ))
            return nil
        }
    }

    mutating func checkRemedies(_ value: LuaValue, name names: (en: String, vi: String), place: Place?) {
        let (name, nameVi) = names
        let shape = "{ code = \"…\", title = \"…\" }"
        guard case .table(let list) = value else {
            if value != .nil {
                report(
                    .error, "\(name): `remedies` must be a list of \(shape), got \(value.shortDescription)", at: place,
                    hint: "write remedies = { { code = \"…\", title = \"…\" } }, or remedies = {} when the decree names none",
                    vi: (
                        "\(nameVi): `remedies` phải là danh sách \(shape), nhận được \(value.shortDescription)",
                        "viết remedies = { { code = \"…\", title = \"…\" } }, hoặc remedies = {} khi nghị định không nêu biện pháp nào"
                    ))
            }
            return
        }
        if let key = list.fields.keys.sorted().first {
            report(
                .error, "\(name): `remedies` must be a list of \(shape), but has the field `\(key)`", at: place,
                hint: "wrap the remedy in braces: remedies = { { code = \"…\", title = \"…\" } }",
                vi: (
                    "\(nameVi): `remedies` phải là danh sách \(shape), nhưng có trường `\(key)`",
                    "đặt biện pháp trong ngoặc nhọn: remedies = { { code = \"…\", title = \"…\" } }"
                ))
            return
        }
        for (offset, item) in list.array.enumerated() {
            let label = "remedies[\(offset + 1)]"
            guard case .table(let remedy) = item, remedy.array.isEmpty else {
                report(
                    .error, "\(name): \(label) is \(item.shortDescription), not a remedy \(shape)", at: place,
                    hint: "write each remedy as \(shape)",
                    vi: ("\(nameVi): \(label) là \(item.shortDescription), không phải biện pháp \(shape)", "viết mỗi biện pháp dạng \(shape)"))
                continue
            }
            for field in ["code", "title"] {
                switch remedy[field] {
                case .string(let text) where !text.trimmedOfWhitespace.isEmpty: continue
                case .nil:
                    report(
                        .error, "\(name): \(label) has no `\(field)`", at: place, hint: "write each remedy as \(shape)",
                        vi: ("\(nameVi): \(label) thiếu `\(field)`", "viết mỗi biện pháp dạng \(shape)"))
                case let other:
                    report(
                        .error, "\(name): \(label).\(field) must be a non-empty string, got \(other.shortDescription)", at: place,
                        hint: "write each remedy as \(shape)",
                        vi: (
                            "\(nameVi): \(label).\(field) phải là chuỗi không trống, nhận được \(other.shortDescription)",
                            "viết mỗi biện pháp dạng \(shape)"
                        ))
                }
            }
            for key in remedy.fields.keys.sorted() where key != "code" && key != "title" {
                report(
                    .error, "\(name): \(label) has the unknown field `\(key)`; a remedy is \(shape)", at: place,
                    hint: "remove `\(key)` from what penalty.catalog returns (keep internal flags out of the public entry)",
                    vi: (
                        "\(nameVi): \(label) có trường lạ `\(key)`; một biện pháp có dạng \(shape)",
                        "bỏ `\(key)` khỏi kết quả của penalty.catalog (để cờ nội bộ ngoài mục công khai)"
                    ))
            }
        }
    }
}
