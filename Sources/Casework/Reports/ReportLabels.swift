/// What people read for the codes a report's figures carry: the pack's inspection categories, levels and fields
/// (lĩnh vực), so that `inspections.field.dat_dai` prints as "Số cuộc thanh tra lĩnh vực đất đai" and never as the
/// code (`report.labels`).
public struct ReportLabels: Sendable, Codable, Equatable {
    /// One code and its words.
    public struct Entry: Sendable, Codable, Equatable {
        /// The code as stored (`dat_dai`, `hanh_chinh`, `thanh_tra_tinh`).
        public var code: String
        /// What people read, in Vietnamese (`đất đai`) and in English (`land`).
        public var vi: String
        public var en: String

        public init(code: String, vi: String, en: String) {
            self.code = code
            self.vi = vi
            self.en = en
        }
    }

    /// The inspection categories of every regime the pack knows (`hanh_chinh`: thanh tra hành chính).
    public var categories: [Entry]
    /// The inspecting bodies' levels (`thanh_tra_tinh`: Thanh tra tỉnh).
    public var levels: [Entry]
    /// The fields (lĩnh vực) an inspection is recorded under (`dat_dai`: đất đai).
    public var fields: [Entry]

    public init(categories: [Entry] = [], levels: [Entry] = [], fields: [Entry] = []) {
        self.categories = categories
        self.levels = levels
        self.fields = fields
    }

    /// No labels: every code prints as itself.
    public static let empty = ReportLabels()

    /// The words for the code of a per-category, per-level or per-field figure (`inspections.field.dat_dai`), and
    /// which of the three it is; `nil` for any other figure or a code the pack does not list.
    public func entry(for figure: String) -> (prefix: String, entry: Entry)? {
        for (prefix, list) in [(Figure.categoryPrefix, categories), (Figure.levelPrefix, levels), (Figure.fieldPrefix, fields)]
        where figure.hasPrefix(prefix) {
            let code = String(figure.dropFirst(prefix.count))
            guard let entry = list.first(where: { $0.code == code }) else { return nil }
            return (prefix, entry)
        }
        return nil
    }
}
