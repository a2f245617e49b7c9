import Casework
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Store
import Testing

/// `POST /api/v1/imports/{kind}`: the CSV body imported as `thanhtra import --kind` imports it (the CLI's importer,
/// wired as `serve` wires it): one journaled batch, a check that writes nothing, refused rows with their line and the
/// command's reasons in both languages (nothing written unless `skipBad=true`), the kind's role check before the
/// body is read, and 413 above the size limit.
@Suite struct APIImportTests {
    /// Two new companies; the second file's second row is the bench's Minh Long, registered already.
    static let subjects =
        "Loại,Mã số thuế,Tên,Địa chỉ\ntổ chức,0100000001,Công ty Một,Hà Nội\ntổ chức,0100000002,Công ty Hai,Huế\n"
    static let withRegistered =
        "Loại,Mã số thuế,Tên,Địa chỉ\ntổ chức,0100000003,Công ty Ba,Hà Nội\ntổ chức,0101234567,Minh Long,Hà Nội\n"

    static func post(_ api: APIClient, _ uri: String, _ csv: String) async throws -> APIClient.Answer {
        try await api.send(uri, method: .post, body: Data(csv.utf8), contentType: "text/csv")
    }

    static func registered(_ bench: ServerBench, _ taxCode: String) throws -> Bool {
        try bench.store.subjects(kind: nil, search: taxCode, limit: 10).contains { $0.identifier == taxCode }
    }

    @Test func aFileOfSubjectsIsImportedInOneJournaledBatch() async throws {
        let bench = try ServerBench()
        let head = try bench.store.journalHead().sequence
        try await bench.makeApplication().test(.router) { client in
            let api = APIClient(client)
            try await api.signIn("thanh_tra_vien")  // an inspector registers subjects
            let answer = try await Self.post(api, "/api/v1/imports/subjects", Self.subjects)
            #expect(answer.status == .created, "\(answer.text)")
            #expect(answer.json.int("rowsRead") == 2 && answer.json.int("imported") == 2)
            #expect(answer.json.int("refusedCount") == 0 && answer.json.objects("refused").isEmpty)
            #expect(answer.json.int("batches") == 1)
            let written = try bench.store.journal(after: head, limit: 10)
            #expect(written.map(\.command) == ["import subjects"])
            #expect(written.first?.actor == "thanh_tra_vien")
            let sha256 = try #require(answer.json.string("sha256"))
            #expect(written.first?.payload.contains(sha256) == true, "the journal names the file's hash")
            #expect(written.first?.payload.contains("thanhtra-import-") == false, "never the server's temporary path")
            #expect(written.first?.payload.contains("upload") == true, "the body named `upload`")
            let journal = try #require(answer.json.object("journal"))
            #expect(journal.int("first") == written.first?.sequence && journal.int("last") == written.first?.sequence)
            let first = try #require(answer.json.int("firstID"))
            #expect(try bench.store.subject(id: Subject.ID(rawValue: first))?.name == "Công ty Một")
            #expect(try Self.registered(bench, "0100000002"))
        }
        let last = try bench.store.journalHead()
        #expect(try bench.store.verifyJournal() == .intact(entries: last.sequence, head: last.hash))
    }

    @Test func aPreviewChecksEveryRowAndWritesNothing() async throws {
        let bench = try ServerBench()
        let before = try bench.journalCount()
        try await bench.makeApplication().test(.router) { client in
            let api = APIClient(client)
            try await api.signIn("thanh_tra_vien")
            let good = try await Self.post(api, "/api/v1/imports/subjects?preview=true", Self.subjects)
            #expect(good.status == .ok, "\(good.text)")
            #expect(good.json["preview"] as? Bool == true)
            #expect(good.json.int("rowsRead") == 2 && good.json.int("imported") == 0)
            #expect(good.json["journal"] is NSNull)
            let bad = try await Self.post(api, "/api/v1/imports/subjects?preview=true", Self.withRegistered)
            #expect(bad.status == .ok, "a check answers what it found: \(bad.text)")
            #expect(bad.json.int("refusedCount") == 1)
            #expect(bad.json.objects("refused").first?.int("line") == 3)
        }
        #expect(try bench.journalCount() == before, "a preview writes no journal entry")
        #expect(try !Self.registered(bench, "0100000001"))
    }

