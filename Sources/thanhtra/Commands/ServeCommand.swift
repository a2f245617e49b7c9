import ArgumentParser
import Casework
import Dispatch
import Foundation
import Inspectorate
import Logging
import Rules
import Server

/// `thanhtra serve`: the web application over the database (issue 14, first slice; docs/serve.md).
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the web pages (Vietnamese first) until Ctrl-C or SIGTERM.",
        discussion: """
            People sign in with the accounts of `thanhtra account`. Listens on 127.0.0.1 by default. Before opening
            it to a network, serve HTTPS: give --tls-cert and --tls-key (PEM files; cookies are then Secure and
            browsers are told to use HTTPS only), or put a TLS proxy in front and pass --secure-cookies. One
            access-log line per request on standard error.
            """)

    @OptionGroup var options: GlobalOptions

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on; 0 picks a free one (printed at start).")
    var port = 8080

    @Option(help: "Worker threads for the use cases, each with its own rule engine.")
    var workers = 2

    @Option(
        help: """
            Worker threads of their own for requests that change something (1 by default; 0: they share --workers), \
            so that reads never wait behind a write.
            """)
    var writeWorkers = 1

    @Option(
        name: .customLong("max-import-mb"),
        help: ArgumentHelp(
            "The largest CSV file the import page and the API take, in MB (50 by default: about 200 000 case rows).",
            valueName: "MB"))
    var maximumImportMegabytes = 50

    @Flag(help: "Mark cookies Secure (the server is reached over HTTPS through a proxy).")
    var secureCookies = false

    @Option(
        name: .customLong("tls-cert"),
        help: ArgumentHelp(
            "Serve HTTPS with this certificate (PEM; the chain after it); needs --tls-key.", valueName: "file"))
    var tlsCertificate: String?

    @Option(
        name: .customLong("tls-key"),
        help: ArgumentHelp("The certificate's private key (PEM, not encrypted); needs --tls-cert.", valueName: "file"))
    var tlsKey: String?

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError.said("--port must be 0 to 65535", "--port từ 0 đến 65535") }
        guard (1...64).contains(workers) else { throw ValidationError.said("--workers must be 1 to 64", "--workers từ 1 đến 64") }
        guard (0...16).contains(writeWorkers) else {
            throw ValidationError.said("--write-workers must be 0 to 16", "--write-workers từ 0 đến 16")
        }
        guard (1...4_096).contains(maximumImportMegabytes) else {
            throw ValidationError.said("--max-import-mb must be 1 to 4096", "--max-import-mb từ 1 đến 4096")
        }
        guard (tlsCertificate == nil) == (tlsKey == nil) else {
            throw ValidationError.said(
                "--tls-cert and --tls-key go together: give both, or neither for plain HTTP",
                "--tls-cert và --tls-key đi cùng nhau: cho cả hai, hoặc không cho cái nào để dùng HTTP thường")
        }
    }

    func run() throws {
        // The certificate and key first: a mistake in them stops here, before the database is opened.
        let tls = try tlsCertificate.flatMap { certificate in try tlsKey.map { try Self.tls(certificate, $0) } }
        let app = try App(options)
        let (store, closeStore) = try app.openServingStore(workers: workers + writeWorkers)
        defer { closeStore() }
        // The active stored pack, never a folder (four-eyes): a broken pack stops here, not on a page.
        let pack = try app.activeStoredPack(store)
        app.warnUnlessActive(pack)
        let limits = app.configuration.ruleLimits
        let initial = try Self.identity(of: pack, limits: limits)
        let recordedHash = try store.setting(SettingKey.rulesHash) ?? initial.hash
        let proposals = store as? any RulePackProposalStore
        let packs = ActivePack(
            initial: initial,
            readActiveHash: { try proposals?.activeRulePackHash() ?? recordedHash },
            load: { hash in try Self.identity(of: App.storedPack(hash: hash, in: store), limits: limits) },
            makePolicy: { identity in
                try RuleEngine(
                    pack: RulePack(
                        directory: "stored:\(identity.hash.prefix(12))",
                        files: identity.files.map { RulePack.File(path: $0.key, bytes: $0.value) }),
                    limits: limits, log: Output.ruleLog)
            })
        let accounts = try App.accounts(of: store)
        if try !accounts.store.hasAccounts() {
            Output.error(
                app.say(
                    "warning: this database has no account yet; nobody can sign in until one is added",
                    "cảnh báo: cơ sở dữ liệu này chưa có tài khoản nào; không ai đăng nhập được cho đến khi có tài khoản"))
        }
        var services = ServerServices(
            store: store, accounts: accounts, clock: app.configuration.clock,
            now: { Int64(Date().timeIntervalSince1970) },
            configuration: ServerConfiguration(
                host: host, port: port, workers: workers, writeWorkers: writeWorkers, secureCookies: secureCookies,
                maximumImportBytes: maximumImportMegabytes * 1024 * 1024, tls: tls),
            packs: packs)
        services.importer = ServeImporter(store: store)
        // Files uploaded and waiting for their confirmation, together: at least two of the largest.
        services.uploads = ImportUploads(maximumTotalBytes: max(512, 2 * maximumImportMegabytes) * 1024 * 1024)
        // What a server stopped by a crash or SIGKILL left in the temporary folder (uploads never confirmed).
        let swept = ImportUploads.sweepAbandoned()
        if !swept.isEmpty {
            Output.error(
                app.say(
                    "removed \(swept.count) temporary upload folder(s) left by a server that did not stop cleanly",
                    "đã xoá \(swept.count) thư mục tải lên tạm do một máy chủ dừng không đúng cách để lại"))
        }
        let uploads = services.uploads
        var logger = Logger(label: "thanhtra.serve")
        logger.logLevel = .info
        let host = host
        let scheme = tls == nil ? "http" : "https"
        let finished = DispatchSemaphore(value: 0)
        let failure = ServeFailure()
        Task {
            do {
                try await runServer(services: services, logger: logger) { port in
                    Output.line("thanhtra serve: \(scheme)://\(host):\(port)/")
                }
            } catch {
                failure.error = error
            }
            finished.signal()
        }
        finished.wait()
        uploads.removeAll()  // the files uploaded for an import and never confirmed
        if let error = failure.error {
            throw CommandError.said(
                ("the server stopped: \(error)", "máy chủ đã dừng: \(error)"),
                hint: ("is the port already in use?", "cổng có đang được dùng không?"))
        }
    }
}

extension ServeCommand {
    /// The certificate and key read and checked, or what is wrong with them in the command line's words.
    static func tls(_ certificate: String, _ key: String) throws -> ServerTLS {
        do throws(ServerTLSError) {
            return try ServerTLS(certificate: certificate, key: key)
        } catch {
            throw CommandError.said(ErrorWording.tls(error), hint: ErrorWording.tlsHint(error))
        }
    }

    /// A stored pack as the server names it; its manifest read by loading it once.
    static func identity(of pack: RulePack, limits: RuleLimits) throws -> PackIdentity {
        let manifest = try RuleEngine(pack: pack, limits: limits).manifest
        return PackIdentity(
            hash: pack.hash, files: Dictionary(uniqueKeysWithValues: pack.files.map { ($0.path, $0.bytes) }),
            name: manifest.name, version: manifest.version)
    }
}

/// The server task's error, read after it signalled.
private final class ServeFailure: @unchecked Sendable {
    // @unchecked Sendable: written once by the server task before it signals the semaphore, read after the wait.
    var error: (any Error)?
}
