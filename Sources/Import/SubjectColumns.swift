public import Casework
import Foundation

/// Which column of a subjects CSV holds what, read from its header row.
///
/// Headers are matched after folding: lowercase, without diacritics, `đ` as `d`, `_`, `-` and `.` as spaces,
/// runs of spaces as one. So `Mã số thuế`, `MA_SO_THUE` and `ma so thue` are the same header.
///
/// | field | accepted headers (folded) |
/// | --- | --- |
/// | kind | `loai`, `loai doi tuong`, `kind`, `type` |
/// | identifier (any kind) | `identifier`, `id`, `ma so`, `ma dinh danh`, `so dinh danh chu ho`, `so dinh danh nguoi dai dien` |
/// | tax code (organization) | `ma so thue`, `mst`, `tax code`, `taxcode` |
/// | citizen ID (person) | `so dinh danh`, `so dinh danh ca nhan`, `cccd`, `so cccd`, `cmnd`, `so cmnd`, `id number`, `citizen id` |
/// | name | `ten`, `ho ten`, `ho va ten`, `ten to chuc`, `ten doanh nghiep`, `ten ho kinh doanh`, `ten ho gia dinh`, `ten cong dong`, `ten cong dong dan cu`, `name` |
/// | address | `dia chi`, `dia chi tru so`, `address` |
/// | ignored | `line`, `dong`, `reason`, `ly do` (the columns a file of rejected rows adds) |
public struct SubjectColumns: Sendable, Equatable {
    /// One identifier column and the kind its header implies, if any.
    struct IdentifierColumn: Sendable, Equatable {
        var index: Int
        var impliedKind: Subject.Kind?
    }

    /// The header row as written in the file.
    public let header: [String]
    var kind: Int?
    var identifiers: [IdentifierColumn] = []
    var name: Int?
    var address: Int?

    static let kindHeaders: Set<String> = ["loai", "loai doi tuong", "kind", "type"]
    static let anyIdentifierHeaders: Set<String> = [
        "identifier", "id", "ma so", "ma dinh danh", "so dinh danh chu ho", "so dinh danh nguoi dai dien",
    ]
    static let taxCodeHeaders: Set<String> = ["ma so thue", "mst", "tax code", "taxcode"]
    static let citizenIDHeaders: Set<String> = [
        "so dinh danh", "so dinh danh ca nhan", "cccd", "so cccd", "cmnd", "so cmnd", "id number", "citizen id",
    ]
    static let nameHeaders: Set<String> = [
        "ten", "ho ten", "ho va ten", "ten to chuc", "ten doanh nghiep", "ten ho kinh doanh", "ten ho gia dinh",
        "ten cong dong", "ten cong dong dan cu", "name",
    ]
    static let addressHeaders: Set<String> = ["dia chi", "dia chi tru so", "address"]
    static let ignoredHeaders: Set<String> = Set(["line", "dong", "reason", "ly do"]).union(ImportColumns<CaseImportField>.rowNumberHeaders)

    static let organizationValues: Set<String> = ["organization", "organisation", "org", "to chuc", "doanh nghiep", "cong ty"]
    static let personValues: Set<String> = ["person", "individual", "ca nhan"]
    /// A household business as people write it: `hộ kinh doanh`, `HKD`, `hộ kinh doanh cá thể`, `hộ cá thể`.
    static let householdValues: Set<String> = [
        "household", "household business", "ho kinh doanh", "hkd", "ho kinh doanh ca the", "ho ca the",
    ]
    /// A family household as people write it: `hộ gia đình`, `HGĐ` (`hgd` folded), `family`.
    static let familyValues: Set<String> = ["family", "family household", "ho gia dinh", "hgd"]
    /// A residential community as people write it: `cộng đồng dân cư`, `cộng đồng`, `CĐDC` (`cddc` folded).
    static let communityValues: Set<String> = [
        "community", "residential community", "cong dong dan cu", "cong dong", "cddc",
    ]

