import Casework
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Inspectorate
import Logging
import NIOCore
import Rules
import Server
import Store
import Testing

/// An in-memory SQLite store with the bundled pack, one account per role (login = the role's name, plus `quantri`),
/// a decided and delivered penalty case (its payment overdue on 2026-11-23) against "Công ty TNHH Minh Long" and an inspection of the same subject, and the server
/// built over them as the CLI's composition root builds it.
final class ServerBench: @unchecked Sendable {
    // @unchecked Sendable: `now` is changed only between requests by the test that owns the bench.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let password = "mat-khau-du-dai"
    static let acting = Acting(
        account: "thanh.nguyen", today: CalendarDate(year: 2026, month: 11, day: 23)!,
        recordedAt: "2026-11-23T16:05:09+07:00")

    let store: SQLiteStore
    let accounts: Accounts
    let services: ServerServices
    let caseID: PenaltyCase.ID
    let subjectID: Subject.ID
    let inspectionID: Inspection.ID
    /// The bundled pack the server runs.
    let pack: RulePack

    /// - Parameters:
    ///   - followingActivePack: Serve the active stored pack and follow activations (``ActivePack``), as
    ///     `thanhtra serve` does, instead of the bundled pack kept for good.
    ///   - configuration: The server's settings (2 workers, pages of 50 unless given).
    ///   - rules: The pack's folder; the bundled pack when `nil`.
    init(
        followingActivePack: Bool = false,
        configuration: ServerConfiguration = ServerConfiguration(workers: 2, pageSize: 50), rules: URL? = nil
    ) throws {
        let pack = try RulePack.load(from: (rules ?? Self.repository.appendingPathComponent("rules")).path)
        self.pack = pack
        store = try SQLiteStore.makeEmpty()
        let engine = try RuleEngine(pack: pack)
        let inspectorate = Inspectorate(
            store: store, policy: engine,
            pack: RulePackRecord(
                hash: pack.hash, files: Dictionary(uniqueKeysWithValues: pack.files.map { ($0.path, $0.bytes) }),
                manifest: { (engine.manifest.name, engine.manifest.version) }))
        func day(_ text: String) -> CalendarDate { CalendarDate(text)! }
        subjectID = try store.addSubject(
            NewSubject(kind: .organization, identifier: "0101234567", name: "Công ty TNHH Minh Long"),
            context: CommandContext(actor: Self.acting.account, timestamp: Self.acting.recordedAt)
        ).id
        _ = try store.addSubject(
            NewSubject(kind: .organization, identifier: "0309876543", name: "Hợp tác xã Đông Hải"),
            context: CommandContext(actor: Self.acting.account, timestamp: Self.acting.recordedAt))
        let opened = try inspectorate.openCase(
            subject: subjectID, record: ViolationRecord(number: "BB-12/2026", madeOn: day("2026-10-20"), place: "Hà Nội"),
            violations: [
                CaseViolation(
                    code: "ND125-2020-D24-K4-b", sector: "", committedOn: day("2026-10-01"), endedOn: day("2026-10-01"),
                    detectedOn: nil),
                CaseViolation(
                    code: "ND125-2020-D22-K2", sector: "", committedOn: day("2026-09-15"), endedOn: day("2026-09-15"),
                    detectedOn: nil, illegalGainVND: VND(12_000_000)),
            ],
            mitigating: ["tu_nguyen_khai_bao"], aggravating: [], facts: CaseFacts(), acting: Self.acting)
        caseID = opened.penaltyCase.id
        _ = try inspectorate.decideCase(
            caseID, number: "15/QĐ-XPHC", decidedOn: day("2026-10-25"), signerTitle: "chanh_thanh_tra_so",
            signerName: "Nguyễn Văn Bình", acting: Self.acting)
        _ = try inspectorate.deliverCase(caseID, receivedOn: day("2026-10-27"), acting: Self.acting)
        inspectionID = try inspectorate.openInspection(
            InspectionOpening(
                mode: .regular, category: "thanh_tra", level: "thanh_tra_tinh",
                content: "Việc chấp hành pháp luật về hóa đơn, chứng từ", field: "hoa_don", leadUnit: "Phòng Thanh tra 2",
                subjects: [subjectID]),
            acting: Self.acting
        ).inspection.id

        accounts = Accounts(store: store, hasher: BcryptHasher(cost: 4))
        _ = try accounts.addAccount(
            login: "quantri", displayName: "Quản trị", roles: [.administrator], password: Self.password,
            acting: Self.acting)
        let admin = Acting(account: "quantri", today: Self.acting.today, recordedAt: Self.acting.recordedAt)
        for role in AccountRole.allCases {
            _ = try accounts.addAccount(
                login: role.rawValue, displayName: "Người \(role.rawValue)", roles: [role], password: Self.password,
                acting: admin)
        }
        // The chief inspector holds the signer title its decisions are signed under (docs/titles.md).
        _ = try Authorities(accounts: store, authority: store).assignTitle(
            login: AccountRole.chiefInspector.rawValue, title: "chanh_thanh_tra_so", from: day("2026-01-01"), to: nil,
            titles: try RuleEngine(pack: pack), acting: admin)
        let box = NowBox()
        box.value = 1_795_000_000  // Unix seconds the server sees
        nowBox = box
        let identity = PackIdentity(
            hash: pack.hash, files: Dictionary(uniqueKeysWithValues: pack.files.map { ($0.path, $0.bytes) }),
            name: engine.manifest.name, version: engine.manifest.version)
        var made: ServerServices
        if followingActivePack {
            let store = store
            let packs = ActivePack(
                initial: identity, readActiveHash: { try store.activeRulePackHash() ?? pack.hash },
                load: { hash in
                    guard let stored = try store.rulePack(hash: hash) else { throw StoreError(.notFound, "no pack \(hash)") }
                    return PackIdentity(hash: stored.hash, files: stored.files, name: stored.name, version: stored.version)
                },
                makePolicy: { identity in
                    try RuleEngine(
                        pack: RulePack(
                            directory: "stored:\(identity.hash.prefix(12))",
                            files: identity.files.map { RulePack.File(path: $0.key, bytes: $0.value) }))
                })
            made = ServerServices(
                store: store, accounts: accounts, clock: FixedClock(day("2026-11-23"), time: "09:00:00"),
                now: { box.value }, configuration: configuration, packs: packs)
        } else {
            made = ServerServices(
                store: store, accounts: accounts, clock: FixedClock(day("2026-11-23"), time: "09:00:00"),
                now: { box.value }, configuration: configuration, pack: identity,
                makePolicy: { try RuleEngine(pack: pack) })
        }
        made.importer = Self.importer(over: store)  // as `thanhtra serve` wires it
        services = made
    }

