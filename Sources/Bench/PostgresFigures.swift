import Foundation

/// The PostgreSQL column (`scripts/bench.sh --postgres`, issue 13 item 8): figures 2 to 5 again on a PostgreSQL
/// database, and the write commands per second with 1, 4 and 16 writers, each beside a baseline in `psql` on the
/// same server in the same run. The server is the private one `scripts/with-postgres.sh` starts (`PGHOST`,
/// `PGPORT`, `PGUSER`, `PGPASSWORD` in the environment); every database is named `postgres:///NAME` and made here.
///
/// The data are the SQLite figures' own generated databases, loaded table by table (``postgresCopy(of:)``, untimed),
/// so both columns measure the same cases.
extension Suite {
    /// The `--db` URL of database `name` on the private server.
    func postgresURL(_ name: String) -> String { "postgres:///\(name)" }

    /// `psql` on database `name`, quiet, stopping at the first error, reading `file` when given.
    func psql(_ name: String, _ arguments: [String] = [], file: String? = nil) throws -> ChildRun {
        try runChecked(
            ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", name] + arguments + (file.map { ["-f", $0] } ?? []),
            scratch: work)
    }

    /// A new, empty database `name` (dropped first if a run left it).
    func freshPostgresDatabase(_ name: String) throws {
        _ = try psql("postgres", ["-c", "DROP DATABASE IF EXISTS \(name) WITH (FORCE)"])
        _ = try psql("postgres", ["-c", "CREATE DATABASE \(name)"])
    }

    /// The tables the generator writes, parents first, as PostgreSQL names them.
    static let generatedTables = [
        "subject", "penaltycase", "caseviolation", "casecircumstance", "violationcircumstance", "penaltydecision",
        "decisionline", "payment", "inspection", "inspectionsubject", "inspectiondecision", "inspectionteammember",
        "finding", "recommendation", "recommendationhandling", "followup",
    ]

    /// The generated SQLite database `sqlite` loaded into a PostgreSQL database of the private server, once per run
    /// (a database whose load finished is reused): `thanhtra init` makes the schema and records the pack, then each
    /// table the generator writes goes from `sqlite3 -csv` to `psql \copy` with every trigger on, as the product has
    /// them (the rollups' statement triggers see each table as one statement, in time proportional to its rows since
    /// `2026-12-15-countFlowWarningsByJoin`), and the identity sequences move past the loaded IDs. Like
    /// `thanhtra-bench generate`, it writes the tables straight, not through commands (`thanhtra db copy` would, and
    /// verifies, but takes minutes per 10 000 cases on this machine).
    func postgresCopy(of sqlite: String) throws -> String {
        let name = "bench_" + URL(fileURLWithPath: sqlite).deletingPathExtension().lastPathComponent
            .replacingOccurrences(of: "-", with: "_")
        let loaded = try psql("postgres", ["-tAc", "SELECT 1 FROM pg_database WHERE datname = '\(name)_loaded'"])
        if loaded.output.trimmingCharacters(in: .whitespacesAndNewlines) == "1" { return name }
        try freshPostgresDatabase(name)
        progress("loading \(sqlite) into PostgreSQL database \(name) (sqlite3 -csv → psql \\copy, untimed)")
        let start = now()
        _ = try runChecked(
            [thanhtra, "init", "--db", postgresURL(name), "--rules", rules], environment: environment, scratch: work)
        let csv = work + "/table.csv"
        for table in Self.generatedTables {
            let columns = try psql(
                name,
                [
                    "-tAc",
                    "SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM information_schema.columns "
                        + "WHERE table_schema = current_schema() AND table_name = '\(table)'",
                ]
            ).output.trimmingCharacters(in: .whitespacesAndNewlines)
            _ = try runChecked(
                ["sqlite3", "-csv", "-nullvalue", "\\N", "-cmd", ".output \(csv)", sqlite, "SELECT \(columns) FROM \(table)"],
                scratch: work)
            let copy = "\\copy \(table) (\(columns)) FROM '\(csv)' WITH (FORMAT csv, NULL '\\N')"
            _ = try psql(name, ["-c", copy])
            if columns.split(separator: ",").first == "id" {
                _ = try psql(
                    name,
                    ["-c", "SELECT setval(pg_get_serial_sequence('\(table)', 'id'), max(id)) FROM \(table) HAVING max(id) IS NOT NULL"])
            }
        }
        try? FileManager.default.removeItem(atPath: csv)
        _ = try psql(name, ["-c", "VACUUM ANALYZE"])
        _ = try psql("postgres", ["-c", "CREATE DATABASE \(name)_loaded"])   // the marker: the load finished
        progress("loaded in \(Table.seconds(now() - start))")
        return name
    }

    // MARK: 2. rules diff

