import Casework
import Foundation
import Inspectorate
import Store
import Testing

/// The built binary end to end: `thanhtra init`, `account add` with the password on standard input, the `--as`
/// rule once accounts exist, then `thanhtra serve --port 0` on loopback: sign in over real HTTP (curl, with a
/// cookie jar), read pages, and stop it with SIGTERM.
@Suite struct ServeBinaryTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The `thanhtra` executable in SwiftPM's bin folder, beside the test bundle.
    static let binary: URL = {
        if let override = ProcessInfo.processInfo.environment["THANHTRA_BIN"] { return URL(fileURLWithPath: override) }
        var folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("thanhtra")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("thanhtra")
    }()

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    let directory: URL
    let environment: [String: String]

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("thanhtra-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": directory.path,
            "USER": "tester", "THANHTRA_TODAY": "2026-11-23",
            "THANHTRA_DB": directory.appendingPathComponent("serve.sqlite").path,
            "THANHTRA_RULES": Self.repository.appendingPathComponent("rules").path,
        ]
    }

    func run(_ program: URL, _ arguments: [String], input: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        let stdin = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    func thanhtra(_ arguments: String..., input: String? = nil) throws -> Run {
        try run(Self.binary, arguments, input: input)
    }

    /// Starts `thanhtra serve --port 0` with `arguments` after them; the running process and the address it prints
    /// (the caller stops it).
    func serve(_ arguments: String..., environment extra: [String: String] = [:], stderr: String = "/dev/null")
        throws -> (server: Process, address: String)
    {
        let server = Process()
        server.executableURL = Self.binary
        server.arguments = ["serve", "--port", "0"] + arguments
        server.environment = environment.merging(extra) { $1 }
        let out = Pipe()
        server.standardOutput = out
        if stderr != "/dev/null" { _ = FileManager.default.createFile(atPath: stderr, contents: nil) }
        server.standardError = FileHandle(forWritingAtPath: stderr)
        try server.run()
        var banner = ""
        while !banner.contains("\n") {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            banner += String(decoding: chunk, as: UTF8.self)
        }
        guard let address = banner.split(separator: " ").last.map({ $0.trimmingCharacters(in: .whitespacesAndNewlines) })
        else {
            server.terminate()
            throw ServeDidNotStart(banner: banner)
        }
        return (server, address)
    }

    /// `serve` printed no address.
    struct ServeDidNotStart: Error {
        var banner: String
    }

    func curl(_ arguments: String...) throws -> Run {
        let jar = directory.appendingPathComponent("cookies.txt").path
        return try run(URL(fileURLWithPath: "/usr/bin/curl"), ["-s", "-b", jar, "-c", jar] + arguments)
    }

    @Test func theBuiltBinaryServesPagesToASignedInAccountAndStopsOnSIGTERM() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(FileManager.default.isExecutableFile(atPath: Self.binary.path), "build thanhtra first")
        #expect(try thanhtra("init").status == 0)
        #expect(
            try thanhtra(
                "subject", "add", "--tax-code", "0101234567", "--name", "Công ty TNHH Minh Long", "--address", "Hà Nội"
            ).status == 0)
        let added = try thanhtra(
            "account", "add", "quantri", "--name", "Trần Thị Quản", "--role", "quan_tri", "--role", "lanh_dao",
            "--password-stdin", input: "mat-khau-1234\n")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("added account quantri (lanh_dao, quan_tri)") || added.stdout.contains("quantri"))

        // Once accounts exist, --as (or USER) must name an active one.
        let stranger = try thanhtra("subject", "list")
        #expect(stranger.status == 1)
        #expect(stranger.stderr.contains("tester is not an active account of this database"))
        #expect(try thanhtra("subject", "list", "--as", "quantri").status == 0)
        let argvPassword = try thanhtra("account", "add", "an", "--name", "An", "--role", "thanh_tra_vien", "--as", "quantri")
        #expect(argvPassword.status == 1, "no password in argv and no terminal: refused")
        #expect(argvPassword.stderr.contains("--password-stdin"))

        let (server, address) = try serve()
        defer { if server.isRunning { server.terminate() } }
        #expect(address.hasPrefix("http://127.0.0.1:"))

        let login = try curl(address + "login")
        #expect(login.stdout.contains("Đăng nhập"))
        let csrf = try #require(
            login.stdout.range(of: "name=\"csrf\" value=\"").map { String(login.stdout[$0.upperBound...].prefix(64)) })
        let signedIn = try curl(
            "-o", "/dev/null", "-w", "%{http_code} %{redirect_url}", "--data-urlencode", "login=quantri",
            "--data-urlencode", "password=mat-khau-1234", "--data-urlencode", "csrf=\(csrf)", address + "login")
        #expect(signedIn.stdout == "303 \(address)work")
        let cases = try curl(address + "cases?q=minh+long")
        #expect(cases.stdout.contains("Vụ việc xử phạt"))
        #expect(cases.stdout.contains("Trần Thị Quản (quantri)"))
        let subject = try curl(address + "subjects/1")
        #expect(subject.stdout.contains("Công ty TNHH Minh Long"))
        let accounts = try curl(address + "accounts")
        #expect(accounts.stdout.contains("quan_tri"))

        server.terminate()  // SIGTERM: a graceful stop
        server.waitUntilExit()
        #expect(server.terminationReason == .exit)
        #expect(server.terminationStatus == 0)
    }

    /// At start, `serve` removes the temporary folders a server killed before its graceful stop left (its own user's,
    /// named as a server names them, unchanged for a day) and nothing else; `--max-import-mb` sets the import limit
    /// the import page announces, and a limit out of range is refused before anything starts.
    @Test func serveSweepsAbandonedUploadFoldersAndTakesTheImportLimit() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let manager = FileManager.default
        let temporary = directory.appendingPathComponent("tmp")
        let old = Date(timeIntervalSinceNow: -2 * 24 * 60 * 60)
        var expected: [String: Bool] = [:]  // name → removed
        for (name, isFolder, aged) in [
            ("thanhtra-uploads-0a1b2c3d4e5f6a7b", true, true), ("thanhtra-import-0a1b2c3d4e5f6a7b", true, true),
            ("thanhtra-uploads-1111222233334444", true, false), ("thanhtra-uploads-file", false, true),
            ("other-folder", true, true),
        ] {
            let path = temporary.appendingPathComponent(name).path
            if isFolder {
                try manager.createDirectory(atPath: path, withIntermediateDirectories: true)
                _ = manager.createFile(atPath: path + "/receiving-x.part", contents: Data("Loại,Tên\n".utf8))
            } else {
                _ = manager.createFile(atPath: path, contents: Data())
            }
            if aged { try manager.setAttributes([.modificationDate: old], ofItemAtPath: path) }
            expected[name] = isFolder && aged && name.hasPrefix("thanhtra-")
        }
        #expect(try thanhtra("init").status == 0)
        let added = try thanhtra(
            "account", "add", "an", "--name", "Nguyễn Văn An", "--role", "quan_tri", "--role", "thanh_tra_vien",
            "--password-stdin", input: "mat-khau-1234\n")
        #expect(added.status == 0, "\(added.stderr)")
        let refused = try thanhtra("serve", "--max-import-mb", "0")
        #expect(refused.status != 0 && refused.stderr.contains("--max-import-mb"))

        let log = directory.appendingPathComponent("serve.log").path
        let (server, address) = try serve(
            "--max-import-mb", "3", environment: ["TMPDIR": temporary.path], stderr: log)
        defer { if server.isRunning { server.terminate() } }
        for (name, removed) in expected {
            #expect(manager.fileExists(atPath: temporary.appendingPathComponent(name).path) == !removed, "\(name)")
        }
        let login = try curl(address + "login")
        let csrf = try #require(
            login.stdout.range(of: "name=\"csrf\" value=\"").map { String(login.stdout[$0.upperBound...].prefix(64)) })
        _ = try curl(
            "-o", "/dev/null", "--data-urlencode", "login=an", "--data-urlencode", "password=mat-khau-1234",
            "--data-urlencode", "csrf=\(csrf)", address + "login")
        let imports = try curl(address + "imports")
        #expect(imports.stdout.contains("3 MB"), "the page announces the limit set")
        server.terminate()
        server.waitUntilExit()
        let said = try String(contentsOfFile: log, encoding: .utf8)
        #expect(said.contains("2 temporary upload folder(s)") || said.contains("2 thư mục tải lên tạm"), "\(said)")
    }
}