    private let nowBox: NowBox

    deinit {
        services.uploads.removeAll()  // the import page's files, in a folder of the temporary directory
    }

    /// Moves the server's clock.
    func advance(seconds: Int64) { nowBox.value += seconds }

    final class NowBox: @unchecked Sendable {  // tests only: set between requests
        var value: Int64 = 0
    }

    func makeApplication() -> some ApplicationProtocol {
        var logger = Logger(label: "thanhtra.serve.test")
        logger.logLevel = .warning
        return makeServerApplication(services: services, logger: logger)
    }

    func journalCount() throws -> Int { try store.journal(after: 0, limit: 100_000).count }

    /// The application layer over the bench's store and a rule engine of its pack, for the tests' expectations
    /// (what the pack itself says, never a number written into the test).
    func makeInspectorate() throws -> Inspectorate {
        let engine = try RuleEngine(pack: pack)
        return Inspectorate(
            store: store, policy: engine,
            pack: RulePackRecord(
                hash: pack.hash, files: Dictionary(uniqueKeysWithValues: pack.files.map { ($0.path, $0.bytes) }),
                manifest: { (engine.manifest.name, engine.manifest.version) }))
    }

    /// The acting of `login` on the bench's day.
    static func actingAs(_ login: String) -> Acting {
        Acting(account: login, today: acting.today, recordedAt: acting.recordedAt)
    }
}

/// A client that keeps cookies and the page's CSRF token, as a browser would.
final class Browser: @unchecked Sendable {
    // @unchecked Sendable: used by one test task at a time.
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]
    var csrf: String?

    init(_ client: any TestClientProtocol) {
        self.client = client
    }

    @discardableResult
    func get(_ uri: String) async throws -> TestResponse {
        let response = try await client.execute(uri: uri, method: .get, headers: headers())
        remember(response)
        return response
    }

    /// Posts a form; the CSRF token of the last page is added unless `csrf` says otherwise.
    @discardableResult
    func post(_ uri: String, _ fields: [String: String], csrf override: String?? = nil) async throws -> TestResponse {
        var fields = fields
        let token = override ?? csrf
        if let token { fields["csrf"] = token }
        let body = fields.sorted { $0.key < $1.key }.map { "\(escape($0.key))=\(escape($0.value))" }.joined(separator: "&")
        var headers = headers()
        headers[.contentType] = "application/x-www-form-urlencoded"
        let response = try await client.execute(
            uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
        remember(response)
        return response
    }

    /// Signs in as `login` through the sign-in page.
    @discardableResult
    func signIn(_ login: String, password: String = ServerBench.password) async throws -> TestResponse {
        try await get("/login")
        return try await post("/login", ["login": login, "password": password])
    }

    func headers() -> HTTPFields {
        var fields = HTTPFields()
        if !cookies.isEmpty {
            fields[.cookie] = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        }
        return fields
    }

    func remember(_ response: TestResponse) {
        for value in response.headers[values: .setCookie] {
            let pair = value.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            let name = String(pair[0])
            let content = pair.count > 1 ? String(pair[1]) : ""
            if content.isEmpty || value.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = content }
        }
        let html = String(buffer: response.body)
        if let range = html.range(of: "name=\"csrf\" value=\"") {
            csrf = String(html[range.upperBound...].prefix { $0 != "\"" })
        }
    }

    private func escape(_ text: String) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
}
