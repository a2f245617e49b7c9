import ArgumentParser
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// The load test of `thanhtra serve`'s JSON API (issue 14 item 8; `scripts/bench-serve.sh`, docs/performance.md):
/// N concurrent sessions for D seconds on loopback, mixing case-detail reads with payments and new cases; prints
/// requests per second, p50 and p99 for reads and writes apart; then checks that every acknowledged write is in
/// the store (each new case by its number, each payment by its receipt) and that the journal verifies.
///
/// ```
/// thanhtra-serve-load --port 8080 --password … --sessions 50 --duration 60
/// ```
///
/// The server's database must hold the accounts named by the options (one per role used), the chief's signer title,
/// and at least one subject; the client seeds its own cases (`--seed`). Exit 0 when every check passes, 1 otherwise.
@main
struct ServeLoad: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "thanhtra-serve-load",
        abstract: "Load test of thanhtra serve's JSON API: concurrent sessions of reads and writes, then checks.")

    @Option(help: "The server's address.") var host = "127.0.0.1"
    @Option(help: "The server's port.") var port: Int
    @Option(help: "The accounts' password.") var password: String
    @Option(help: "Concurrent sessions (each its own connection and sign-in).") var sessions = 50
    @Option(help: "Seconds of load.") var duration = 60.0
    @Option(help: "Percent of requests that write (a payment or a new case).") var writePercent = 10
    @Option(help: "Cases seeded before the load (half of them decided, for the payments).") var seed = 100
    @Option(help: "The login that records payments (theo_doi_thu_nop).") var payer = "theo_doi_thu_nop"
    @Option(help: "The login that opens cases (thanh_tra_vien).") var opener = "thanh_tra_vien"
    @Option(help: "The login that decides (chanh_thanh_tra) and verifies the journal.") var chief = "chanh_thanh_tra"
    @Option(help: "The signer title the chief holds.") var signerTitle = "chanh_thanh_tra_so"
    @Option(help: "A violation code of the pack's catalog for the new cases.") var violation = "ND125-2020-D24-K4-b"
    @Flag(help: "Read cases without their timeline (the timeline scans the journal).") var noTimeline = false
    @Flag(help: "5 sessions for 3 seconds, 10 seeded cases: checks that the load test runs (CI).") var smoke = false

    mutating func run() async throws {
        if smoke {
            sessions = 5
            duration = 3
            seed = 10
        }
        // One event loop: the client must leave the cores to the server it measures.
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        do {
            try await load(group)
        } catch {
            try? await group.shutdownGracefully()
            throw error
        }
        try? await group.shutdownGracefully()
    }

    private func load(_ group: MultiThreadedEventLoopGroup) async throws {
        let run = String(UInt32(Date().timeIntervalSince1970) % 1_000_000)
        let endpoint = Endpoint(host: host, port: port, group: group, password: password)
        print("serve-load: \(sessions) sessions for \(duration) s, \(writePercent) % writes, run \(run)")

        // Setup: the subjects, then the seeded cases (opened by the opener, half decided by the chief).
        let setup = try await Setup.run(
            endpoint, opener: opener, chief: chief, signerTitle: signerTitle, violation: violation, seed: seed, run: run)
        print("serve-load: seeded \(setup.caseIDs.count) cases (\(setup.decidedIDs.count) decided) on \(setup.today)")

        // Every session signs in before the clock starts (bcrypt is slow on purpose), 4 at a time.
        let logins = (0..<sessions).map { $0 % 2 == 0 ? payer : opener }
        var tokens: [String] = []
        for start in stride(from: 0, to: logins.count, by: 4) {
            tokens += try await withThrowingTaskGroup(of: (Int, String).self) { tasks in
                for index in start..<min(start + 4, logins.count) {
                    tasks.addTask { (index, try await endpoint.signIn(logins[index])) }
                }
                var batch: [(Int, String)] = []
                for try await item in tasks { batch.append(item) }
                return batch.sorted { $0.0 < $1.0 }.map(\.1)
            }
        }
        let plan = SessionPlan(
            caseIDs: setup.caseIDs, decidedIDs: setup.decidedIDs, subjectIDs: setup.subjectIDs, today: setup.today,
            violation: violation, writePercent: writePercent, timeline: !noTimeline, run: run)
        let seconds = duration
        let started = ContinuousClock.now
        let results = try await withThrowingTaskGroup(of: SessionResult.self) { tasks in
            for (index, token) in tokens.enumerated() {
                tasks.addTask {
                    try await LoadSession.run(endpoint, token: token, index: index, plan: plan, seconds: seconds, startsAt: started)
                }
            }
            var all: [SessionResult] = []
            for try await result in tasks { all.append(result) }
            return all
        }
        let elapsed = ContinuousClock.now - started
        let figures = LoadFigures(
            results, seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        print(figures.report())

        // Checks: every acknowledged write is in the store, and the journal verifies.
        let problems = try await Verification.run(endpoint, chief: chief, results: results)
        if problems.isEmpty {
            print(
                "serve-load: checked \(figures.acknowledgedOpens) new cases and \(figures.acknowledgedPayments) payments "
                    + "in the store; journal verify: intact")
        } else {
            for problem in problems.prefix(20) { print("serve-load: FAILED: \(problem)") }
            throw ExitCode(1)
        }
        if figures.errors > 0 {
            print("serve-load: FAILED: \(figures.errors) requests answered neither 2xx nor 503")
            throw ExitCode(1)
        }
    }
}

