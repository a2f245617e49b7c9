import Casework
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Inspectorate
import Rules
import Server
import Store
import Testing

/// The import page (`/imports`): the kinds of the account's roles, an uploaded file previewed without writing
/// (its refused rows with line, column and the command's reasons), confirmed by the token of the file the server
/// kept for the session only, the CSRF field checked in the multipart body, and 413 above the configured limit.
@Suite struct ImportPageTests {
    static let subjects = APIImportTests.subjects
    static let withRegistered = APIImportTests.withRegistered

    static func subjectCount(_ bench: ServerBench) throws -> Int {
        try bench.store.subjects(kind: nil, search: nil, limit: 10_000).count
    }

    /// The kept file's token on a preview page.
    static func token(_ page: String) throws -> String {
        let range = try #require(page.range(of: "name=\"token\" value=\""))
        return String(page[range.upperBound...].prefix { $0 != "\"" })
    }

    /// The refused rows of `csv` as the CLI's importer words them (the same importer the server runs).
    static func refusals(_ bench: ServerBench, _ csv: String) throws -> [ServerImportRefusal] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("thanhtra-test-\(UUID().uuidString).csv")
        try Data(csv.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let importer = try #require(bench.services.importer)
        let engine = try RuleEngine(pack: bench.pack)
        let pack = RulePackRecord(
            hash: bench.pack.hash, files: Dictionary(uniqueKeysWithValues: bench.pack.files.map { ($0.path, $0.bytes) }),
            manifest: { (engine.manifest.name, engine.manifest.version) })
        return try importer.importFile(
            ServerImportRequest(
                kind: .subjects, path: file.path, preview: true, skipBad: false,
                acting: ServerBench.actingAs("thanh_tra_vien")),
            policy: engine, pack: pack
        ).refused
    }

