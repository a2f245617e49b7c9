import ArgumentParser
import Foundation

/// Runs every figure and its baseline in one go and prints them side by side (docs/performance.md).
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run all six figures, each beside its baseline measured in the same run, and print the table.",
        discussion: """
            Every figure runs as its own process, timed from start to exit, its peak memory read with wait4.
            --scale smoke (about 10 000 rows, for CI: checks the benchmark runs, asserts no time) or full (1M and
            10M cases). Prints progress on stderr and the table on stdout; --output also writes it as Markdown.
            """)

    enum Scale: String, ExpressibleByArgument, CaseIterable { case smoke, full }

    @Option(help: "smoke or full.") var scale: Scale = .smoke
    @Option(help: "The thanhtra executable to measure.") var thanhtra: String
    @Option(help: "The C baseline host (scripts/bench/lua_fine_host.c, built).") var host: String
    @Option(help: "The rules folder.") var rules: String = "rules"
    @Option(help: "Scratch folder for the databases and files (kept, so a second run can reuse them).")
    var work: String = ".build/bench"
    @Option(help: "Also write the table as Markdown to this file.") var output: String?
    @Option(help: "Fine evaluations (figure 1).") var fineCount: Int?
    @Option(help: "Cases for rules diff (figure 2).") var diffCases: Int?
    @Option(help: "Cases for the report (figure 3).") var reportCases: Int?
    @Option(help: "Inspections in the report database.") var reportInspections: Int?
    @Option(help: "CSV rows to import (figure 4).") var importRows: Int?
    @Option(help: "Runs of `case show` (figure 5).") var showRuns: Int?
    @Option(help: "Only these figures, e.g. 1,3 (default: all).") var figures: String?
    @Flag(
        help: """
            Also run figures 2 to 5 on PostgreSQL, and the writers figure (7), on the server PGHOST names (run under \
            scripts/with-postgres.sh, as scripts/bench.sh --postgres does).
            """)
    var postgres = false
    @Option(help: "subject add commands of the writers figure (7), shared by the writers.") var writes: Int?

    func run() throws {
        let full = scale == .full
        let sizes = Sizes(
            fine: fineCount ?? (full ? 2_000_000 : 20_000), diff: diffCases ?? (full ? 1_000_000 : 10_000),
            report: reportCases ?? (full ? 10_000_000 : 10_000), inspections: reportInspections ?? (full ? 50_000 : 500),
            importRows: importRows ?? (full ? 1_000_000 : 10_000), showRuns: showRuns ?? (full ? 31 : 5),
            writes: writes ?? (full ? 3_200 : 160))
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        var suite = Suite(
            bench: URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path,
            thanhtra: absolute(thanhtra), host: absolute(host), rules: absolute(rules), work: absolute(work),
            sizes: sizes)
        suite.postgres = postgres
        let all = postgres ? "1,2,3,4,5,7" : "1,2,3,4,5"
        let chosen = Set((figures ?? all).split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) })
        guard !chosen.isEmpty, chosen.isSubset(of: postgres ? [1, 2, 3, 4, 5, 7] : [1, 2, 3, 4, 5]) else {
            throw ValidationError(
                "--figures takes numbers from 1 to 5, e.g. 1,3 (figure 6, memory, is in every row), and 7 with --postgres")
        }
        if postgres && (ProcessInfo.processInfo.environment["PGHOST"] ?? "").isEmpty {
            throw ValidationError("--postgres needs a server: run under scripts/with-postgres.sh (PGHOST is not set)")
        }
        let table = try suite.runAll(chosen, judgingGoals: full)
        let header =
            "thanhtra benchmark, scale \(scale.rawValue)\(postgres ? ", with PostgreSQL" : ""), \(Machine.describe())"
        print(header)
        print(table.text())
        if let output {
            try (table.markdown(title: header) + "\n").write(toFile: output, atomically: true, encoding: .utf8)
        }
    }

    func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }
}

struct Sizes {
    var fine: Int
    var diff: Int
    var report: Int
    var inspections: Int
    var importRows: Int
    var showRuns: Int
    /// Write commands of the PostgreSQL writers figure, shared by the writers.
    var writes: Int
}

/// What the machine is, for the table's header.
enum Machine {
    static func describe() -> String {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { String($0.split(separator: ":", maxSplits: 1).last ?? "").trimmingCharacters(in: .whitespaces) }
            ?? "unknown CPU"
        let memory = ProcessInfo.processInfo.physicalMemory / (1 << 30)
        return "\(ProcessInfo.processInfo.activeProcessorCount) cores (\(model)), \(memory) GiB"
    }
}
