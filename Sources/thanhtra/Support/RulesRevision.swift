import Foundation

/// A rules folder as it was at a git revision, extracted into a temporary folder with `git archive`.
struct RulesRevision {
    /// The extracted pack folder.
    let path: String
    private let root: URL

    /// Extracts the rules folder `directory` (inside a git work tree) at `revision`.
    ///
    /// - Throws: ``CommandError`` when `directory` is not in a git work tree, the revision is unknown, or the folder
    ///   did not exist at that revision.
    init(directory: String, revision: String) throws {
        let folder = URL(fileURLWithPath: directory).standardizedFileURL.path
        let top = try Self.git(
            ["-C", folder, "rev-parse", "--show-toplevel"],
            what: ("find the git work tree of \(directory)", "tìm cây làm việc git chứa \(directory)"))
        let prefix = try Self.git(
            ["-C", folder, "rev-parse", "--show-prefix"],
            what: ("find \(directory) in its work tree", "tìm \(directory) trong cây làm việc của nó"))
        _ = try Self.git(
            ["-C", top, "rev-parse", "--verify", "--quiet", "\(revision)^{commit}"],
            what: ("find revision \(revision)", "tìm phiên bản \(revision)"))
        root = FileManager.default.temporaryDirectory.appendingPathComponent("thanhtra-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let archive = root.appendingPathComponent("pack.tar").path
        do {
            var arguments = ["-C", top, "archive", "--format=tar", "-o", archive, revision]
            if !prefix.isEmpty { arguments += ["--", prefix] }
            _ = try Self.git(
                arguments,
                what: (
                    "read \(prefix.isEmpty ? "the tree" : prefix) at \(revision)",
                    "đọc \(prefix.isEmpty ? "cây thư mục" : prefix) ở phiên bản \(revision)"
                ))
            _ = try Self.run(
                "/usr/bin/env", ["tar", "-x", "-f", archive, "-C", root.path],
                what: ("unpack the rules of \(revision)", "giải nén bộ quy tắc của phiên bản \(revision)"))
            try FileManager.default.removeItem(atPath: archive)
        } catch {
            try? FileManager.default.removeItem(at: root)
            throw error
        }
        path = prefix.isEmpty ? root.path : root.appendingPathComponent(prefix).path
    }

    /// Deletes the extracted folder.
    func remove() { try? FileManager.default.removeItem(at: root) }

    /// Runs git; `what` says what it was for, in English and in Vietnamese, if it fails.
    private static func git(_ arguments: [String], what: (String, String)) throws -> String {
        try run("/usr/bin/env", ["git"] + arguments, what: what)
    }

    /// Runs a program and returns its standard output, trimmed; a failure is a ``CommandError`` in the command
    /// line's language, naming `what` the program was run for (the program's own message kept as it wrote it).
    private static func run(_ program: String, _ arguments: [String], what: (String, String)) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw CommandError.said(
                ("cannot \(what.0): \(error.localizedDescription)", "không thể \(what.1): \(error.localizedDescription)"),
                hint: ("is git installed?", "git đã được cài chưa?"))
        }
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let message = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let detail = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            let said = detail.isEmpty ? "" : ": \(detail)"
            throw CommandError.said(
                ("cannot \(what.0)\(said)", "không thể \(what.1)\(detail.isEmpty ? "" : " (git báo: \(detail))")"),
                hint: (
                    "--against-rev takes a git revision (a commit, tag or branch) of the repository that holds the rules folder",
                    "--against-rev nhận một phiên bản git (commit, tag hoặc nhánh) của kho chứa thư mục quy tắc"
                ))
        }
        return String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
