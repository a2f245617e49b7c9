import Foundation
import Testing

/// The subjects import gives the same rows, refusals and journal entry whatever is done to make it cheaper per row
/// (docs/performance.md, figure 4): a file with every path a row can take — trimming (spaces, a tab, a no-break
/// space), folded kinds, duplicates in the file and in the register, rows without an identifier, a quoted field
/// over two lines, bad cells and a bad shape. The expectations were written from the import as it was before
/// (commit 0e26954), not from the code under test.
@Suite("thanhtra import --kind subjects — the same rows and refusals")
struct SubjectImportIdentityCLITests {
    static let file = "Loại đối tượng,MST,CCCD,Họ và tên,Địa chỉ\n"
        + "Tổ chức,0100000001,,Công ty Á Châu,\"Số 1, Hà Nội\"\n"
        + "  cá nhân ,,001085012345,  Nguyễn Văn Đông  ,Huế\n"
        + "HKD,8012345678,,Hộ kinh doanh Bình An,Đà Nẵng\n"
        + "tổ chức,0100000001,,Trùng,Hà Nội\n"
        + "tổ chức,0101234567,,Đã có,Hà Nội\n"
        + "ca_nhan,,12,Ngắn,\n"
        + "doanh-nghiep,0100000002,,\"Tên\tcó tab\",\n"
        + "Tổ chức,0100000003,001085012346,Hai mã,\n"
        + "hộ gia đình,,,Hộ ông Ba,\"Thôn 1, xã A\"\n"
        + "hộ gia đình,,,Hộ ông Ba,\"Thôn 1, xã A\"\n"
        + "công ty,0100000004,,\"Công ty \"\"Ánh Dương\"\"\nchi nhánh\",\n"
        + "xyz,0100000005,,Lạ,\n"
        + " ,0100000006,, Công ty trống loại ,\n"
        + "person,,001085012345,Trùng CCCD,\n"
        + "CĐDC,,,Cộng đồng Ấp 3,\"  Ấp 3, xã B  \"\n"
        + "CĐDC,,,Thừa cột,Ấp 4,xã C\n"
        + "hgđ, ,,Hộ bà Tư\u{A0},\tThôn 2\u{A0}\n"

    /// A database with subject #1 registered, and the file written beside it.
    func prepared() throws -> (cli: CLIHarness, path: String) {
        let cli = try CLIHarness()
        try cli.run("init")
        try cli.run("subject", "add", "--tax-code", "0101234567", "--name", "Đã có")
        let path = cli.directory.appendingPathComponent("identity.csv").path
        try Data(Self.file.utf8).write(to: URL(fileURLWithPath: path))
        return (cli, path)
    }

