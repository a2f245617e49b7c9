import Casework
import Foundation
import Testing
@testable import Rules

/// A pack whose `penalty.catalog{}` returns the entries written, one a line, in `penalty/catalog/data.lua`:
/// entry n is on line n + 1.
enum CatalogFixture {
    static let today = CalendarDate("2026-11-23")!
    static let file = "rules/penalty/catalog/data.lua"

    /// One entry on one line: a valid organization-stated hoa_don entry, with `changes` applied (nil removes a field).
    static func entry(_ code: String, _ changes: [String: String?] = [:]) -> String {
        let order = [
            "code", "title", "basis", "sector", "frame_min_vnd", "frame_max_vnd", "stated_for", "warning_allowed", "remedies",
            "effective_from", "effective_to", "sanctioned", "succeeds",
        ]
        var fields: [String: String] = [
            "code": "\"\(code)\"", "title": "\"Lập hóa đơn không đúng thời điểm\"", "basis": "\"Điều 24 NĐ 125\"",
            "sector": "\"hoa_don\"", "frame_min_vnd": "4000000", "frame_max_vnd": "8000000", "stated_for": "\"organization\"",
            "warning_allowed": "false", "remedies": "{}", "effective_from": "\"2022-01-01\"",
        ]
        for (key, value) in changes { fields[key] = value }
        let body = order.compactMap { key in fields[key].map { "\(key) = \($0)" } }.joined(separator: ", ")
        return "  { \(body) },"
    }

    static func pack(_ entries: [String], circumstances: String? = nil) -> RulePack {
        let catalog = "return {\n" + entries.map { $0 + "\n" }.joined() + "}\n"
        let mitigating = circumstances ?? "{ code = 'tu_nguyen_khai_bao', title = 'Tự nguyện khai báo' }"
        return PackFixture.pack([
            "init.lua": "return { name = 't', version = '1', penalty = require 'penalty' }\n",
            "penalty/catalog/data.lua": catalog,
            "penalty/init.lua": """
                local entries = require 'penalty.catalog.data'
                local M = {}
                function M.catalog(request) return { entries = entries } end
                function M.circumstances() return { mitigating = { \(mitigating) }, aggravating = {} } end
                function M.sectors()
                  return { sectors = {
                    { code = 'hoa_don', title = 'Hóa đơn', max_individual_vnd = 50000000, max = {} },
                    { code = 'giao_thong', title = 'Giao thông', max_individual_vnd = 40000000,
                      max = { { from = '2025-01-01', max_individual_vnd = 75000000 } } },
                    { code = 'khieu_nai', title = 'Khiếu nại', max = {} },
                  } }
                end
                return M

                """,
        ])
    }

    static func check(_ entries: [String], circumstances: String? = nil) -> [String] {
        pack(entries, circumstances: circumstances).check(today: today).diagnostics.map(\.description)
    }
}

@Suite("rules check: the penalty catalog")
struct CatalogLintTests {
    @Test func aSoundCatalogHasNoDiagnostics() {
        #expect(CatalogFixture.check([CatalogFixture.entry("A"), CatalogFixture.entry("B")]) == [])
    }