/// Where the server is and how to reach it.
struct Endpoint: Sendable {
    var host: String
    var port: Int
    var group: any EventLoopGroup
    var password: String

    /// Signs in as `login` on a connection of its own: the bearer token.
    func signIn(_ login: String) async throws -> String {
        try await HTTPExchange.with(host: host, port: port, group: group) { exchange in
            let answer = try await exchange.send(.POST, "/api/v1/session", json: ["login": login, "password": password])
            guard answer.status == 201, let token = answer.json["token"] as? String else {
                throw LoadClientError(
                    description: "signing in as \(login) answered \(answer.status): \(String(decoding: answer.body, as: UTF8.self))")
            }
            return token
        }
    }

    /// Runs `body` over a new connection that sends `token`.
    func connected<T: Sendable>(token: String, _ body: (inout HTTPExchange) async throws -> T) async throws -> T {
        try await HTTPExchange.with(host: host, port: port, group: group) { exchange in
            exchange.token = token
            return try await body(&exchange)
        }
    }

    /// Runs `body` over a new connection signed in as `login`.
    func signedIn<T: Sendable>(_ login: String, _ body: (inout HTTPExchange) async throws -> T) async throws -> T {
        try await connected(token: try await signIn(login), body)
    }
}

/// The calendar arithmetic the setup needs on `YYYY-MM-DD` days (Gregorian, no time zone: the server's business day
/// is given).
enum Day {
    static func adding(_ days: Int, to day: String) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3,
            let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])),
            let moved = calendar.date(byAdding: .day, value: days, to: date)
        else { return day }
        let c = calendar.dateComponents([.year, .month, .day], from: moved)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }
}

/// The seeded cases and what the sessions need to know.
struct Setup: Sendable {
    var today: String
    var subjectIDs: [Int64]
    var caseIDs: [Int64]
    var decidedIDs: [Int64]

    static func run(
        _ endpoint: Endpoint, opener: String, chief: String, signerTitle: String, violation: String, seed: Int,
        run: String
    ) async throws -> Setup {
        let (today, subjects, opened) = try await endpoint.signedIn(opener) { exchange in
            let me = try await exchange.send(.GET, "/api/v1/session")
            guard let today = me.json["today"] as? String else { throw LoadClientError(description: "no business day") }
            let found = try await exchange.send(.GET, "/api/v1/subjects?pageSize=200")
            let subjects = ((found.json["items"] as? [[String: Any]]) ?? []).compactMap { ($0["id"] as? NSNumber)?.int64Value }
            guard !subjects.isEmpty else { throw LoadClientError(description: "the database has no subject") }
            var opened: [Int64] = []
            for index in 0..<seed {
                let answer = try await exchange.send(
                    .POST, "/api/v1/subjects/\(subjects[index % subjects.count])/cases",
                    json: [
                        "record": ["number": "SEED-\(run)-\(index)", "madeOn": Day.adding(-2, to: today)],
                        "violations": [["code": violation, "committedOn": Day.adding(-10, to: today)]],
                    ])
                guard answer.status == 201, let id = ((answer.json["case"] as? [String: Any])?["id"] as? NSNumber)?.int64Value
                else {
                    throw LoadClientError(
                        description: "seeding a case answered \(answer.status): \(String(decoding: answer.body, as: UTF8.self))")
                }
                opened.append(id)
            }
            return (today, subjects, opened)
        }
        let toDecide = Array(opened.prefix(max(1, opened.count / 2)))
        try await endpoint.signedIn(chief) { exchange in
            for (index, id) in toDecide.enumerated() {
                let answer = try await exchange.send(
                    .POST, "/api/v1/cases/\(id)/decision",
                    json: [
                        "number": "SEED-\(run)-\(index)/QĐ-XPHC", "decidedOn": today, "signerTitle": signerTitle,
                        "signerName": "Người ký thử tải",
                    ])
                guard answer.status == 200 else {
                    throw LoadClientError(
                        description: "deciding case \(id) answered \(answer.status): \(String(decoding: answer.body, as: UTF8.self))")
                }
            }
        }
        return Setup(today: today, subjectIDs: subjects, caseIDs: opened, decidedIDs: toDecide)
    }
}

