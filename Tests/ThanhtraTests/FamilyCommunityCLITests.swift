import Foundation
import Testing

/// Family households (hộ gia đình) and residential communities (cộng đồng dân cư) through the built binary and the
/// bundled rule pack, with "today" 2026-11-23: registered without a number of their own, fined in the frame the
/// pack's `penalty.settings.fined_as` says (an individual's by default; NĐ 118/2021 Điều 5 k2 is unconfirmed) and
/// counted with the individuals in the reports.
///
/// The act: an employer keeps a worker's original identity papers, NĐ 12/2022 Điều 9 k2, 20.000.000–25.000.000 đ, a
/// frame stated for individuals (NĐ 12/2022 Điều 6 k1: an organization pays twice) — what a family household that
/// employs a domestic worker may do.
@Suite("Family households and residential communities — end to end")
struct FamilyCommunityCLITests {
    static let labour = "ND12-2022-D9-K2"

    /// Registers a family household without its representative's ID (#1), opens its case and previews it on
    /// 2026-10-25, with `environment` for every command (the pack to use).
    func familyCase(_ cli: CLIHarness, environment: [String: String] = [:]) throws -> CLIHarness.Run {
        #expect(try cli.run(["init"], environment: environment).status == 0)
        let family = try cli.run(
            ["subject", "add", "--kind", "hộ-gia-đình", "--name", "Hộ ông Nguyễn Văn An", "--address",
             "Thôn Đông, xã Đông Anh, Hà Nội"], environment: environment)
        #expect(family.stdout == "registered subject #1: Hộ ông Nguyễn Văn An\n", "\(family.stderr)")
        let open = try cli.run(
            ["case", "open", "--subject", "1", "--record", "BB-1/2026", "--record-on", "2026-10-20", "--place", "Hà Nội",
             "--committed", "2026-10-01", "--violation", Self.labour], environment: environment)
        #expect(open.status == 0, "\(open.stderr)")
        let preview = try cli.run(["case", "preview", "1", "--on", "2026-10-25"], environment: environment)
        #expect(preview.status == 0, "\(preview.stderr)")
        return preview
    }