    @Test func missingEmptyAndMistypedFieldsAreErrorsAtTheEntrysLine() {
        let found = CatalogFixture.check([
            CatalogFixture.entry("OK"),
            CatalogFixture.entry("NO-TITLE", ["title": nil, "basis": "\"  \""]),
            CatalogFixture.entry("TYPES", ["sector": "12", "warning_allowed": "'yes'"]),
        ])
        #expect(
            found == [
                """
                error: catalog entry NO-TITLE has no `title`
                  --> rules/penalty/catalog/data.lua:3 (rule "penalty.catalog")
                  help: add `title = "…"` to the entry; see docs/rule-contract.md, penalty.catalog, for the fields of an entry
                """,
                """
                error: catalog entry NO-TITLE has an empty `basis`
                  --> rules/penalty/catalog/data.lua:3 (rule "penalty.catalog")
                  help: write the basis between the quotes
                """,
                """
                error: catalog entry TYPES: `sector` must be a string, got 12
                  --> rules/penalty/catalog/data.lua:4 (rule "penalty.catalog")
                  help: write it in quotes: sector = "…"
                """,
                """
                error: catalog entry TYPES: `warning_allowed` must be true or false, got "yes"
                  --> rules/penalty/catalog/data.lua:4 (rule "penalty.catalog")
                  help: write warning_allowed = true when the decree allows a warning (cảnh cáo) for the act, else false
                """,
            ])
    }

    @Test func anEntryWithoutCodeIsFoundByItsTitle() {
        let found = CatalogFixture.check([
            CatalogFixture.entry("A"),
            CatalogFixture.entry("", ["title": "\"Không khai báo mất hóa đơn\""]),
        ])
        #expect(
            found == [
                """
                error: catalog entry #2 has an empty `code`
                  --> rules/penalty/catalog/data.lua:3 (rule "penalty.catalog")
                  help: write the code between the quotes
                """
            ])
    }

    @Test func framesMustBeWholeNonNegativeAmountsInOrder() {
        let found = CatalogFixture.check([
            CatalogFixture.entry("FLOAT", ["frame_max_vnd": "1500000.5"]),
            CatalogFixture.entry("NEG", ["frame_min_vnd": "-5"]),
            CatalogFixture.entry("TEXT", ["frame_min_vnd": "'5tr'", "frame_max_vnd": nil]),
            CatalogFixture.entry("SWAPPED", ["frame_min_vnd": "8000000", "frame_max_vnd": "4000000"]),
        ])
        #expect(
            found == [
                """
                error: catalog entry FLOAT: `frame_max_vnd` must be a whole number of đồng, got 1500000.5 (a float)
                  --> rules/penalty/catalog/data.lua:2 (rule "penalty.catalog")
                  help: write the amount as an integer, such as 1500000 (not 1500000.0, 1.5e6 or 3 / 2 * 1000000)
                """,
                """
                error: catalog entry NEG: `frame_min_vnd` must not be negative, got -5
                  --> rules/penalty/catalog/data.lua:3 (rule "penalty.catalog")
                  help: write the amount the decree states, in whole đồng
                """,
                """
                error: catalog entry TEXT: `frame_min_vnd` must be a whole number of đồng, got "5tr"
                  --> rules/penalty/catalog/data.lua:4 (rule "penalty.catalog")
                  help: write the amount as an integer without quotes or dots, such as 1500000
                """,
                """
                error: catalog entry TEXT has no `frame_max_vnd`
                  --> rules/penalty/catalog/data.lua:4 (rule "penalty.catalog")
                  help: add `frame_max_vnd = 1000000` (whole đồng) to the entry
                """,
                """
                error: catalog entry SWAPPED: frame_min_vnd 8.000.000 đ is above frame_max_vnd 4.000.000 đ
                  --> rules/penalty/catalog/data.lua:5 (rule "penalty.catalog")
                  help: the frame runs from the smaller amount to the larger; check both against the decree
                """,
            ])
    }

    @Test func sectorAndStatedForMustBeKnown() {
        let found = CatalogFixture.check([
            CatalogFixture.entry("SECTOR", ["sector": "\"thue\""]),
            CatalogFixture.entry("WHOM", ["stated_for": "\"ca_nhan\""]),
        ])
        #expect(
            found == [
                """
                error: catalog entry SECTOR: sector "thue" is not in the sector table
                  --> rules/penalty/catalog/data.lua:2 (rule "penalty.catalog")
                  help: use one of giao_thong, hoa_don, khieu_nai, or add the sector to penalty/sectors.lua
                """,
                """
                error: catalog entry WHOM: stated_for is "ca_nhan"; expected "individual" or "organization"
                  --> rules/penalty/catalog/data.lua:3 (rule "penalty.catalog")
                  help: write whom the decree states the frame for: "individual" (cá nhân) or "organization" (tổ chức)
                """,
            ])
    }

    @Test func datesMustBeDatesInOrder() {
        let found = CatalogFixture.check([
            CatalogFixture.entry("BACKWARDS", ["effective_from": "\"2025-01-01\"", "effective_to": "\"2024-12-31\""]),
            CatalogFixture.entry("BADDATE", ["effective_from": "\"2025-1-1\""]),
            CatalogFixture.entry("NOSTART", ["effective_from": nil]),
        ])
        #expect(
            found == [
                """
                error: catalog entry BACKWARDS ends (effective_to 2024-12-31) before it starts (effective_from 2025-01-01)
                  --> rules/penalty/catalog/data.lua:2 (rule "penalty.catalog")
                  help: effective_to is the last day the entry is in force; it is on or after effective_from
                """,
                """
                error: catalog entry BADDATE: `effective_from` must be a date "YYYY-MM-DD", got "2025-1-1"
                  --> rules/penalty/catalog/data.lua:3 (rule "penalty.catalog")
                  help: write the day with four-digit year and two-digit month and day, such as "2025-01-01"
                """,
                """
                error: catalog entry NOSTART has no `effective_from`
                  --> rules/penalty/catalog/data.lua:4 (rule "penalty.catalog")
                  help: add `effective_from = "YYYY-MM-DD"`: the first day the decree's text applies
                """,
            ])
    }

    @Test func remediesMustBeCodeAndTitle() {
        let found = CatalogFixture.check([
            CatalogFixture.entry("R1", ["remedies": "{ 'buoc_lap_hoa_don' }"]),
            CatalogFixture.entry("R2", ["remedies": "{ { code = 'x', title = 'X', illegal_gain = true }, { code = 'y' } }"]),
            CatalogFixture.entry("R3", ["remedies": "{ code = 'x', title = 'X' }"]),
        ])
        #expect(
            found == [
                """
                error: catalog entry R1: remedies[1] is "buoc_lap_hoa_don", not a remedy { code = "…", title = "…" }
                  --> rules/penalty/catalog/data.lua:2 (rule "penalty.catalog")
                  help: write each remedy as { code = "…", title = "…" }
                """,
                """
                error: catalog entry R2: remedies[1] has the unknown field `illegal_gain`; a remedy is { code = "…", title = "…" }
                  --> rules/penalty/catalog/data.lua:3 (rule "penalty.catalog")
                  help: remove `illegal_gain` from what penalty.catalog returns (keep internal flags out of the public entry)
                """,
                """
                error: catalog entry R2: remedies[2] has no `title`
                  --> rules/penalty/catalog/data.lua:3 (rule "penalty.catalog")
                  help: write each remedy as { code = "…", title = "…" }
                """,
                """
                error: catalog entry R3: `remedies` must be a list of { code = "…", title = "…" }, but has the field `code`
                  --> rules/penalty/catalog/data.lua:4 (rule "penalty.catalog")
                  help: wrap the remedy in braces: remedies = { { code = "…", title = "…" } }
                """,
            ])
    }

    @Test func twoVersionsOfACodeOnTheSameDaysAreAnErrorAtTheSecond() {
        let found = CatalogFixture.check([
            CatalogFixture.entry("DUP"),
            CatalogFixture.entry("OTHER"),
            CatalogFixture.entry("DUP", ["effective_from": "\"2025-07-01\""]),
        ])
        #expect(
            found == [
                """
                error: catalog code DUP is defined twice for the same days: from 2022-01-01 to (no end) and from 2025-07-01 to (no end) (the other at rules/penalty/catalog/data.lua:2)
                  --> rules/penalty/catalog/data.lua:4 (rule "penalty.catalog")
                  help: a code has one version a day: end the earlier version the day before the later one starts (effective_to = "2025-06-30"), or give the new text its own code
                """
            ])
    }

    @Test func versionsThatMeetAreFineAndAGapIsAWarning() {
        let meeting = CatalogFixture.check([
            CatalogFixture.entry("V", ["effective_to": "\"2025-06-30\""]),
            CatalogFixture.entry("V", ["effective_from": "\"2025-07-01\""]),
        ])
        #expect(meeting == [])

        let gap = CatalogFixture.check([
            CatalogFixture.entry("V", ["effective_to": "\"2025-06-30\""]),
            CatalogFixture.entry("V", ["effective_from": "\"2025-08-01\""]),
        ])
        #expect(
            gap == [
                """
                warning: catalog code V is in force in no version from 2025-07-01 to 2025-07-31: one version ends on 2025-06-30, the next starts on 2025-08-01
                  --> rules/penalty/catalog/data.lua:3 (rule "penalty.catalog")
                  help: if the act was punishable in between, move effective_to or effective_from so the versions meet; if the decree left that gap, nothing needs to change
                """
            ])
    }

    @Test func succeedsMustNameAnotherCodeOfTheCatalog() {
        let found = CatalogFixture.check([
            CatalogFixture.entry("OLD", ["effective_to": "\"2025-06-30\""]),
            CatalogFixture.entry("NEW", ["effective_from": "\"2025-07-01\"", "succeeds": "{ 'OLD' }"]),
            CatalogFixture.entry("TYPO", ["succeeds": "{ 'OLDD' }"]),
            CatalogFixture.entry("SELF", ["succeeds": "{ 'SELF' }"]),
            CatalogFixture.entry("SHAPE", ["succeeds": "12", "sanctioned": "'no'"]),
        ])
        #expect(
            found == [
                """
                error: catalog entry SHAPE: `sanctioned` must be true or false, got "no"
                  --> rules/penalty/catalog/data.lua:6 (rule "penalty.catalog")
                  help: leave it out for an act the text fines; write entry.repeal{ … } (sanctioned = false) for a text that ends the sanction
                """,
                """
                error: catalog entry SHAPE: `succeeds` must be a code or a list of codes, got 12
                  --> rules/penalty/catalog/data.lua:6 (rule "penalty.catalog")
                  help: write succeeds = "OLD-CODE" (or a list of codes): the code of the entry this one replaces under a new number
                """,
                """
                error: catalog entry TYPO succeeds "OLDD", which is not a code of the catalog
                  --> rules/penalty/catalog/data.lua:4 (rule "penalty.catalog")
                  help: write the code of the entry this one replaces (`thanhtra rules catalog --on all` lists every code), or remove `succeeds` if the act is new
                """,
                """
                error: catalog entry SELF succeeds itself
                  --> rules/penalty/catalog/data.lua:5 (rule "penalty.catalog")
                  help: succeeds names the OTHER code this entry replaces after a renumbering; versions of the same code need no link: write them with the same code and dates that meet
                """,
            ])
    }

    @Test func aSuccessorInForceWithTheCodeItReplacesIsAWarning() {
        let found = CatalogFixture.check([
            CatalogFixture.entry("OLD", ["effective_to": "\"2025-12-31\""]),
            CatalogFixture.entry("NEW", ["effective_from": "\"2025-07-01\"", "succeeds": "{ 'OLD' }"]),
        ])
        #expect(
            found == [
                """
                warning: catalog code NEW (from 2025-07-01 to (no end)) succeeds OLD, whose version from 2022-01-01 to 2025-12-31 (at rules/penalty/catalog/data.lua:2) is in force on some of the same days: the act has two texts then
                  --> rules/penalty/catalog/data.lua:3 (rule "penalty.catalog")
                  help: end OLD the day before NEW starts (effective_to = "2025-06-30"), unless both texts really apply side by side
                """
            ])
    }

    @Test func aRepealEndsAVersionAndCannotStartACode() {
        let repeal: [String: String?] = [
            "sanctioned": "false", "frame_min_vnd": "0", "frame_max_vnd": "0", "effective_from": "\"2025-07-01\"",
        ]
        let found = CatalogFixture.check([
            CatalogFixture.entry("ENDED", ["effective_to": "\"2025-06-30\""]),
            CatalogFixture.entry("ENDED", repeal),
            CatalogFixture.entry("ORPHAN", repeal),
        ])
        #expect(
            found == [
                """
                warning: catalog code ORPHAN starts on 2025-07-01 with a version that sanctions nothing (sanctioned = false)
                  --> rules/penalty/catalog/data.lua:4 (rule "penalty.catalog")
                  help: a repeal ends the sanction of an earlier version of the same code: write the versions it ends, or remove it
                """
            ])
    }

    @Test func aFrameAboveTheSectorMaximumOnItsStartIsAWarning() {
        let found = CatalogFixture.check([
            // Organization-stated: the cap is 2 × 50 trđ.
            CatalogFixture.entry("ORG-OK", ["frame_max_vnd": "100000000"]),
            CatalogFixture.entry("ORG-HIGH", ["frame_max_vnd": "100000001"]),
            CatalogFixture.entry("IND-HIGH", ["stated_for": "\"individual\"", "frame_max_vnd": "60000000"]),
            // The road sector's maximum rises to 75 trđ on 2025-01-01: judged on the entry's first day.
            CatalogFixture.entry(
                "ROAD-2024", ["sector": "\"giao_thong\"", "stated_for": "\"individual\"", "frame_max_vnd": "70000000", "effective_to": "\"2024-12-31\""]),
            CatalogFixture.entry(
                "ROAD-2025", ["sector": "\"giao_thong\"", "stated_for": "\"individual\"", "frame_max_vnd": "70000000", "effective_from": "\"2025-01-01\""]),
            // No confirmed maximum: nothing to compare with.
            CatalogFixture.entry("UNKNOWN-TIER", ["sector": "\"khieu_nai\"", "frame_max_vnd": "900000000"]),
        ])
        #expect(
            found == [
                """
                warning: catalog entry ORG-HIGH: frame_max_vnd 100.000.001 đ is above the maximum fine of sector "hoa_don" for an organization, 100.000.000 đ (2 × 50.000.000 đ) on 2022-01-01, the day the entry starts
                  --> rules/penalty/catalog/data.lua:3 (rule "penalty.catalog")
                  help: check the frame against the decree, and the sector's maximum (Điều 24 Luật XLVPHC) in penalty/sectors.lua; fines are capped at the sector maximum
                """,
                """
                warning: catalog entry IND-HIGH: frame_max_vnd 60.000.000 đ is above the maximum fine of sector "hoa_don" for an individual, 50.000.000 đ on 2022-01-01, the day the entry starts
                  --> rules/penalty/catalog/data.lua:4 (rule "penalty.catalog")
                  help: check the frame against the decree, and the sector's maximum (Điều 24 Luật XLVPHC) in penalty/sectors.lua; fines are capped at the sector maximum
                """,
                """
                warning: catalog entry ROAD-2024: frame_max_vnd 70.000.000 đ is above the maximum fine of sector "giao_thong" for an individual, 40.000.000 đ on 2022-01-01, the day the entry starts
                  --> rules/penalty/catalog/data.lua:5 (rule "penalty.catalog")
                  help: check the frame against the decree, and the sector's maximum (Điều 24 Luật XLVPHC) in penalty/sectors.lua; fines are capped at the sector maximum
                """,
                """
                warning: catalog code ROAD-2024 is not in force today (2026-11-23): it was in force from 2022-01-01 to 2024-12-31
                  --> rules/penalty/catalog/data.lua:5 (rule "penalty.catalog")
                  help: if a later text replaced it, add the new frame (a new version or a new code); keep this one for acts committed up to 2024-12-31
                """,
            ])
    }

    @Test func aCodeWithEveryVersionExpiredIsAWarningThatSaysWhen() {
        let found = CatalogFixture.check([
            CatalogFixture.entry("OLD", ["effective_to": "\"2023-12-31\""]),
            CatalogFixture.entry("OLD", ["effective_from": "\"2024-01-01\"", "effective_to": "\"2026-01-15\""]),
            CatalogFixture.entry("ENDS-TODAY", ["effective_to": "\"2026-11-23\""]),
            CatalogFixture.entry("FUTURE", ["effective_from": "\"2027-01-01\""]),
        ])
        #expect(
            found == [
                """
                warning: catalog code OLD is not in force today (2026-11-23): it was in force from 2022-01-01 to 2023-12-31 and from 2024-01-01 to 2026-01-15
                  --> rules/penalty/catalog/data.lua:3 (rule "penalty.catalog")
                  help: if a later text replaced it, add the new frame (a new version or a new code); keep this one for acts committed up to 2026-01-15
                """
            ])
    }

    @Test func circumstanceCodesMustBeUniqueAndTitled() {
        let found = CatalogFixture.check(
            [CatalogFixture.entry("A")],
            circumstances: "{ code = 'x', title = 'X' },\n  { code = 'x', title = 'X again' },\n  { code = 'y' }")
        #expect(
            found == [
                """
                error: circumstance code x is listed twice, as mitigating[1] and as mitigating[2]
                  --> rules/penalty/init.lua:5 (rule "penalty.circumstances")
                  help: give each circumstance its own code; an inspector's request names circumstances by code
                """,
                """
                error: circumstance y has no `title` (a non-empty string), got nil
                  --> rules/penalty/init.lua:6 (rule "penalty.circumstances")
                  help: write each circumstance as { code = "…", title = "…", citation = "…" }
                """,
            ])
    }

    @Test func aCatalogThatCannotBeReadIsOneLocatedError() {
        let pack = PackFixture.pack([
            "init.lua": "return { name = 't', version = '1', penalty = require 'penalty' }\n",
            "penalty.lua": "local M = {}\nfunction M.catalog()\n  return { entries = 'none' }\nend\nreturn M\n",
        ])
        let found = pack.check(today: CatalogFixture.today).diagnostics.map(\.description)
        #expect(
            found == [
                """
                error: penalty.catalog returned entries = "none"; expected a table
                  --> rules/penalty.lua:3 (rule "penalty.catalog")
                  help: see docs/rule-contract.md for the shape of penalty.catalog's result
                """
            ])
    }

    @Test func placesAreHandedOutInOrderForRepeatedCodes() {
        let pack = PackFixture.pack([
            "a.lua": "return {\n  { code = \"X\", title = 'T' },\n  {code='X'}, remedy_code = \"X\", x.code = 'X', code == 'X'\n}\n"
        ])
        var places = SourcePlaces(pack: pack)
        #expect(places.claim("code", "X") == .init(file: "rules/a.lua", line: 2))
        #expect(places.claim("code", "X") == .init(file: "rules/a.lua", line: 3))
        #expect(places.claim("code", "X") == .init(file: "rules/a.lua", line: 3), "more entries than places: the last place")
        #expect(places.claim("title", "T") == .init(file: "rules/a.lua", line: 2))
        #expect(places.claim("code", "Y") == nil)
    }

    @Test func theBundledPackHasNoErrorsAndWarnsOfTheCodesNĐ310Repealed() throws {
        let pack = try PackFixture.bundled()
        let report = pack.check(today: CalendarDate("2026-11-23")!)
        #expect(report.errorCount == 0, "\(report.diagnostics.map(\.description))")
        let warnings = report.diagnostics.map { "\($0.error.location ?? "") \($0.error.message)" }
        #expect(
            warnings == [
                "rules/penalty/catalog/nd125_2020.lua:49 catalog code ND125-2020-D24-K3 is not in force today (2026-11-23): it was in force from 2020-12-05 to 2026-01-15",
                "rules/penalty/catalog/nd125_2020.lua:53 catalog code ND125-2020-D24-K4-a is not in force today (2026-11-23): it was in force from 2020-12-05 to 2026-01-15",
                "rules/penalty/catalog/nd125_2020.lua:71 catalog code ND125-2020-D24-K5 is not in force today (2026-11-23): it was in force from 2020-12-05 to 2026-01-15",
                "rules/calendar/years.lua calendar: no announced days off for 2027; deadlines in 2027 use the statutory holidays only (Tết from the day before 1/1 âm lịch, the second Quốc khánh day before 2/9, make-up days by Điều 111 k3)",
                "rules/penalty/settings.lua penalty: violator kinds fined by setting, not by a confirmed text (NĐ 118/2021 Điều 5 k2 UNCONFIRMED): hộ kinh doanh → cá nhân, hộ gia đình → cá nhân, cộng đồng dân cư → cá nhân",
            ])
        // Before NĐ 310/2025 took effect the catalog is clean (the calendar still lacks 2027).
        #expect(pack.check(today: CalendarDate("2026-01-15")!).diagnostics.filter { $0.error.rule == "penalty.catalog" }.isEmpty)
    }
}