    /// The kind a cell or a command-line word names, folded as ``folded(_:)`` folds it (`tổ chức`, `cá nhân`,
    /// `hộ kinh doanh`, `HKD`, `hộ gia đình`, `HGĐ`, `cộng đồng dân cư`, `CĐDC`…), or nil.
    public static func kind(folded value: String) -> Subject.Kind? {
        if organizationValues.contains(value) { return .organization }
        if personValues.contains(value) { return .person }
        if householdValues.contains(value) { return .household }
        if familyValues.contains(value) { return .family }
        if communityValues.contains(value) { return .community }
        return nil
    }

    /// Reads the header row.
    ///
    /// - Throws: ``InputError`` (field `header`) for an unknown or repeated column, a missing name or identifier
    ///   column, or no way to tell the kind (no kind column and an identifier column that implies none).
    public init(header: [String]) throws(InputError) {
        self.header = header
        for (index, raw) in header.enumerated() {
            let folded = Self.folded(raw)
            func take(_ slot: inout Int?, _ what: String) throws(InputError) {
                guard slot == nil else {
                    throw InputError(
                        field: "header", message: "two columns give the \(what): \"\(header[slot!])\" and \"\(raw)\"",
                        hint: "keep one of them", vietnamese: "hai cột cùng cho \(what): \"\(header[slot!])\" và \"\(raw)\"",
                        vietnameseHint: "giữ lại một cột")
                }
                slot = index
            }
            if Self.kindHeaders.contains(folded) {
                try take(&kind, "kind")
            } else if Self.nameHeaders.contains(folded) {
                try take(&name, "name")
            } else if Self.addressHeaders.contains(folded) {
                try take(&address, "address")
            } else if Self.anyIdentifierHeaders.contains(folded) {
                identifiers.append(IdentifierColumn(index: index, impliedKind: nil))
            } else if Self.taxCodeHeaders.contains(folded) {
                identifiers.append(IdentifierColumn(index: index, impliedKind: .organization))
            } else if Self.citizenIDHeaders.contains(folded) {
                identifiers.append(IdentifierColumn(index: index, impliedKind: .person))
            } else if Self.ignoredHeaders.contains(folded) || folded.isEmpty && raw.isEmpty && index == header.count - 1 {
                continue
            } else {
                throw InputError(
                    field: "header", message: "unknown column \"\(raw)\"",
                    hint: "use loai/kind, ma so thue/so dinh danh/identifier, ten/name, dia chi/address; see docs/import.md",
                    vietnamese: "không biết cột \"\(raw)\"",
                    vietnameseHint: "dùng loai, ma so thue/so dinh danh, ten, dia chi; xem docs/import.md")
            }
        }
        guard name != nil else {
            throw InputError(
                field: "header", message: "no name column", hint: "add a column named ten or name",
                vietnamese: "không có cột tên", vietnameseHint: "thêm một cột có tiêu đề ten")
        }
        guard !identifiers.isEmpty else {
            throw InputError(
                field: "header", message: "no identifier column",
                hint: "add a column named ma so thue (tax code), so dinh danh (citizen ID) or identifier",
                vietnamese: "không có cột mã số thuế hoặc số định danh",
                vietnameseHint: "thêm một cột có tiêu đề ma so thue hoặc so dinh danh")
        }
        if kind == nil, identifiers.contains(where: { $0.impliedKind == nil }) {
            throw InputError(
                field: "header", message: "no kind column, and \"\(header[identifiers.first { $0.impliedKind == nil }!.index])\" does not say whether it is a tax code or a citizen ID",
                hint: "add a column named loai or kind (to chuc/organization, ca nhan/person), or name the column ma so thue or so dinh danh",
                vietnamese: "không có cột loại, và cột \"\(header[identifiers.first { $0.impliedKind == nil }!.index])\" không cho biết đó là mã số thuế hay số định danh",
                vietnameseHint: "thêm cột loai (to chuc, ca nhan), hoặc đặt tên cột là ma so thue hoặc so dinh danh")
        }
    }

