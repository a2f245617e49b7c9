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
    func serve(_ arguments: String...) throws -> (server: Process, address: String) {
        let server = Process()
        server.executableURL = Self.binary
        server.arguments = ["serve", "--port", "0"] + arguments
        server.environment = environment
        let out = Pipe()
        server.standardOutput = out
        server.standardError = FileHandle(forWritingAtPath: "/dev/null")
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
}
