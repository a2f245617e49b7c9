import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A finished child process: wall time from spawn to exit, its peak resident memory, and what it printed.
struct ChildRun {
    var seconds: Double
    var peakKiB: Int
    var status: Int32
    var output: String
    var errors: String

    var peakMiB: Double { Double(peakKiB) / 1024 }
}

/// Runs `arguments` (the first is found on PATH) with stdout and stderr captured in files under `scratch`,
/// optionally reading `input` on stdin, and measures it with `wait4`: `ru_maxrss` is the child's peak resident
/// set, in KiB on Linux.
func runChild(
    _ arguments: [String], input: String? = nil, environment: [String: String] = [:], scratch: String
) throws -> ChildRun {
    let start = now()
    let pid = try spawnChild(arguments, input: input, environment: environment, output: scratch + "/child")
    return finish(pid, started: start, output: scratch + "/child")
}

/// Runs several children at once (each `arguments` with its `input`), and measures them together: the wall time
/// from the first spawn to the last exit, the largest peak, the first failing status; the output is the first
/// child's. Each child writes its stdout and stderr under `scratch` (`child-N.out`, `child-N.err`).
func runChildrenAtOnce(_ children: [(arguments: [String], input: String?)], environment: [String: String] = [:], scratch: String)
    throws -> ChildRun
{
    let start = now()
    var pids: [pid_t] = []
    for (index, child) in children.enumerated() {
        pids.append(
            try spawnChild(child.arguments, input: child.input, environment: environment, output: scratch + "/child-\(index)"))
    }
    let runs = pids.enumerated().map { index, pid in finish(pid, started: start, output: scratch + "/child-\(index)") }
    let failed = runs.first { $0.status != 0 }
    return ChildRun(
        seconds: now() - start, peakKiB: runs.map(\.peakKiB).max() ?? 0, status: failed?.status ?? 0,
        output: runs.first?.output ?? "", errors: failed?.errors ?? "")
}

/// Starts `arguments` with stdin from `input` (or /dev/null) and stdout and stderr into `output`.out and .err.
private func spawnChild(_ arguments: [String], input: String?, environment: [String: String], output: String) throws
    -> pid_t
{
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, output + ".out", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, output + ".err", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 0, input ?? "/dev/null", O_RDONLY, 0)
    var env = ProcessInfo.processInfo.environment
    for (key, value) in environment { env[key] = value }
    let argv = arguments.map { strdup($0) } + [nil]
    let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
        for pointer in argv { free(pointer) }
        for pointer in envp { free(pointer) }
    }
    var pid = pid_t()
    let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp)
    guard spawned == 0 else { throw BenchError("cannot start \(arguments[0]): \(String(cString: strerror(spawned)))") }
    return pid
}

/// Waits for `pid` and reads what it wrote to `output`.out and .err.
private func finish(_ pid: pid_t, started: Double, output: String) -> ChildRun {
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let seconds = now() - started
    let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return ChildRun(
        seconds: seconds, peakKiB: Int(usage.ru_maxrss), status: exit, output: head(of: output + ".out"),
        errors: head(of: output + ".err"))
}

/// The first 64 KiB of a child's output: enough for every figure, and the runner itself stays small. That matters:
/// on Linux a child's `ru_maxrss` is never below its parent's resident set when it was spawned (exec folds the
/// address space it came from into the high-water mark), so a runner that held a large output would inflate
/// every later child's figure 6.
func head(of path: String) -> String {
    guard let handle = FileHandle(forReadingAtPath: path) else { return "" }
    defer { try? handle.close() }
    let data = (try? handle.read(upToCount: 64 << 10)) ?? Data()
    return String(decoding: data, as: UTF8.self)
}

/// Runs a child and fails with its stderr when it does not exit 0.
func runChecked(
    _ arguments: [String], input: String? = nil, environment: [String: String] = [:], scratch: String
) throws -> ChildRun {
    let run = try runChild(arguments, input: input, environment: environment, scratch: scratch)
    guard run.status == 0 else {
        throw BenchError("\(arguments.joined(separator: " ")) exited \(run.status):\n\(run.errors.suffix(2000))")
    }
    return run
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
