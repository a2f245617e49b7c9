import Casework
import Rules

extension App {
    /// In Vietnamese, the pack's titles of the inspection categories, levels and finding categories (code → title) in
    /// force on `day`, so people read `Thanh tra hành chính`, not `thanh_tra`; in English, or when the pack cannot be
    /// read, none: the codes are printed.
    func inspectionCodeTitles(store: any CaseStore, on day: CalendarDate) -> [String: String] {
        guard say.vietnamese, let engine = try? makeEngine(loadPack(recordedIn: store)),
            let catalog = try? engine.inspectionCatalog(on: day)
        else { return [:] }
        let entries = catalog.categories + catalog.levels + catalog.findingCategories
        return Dictionary(entries.map { ($0.code, $0.title) }, uniquingKeysWith: { first, _ in first })
    }
}