/// What every session works on.
struct SessionPlan: Sendable {
    var caseIDs: [Int64]
    var decidedIDs: [Int64]
    var subjectIDs: [Int64]
    var today: String
    var violation: String
    var writePercent: Int
    var timeline: Bool
    var run: String
}

/// A write the server acknowledged (2xx), to look for afterwards.
enum AcknowledgedWrite: Sendable {
    /// A new case: its number and its record number.
    case opened(caseID: Int64, record: String)
    /// A payment on a case: its receipt and amount.
    case paid(caseID: Int64, receipt: String, amountVND: Int64)
}

/// One session's measurements.
struct SessionResult: Sendable {
    /// Milliseconds of each read and write that answered 2xx.
    var reads: [Double] = []
    var writes: [Double] = []
    var busy = 0
    var errors: [String] = []
    var acknowledged: [AcknowledgedWrite] = []
}

/// One session: signs in, then reads and writes until the time is up.
enum LoadSession {
    /// The payment each write records: 1 000 đ, so the seeded fines last the whole run.
    static let paymentVND: Int64 = 1_000

    static func run(
        _ endpoint: Endpoint, token: String, index: Int, plan: SessionPlan, seconds: Double,
        startsAt: ContinuousClock.Instant
    ) async throws -> SessionResult {
        try await endpoint.connected(token: token) { exchange in
            var result = SessionResult()
            var generator = SystemRandomNumberGenerator()
            let end = startsAt + .milliseconds(Int64(seconds * 1000))
            let pays = index % 2 == 0  // even sessions record payments (theo_doi_thu_nop), odd ones open cases
            var written = 0
            while ContinuousClock.now < end {
                let write = Int.random(in: 0..<100, using: &generator) < plan.writePercent
                let start = ContinuousClock.now
                let answer: HTTPAnswer
                var acknowledged: AcknowledgedWrite?
                if !write {
                    let id = plan.caseIDs.randomElement(using: &generator) ?? 1
                    answer = try await exchange.send(.GET, "/api/v1/cases/\(id)\(plan.timeline ? "" : "?timeline=false")")
                } else if pays {
                    let id = plan.decidedIDs.randomElement(using: &generator) ?? 1
                    let receipt = "LOAD-\(plan.run)-\(index)-\(written)"
                    answer = try await exchange.send(
                        .POST, "/api/v1/cases/\(id)/payments",
                        json: ["amountVND": paymentVND, "paidOn": plan.today, "receipt": receipt])
                    if answer.status == 201 { acknowledged = .paid(caseID: id, receipt: receipt, amountVND: paymentVND) }
                } else {
                    let subject = plan.subjectIDs.randomElement(using: &generator) ?? 1
                    let record = "LOAD-\(plan.run)-\(index)-\(written)"
                    answer = try await exchange.send(
                        .POST, "/api/v1/subjects/\(subject)/cases",
                        json: [
                            "record": ["number": record, "madeOn": plan.today],
                            "violations": [["code": plan.violation, "committedOn": Day.adding(-10, to: plan.today)]],
                        ])
                    if answer.status == 201,
                        let id = ((answer.json["case"] as? [String: Any])?["id"] as? NSNumber)?.int64Value
                    {
                        acknowledged = .opened(caseID: id, record: record)
                    }
                }
                let elapsed = ContinuousClock.now - start
                let milliseconds = Double(elapsed.components.seconds) * 1000
                    + Double(elapsed.components.attoseconds) / 1e15
                if (200..<300).contains(answer.status) {
                    if write { result.writes.append(milliseconds) } else { result.reads.append(milliseconds) }
                    if let acknowledged {
                        result.acknowledged.append(acknowledged)
                        written += 1
                    } else if write {
                        result.errors.append("a write answered \(answer.status) without its record")
                    }
                } else if answer.status == 503 {
                    result.busy += 1
                } else {
                    result.errors.append("\(write ? "write" : "read") answered \(answer.status): \(String(decoding: answer.body.prefix(300), as: UTF8.self))")
                    if write { written += 1 }  // a receipt or record number is never reused
                }
            }
            return result
        }
    }
}