    /// `text` as the page shows it (HTML-escaped as the templates escape it).
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }

    @Test func thePageOffersTheKindsTheRolesMayImport() async throws {
        let bench = try ServerBench()
        try await bench.makeApplication().test(.router) { client in
            let expected: [(String, [String])] = [
                ("thanh_tra_vien", ["subjects", "cases"]), ("theo_doi_thu_nop", ["payments"]),
                ("chanh_thanh_tra", ["subjects", "inspections", "cases"]),
            ]
            for (login, kinds) in expected {
                let browser = Browser(client)
                try await browser.signIn(login)
                let page = try await browser.get("/imports")
                #expect(page.status == .ok)
                #expect(page.text.contains("Nhập tệp CSV"), "Vietnamese first")
                #expect(page.text.contains("enctype=\"multipart/form-data\""))
                for kind in ["subjects", "inspections", "cases", "payments"] {
                    #expect(
                        page.text.contains("action=\"/imports/\(kind)/preview\"") == kinds.contains(kind), "\(login) \(kind)")
                }
                // The CSRF field comes first in each form, so the server checks it before it reads the file.
                let form = try #require(page.text.range(of: "enctype=\"multipart/form-data\">"))
                #expect(page.text[form.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix(
                    "<input type=\"hidden\" name=\"csrf\""))
                let english = try await browser.get("/imports?lang=en")
                #expect(english.text.contains("Import a CSV file") && english.text.contains("Skip refused rows"))
            }
        }
    }

    @Test func aPreviewWritesNothingAndTheConfirmationWritesExactlyTheRows() async throws {
        let bench = try ServerBench()
        let journal = try bench.journalCount()
        let subjects = try Self.subjectCount(bench)
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("thanh_tra_vien")
            try await browser.get("/imports")
            let preview = try await browser.upload(
                "/imports/subjects/preview", fileName: "doanh-nghiep.csv", content: Self.subjects)
            #expect(preview.status == .ok, "\(preview.text)")
            #expect(preview.text.contains("id=\"rows-to-write\">2<") && preview.text.contains("id=\"rows-refused\">0<"))
            #expect(preview.text.contains("doanh-nghiep.csv"))
            #expect(try bench.journalCount() == journal && Self.subjectCount(bench) == subjects, "a preview writes nothing")
            #expect(bench.services.uploads.count == 1, "the file is kept for its confirmation")
            #expect(
                preview.text.contains("<tr><td>2</td><td>tổ chức</td><td>0100000001</td><td>Công ty Một</td><td>Hà Nội</td></tr>"),
                "the rows to be written, as in the file")
            let token = try Self.token(preview.text)
            // The language switch posts the kept file's token (never the file) to the preview again.
            #expect(preview.text.contains("action=\"/imports/subjects/preview?lang=en\""))
            let english = try await browser.post("/imports/subjects/preview?lang=en", ["token": token, "skipBad": "0"])
            #expect(english.status == .ok && english.text.contains("Preview of the import"))
            #expect(english.text.contains("id=\"rows-to-write\">2<"))
            try await browser.get("/imports?lang=vi")
            let head = try bench.store.journalHead().sequence
            let result = try await browser.post("/imports/subjects", ["token": token])
            #expect(result.status == .created, "\(result.text)")
            #expect(result.text.contains("Đã nhập tệp") && result.text.contains("id=\"imported\">2<"))
            let written = try bench.store.journal(after: head, limit: 10)
            #expect(written.map(\.command) == ["import subjects"], "one batch, one journal entry")
            #expect(result.text.contains("id=\"journal-range\">#\(written[0].sequence) – #\(written[0].sequence)<"))
            #expect(written[0].actor == "thanh_tra_vien")
            #expect(written[0].payload.contains("doanh-nghiep.csv"), "the journal names the uploaded file")
            #expect(!written[0].payload.contains("thanhtra-uploads"), "never the server's temporary path")
            #expect(try Self.subjectCount(bench) == subjects + 2)
            #expect(try APIImportTests.registered(bench, "0100000001") && APIImportTests.registered(bench, "0100000002"))
            #expect(bench.services.uploads.count == 0, "the file is removed once imported")
            // The same token again: the file is gone, nothing is written twice.
            let again = try await browser.post("/imports/subjects", ["token": token])
            #expect(again.status == .notFound && again.text.contains("Tệp không còn trên máy chủ"))
            #expect(try Self.subjectCount(bench) == subjects + 2)
        }
    }

    @Test func refusedRowsAreShownWithLineAndColumnAndStopTheImportUnlessSkipped() async throws {
        let bench = try ServerBench()
        let subjects = try Self.subjectCount(bench)
        let expected = try #require(
            try Self.refusals(bench, Self.withRegistered).first, "the command refuses the registered subject")
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("thanh_tra_vien")
            try await browser.get("/imports")
            let preview = try await browser.upload(
                "/imports/subjects/preview", fileName: "co-trung.csv", content: Self.withRegistered)
            #expect(preview.status == .ok)
            #expect(preview.text.contains("id=\"rows-to-write\">1<") && preview.text.contains("id=\"rows-refused\">1<"))
            #expect(expected.line == 3)
            #expect(
                preview.text.contains(
                    "<tr><td>3</td><td>\(Self.escaped(expected.column))</td><td>\(Self.escaped(expected.vi))</td></tr>"),
                "the row's line, column and the command's Vietnamese reasons: \(preview.text)")
            #expect(preview.text.contains("<tr><td>2</td><td>tổ chức</td><td>0100000003</td>"), "the good row")
            #expect(!preview.text.contains("<tr><td>3</td><td>tổ chức</td>"), "the refused row is not to be written")
            let token = try Self.token(preview.text)
            // Confirmed without skipping: the refused row stops it, the preview comes back, nothing is written.
            let stopped = try await browser.post("/imports/subjects", ["token": token])
            #expect(stopped.status == .unprocessableContent)
            #expect(stopped.text.contains("Có dòng bị từ chối: không có gì được nhập"))
            #expect(try Self.subjectCount(bench) == subjects)
            // Skipping the refused rows: the good one is written.
            let skipped = try await browser.post("/imports/subjects", ["token": token, "skipBad": "1"])
            #expect(skipped.status == .created, "\(skipped.text)")
            #expect(skipped.text.contains("id=\"imported\">1<"))
            #expect(try Self.subjectCount(bench) == subjects + 1)
            #expect(try APIImportTests.registered(bench, "0100000003"))
        }
    }

    @Test func theCSRFFieldIsCheckedInTheMultipartBodyAndTheFileBoundToItsSession() async throws {
        let bench = try ServerBench()
        let journal = try bench.journalCount()
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("thanh_tra_vien")
            try await browser.get("/imports")
            // No token, a wrong one, and the right one after the file.
            let wrong: String?? = .some(.some(String(repeating: "a", count: 64)))
            let cases: [(String??, Bool)] = [(.some(nil), false), (wrong, false), (nil, true)]
            for (csrf, last) in cases {
                let refused = try await browser.upload(
                    "/imports/subjects/preview", fileName: "x.csv", content: Self.subjects, csrf: csrf, csrfLast: last)
                #expect(refused.status == .forbidden && refused.text.contains("Biểu mẫu đã hết hạn"))
            }
            #expect(bench.services.uploads.count == 0, "nothing kept without the token")
            // Signed out, a posted file is refused before it is read.
            let stranger = Browser(client)
            try await stranger.get("/login")
            let signedOut = try await stranger.upload("/imports/subjects/preview", fileName: "x.csv", content: Self.subjects)
            #expect(signedOut.status == .forbidden)
            // Another account's session cannot confirm the file kept for this one.
            let preview = try await browser.upload("/imports/subjects/preview", fileName: "x.csv", content: Self.subjects)
            let token = try Self.token(preview.text)
            let chief = Browser(client)
            try await chief.signIn("chanh_thanh_tra")
            try await chief.get("/imports")
            let foreign = try await chief.post("/imports/subjects", ["token": token])
            #expect(foreign.status == .notFound)
            // Nor a token past its 30 minutes.
            bench.advance(seconds: 30 * 60)
            let late = try await browser.post("/imports/subjects", ["token": token])
            #expect(late.status == .notFound && late.text.contains("hết hạn"))
        }
        #expect(try bench.journalCount() == journal)
        #expect(try !APIImportTests.registered(bench, "0100000001"))
    }

    @Test func theFileIsNamedWithoutItsFolderAndABrokenBodyIsRefused() async throws {
        let bench = try ServerBench()
        let journal = try bench.journalCount()
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("thanh_tra_vien")
            try await browser.get("/imports")
            // An old browser sends the whole path: the name alone is kept (and shown escaped).
            let preview = try await browser.upload(
                "/imports/subjects/preview", fileName: "C:\\Users\\an\\<doanh-nghiep>.csv", content: Self.subjects)
            #expect(preview.status == .ok)
            #expect(preview.text.contains("&lt;doanh-nghiep&gt;.csv") && !preview.text.contains("Users"))
            // The CSRF part first, then a body that never ends its part: 400, nothing kept but the first file.
            let csrf = try #require(browser.csrf)
            var headers = browser.headers()
            headers[.contentType] = "multipart/form-data; boundary=\"b0undary\""
            let body = "--b0undary\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(csrf)\r\n--b0undary\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"x.csv\"\r\n\r\nLoại,Tên\n"
            let broken = try await client.execute(
                uri: "/imports/subjects/preview", method: .post, headers: headers, body: ByteBuffer(string: body))
            #expect(broken.status == .badRequest && broken.text.contains("Biểu mẫu gửi lên không đọc được"))
            #expect(bench.services.uploads.count == 1)
            // A file refused as a whole (its header names no column of subjects): the form again with the command's
            // words, and the file no longer kept.
            let refused = try await browser.upload(
                "/imports/subjects/preview", fileName: "sai.csv", content: "Cột lạ,Khác\n1,2\n")
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("class=\"error\" role=\"alert\"") && refused.text.contains("Nhập tệp CSV"))
            #expect(bench.services.uploads.count == 0, "the refused file is removed (it replaced the session's earlier one)")
        }
        #expect(try bench.journalCount() == journal)
    }

    /// The file name as browsers and other clients write it: a `;` or an escaped quote inside the quotes, the `%22`
    /// of WHATWG's form encoding, RFC 5987's `filename*` (preferred), a line break never kept.
    @Test(arguments: [
        ("filename=\"ho so; quy 1.csv\"", "ho so; quy 1.csv"),
        ("filename=\"so %22mot%22.csv\"", "so &quot;mot&quot;.csv"),
        ("filename=\"so \\\"hai\\\".csv\"", "so &quot;hai&quot;.csv"),
        ("filename=\"bao-cao.csv\"; filename*=UTF-8''b%C3%A1o-c%C3%A1o%20th%C3%A1ng.csv", "báo-cáo tháng.csv"),
        ("filename*=utf-8'vi'%2Ftmp%2Fdong%0Amoi.csv", "dong moi.csv"),
        ("filename=tran.csv", "tran.csv"),
    ])
    func theFileNameIsReadAsBrowsersWriteIt(parameters: String, shown: String) async throws {
        let bench = try ServerBench()
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("thanh_tra_vien")
            try await browser.get("/imports")
            let preview = try await browser.upload(
                "/imports/subjects/preview", fileName: "", content: Self.subjects, fileParameters: parameters)
            #expect(preview.status == .ok, "\(preview.text)")
            #expect(preview.text.contains(shown), "\(parameters) is shown as \(shown)")
            #expect(!preview.text.contains("bao-cao.csv") && !preview.text.contains("/tmp/dong"))
        }
    }

    @Test func aLargerFileSentInPiecesOverTheNetworkIsKeptByteForByte() async throws {
        let bench = try ServerBench()
        let rows = (1...3_000).map { "tổ chức,02\(String(format: "%08d", $0)),Công ty Số \($0),Phường \($0 % 7) Hà Nội" }
        let content = "Loại,Mã số thuế,Tên,Địa chỉ\n" + rows.joined(separator: "\n") + "\n"
        #expect(content.utf8.count > 150_000, "larger than a socket read: the body arrives in pieces")
        try await bench.makeApplication().test(.live) { client in
            let browser = Browser(client)
            try await browser.signIn("thanh_tra_vien")
            try await browser.get("/imports")
            let preview = try await browser.upload("/imports/subjects/preview", fileName: "lon.csv", content: content)
            #expect(preview.status == .ok, "\(preview.text.prefix(500))")
            #expect(preview.text.contains("id=\"rows-to-write\">3000<"))
            let head = try bench.store.journalHead().sequence
            let result = try await browser.post("/imports/subjects", ["token": try Self.token(preview.text)])
            #expect(result.status == .created && result.text.contains("id=\"imported\">3000<"))
            // The file the server wrote as it arrived is the file sent: its SHA-256, as the journal records it.
            let written = try bench.store.journal(after: head, limit: 10)
            #expect(written.map(\.command) == ["import subjects"])
            #expect(written.first?.payload.contains(SHA256.hex(utf8: content)) == true)
        }
    }

    @Test func aFileAboveTheLimitIsRefusedWith413InVietnamese() async throws {
        let bench = try ServerBench(configuration: ServerConfiguration(workers: 2, pageSize: 50, maximumImportBytes: 64))
        let journal = try bench.journalCount()
        try await bench.makeApplication().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("thanh_tra_vien")
            try await browser.get("/imports")
            #expect(Self.subjects.utf8.count > 64)
            let answer = try await browser.upload("/imports/subjects/preview", fileName: "x.csv", content: Self.subjects)
            #expect(answer.status == .contentTooLarge)
            #expect(answer.text.contains("Tệp lớn hơn 64 byte máy chủ nhận; không có gì được nhập"))
            // Far above: refused on the body's length, before the file is read.
            let large = String(repeating: Self.subjects, count: 2_000)
            let refused = try await browser.upload("/imports/subjects/preview", fileName: "x.csv", content: large)
            #expect(refused.status == .contentTooLarge)
        }
        #expect(bench.services.uploads.count == 0)
        #expect(try bench.journalCount() == journal)
    }
}
