public import Casework
import Hummingbird
import HTTPTypes
import NIOCore
public import Inspectorate

/// How `thanhtra serve` runs: where it listens, how many workers, how cookies are marked. Built once by the CLI
/// from its flags.
public struct ServerConfiguration: Sendable {
    /// The address to listen on: `127.0.0.1` by default (only this machine).
    public var host: String
    /// The port: 8080 by default; 0 picks a free one.
    public var port: Int
    /// Worker threads for the use cases: 2 by default (the machine's cores).
    public var workers: Int
    /// Worker threads of their own for requests that change something (``WorkerPool/Lane/write``): 1 by default
    /// (the store takes one write at a time); 0: they share ``workers``.
    public var writeWorkers: Int
    /// Jobs that may wait for a worker before requests are refused with 503: 256.
    public var maximumQueued: Int
    /// Whether cookies carry `Secure`: set when the server is reached over TLS through a TLS-terminating proxy in
    /// front; with ``tls`` they always do.
    public var secureCookies: Bool
    /// The certificate and key to answer HTTPS with (`--tls-cert`, `--tls-key`); `nil`: plain HTTP.
    public var tls: ServerTLS?
    /// Rows per list page: 50.
    public var pageSize: Int
    /// The largest CSV file `POST /api/v1/imports/{kind}` takes, in bytes: 50 MB (about 200 000 case rows); a larger
    /// body is refused with 413 before it is read.
    public var maximumImportBytes: Int

    public init(
        host: String = "127.0.0.1", port: Int = 8080, workers: Int = 2, writeWorkers: Int = 1, maximumQueued: Int = 256,
        secureCookies: Bool = false, pageSize: Int = 50, maximumImportBytes: Int = 50 * 1024 * 1024,
        tls: ServerTLS? = nil
    ) {
        self.tls = tls
        self.writeWorkers = writeWorkers
        self.host = host
        self.port = port
        self.workers = workers
        self.maximumQueued = maximumQueued
        self.secureCookies = secureCookies
        self.pageSize = pageSize
        self.maximumImportBytes = maximumImportBytes
    }

    /// A cookie as every cookie of the server is: HttpOnly, SameSite=Strict, path `/`, `Secure` over TLS (its own or
    /// a proxy's).
    func cookie(_ name: String, _ value: String, maxAge: Int?) -> Cookie {
        Cookie(
            name: name, value: value, maxAge: maxAge, path: "/", secure: secureCookies || tls != nil, httpOnly: true,
            sameSite: .strict)
    }
}

/// What the composition root hands the server: the store (through its ports only), the account use cases, a
/// factory of rule engines for the workers, the clocks.
public struct ServerServices: Sendable {
    /// The cases, inspections and the journal.
    public var store: any InspectorateStore
    /// Accounts and sessions (the same store, through ``Casework/AccountStore``).
    public var accounts: Accounts
    /// The business date ("today") and the journal's real time.
    public var clock: any CalendarClock
    /// Unix seconds, for session expiry and throttling.
    public var now: @Sendable () -> Int64
    /// The pool the use cases run on.
    public var pool: WorkerPool
    public var configuration: ServerConfiguration
    /// The rule pack in force, as the journal records it with every change made from a page.
    public var pack: PackIdentity

    /// The active stored pack, followed while the server runs; `nil` when the server keeps ``pack``.
    public var packs: ActivePack?

    /// The CSV import (`POST /api/v1/imports/{kind}`), from the composition root; `nil`: the route answers 501.
    public var importer: (any ServerImporter)?

    /// The files uploaded on the import page, kept between their preview and their confirmation.
    public var uploads = ImportUploads()

    /// - Parameter makePolicy: Builds a rule engine of the pack in force; each worker thread calls it once.
    public init(
        store: any InspectorateStore, accounts: Accounts, clock: any CalendarClock,
        now: @escaping @Sendable () -> Int64, configuration: ServerConfiguration, pack: PackIdentity,
        makePolicy: @escaping @Sendable () throws -> any InspectoratePolicy
    ) {
        self.pack = pack
        self.store = store
        self.accounts = accounts
        self.clock = clock
        self.now = now
        self.configuration = configuration
        pool = WorkerPool(
            threads: configuration.workers, writeThreads: configuration.writeWorkers,
            maximumQueued: configuration.maximumQueued, makePolicy: makePolicy)
    }

    /// Services that run the **active stored pack** and follow it: when another pack is activated (`rules activate`,
    /// from any face), each worker builds the new pack's engine before its next job, and every change is journaled
    /// under the pack whose engine answered it.
    public init(
        store: any InspectorateStore, accounts: Accounts, clock: any CalendarClock,
        now: @escaping @Sendable () -> Int64, configuration: ServerConfiguration, packs: ActivePack
    ) {
        self.pack = packs.current
        self.packs = packs
        self.store = store
        self.accounts = accounts
        self.clock = clock
        self.now = now
        self.configuration = configuration
        pool = WorkerPool(
            threads: configuration.workers, writeThreads: configuration.writeWorkers,
            maximumQueued: configuration.maximumQueued, makePolicy: { try packs.makePolicy(packs.current) }, packHash: { packs.refreshedHash() })
    }
}

extension ServerServices {
    /// Who acts in a request: the signed-in account, today, now.
    func acting(_ context: AppRequestContext) -> Acting {
        Acting(account: context.account?.login ?? "", today: clock.today(), recordedAt: clock.timestamp())
    }
}

/// The rule pack in force as the journal names it: its content hash, files, name and version.
public struct PackIdentity: Sendable {
    public var hash: String
    /// Path → bytes, stored with the first change made under it.
    public var files: [String: [UInt8]]
    public var name: String
    public var version: String

    public init(hash: String, files: [String: [UInt8]], name: String, version: String) {
        self.hash = hash
        self.files = files
        self.name = name
        self.version = version
    }
}

extension ServerServices {
    /// The application layer on a worker: the store, that worker's rule engine, the pack as the journal records it.
    func inspectorate(on worker: Worker) throws -> Inspectorate {
        let policy = try worker.policy()
        return Inspectorate(store: store, policy: policy, pack: packRecord(of: policy))
    }

    /// The pack of `policy` (a worker's engine) as the journal records it with a change.
    func packRecord(of policy: any InspectoratePolicy) -> RulePackRecord {
        let pack = packs?.identity(hash: policy.packHash) ?? pack
        return RulePackRecord(hash: pack.hash, files: pack.files, manifest: { (pack.name, pack.version) })
    }
}
