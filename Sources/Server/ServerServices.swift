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
    /// Jobs that may wait for a worker before requests are refused with 503: 256.
    public var maximumQueued: Int
    /// Whether cookies carry `Secure`: set when the server is reached over TLS (a TLS-terminating proxy in front).
    public var secureCookies: Bool
    /// Rows per list page: 50.
    public var pageSize: Int

    public init(
        host: String = "127.0.0.1", port: Int = 8080, workers: Int = 2, maximumQueued: Int = 256,
        secureCookies: Bool = false, pageSize: Int = 50
    ) {
        self.host = host
        self.port = port
        self.workers = workers
        self.maximumQueued = maximumQueued
        self.secureCookies = secureCookies
        self.pageSize = pageSize
    }

    /// A cookie as every cookie of the server is: HttpOnly, SameSite=Strict, path `/`, `Secure` over TLS.
    func cookie(_ name: String, _ value: String, maxAge: Int?) -> Cookie {
        Cookie(
            name: name, value: value, maxAge: maxAge, path: "/", secure: secureCookies, httpOnly: true,
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

    /// - Parameter makePolicy: Builds a rule engine of the pack in force; each worker thread calls it once.
    public init(
        store: any InspectorateStore, accounts: Accounts, clock: any CalendarClock,
        now: @escaping @Sendable () -> Int64, configuration: ServerConfiguration,
        makePolicy: @escaping @Sendable () throws -> any InspectoratePolicy
    ) {
        self.store = store
        self.accounts = accounts
        self.clock = clock
        self.now = now
        self.configuration = configuration
        pool = WorkerPool(
            threads: configuration.workers, maximumQueued: configuration.maximumQueued, makePolicy: makePolicy)
    }
}

extension ServerServices {
    /// Who acts in a request: the signed-in account, today, now.
    func acting(_ context: AppRequestContext) -> Acting {
        Acting(account: context.account?.login ?? "", today: clock.today(), recordedAt: clock.timestamp())
    }
}