    @Test func aRefusedRowIsListedInBothLanguagesAndStopsTheImportUnlessSkipped() async throws {
        let bench = try ServerBench()
        let before = try bench.journalCount()
        try await bench.makeApplication().test(.router) { client in
            let api = APIClient(client)
            try await api.signIn("thanh_tra_vien")
            let refused = try await Self.post(api, "/api/v1/imports/subjects", Self.withRegistered)
            #expect(refused.status == .unprocessableContent, "\(refused.text)")
            #expect(refused.code == "import.rowsRefused")
            #expect(refused.json.string("message")?.contains("không có gì được nhập") == true)
            let row = try #require(refused.details.objects("refused").first)
            #expect(row.int("line") == 3)
            let reason = try #require(row.object("reason"))
            // The command's words: `import --lang vi` and the English of the rejects file.
            #expect(reason.string("vi")?.contains("0101234567 đã được đăng ký là đối tượng #") == true, "\(reason)")
            #expect(reason.string("en")?.contains("0101234567 is already registered as #") == true, "\(reason)")
            #expect(try bench.journalCount() == before, "nothing written while a row is refused")
            #expect(try !Self.registered(bench, "0100000003"))

            let skipped = try await Self.post(api, "/api/v1/imports/subjects?skipBad=true", Self.withRegistered)
            #expect(skipped.status == .created, "\(skipped.text)")
            #expect(skipped.json.int("imported") == 1 && skipped.json.int("refusedCount") == 1)
            #expect(try Self.registered(bench, "0100000003"))
            #expect(try bench.journalCount() == before + 1)
        }
    }

    @Test func aRoleThatMayNotImportTheKindIsRefusedBeforeTheBodyIsRead() async throws {
        let bench = try ServerBench()
        let before = try bench.journalCount()
        try await bench.makeApplication().test(.router) { client in
            let api = APIClient(client)
            try await api.signIn("theo_doi_thu_nop")  // collections: payments only
            let refused = try await Self.post(api, "/api/v1/imports/subjects", Self.subjects)
            #expect(refused.status == .forbidden, "\(refused.text)")
            #expect(refused.code == "inspectorate.actionNotAllowed")
            #expect(refused.details.string("action") == "addSubject")
            let reporting = APIClient(client)
            try await reporting.signIn("bao_cao")  // no kind at all: the route × role table
            let table = try await Self.post(reporting, "/api/v1/imports/payments", Self.subjects)
            #expect(table.status == .forbidden && table.code == "auth.forbidden")
            let unknown = try await Self.post(api, "/api/v1/imports/fines", Self.subjects)
            #expect(unknown.status == .notFound)
        }
        #expect(try bench.journalCount() == before)
        #expect(try !Self.registered(bench, "0100000001"))
    }

    @Test func aFileAboveTheLimitIsRefusedWith413() async throws {
        let bench = try ServerBench(
            configuration: ServerConfiguration(workers: 2, pageSize: 50, maximumImportBytes: 64))
        let before = try bench.journalCount()
        try await bench.makeApplication().test(.router) { client in
            let api = APIClient(client)
            try await api.signIn("thanh_tra_vien")
            #expect(Self.subjects.utf8.count > 64)
            let answer = try await Self.post(api, "/api/v1/imports/subjects", Self.subjects)
            #expect(answer.status == .contentTooLarge, "\(answer.text)")
            #expect(answer.code == "import.tooLarge")
            #expect(answer.details.int("maximumBytes") == 64)
        }
        #expect(try bench.journalCount() == before)
        #expect(try !Self.registered(bench, "0100000001"))
    }
}