    @Test func theGoodRowsLandWithTheSameIDsAndFoldedNamesAndTheBadOnesWithTheSameReasons() throws {
        let (cli, path) = try prepared()
        defer { cli.removeAll() }
        let rejects = cli.directory.appendingPathComponent("rejects.csv").path

        let result = try cli.run("import", path, "--kind", "subjects", "--skip-bad", rejects)

        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout == "read 17 rows from \(path): imported 8, rejected 9 (written to \(rejects))\n"
                + "subjects #2–#9 in 1 batch(es), journaled with sha256 "
                + "9b3dfd69b83467b3b34a93d09457ebf557cfcc9a5e89fb07ba74659777a7c6a3\n")
        #expect(
            try String(contentsOfFile: rejects, encoding: .utf8) == """
                Loại đối tượng,MST,CCCD,Họ và tên,Địa chỉ,line,reason
                tổ chức,0100000001,,Trùng,Hà Nội,5,tax code 0100000001 is already on line 2
                tổ chức,0101234567,,Đã có,Hà Nội,6,tax code 0101234567 is already registered as #1
                ca_nhan,,12,Ngắn,,7,"CCCD: citizen ID number must be 12 digits (or 9 for an old CMND); got ""12\"""
                doanh-nghiep,0100000002,,Tên\tcó tab,,8,Họ và tên: a tab (U+0009) at character 4 is not allowed in a one-line value
                Tổ chức,0100000003,001085012346,Hai mã,,9,"CCCD: both ""MST"" and ""CCCD"" are filled in"
                công ty,0100000004,,"Công ty ""Ánh Dương""
                chi nhánh",,12,Họ và tên: a line break (U+000A) at character 20 is not allowed in a one-line value
                xyz,0100000005,,Lạ,,14,"Loại đối tượng: kind ""xyz"" is none of an organization, a person, a household business, a family household or a residential community"
                person,,001085012345,Trùng CCCD,,16,citizen ID number 001085012345 is already on line 3
                CĐDC,,,Thừa cột,Ấp 4,xã C,18,row: 6 field(s) where the header has 5

                """)
        #expect(
            try cli.sqlite("SELECT id, kind, quote(identifier), name, nameFolded, address FROM subject ORDER BY id") == """
                1|organization|'0101234567'|Đã có|da co|
                2|organization|'0100000001'|Công ty Á Châu|cong ty a chau|Số 1, Hà Nội
                3|person|'001085012345'|Nguyễn Văn Đông|nguyen van dong|Huế
                4|household|'8012345678'|Hộ kinh doanh Bình An|ho kinh doanh binh an|Đà Nẵng
                5|family|NULL|Hộ ông Ba|ho ong ba|Thôn 1, xã A
                6|family|NULL|Hộ ông Ba|ho ong ba|Thôn 1, xã A
                7|organization|'0100000006'|Công ty trống loại|cong ty trong loai|
                8|community|NULL|Cộng đồng Ấp 3|cong dong ap 3|Ấp 3, xã B
                9|family|NULL|Hộ bà Tư|ho ba tu|Thôn 2

                """)
        let shown = try cli.run("journal", "show", "--format", "json", "--limit", "100")
        let entries = try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [[String: Any]] ?? []
        let batches = entries.filter { $0["command"] as? String == "import subjects" }
        #expect(batches.count == 1)
        let payload = try JSONSerialization.jsonObject(with: Data((batches.first?["payload"] as? String ?? "").utf8))
            as? [String: Any] ?? [:]
        #expect(payload["file"] as? String == path)
        #expect(payload["sha256"] as? String == "9b3dfd69b83467b3b34a93d09457ebf557cfcc9a5e89fb07ba74659777a7c6a3")
        #expect(
            ["batch", "firstLine", "lastLine", "firstSubject", "lastSubject", "rows"].map { payload[$0] as? Int }
                == [1, 2, 19, 2, 9, 8])
        #expect(try cli.run("journal", "verify").status == 0)
    }

    @Test func withoutSkipBadEveryReasonIsShownInVietnameseAndNothingIsImported() throws {
        let (cli, path) = try prepared()
        defer { cli.removeAll() }

        let result = try cli.run("import", path, "--kind", "subjects", "--lang", "vi")

        #expect(result.status == 1)
        #expect(
            result.stderr == """
                \(path):5: mã số thuế 0100000001 đã có ở dòng 2
                \(path):6: mã số thuế 0101234567 đã được đăng ký là đối tượng #1
                \(path):7: CCCD: số định danh cá nhân gồm 12 chữ số (hoặc 9 với CMND cũ); nhận được "12"
                \(path):8: Họ và tên: không được dùng ký tự điều khiển (U+0009) ở vị trí 4 trong một giá trị một dòng
                \(path):9: CCCD: cả "MST" và "CCCD" đều có giá trị
                \(path):12: Họ và tên: không được dùng ký tự điều khiển (U+000A) ở vị trí 20 trong một giá trị một dòng
                \(path):14: Loại đối tượng: loại "xyz" không phải là tổ chức, cá nhân, hộ kinh doanh, hộ gia đình hay cộng đồng dân cư
                \(path):16: số định danh cá nhân 001085012345 đã có ở dòng 3
                \(path):18: row: dòng có 6 trường trong khi tiêu đề có 5
                lỗi: 9 trên 17 dòng của \(path) bị sai (liệt kê ở trên); mọi dòng sai, kèm dòng và lý do, có trong \(cli.directory.path)/identity.rejects.csv; không có gì được nhập
                  gợi ý: sửa chúng rồi nhập lại, hoặc dùng --skip-bad TỆP để nhập các dòng đúng và ghi các dòng sai vào TỆP

                """)
        #expect(try cli.sqlite("SELECT COUNT(*) FROM subject") == "1\n")
    }
}