    @Test func aFamilyHouseholdIsFinedAsAnIndividualByDefaultAndCountedWithIndividuals() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }

        // Then the family household is fined in an individual's frame, as stated: (20.000.000 + 25.000.000) / 2
        // = 22.500.000 đ
        let preview = try familyCase(cli)
        #expect(preview.stdout.contains("frame 20.000.000 đ – 25.000.000 đ: 22.500.000 đ"), "\(preview.stdout)")
        #expect(preview.stdout.contains("total fine: 22.500.000 đ"))

        // And `rules explain --kind family` says why, citing the setting
        let explain = try cli.run("rules", "explain", Self.labour, "--kind", "HGĐ", "--on", "2026-10-01")
        #expect(explain.status == 0, "\(explain.stderr)")
        #expect(explain.stdout.contains("for a family household"), "\(explain.stdout)")
        #expect(explain.stdout.contains("Đối tượng vi phạm là hộ gia đình: áp dụng mức phạt tiền như đối với cá nhân"))
        #expect(explain.stdout.contains("penalty.settings.fined_as.family"))

        // And the case shows its kind and address; the decision document names it as a family household
        let show = try cli.run("case", "show", "1", "--lang", "vi")
        #expect(show.stdout.contains("Hộ ông Nguyễn Văn An (Thôn Đông, xã Đông Anh, Hà Nội), hộ gia đình"), "\(show.stdout)")
        let decide = try cli.run(
            "case", "decide", "1", "--number", "1/QĐ-XPHC", "--on", "2026-10-25", "--signer", "chanh_thanh_tra_so")
        #expect(decide.stdout == "decided case #1: decision 1/QĐ-XPHC, total fine 22.500.000 đ; now decided\n", "\(decide.stderr)")
        let document = try cli.run("case", "print", "1")
        #expect(document.status == 0, "\(document.stderr)")
        #expect(document.stdout.contains("Tên hộ gia đình: <b>Hộ ông Nguyễn Văn An</b>"), "\(document.stdout.prefix(3000))")
        #expect(document.stdout.contains("Hộ gia đình <b>Hộ ông Nguyễn Văn An</b> phải nghiêm chỉnh chấp hành"))
        #expect(!document.stdout.contains("Số định danh cá nhân của chủ hộ"), "no representative's ID was recorded")
        #expect(try cli.run("journal", "verify").status == 0)

        // And the month's report (2026-11 runs from 2026-10-15 to 2026-11-14) counts it with the individuals
        let report = try cli.run("report", "monthly", "2026-11", "--format", "json")
        #expect(report.status == 0, "\(report.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any]
        let figures = json?["figures"] as? [String: Int] ?? [:]
        #expect(figures["penalty.decisions"] == 1)
        #expect(figures["penalty.decisions_individuals"] == 1)
        #expect(figures["penalty.decisions_organizations"] == 0)
        #expect(figures["penalty.violators_persons"] == 1)
        #expect(figures["penalty.fines_individuals_vnd"] == 22_500_000)
        #expect(figures["penalty.fines_organizations_vnd"] == 0)
    }

    @Test func aPackThatFinesFamilyHouseholdsAsOrganizationsDoublesTheFrame() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        // Given a copy of the pack whose legal officer set fined_as.family = "organization"
        let pack = cli.directory.appendingPathComponent("rules-family-as-organization")
        try FileManager.default.copyItem(at: CLIHarness.repository.appendingPathComponent("rules"), to: pack)
        let settings = pack.appendingPathComponent("penalty/settings.lua")
        let text = try String(contentsOf: settings, encoding: .utf8)
        let old = #"fined_as = { household = "individual", family = "individual", community = "individual" }"#
        #expect(text.contains(old))
        try text.replacingOccurrences(
            of: old, with: #"fined_as = { household = "individual", family = "organization", community = "individual" }"#
        ).write(to: settings, atomically: true, encoding: .utf8)
        let rules = ["THANHTRA_RULES": pack.path]

        // Then the same act is fined in an organization's frame, twice an individual's: 40.000.000–50.000.000 đ,
        // average (40.000.000 + 50.000.000) / 2 = 45.000.000 đ = 2 × 22.500.000 đ
        let preview = try familyCase(cli, environment: rules)
        #expect(preview.stdout.contains("frame 40.000.000 đ – 50.000.000 đ: 45.000.000 đ"), "\(preview.stdout)")
        #expect(preview.stdout.contains("total fine: 45.000.000 đ"))
        let explain = try cli.run(
            ["rules", "explain", Self.labour, "--kind", "family", "--on", "2026-10-01"], environment: rules)
        #expect(explain.stdout.contains(
            "Đối tượng vi phạm là hộ gia đình: áp dụng mức phạt tiền như đối với tổ chức (02 lần mức phạt đối với cá nhân)"),
            "\(explain.stdout)")
        // And a residential community keeps the default: an individual's frame, 22.500.000 đ
        let community = try cli.run(
            ["rules", "explain", Self.labour, "--kind", "cong-dong-dan-cu", "--on", "2026-10-01"], environment: rules)
        #expect(community.stdout.contains("for a residential community"), "\(community.stdout)")
        #expect(community.stdout.contains("22.500.000 đ"), "\(community.stdout)")
        #expect(!community.stdout.contains("45.000.000 đ"))
    }

    @Test func theKindsAreRegisteredListedAndImportedAsPeopleWriteThem() throws {
        let cli = try CLIHarness()
        defer { cli.removeAll() }
        #expect(try cli.run("init").status == 0)
        // A residential community with its representative's ID number, written CĐDC
        let community = try cli.run(
            "subject", "add", "--kind", "CĐDC", "--id-number", "001085012345", "--name", "Cộng đồng dân cư thôn Đoài",
            "--address", "Thôn Đoài, xã Đông Anh, Hà Nội")
        #expect(community.stdout == "registered subject #1: Cộng đồng dân cư thôn Đoài (001085012345)\n", "\(community.stderr)")
        // Two family households without a representative's ID: neither is the other
        for name in ["Hộ bà Lê Thị Hoa", "Hộ ông Trần Văn Bình"] {
            let family = try cli.run(
                "subject", "add", "--kind", "family", "--name", name, "--address", "Thôn Đoài, xã Đông Anh, Hà Nội")
            #expect(family.status == 0, "\(family.stderr)")
        }
        // And a family household needs its address, takes no tax code and only a 12-digit ID
        let noAddress = try cli.run("subject", "add", "--kind", "family", "--name", "Hộ ông C")
        #expect(noAddress.status != 0)
        #expect(noAddress.stderr.contains("an address is required for a family household"), "\(noAddress.stderr)")
        let taxCode = try cli.run(
            "subject", "add", "--kind", "family", "--tax-code", "0101234567", "--name", "Hộ ông D", "--address", "Hà Nội")
        #expect(taxCode.status == 64, "\(taxCode.stderr)")
        let short = try cli.run(
            "subject", "add", "--kind", "community", "--id-number", "012345678", "--name", "Thôn E", "--address", "Hà Nội")
        #expect(short.status != 0)
        #expect(short.stderr.contains("representative's 12-digit personal ID number"), "\(short.stderr)")

        let families = try cli.run("subject", "list", "--kind", "ho-gia-dinh", "--format", "json")
        let listed = try JSONSerialization.jsonObject(with: Data(families.stdout.utf8)) as? [[String: Any]]
        #expect(listed?.map { $0["kind"] as? String } == ["family", "family"], "\(families.stdout)\(families.stderr)")
        #expect(listed?.map { $0["identifier"] as? String } == ["", ""])
        let communities = try cli.run("subject", "list", "--kind", "community", "--lang", "vi")
        #expect(communities.stdout.contains("cộng đồng dân cư"), "\(communities.stdout)")
        #expect(!communities.stdout.contains("Hộ bà Lê Thị Hoa"))

        // A register with the kinds as people write them, one family household without an ID
        let subjects = cli.directory.appendingPathComponent("doi-tuong.csv").path
        try Data(
            ("Loại,Số định danh chủ hộ,Tên,Địa chỉ\n"
                + "Hộ gia đình,,Hộ ông Phạm Văn Tư,\"Thôn Bắc, Hà Nội\"\n"
                + "HGĐ,001085099999,Hộ bà Vũ Thị Năm,\"Thôn Nam, Hà Nội\"\n"
                + "Cộng đồng dân cư,,Cộng đồng dân cư tổ 5,\"Tổ 5, Hà Nội\"\n").utf8
        ).write(to: URL(fileURLWithPath: subjects))
        let imported = try cli.run("import", subjects, "--kind", "subjects")
        #expect(imported.status == 0, "\(imported.stdout)\(imported.stderr)")
        let all = try cli.run("subject", "list", "--format", "json")
        let kinds = (try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [[String: Any]])?
            .compactMap { $0["kind"] as? String }
        #expect(kinds?.sorted() == ["community", "community", "family", "family", "family", "family"], "\(all.stdout)")

        // And a cases register names one family household by its representative's ID, kind "HGĐ", another by its
        // subject number (#4, registered without an ID); both fined as individuals, 22.500.000 đ
        let cases = cli.directory.appendingPathComponent("vu-viec.csv").path
        try Data(
            ("Số biên bản,Loại đối tượng,Số định danh,Số đối tượng,Ngày lập biên bản,Hành vi vi phạm,Ngày vi phạm\n"
                + "BB-1/2026,HGĐ,001085099999,,20/10/2026,\(Self.labour),01/10/2026\n"
                + "BB-2/2026,hộ gia đình,,4,20/10/2026,\(Self.labour),01/10/2026\n").utf8
        ).write(to: URL(fileURLWithPath: cases))
        let importedCases = try cli.run("import", cases, "--kind", "cases")
        #expect(importedCases.status == 0, "\(importedCases.stdout)\(importedCases.stderr)")
        for id in ["1", "2"] {
            let preview = try cli.run("case", "preview", id, "--on", "2026-10-25")
            #expect(preview.stdout.contains("total fine: 22.500.000 đ"), "\(preview.stdout)\(preview.stderr)")
        }
        let show = try cli.run("case", "show", "1", "--format", "json")
        #expect(show.stdout.contains("\"violatorKind\" : \"family\""), "\(show.stdout.prefix(600))")
        #expect(try cli.run("journal", "verify").status == 0)
    }
}
