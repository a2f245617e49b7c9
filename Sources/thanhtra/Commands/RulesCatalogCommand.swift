import ArgumentParser
import Casework
import Foundation
import Rules

/// `thanhtra rules catalog`: the violation codes a case can use.
struct RulesCatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog", abstract: "List the violation catalog: codes, titles, legal basis, fine frames.",
        discussion: """
            One row per version of a code: a code a later text amended has one row per text, each with its dates.
            --search keeps the entries whose code, title, legal basis or sector contain every word given, without
            regard to case or accents: --search "hoa don" finds "hóa đơn", --search "D24 K4" the codes of Điều 24 k4.
            """)

    @OptionGroup var options: GlobalOptions
    @Option(help: "Only entries in force on this day (default: today; 'all' for every version).") var on: String?
    @Option(help: "Only this sector.") var sector: String?
    @Option(help: ArgumentHelp("Only entries whose code, title, basis or sector contain these words (accents optional).", valueName: "text"))
    var search: String?

    func run() throws {
        let app = try App(options)
        let (_, engine) = try app.openCaseworkOrPack()
        let day: CalendarDate? = on == "all" ? nil : try on.map(Parse.date) ?? app.today
        let entries = try engine.catalog(on: day, sector: sector).filter { Self.matches($0, search) }
        switch app.configuration.format {
        case .json: try Output.json(entries)
        default:
            let say = app.say
            Output.table(
                say.vietnamese
                    ? ["mã", "hành vi", "lĩnh vực", "khung tiền phạt", "áp cho", "cảnh cáo", "hiệu lực", "căn cứ", "thay cho"]
                    : ["code", "title", "sector", "frame", "for", "warning", "in force", "basis", "succeeds"],
                entries.map {
                    [$0.code, $0.title, $0.sector,
                     $0.isSanctioned
                        ? "\(CaseText.money($0.frameMinVND)) – \(CaseText.money($0.frameMaxVND))" : say("not sanctioned", "không phạt tiền"),
                     $0.statedFor, $0.warningAllowed ? say("yes", "có") : say("no", "không"),
                     "\($0.effectiveFrom?.description ?? "…") – \($0.effectiveTo?.description ?? "")", $0.basis,
                     $0.succeeds.joined(separator: ", ")]
                })
            if let search, entries.isEmpty {
                Output.error(
                    say(
                        "no catalog entry matches \"\(search)\"\(day.map { " in force on \($0)" } ?? ""); try fewer words, or --on all",
                        "không có mục nào của danh mục khớp \"\(search)\"\(day.map { " có hiệu lực ngày \($0)" } ?? ""); "
                            + "thử ít từ hơn, hoặc --on all"))
            }
        }
    }

    /// Whether `entry` has every word of `search` in its code, title, basis or sector (folded: no case, no accents,
    /// `đ` as `d`); everything matches when there is no search.
    static func matches(_ entry: CatalogEntry, _ search: String?) -> Bool {
        guard let search else { return true }
        let words = fold(search).split(whereSeparator: { $0 == " " || $0 == "\t" })
        let haystack = fold([entry.code, entry.title, entry.basis, entry.sector].joined(separator: " "))
        return words.allSatisfy { haystack.contains($0) }
    }

    /// Lowercase, without accents, `đ` as `d`: `Hóa đơn` → `hoa don`.
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "d")
    }
}
