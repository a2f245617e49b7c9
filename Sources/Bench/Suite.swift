import Foundation

/// The six figures, each with its baseline, run as separate processes.
struct Suite {
    let bench: String
    let thanhtra: String
    let host: String
    let rules: String
    let work: String
    let sizes: Sizes
    let today = "2026-11-23"

    var environment: [String: String] { ["THANHTRA_TODAY": today, "NO_COLOR": "1"] }

    func progress(_ line: String) { FileHandle.standardError.write(Data(("bench: " + line + "\n").utf8)) }

    func runAll(_ figures: Set<Int>, judgingGoals: Bool) throws -> Table {
        var table = Table()
        table.judgesGoals = judgingGoals
        if figures.contains(1) { try fine(&table) }
        if figures.contains(2) { try diff(&table, database: database(cases: sizes.diff, inspections: 0)) }
        if figures.contains(3) {
            try report(&table, database: database(cases: sizes.report, inspections: sizes.inspections))
        }
        if figures.contains(4) { try importSubjects(&table, live: database(cases: sizes.diff, inspections: 0)) }
        if figures.contains(5) { try show(&table, database: database(cases: sizes.report, inspections: sizes.inspections)) }
        return table
    }

    // MARK: Data

    /// A database made by `thanhtra init` and filled by `thanhtra-bench generate`; kept and reused by later runs
    /// with the same sizes (a marker file records that the generation finished).
    func database(cases: Int, inspections: Int) throws -> String {
        let path = "\(work)/cases-\(cases)-\(inspections).sqlite"
        let marker = path + ".done"
        if FileManager.default.fileExists(atPath: marker) {
            progress("reusing \(path)")
            return path
        }
        for suffix in ["", "-wal", "-shm", ".done"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        progress("generating \(cases) cases and \(inspections) inspections into \(path)")
        _ = try runChecked([thanhtra, "init", "--db", path, "--rules", rules], environment: environment, scratch: work)
        let run = try runChecked(
            [bench, "generate", "--db", path, "--rules", rules, "--cases", "\(cases)", "--inspections", "\(inspections)",
             "--today", today],
            scratch: work)
        progress(run.errors.split(separator: "\n").last.map(String.init) ?? "generated")
        try "done\n".write(toFile: marker, atomically: true, encoding: .utf8)
        return path
    }

    // MARK: 1. Fine evaluations

    struct Evaluation {
        var rate: Double
        var checksum: String
        var peakMiB: Double
    }

    func evaluation(_ run: ChildRun) throws -> Evaluation {
        var fields: [String: String] = [:]
        for pair in run.output.split(whereSeparator: \.isWhitespace) {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { fields[String(parts[0])] = String(parts[1]) }
        }
        guard let rate = fields["rate"].flatMap(Double.init), let checksum = fields["checksum"] else {
            throw BenchError("unexpected output: \(run.output)")
        }
        return Evaluation(rate: rate, checksum: checksum, peakMiB: run.peakMiB)
    }

    func fine(_ table: inout Table) throws {
        let n = "\(sizes.fine)"
        progress("figure 1: \(n) fine evaluations, thanhtra and the C host")
        let ours1 = try evaluation(runChecked([bench, "fine", "--rules", rules, "--count", n, "--workers", "1"], scratch: work))
        let ours2 = try evaluation(runChecked([bench, "fine", "--rules", rules, "--count", n, "--workers", "2"], scratch: work))
        let table1 = try evaluation(runChecked([host, rules, n, "1", "table"], scratch: work))
        let table2 = try evaluation(runChecked([host, rules, n, "2", "table"], scratch: work))
        let positional1 = try evaluation(runChecked([host, rules, n, "1", "positional"], scratch: work))
        let positional2 = try evaluation(runChecked([host, rules, n, "2", "positional"], scratch: work))
        let sums = Set([ours1, ours2, table1, table2, positional1, positional2].map(\.checksum))
        guard sums.count == 1 else {
            throw BenchError("figure 1: the hosts disagree on the fines (checksums \(sums.sorted())): the records or "
                + "the rules differ between thanhtra-bench and lua_fine_host")
        }
        table.add(
            "1. fine evaluations through Rules, 1 core (\(n) records)", ours: Table.rate(ours1.rate),
            baseline: "C host, fresh table: " + Table.rate(table1.rate), ratio: ours1.rate / table1.rate,
            ratioKind: .rate, goal: nil, peak: (ours1.peakMiB, table1.peakMiB))
        let ratio = ours2.rate / table2.rate
        table.add(
            "1. fine evaluations through Rules, 2 cores", ours: Table.rate(ours2.rate),
            baseline: "C host, fresh table, 2 threads: " + Table.rate(table2.rate), ratio: ratio, ratioKind: .rate,
            goal: ("≥ 1.5× the C fresh-table host", ratio >= 1.5), peak: (ours2.peakMiB, table2.peakMiB))
        table.add(
            "   reference: C host, positional arguments (1 / 2 threads)", ours: "",
            baseline: Table.rate(positional1.rate) + " / " + Table.rate(positional2.rate), ratio: ours2.rate / positional2.rate,
            ratioKind: .rate, goal: nil, peak: (nil, positional2.peakMiB))
        table.note("Figure 1 checksum (sum of fines and warnings, equal on every host): \(ours1.checksum).")
    }

    // MARK: 2. rules diff

    func diff(_ table: inout Table, database: String) throws {
        let help = try runChild([thanhtra, "rules", "--help"], scratch: work)
        guard help.output.contains("  diff ") else {
            table.add(
                "2. rules diff over \(sizes.diff) cases", ours: "not in this build", baseline: "", ratio: nil,
                ratioKind: .time, goal: ("≤ 2 s for 1M cases", false), peak: (nil, nil))
            return
        }
        // The candidate: the bundled rules with one policy setting changed (one net circumstance moves the fine to
        // the frame's bound instead of halfway), which moves a few percent of the fines.
        let candidate = work + "/candidate-rules"
        try? FileManager.default.removeItem(atPath: candidate)
        try FileManager.default.copyItem(atPath: rules, toPath: candidate)
        let settings = candidate + "/penalty/settings.lua"
        let text = try String(contentsOfFile: settings, encoding: .utf8)
        guard text.contains("one_circumstance = \"halfway\"") else {
            throw BenchError("\(settings) no longer sets one_circumstance = \"halfway\"; update the benchmark's candidate")
        }
        try text.replacingOccurrences(of: "one_circumstance = \"halfway\"", with: "one_circumstance = \"bound\"")
            .write(toFile: settings, atomically: true, encoding: .utf8)
        progress("figure 2: rules diff over \(sizes.diff) cases")
        let ours = try runChecked(
            [thanhtra, "rules", "diff", "--db", database, "--against", candidate, "--format", "json"],
            environment: environment, scratch: work)
        let sql = """
            SELECT c.id, c.violatorKind, c.recordMadeOn, c.decisionDueOn, v.code, v.committedOn, p.decidedOn,
                p.totalFineVND, p.paymentDueOn
            FROM penaltyCase c JOIN caseViolation v ON v.caseId = c.id LEFT JOIN penaltyDecision p ON p.caseId = c.id
            WHERE c.state <> 'cancelled';
            """
        let base = try runChecked(["sqlite3", database, sql], scratch: work)
        let goalMet = sizes.diff >= 1_000_000 ? ours.seconds <= 2.0 * Double(sizes.diff) / 1_000_000 : ours.seconds <= 2
        table.add(
            "2. rules diff over \(sizes.diff) cases (read, evaluate, compare)", ours: Table.seconds(ours.seconds),
            baseline: "sqlite3 reading the same rows: " + Table.seconds(base.seconds),
            ratio: ours.seconds / base.seconds, ratioKind: .time,
            goal: ("≤ 2 s for 1M cases on 2 cores", goalMet), peak: (ours.peakMiB, base.peakMiB))
    }

    // MARK: 3. Monthly report

    /// The reporting month `month` of 2025 (the national cut-off: the 15th of the month before to the 14th).
    func period(_ month: Int) -> (label: String, from: String, before: String) {
        let label = String(format: "2025-%02d", month)
        let from = month == 1 ? "2024-12-15" : String(format: "2025-%02d-15", month - 1)
        return (label, from, String(format: "2025-%02d-15", month))
    }

    func report(_ table: inout Table, database: String) throws {
        progress("figure 3: monthly report on \(sizes.report) cases")
        let month = period(6)
        func ours(_ label: String) throws -> ChildRun {
            try runChecked(
                [thanhtra, "report", "monthly", label, "--db", database, "--format", "json"], environment: environment,
                scratch: work)
        }
        func baseline(_ sql: String) throws -> ChildRun {
            let file = work + "/baseline.sql"
            try sql.write(toFile: file, atomically: true, encoding: .utf8)
            return try runChecked(["sqlite3", database], input: file, scratch: work)
        }
        _ = try ours(month.label)   // warm the page cache for both
        _ = try baseline(BaselineSQL.month(from: month.from, before: month.before))
        let oneOurs = try median((0..<3).map { _ in try ours(month.label) })
        let oneBase = try median((0..<3).map { _ in try baseline(BaselineSQL.month(from: month.from, before: month.before)) })
        var allOurs = 0.0
        var allPeak = 0.0
        for m in 1...12 {
            let run = try ours(period(m).label)
            allOurs += run.seconds
            allPeak = max(allPeak, run.peakMiB)
        }
        let allBase = try baseline(BaselineSQL.year((1...12).map { period($0) }))
        table.add(
            "3. monthly report, one month (\(month.label)), \(sizes.report) cases", ours: Table.seconds(oneOurs.seconds),
            baseline: "hand-written SQL in sqlite3: " + Table.seconds(oneBase.seconds),
            ratio: oneOurs.seconds / oneBase.seconds, ratioKind: .time,
            goal: ("≤ 50 ms and ≤ 1.2× the SQL", oneOurs.seconds <= 0.05 && oneOurs.seconds <= 1.2 * oneBase.seconds),
            peak: (oneOurs.peakMiB, oneBase.peakMiB))
        table.add(
            "3. monthly report, all 12 months of 2025", ours: Table.seconds(allOurs),
            baseline: "hand-written SQL in sqlite3: " + Table.seconds(allBase.seconds),
            ratio: allOurs / allBase.seconds, ratioKind: .time,
            goal: ("≤ 1.5 s and ≤ 1.2× the SQL", allOurs <= 1.5 && allOurs <= 1.2 * allBase.seconds),
            peak: (allPeak, allBase.peakMiB))
    }

    func median(_ runs: [ChildRun]) throws -> ChildRun {
        guard !runs.isEmpty else { throw BenchError("no runs") }
        return runs.sorted { $0.seconds < $1.seconds }[runs.count / 2]
    }

    // MARK: 4. Import

    /// Writes `rows` subjects as CSV (English headers), identifiers from `offset` up.
    func subjectsCSV(rows: Int, offset: Int, path: String) throws {
        guard let handle = FileHandle(forWritingAtPath: path) ?? {
            FileManager.default.createFile(atPath: path, contents: nil)
            return FileHandle(forWritingAtPath: path)
        }() else { throw BenchError("cannot write \(path)") }
        defer { try? handle.close() }
        try handle.truncate(atOffset: 0)
        var buffer = "kind,identifier,name,address\n"
        for row in 0..<rows {
            let id = offset + row
            if row % 3 == 0 {
                buffer += "organization,\(String(format: "%010ld", id % 10_000_000_000)),Công ty TNHH Thương mại \(id),Số \(row % 999 + 1) Lê Lợi\n"
            } else {
                buffer += "person,\(String(format: "%012ld", id)),Nguyễn Thị \(id),Số \(row % 999 + 1) Trần Phú\n"
            }
            if buffer.utf8.count > 1 << 20 {
                try handle.write(contentsOf: Data(buffer.utf8))
                buffer = ""
            }
        }
        try handle.write(contentsOf: Data(buffer.utf8))
    }

    func importSubjects(_ table: inout Table, live: String) throws {
        let rows = sizes.importRows
        progress("figure 4: import of \(rows) CSV rows")
        let csv = work + "/subjects-\(rows).csv"
        try subjectsCSV(rows: rows, offset: 1_000_000_000, path: csv)
        let fresh = work + "/import-fresh.sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: fresh + suffix) }
        _ = try runChecked([thanhtra, "init", "--db", fresh, "--rules", rules], environment: environment, scratch: work)
        let initial = try runChecked(
            [thanhtra, "import", csv, "--kind", "subjects", "--db", fresh], environment: environment, scratch: work)
        let baseFile = work + "/import-sqlite3.sqlite"
        try? FileManager.default.removeItem(atPath: baseFile)
        let base = try runChecked(["sqlite3", baseFile, ".import --csv \(csv) subjectImport"], scratch: work)
        // Into a live database (the figure-2 one, its indexes in place), with identifiers no run has used.
        let liveCSV = work + "/subjects-live-\(rows).csv"
        try subjectsCSV(rows: rows, offset: 100_000_000_000 + Int(Date().timeIntervalSince1970) % 1_000_000 * 10_000, path: liveCSV)
        let into = try runChecked(
            [thanhtra, "import", liveCSV, "--kind", "subjects", "--db", live], environment: environment, scratch: work)
        let baseRate = Double(rows) / base.seconds
        let initialRate = Double(rows) / initial.seconds
        let liveRate = Double(rows) / into.seconds
        table.add(
            "4. import \(rows) CSV rows (subjects), initial load", ours: Table.rows(initialRate),
            baseline: "sqlite3 .import: " + Table.rows(baseRate), ratio: initialRate / baseRate, ratioKind: .rate,
            goal: ("≥ 500 000 rows/s", initialRate >= 500_000), peak: (initial.peakMiB, base.peakMiB))
        table.add(
            "4. import \(rows) CSV rows (subjects), into a live database", ours: Table.rows(liveRate),
            baseline: "sqlite3 .import: " + Table.rows(baseRate), ratio: liveRate / baseRate, ratioKind: .rate,
            goal: ("≥ 200 000 rows/s", liveRate >= 200_000), peak: (into.peakMiB, base.peakMiB))
    }

    // MARK: 5. case show

    func show(_ table: inout Table, database: String) throws {
        progress("figure 5: case show latency, \(sizes.showRuns) runs")
        let id = max(1, sizes.report / 2)
        var ours: [ChildRun] = []
        var base: [ChildRun] = []
        for _ in 0..<sizes.showRuns {
            ours.append(try runChecked(
                [thanhtra, "case", "show", "\(id)", "--db", database], environment: environment, scratch: work))
            base.append(try runChecked(
                ["sqlite3", database,
                 "SELECT * FROM penaltyCase c LEFT JOIN penaltyDecision p ON p.caseId = c.id WHERE c.id = \(id); "
                    + "SELECT * FROM caseViolation WHERE caseId = \(id); SELECT * FROM payment WHERE caseId = \(id);"],
                scratch: work))
        }
        let oursMedian = try median(ours)
        let baseMedian = try median(base)
        table.add(
            "5. case show, process start to exit (median of \(sizes.showRuns))", ours: Table.seconds(oursMedian.seconds),
            baseline: "sqlite3 selecting the case: " + Table.seconds(baseMedian.seconds),
            ratio: oursMedian.seconds / baseMedian.seconds, ratioKind: .time,
            goal: ("≤ 10 ms median", oursMedian.seconds <= 0.010), peak: (oursMedian.peakMiB, baseMedian.peakMiB))
    }
}
