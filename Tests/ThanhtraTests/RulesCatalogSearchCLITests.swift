import Foundation
import Testing

/// `rules catalog --search TEXT` (issue 17 item 14): accent- and case-insensitive, every word must match, with the
/// entry's title in the table.
@Suite("thanhtra rules catalog --search — end to end")
struct RulesCatalogSearchCLITests {
    func codes(_ cli: CLIHarness, _ arguments: String...) throws -> [String] {
        let result = try cli.run(["rules", "catalog", "--format", "json"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let entries = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
        return entries.compactMap { $0["code"] as? String }
    }

    @Test func aSearchWithoutAccentsFindsTheTitlesWithThem() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        let all = try codes(cli)
        let plain = try codes(cli, "--search", "hoa don")
        let accented = try codes(cli, "--search", "HÓA ĐƠN")
        #expect(!plain.isEmpty)
        #expect(plain == accented)
        #expect(plain.count < all.count)
        #expect(plain.contains("ND125-2020-D24-K4-b"))
        #expect(!plain.contains { $0.hasPrefix("ND168") }, "traffic codes say nothing of invoices: \(plain)")
    }

    @Test func everyWordMustMatchAndCodesAreSearchedToo() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        let found = try codes(cli, "--search", "d24 k4")
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.contains("-D24-K4") }, "\(found)")
        #expect(try codes(cli, "--search", "hoa don xyzzy").isEmpty)
    }

    @Test func theTableHasATitleColumnAndAnEmptySearchSaysSo() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        let table = try cli.run("rules", "catalog", "--search", "thu tu so nho")
        #expect(table.status == 0)
        let lines = table.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("code") == true && lines.first?.contains("title") == true)
        #expect(lines.count == 3, "header, rule, one entry: \(table.stdout)")
        #expect(lines.last?.contains("Lập hóa đơn không theo thứ tự từ số nhỏ đến số lớn theo quy định") == true)
        let none = try cli.run("rules", "catalog", "--search", "xyzzy")
        #expect(none.status == 0)
        #expect(none.stderr == "no catalog entry matches \"xyzzy\" in force on 2026-11-23; try fewer words, or --on all\n")
    }
}
