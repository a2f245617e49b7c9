import Foundation
import Testing

/// Runs the built `thanhtra` binary on a private temporary database, as a person at a terminal would.
struct CLIHarness {
    /// Output of one run.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Killed by a signal (`status` is then the signal number).
        var signaled: Bool = false
    }

    /// The repository's root, found from this file's path.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `thanhtra` executable beside the test bundle (both live in SwiftPM's bin folder).
    static let binary: URL = {
        if let override = ProcessInfo.processInfo.environment["THANHTRA_BIN"] { return URL(fileURLWithPath: override) }
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = exe.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("thanhtra")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return exe.deletingLastPathComponent().appendingPathComponent("thanhtra")
    }()

    let directory: URL
    var database: URL { directory.appendingPathComponent("test.sqlite") }
    var environment: [String: String]
    /// A command line that runs the binary, e.g. `setpriv --reuid=…` to run it as another user; empty: run it directly.
    var wrapper: [String] = []

    /// A fresh temporary folder; the bundled rule pack; a fixed "today" so runs are reproducible.
    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("thanhtra-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": directory.path,
            "USER": "tester",
            "THANHTRA_TODAY": "2026-11-23",
        ]
        environment["THANHTRA_DB"] = database.path
        environment["THANHTRA_RULES"] = CLIHarness.repository.appendingPathComponent("rules").path
        #expect(
            FileManager.default.isExecutableFile(atPath: CLIHarness.binary.path),
            "thanhtra binary not found at \(CLIHarness.binary.path); build it with `swift build` first")
    }

    func removeAll() { try? FileManager.default.removeItem(at: directory) }

    /// Starts `thanhtra arguments…` without waiting.
    func start(_ arguments: [String], extraEnvironment: [String: String] = [:]) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        if let program = wrapper.first {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = Array(wrapper.dropFirst()) + [CLIHarness.binary.path] + arguments
        } else {
            process.executableURL = CLIHarness.binary
            process.arguments = arguments
        }
        process.environment = environment.merging(extraEnvironment) { $1 }
        process.currentDirectoryURL = directory
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return (process, out, err)
    }

    /// Runs `thanhtra arguments…` to completion.
    @discardableResult
    func run(_ arguments: String..., environment extra: [String: String] = [:]) throws -> Run {
        try run(arguments, environment: extra)
    }

    @discardableResult
    func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Run {
        let (process, out, err) = try start(arguments, extraEnvironment: extra)
        return CLIHarness.finish(process, out, err)
    }

    /// Runs `thanhtra arguments…` with `input` on standard input (a password for `--password-stdin`).
    func run(_ arguments: [String], input: String) throws -> Run {
        let process = Process()
        process.executableURL = CLIHarness.binary
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = directory
        let (out, err, stdin) = (Pipe(), Pipe(), Pipe())
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        return CLIHarness.finish(process, out, err)
    }

    /// Reads the pipes to the end and waits for the process.
    static func finish(_ process: Process, _ out: Pipe, _ err: Pipe) -> Run {
        // Read both pipes concurrently so a chatty stderr cannot block the child.
        let errData = LockedData()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData.value = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData.value, as: UTF8.self),
            signaled: process.terminationReason == .uncaughtSignal)
    }

    /// Runs the `sqlite3` command-line shell on the test database (for tampering and inspection).
    @discardableResult
    func sqlite(_ sql: String) throws -> String {
        try CLIHarness.tool("/usr/bin/sqlite3", [database.path, sql]).output
    }

    /// Runs another program (`sqlite3`, `psql`, `pg_dump`…) to its end: its exit status and its standard output and
    /// error together. The test run's environment reaches it (the PG* variables of `scripts/with-postgres.sh`), with
    /// `environment`'s variables set over it.
    @discardableResult
    static func tool(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> (
        status: Int32, output: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// A `Data` written by one thread and read by another after a `DispatchGroup.wait()`.
///
/// `@unchecked Sendable`: the write happens-before the read through the group.
final class LockedData: @unchecked Sendable {
    var value = Data()
}