/// After the load: every acknowledged write is in the store, and the journal verifies.
enum Verification {
    static func run(_ endpoint: Endpoint, chief: String, results: [SessionResult]) async throws -> [String] {
        let writes = results.flatMap(\.acknowledged)
        return try await endpoint.signedIn(chief) { exchange in
            var problems: [String] = []
            var receiptsByCase: [Int64: Set<String>] = [:]
            for write in writes {
                switch write {
                case .opened(let id, let record):
                    let answer = try await exchange.send(.GET, "/api/v1/cases/\(id)?timeline=false")
                    let number = (answer.json["record"] as? [String: Any])?["number"] as? String
                    if answer.status != 200 || number != record {
                        problems.append("case #\(id) (\(record)) acknowledged but answered \(answer.status), record \(number ?? "none")")
                    }
                case .paid(let id, let receipt, _):
                    if receiptsByCase[id] == nil {
                        let answer = try await exchange.send(.GET, "/api/v1/cases/\(id)?timeline=false")
                        let payments = (answer.json["payments"] as? [[String: Any]]) ?? []
                        receiptsByCase[id] = Set(payments.compactMap { $0["receipt"] as? String })
                    }
                    if receiptsByCase[id]?.contains(receipt) != true {
                        problems.append("payment \(receipt) on case #\(id) acknowledged but not in the store")
                    }
                }
            }
            let verify = try await exchange.send(.GET, "/api/v1/journal/verify")
            if verify.status != 200 || verify.json["intact"] as? Bool != true {
                problems.append("journal verify answered \(verify.status): \(String(decoding: verify.body.prefix(500), as: UTF8.self))")
            }
            return problems
        }
    }
}

/// The figures of a run: requests per second, p50 and p99 of reads and writes apart.
struct LoadFigures {
    var reads: [Double]
    var writes: [Double]
    var busy: Int
    var errors: Int
    var seconds: Double
    var acknowledgedOpens: Int
    var acknowledgedPayments: Int

    init(_ results: [SessionResult], seconds: Double) {
        reads = results.flatMap(\.reads).sorted()
        writes = results.flatMap(\.writes).sorted()
        busy = results.reduce(0) { $0 + $1.busy }
        errors = results.reduce(0) { $0 + $1.errors.count }
        self.seconds = seconds
        let all = results.flatMap(\.acknowledged)
        acknowledgedOpens = all.filter { if case .opened = $0 { true } else { false } }.count
        acknowledgedPayments = all.count - acknowledgedOpens
        for message in Set(results.flatMap(\.errors)).sorted().prefix(10) { print("serve-load: error: \(message)") }
    }

    /// The value below which `fraction` of the sorted `values` lie (nearest rank).
    static func percentile(_ values: [Double], _ fraction: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let rank = Int((fraction * Double(values.count)).rounded(.up)) - 1
        return values[min(values.count - 1, max(0, rank))]
    }

    func report(duration: Double) -> String {
        func decimal(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }
        func line(_ name: String, _ values: [Double]) -> String {
            "\(name) \(values.count) requests, \(decimal(Double(values.count) / duration, 1)) /s, p50 "
                + "\(decimal(Self.percentile(values, 0.5), 2)) ms, p99 \(decimal(Self.percentile(values, 0.99), 2)) ms"
        }
        let total = reads.count + writes.count
        return [
            line("reads: ", reads), line("writes:", writes),
            "total:  \(total) requests in \(decimal(duration, 1)) s, \(decimal(Double(total) / duration, 1)) /s; "
                + "503 busy: \(busy); errors: \(errors)",
        ].joined(separator: "\n")
    }

    func report() -> String { report(duration: seconds) }
}
