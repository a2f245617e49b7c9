import Foundation
import Synchronization
import Testing

/// `thanhtra serve` on a PostgreSQL database (issue 13): the built binary with several workers, each transaction on a
/// connection of its own from a pool bounded by the workers; concurrent writers through the JSON API lose nothing
/// they were told was written, the journal stays one intact chain, and a graceful stop closes every connection.
///
/// Needs a server: run under `scripts/with-postgres.sh`; skipped with the reason printed otherwise (failing in CI).
@Suite("PostgreSQL — serve with a pool of connections")
struct PostgresServeCLITests {
    /// The connections the server holds to `database` now (the tests' own `psql` connects to another database).
    static func connections(to database: String) throws -> Int {
        let counted = try CLIHarness.tool(
            "/usr/bin/psql",
            ["-X", "-q", "-A", "-t", "-c", "SELECT count(*) FROM pg_stat_activity WHERE datname = '\(database)'"])
        return Int(counted.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    /// `curl` with `arguments`; its standard output.
    static func curl(_ arguments: [String]) throws -> String {
        try CLIHarness.tool("/usr/bin/curl", ["-s"] + arguments).output
    }

    @Test(.enabled(if: PostgresCLITests.runs))
    func concurrentWritersThroughTheAPIAreEachFoundAndTheJournalStaysIntact() throws {
        try PostgresConcurrencyCLITests.withDatabase { cli in
            let database = try #require(cli.environment["THANHTRA_DB"]?.split(separator: "/").last.map(String.init))
            #expect(
                try cli.run("subject", "add", "--tax-code", "0101234567", "--name", "Công ty TNHH Minh Long").status == 0)
            let added = try cli.run(
                // (lanh_dao: the journal and the case list are read as this account too)
                ["account", "add", "thanhtra_a", "--name", "Nguyễn Văn A", "--role", "quan_tri", "--role", "thanh_tra_vien",
                 "--role", "lanh_dao", "--password-stdin"],
                input: "mat-khau-1234\n")
            #expect(added.status == 0, "\(added.stderr)")
            let journal = try cli.run("journal", "verify", "--as", "thanhtra_a")
            let initial = try #require(
                journal.stdout.firstMatch(of: /journal intact: (\d+) entries/).flatMap { Int($0.1) }, "\(journal.stdout)")

            // Given the server on PostgreSQL with four workers and two write workers (the writes' lane)
            let workers = 4
            let writeWorkers = 2
            let (server, out, err) = try cli.start([
                "serve", "--port", "0", "--workers", "\(workers)", "--write-workers", "\(writeWorkers)",
            ])
            defer { if server.isRunning { server.terminate() } }
            let log = LockedLog()
            DispatchQueue.global().async {
                while case let chunk = err.fileHandleForReading.availableData, !chunk.isEmpty { log.append(chunk) }
            }
            var banner = ""
            while !banner.contains("\n") {
                let chunk = out.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                banner += String(decoding: chunk, as: UTF8.self)
            }
            let address = try #require(
                banner.split(separator: " ").last.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) },
                "the server prints its address: \(banner) \(log.text)")
            let session = try Self.curl([
                "-X", "POST", address + "api/v1/session", "-H", "Content-Type: application/json", "-d",
                #"{"login": "thanhtra_a", "password": "mat-khau-1234"}"#,
            ])
            let token = try #require(
                (try JSONSerialization.jsonObject(with: Data(session.utf8)) as? [String: Any])?["token"] as? String,
                "\(session)")

            // When eight clients each open 15 cases at once through the API
            let clients = 8
            let writes = 15
            let acknowledged = Mutex<[Int]>([])
            let failures = Mutex<[String]>([])
            let peak = Mutex(0)
            DispatchQueue.concurrentPerform(iterations: clients) { client in
                for index in 0..<writes {
                    let body = """
                        {"record": {"number": "BB-\(client)-\(index)/2026", "madeOn": "2026-11-20", "place": "Hà Nội"},
                         "violations": [{"code": "ND125-2020-D24-K4-b", "committedOn": "2026-11-10"}]}
                        """
                    do {
                        let answer = try Self.curl([
                            "-w", "\n%{http_code}", "-X", "POST", address + "api/v1/subjects/1/cases", "-H",
                            "Authorization: Bearer \(token)", "-H", "Content-Type: application/json", "-d", body,
                        ])
                        let status = answer.split(separator: "\n").last.map(String.init) ?? ""
                        let json = try? JSONSerialization.jsonObject(with: Data(answer.utf8.dropLast(status.utf8.count + 1)))
                        if status == "201", let id = ((json as? [String: Any])?["case"] as? [String: Any])?["id"] as? Int {
                            acknowledged.withLock { $0.append(id) }
                        } else {
                            failures.withLock { $0.append("client \(client) write \(index): \(answer)") }
                        }
                        if index % 5 == 0 {
                            let now = try Self.connections(to: database)
                            peak.withLock { $0 = max($0, now) }
                        }
                    } catch {
                        failures.withLock { $0.append("client \(client) write \(index): \(error)") }
                    }
                }
            }

            // Then every write was acknowledged, on more than one connection and never more than the threads
            #expect(failures.withLock { $0 } == [], "\(log.text.suffix(2_000))")
            let ids = acknowledged.withLock { $0 }.sorted()
            #expect(ids.count == clients * writes)
            #expect(Set(ids).count == ids.count, "each write its own case")
            let open = peak.withLock { $0 }
            #expect(open > 1 && open <= workers + writeWorkers, "connections held by the server: \(open)")

            // And a graceful stop (SIGTERM) closes every connection
            server.terminate()
            server.waitUntilExit()
            #expect(server.terminationReason == .exit)
            #expect(server.terminationStatus == 0, "\(log.text.suffix(2_000))")
            var left = try Self.connections(to: database)
            for _ in 0..<50 where left > 0 {  // a backend ends a moment after its client closed
                Thread.sleep(forTimeInterval: 0.1)
                left = try Self.connections(to: database)
            }
            #expect(left == 0)

            // And each acknowledged case is stored as written, and the journal is one chain with one entry per write
            let listed = try cli.run("case", "list", "--limit", "0", "--format", "json", "--as", "thanhtra_a")
            let cases = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
            #expect(cases.compactMap { $0["id"] as? Int }.sorted() == ids)
            let shown = try cli.run("case", "show", "\(ids[ids.count / 2])", "--format", "json", "--as", "thanhtra_a")
            #expect(shown.stdout.contains(#"BB-"#), "\(shown.stdout)")
            let verify = try cli.run("journal", "verify", "--as", "thanhtra_a")
            #expect(verify.status == 0, "\(verify.stderr)")
            #expect(
                verify.stdout.hasPrefix("journal intact: \(initial + clients * writes) entries, head "), "\(verify.stdout)")
        }
    }
}

/// What a process writes to a pipe, collected by a reader thread.
private final class LockedLog: Sendable {
    private let data = Mutex(Data())
    func append(_ more: Data) { data.withLock { $0.append(more) } }
    var text: String { data.withLock { String(decoding: $0, as: UTF8.self) } }
}