    func postgresDiff(_ table: inout Table, sqlite: String, candidate: String) throws {
        let name = try postgresCopy(of: sqlite)
        progress("figure 2 on PostgreSQL: rules diff over \(sizes.diff) cases")
        let ours = try runChecked(
            [thanhtra, "rules", "diff", "--db", postgresURL(name), "--against", candidate, "--format", "json"],
            environment: environment, scratch: work)
        let base = try psql(name, ["-A", "-t", "-c", Self.diffBaselineSQL])
        table.add(
            "2. PostgreSQL: rules diff over \(sizes.diff) cases", ours: Table.seconds(ours.seconds),
            baseline: "psql reading the same rows: " + Table.seconds(base.seconds), ratio: ours.seconds / base.seconds,
            ratioKind: .time, goal: nil, peak: (ours.peakMiB, base.peakMiB))
    }

    /// The rows `rules diff` reads: figure 2's baseline on either engine.
    static let diffBaselineSQL = """
        SELECT c.id, c.violatorKind, c.recordMadeOn, c.decisionDueOn, v.code, v.committedOn, p.decidedOn,
            p.totalFineVND, p.paymentDueOn
        FROM penaltyCase c JOIN caseViolation v ON v.caseId = c.id LEFT JOIN penaltyDecision p ON p.caseId = c.id
        WHERE c.state <> 'cancelled';
        """

    // MARK: 3. Monthly report

    func postgresReport(_ table: inout Table, sqlite: String) throws {
        let name = try postgresCopy(of: sqlite)
        progress("figure 3 on PostgreSQL: monthly report on \(sizes.report) cases")
        let month = period(6)
        func ours(_ label: String) throws -> ChildRun {
            try runChecked(
                [thanhtra, "report", "monthly", label, "--db", postgresURL(name), "--format", "json"],
                environment: environment, scratch: work)
        }
        func baseline(_ sql: String) throws -> ChildRun {
            let file = work + "/baseline-postgres.sql"
            try sql.write(toFile: file, atomically: true, encoding: .utf8)
            return try psql(name, ["-A", "-t"], file: file)
        }
        let monthSQL = BaselineSQL.month(from: month.from, before: month.before, dialect: .postgres)
        _ = try ours(month.label)   // warm the server's cache for both
        _ = try baseline(monthSQL)
        let oneOurs = try median((0..<3).map { _ in try ours(month.label) })
        let oneBase = try median((0..<3).map { _ in try baseline(monthSQL) })
        var allOurs = 0.0
        var allPeak = 0.0
        for m in 1...12 {
            let run = try ours(period(m).label)
            allOurs += run.seconds
            allPeak = max(allPeak, run.peakMiB)
        }
        let allBase = try baseline(BaselineSQL.year((1...12).map { period($0) }, dialect: .postgres))
        table.add(
            "3. PostgreSQL: monthly report, one month (\(month.label)), \(sizes.report) cases",
            ours: Table.seconds(oneOurs.seconds), baseline: "hand-written SQL in psql: " + Table.seconds(oneBase.seconds),
            ratio: oneOurs.seconds / oneBase.seconds, ratioKind: .time,
            goal: ("≤ 100 ms", oneOurs.seconds <= 0.1), peak: (oneOurs.peakMiB, oneBase.peakMiB))
        table.add(
            "3. PostgreSQL: monthly report, all 12 months of 2025", ours: Table.seconds(allOurs),
            baseline: "hand-written SQL in psql: " + Table.seconds(allBase.seconds), ratio: allOurs / allBase.seconds,
            ratioKind: .time, goal: nil, peak: (allPeak, allBase.peakMiB))
    }

    // MARK: 4. Import

    func postgresImport(_ table: inout Table, csv: String) throws {
        let rows = sizes.importRows
        progress("figure 4 on PostgreSQL: import of \(rows) CSV rows")
        try freshPostgresDatabase("bench_import")
        _ = try runChecked(
            [thanhtra, "init", "--db", postgresURL("bench_import"), "--rules", rules], environment: environment,
            scratch: work)
        let ours = try runChecked(
            [thanhtra, "import", csv, "--kind", "subjects", "--db", postgresURL("bench_import")],
            environment: environment, scratch: work)
        try freshPostgresDatabase("bench_import_copy")
        _ = try psql(
            "bench_import_copy", ["-c", "CREATE TABLE subjectImport (kind TEXT, identifier TEXT, name TEXT, address TEXT)"])
        let base = try psql("bench_import_copy", ["-c", "\\copy subjectImport FROM '\(csv)' WITH (FORMAT csv, HEADER true)"])
        let rate = Double(rows) / ours.seconds
        let baseRate = Double(rows) / base.seconds
        table.add(
            "4. PostgreSQL: import \(rows) CSV rows (subjects), initial load", ours: Table.rows(rate),
            baseline: "psql \\copy: " + Table.rows(baseRate), ratio: rate / baseRate, ratioKind: .rate,
            goal: ("≥ 200 000 rows/s", rate >= 200_000), peak: (ours.peakMiB, base.peakMiB))
    }

    // MARK: 5. case show