    /// The new subject a data row describes, unvalidated except for its kind and which identifier it gives.
    ///
    /// - Throws: ``InputError`` whose field is the column as headed in the file: a wrong number of fields, an
    ///   unknown kind, no identifier or two.
    public func subject(from fields: [String]) throws(InputError) -> NewSubject {
        guard fields.count == header.count else {
            throw InputError(
                field: "row", message: "\(fields.count) field(s) where the header has \(header.count)",
                hint: "quote fields that contain a comma",
                vietnamese: "dòng có \(fields.count) trường trong khi tiêu đề có \(header.count)",
                vietnameseHint: "đặt trong ngoặc kép các trường có dấu phẩy")
        }
        let given = identifiers.filter { !fields[$0.index].trimmedOfWhitespace.isEmpty }
        guard given.count <= 1 else {
            throw InputError(
                field: header[given[1].index],
                message: "both \"\(header[given[0].index])\" and \"\(header[given[1].index])\" are filled in",
                hint: "give one identifier per row",
                vietnamese: "cả \"\(header[given[0].index])\" và \"\(header[given[1].index])\" đều có giá trị",
                vietnameseHint: "mỗi dòng chỉ ghi một mã số")
        }
        let used = given.first ?? identifiers[0]
        var kind = used.impliedKind
        if let column = self.kind {
            let value = Self.folded(fields[column])
            if let named = Self.kind(folded: value) {
                kind = named
            } else if !(value.isEmpty && kind != nil) {
                throw InputError(
                    field: header[column],
                    message: "kind \"\(fields[column])\" is none of an organization, a person, a household business, a "
                        + "family household or a residential community",
                    hint: "write to chuc or organization, ca nhan or person, ho kinh doanh (HKD) or household, "
                        + "ho gia dinh (HGĐ) or family, cong dong dan cu (CĐDC) or community",
                    vietnamese: "loại \"\(fields[column])\" không phải là tổ chức, cá nhân, hộ kinh doanh, hộ gia đình "
                        + "hay cộng đồng dân cư",
                    vietnameseHint: "viết tổ chức, cá nhân, hộ kinh doanh (HKD), hộ gia đình (HGĐ) hoặc cộng đồng dân cư (CĐDC)")
            }
        }
        guard let kind else { preconditionFailure("init ensures a kind column or an implied kind") }
        return NewSubject(
            kind: kind, identifier: fields[used.index], name: fields[name!],
            address: address.map { fields[$0] } ?? "")
    }

    /// The header's column for a field name used in ``NewSubject/validated()``'s errors.
    public func column(for field: String, in fields: [String]) -> String {
        switch field {
        case "name": return header[name!]
        case "address": return address.map { header[$0] } ?? field
        case "identifier":
            let given = identifiers.first { !fields.indices.contains($0.index) ? false : !fields[$0.index].trimmedOfWhitespace.isEmpty }
            return header[(given ?? identifiers[0]).index]
        default: return field
        }
    }

    /// Lowercase, without diacritics, `đ` as `d`, `_ - .` as spaces, single spaces, trimmed.
    public static func folded(_ text: String) -> String {
        if let ascii = foldedASCII(text) { return ascii }
        let lowered = SearchFold.folded(text)
        var out = ""
        var pendingSpace = false
        for character in lowered {
            if character == "_" || character == "-" || character == "." || character.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(character)
            }
        }
        return out
    }

    /// ``folded(_:)`` of text that is all ASCII, byte by byte (what the folding and `Character.isWhitespace` do to
    /// ASCII: uppercase letters lowered; TAB, LF, VT, FF, CR and space are whitespace); `nil` for any other text.
    static func foldedASCII(_ text: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            if byte == 0x5F || byte == 0x2D || byte == 0x2E || byte == 0x20 || (0x09...0x0D).contains(byte) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