    func postgresShow(_ table: inout Table, sqlite: String) throws {
        let name = try postgresCopy(of: sqlite)
        progress("figure 5 on PostgreSQL: case show latency, \(sizes.showRuns) runs")
        let id = max(1, sizes.report / 2)
        var ours: [ChildRun] = []
        var base: [ChildRun] = []
        for _ in 0..<sizes.showRuns {
            ours.append(
                try runChecked(
                    [thanhtra, "case", "show", "\(id)", "--db", postgresURL(name)], environment: environment, scratch: work))
            base.append(
                try psql(
                    name,
                    [
                        "-c", "SELECT * FROM penaltyCase c LEFT JOIN penaltyDecision p ON p.caseId = c.id WHERE c.id = \(id)",
                        "-c", "SELECT * FROM caseViolation WHERE caseId = \(id)",
                        "-c", "SELECT * FROM payment WHERE caseId = \(id)",
                    ]))
        }
        let oursMedian = try median(ours)
        let baseMedian = try median(base)
        table.add(
            "5. PostgreSQL: case show, process start to exit (median of \(sizes.showRuns))",
            ours: Table.seconds(oursMedian.seconds), baseline: "psql selecting the case: " + Table.seconds(baseMedian.seconds),
            ratio: oursMedian.seconds / baseMedian.seconds, ratioKind: .time, goal: nil,
            peak: (oursMedian.peakMiB, baseMedian.peakMiB))
    }

    // MARK: Writers

    /// `subject add` commands per second from 1, 4 and 16 processes at once, each running its share through `thanhtra
    /// batch` (one transaction and journal entry per line, as from the command line, without a process per command);
    /// baseline: as many `psql` processes, each committing its share of transactions that take the same advisory lock
    /// and insert the same row (no journal, no checks).
    func postgresWriters(_ table: inout Table) throws {
        let total = sizes.writes
        var rates: [Int: Double] = [:]
        for writers in [1, 4, 16] {
            progress("writers on PostgreSQL: \(total) subject add with \(writers) writer(s)")
            let name = "bench_writers_\(writers)"
            try freshPostgresDatabase(name)
            _ = try runChecked(
                [thanhtra, "init", "--db", postgresURL(name), "--rules", rules], environment: environment, scratch: work)
            let share = total / writers
            var ours: [(arguments: [String], input: String?)] = []
            var base: [(arguments: [String], input: String?)] = []
            for writer in 0..<writers {
                let numbers = (0..<share).map { writer * 100_000 + $0 }
                let lines = work + "/writer-\(writer).jsonl"
                try numbers.map { number in
                    #"{"argv": ["subject", "add", "--tax-code", "\#(String(format: "%010d", 1_000_000_000 + number))", "--name", "Công ty \#(number)"]}"#
                }.joined(separator: "\n").write(toFile: lines, atomically: true, encoding: .utf8)
                ours.append(([thanhtra, "batch", "--db", postgresURL(name)], lines))
                let sql = work + "/writer-\(writer).sql"
                try numbers.map { number in
                    """
                    BEGIN; SELECT pg_advisory_xact_lock(\(Self.writeLockKey)); INSERT INTO subject (kind, identifier, name, nameFolded, address) VALUES ('organization', '\(String(format: "%010d", 2_000_000_000 + number))', 'Công ty \(number)', 'cong ty \(number)', ''); COMMIT;
                    """
                }.joined(separator: "\n").write(toFile: sql, atomically: true, encoding: .utf8)
                base.append((["psql", "-X", "-q", "-o", "/dev/null", "-v", "ON_ERROR_STOP=1", "-d", name, "-f", sql], nil))
            }
            let run = try runChildrenAtOnce(ours, environment: environment, scratch: work)
            guard run.status == 0 else { throw BenchError("thanhtra batch with \(writers) writers failed:\n\(run.errors)") }
            let written = try psql(name, ["-tAc", "SELECT count(*) FROM journal WHERE command = 'subject add'"])
            guard Int(written.output.trimmingCharacters(in: .whitespacesAndNewlines)) == share * writers else {
                throw BenchError("\(writers) writers: the journal holds \(written.output) subject add entries, not \(share * writers)")
            }
            let baseline = try runChildrenAtOnce(base, scratch: work)
            guard baseline.status == 0 else { throw BenchError("psql with \(writers) writers failed:\n\(baseline.errors)") }
            let rate = Double(share * writers) / run.seconds
            let baseRate = Double(share * writers) / baseline.seconds
            rates[writers] = rate
            table.add(
                "7. PostgreSQL: subject add, \(writers) writer(s) × \(share) (batch)", ours: String(format: "%.0f /s", rate),
                baseline: "psql, lock + INSERT: " + String(format: "%.0f /s", baseRate), ratio: rate / baseRate,
                ratioKind: .rate,
                goal: writers == 16 ? ("faster than 1 writer", rate > (rates[1] ?? .infinity)) : nil,
                peak: (run.peakMiB, baseline.peakMiB))
        }
    }

    /// The advisory lock every thanhtra write takes (`'thanhtra'` as a 64-bit integer, PostgresMigrator.lockKey).
    static let writeLockKey: Int64 = 0x7468_616e_6874_7261
}
