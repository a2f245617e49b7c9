import Foundation

/// The built binary over a temporary demo database: `init`, two subjects, one account per role (login = the role's
/// name, password ``BrowserTests/password``), then `serve --port 0`.
final class DemoServer: @unchecked Sendable {
    // @unchecked Sendable: used by one test; `server` is set once by `start`.
    let directory: URL
    let environment: [String: String]
    var server: Process?

    init(directory: URL) {
        self.directory = directory
        environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": directory.path,
            "USER": "quantri", "THANHTRA_TODAY": BrowserTests.today,
            "THANHTRA_DB": directory.appendingPathComponent("demo.sqlite").path,
            "THANHTRA_RULES": ServeBinaryTests.repository.appendingPathComponent("rules").path,
        ]
    }

    @discardableResult
    func thanhtra(_ arguments: [String], input: String? = nil) throws -> String {
        let process = Process()
        process.executableURL = ServeBinaryTests.binary
        process.arguments = arguments
        process.environment = environment
        let out = Pipe()
        let stdin = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw WebDriver.Failure(description: "thanhtra \(arguments.joined(separator: " ")) exited \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    func prepare() throws {
        try thanhtra(["init"])
        try thanhtra(["subject", "add", "--tax-code", "0101234567", "--name", "Công ty TNHH Minh Long", "--address", "Hà Nội"])
        try thanhtra(["subject", "add", "--tax-code", "0309876543", "--name", "Hợp tác xã Đông Hải", "--address", "Hải Phòng"])
        try thanhtra(
            ["account", "add", "quantri", "--name", "Quản trị", "--role", "quan_tri", "--password-stdin"],
            input: BrowserTests.password + "\n")
        for role in ["thanh_tra_vien", "truong_doan", "chanh_thanh_tra", "theo_doi_thu_nop", "bao_cao", "lanh_dao",
            "phap_che", "duyet_quy_tac"]
        {
            try thanhtra(
                ["account", "add", role, "--name", "Người \(role)", "--role", role, "--password-stdin", "--as", "quantri"],
                input: BrowserTests.password + "\n")
        }
        // The chief inspector holds the title the decision is signed under (docs/titles.md)
        try thanhtra(["title", "assign", "chanh_thanh_tra", "chanh_thanh_tra_so", "--from", "2026-01-01", "--as", "quantri"])
        // and thanh tra viên too, so that the decision form (which offers only the titles the account holds) lets the
        // chief pick a title the pack refuses for the fine (its competence), as the browser test does
        try thanhtra(["title", "assign", "chanh_thanh_tra", "thanh_tra_vien", "--from", "2026-01-01", "--as", "quantri"])
    }

    /// Starts `serve --port 0` and returns its address (`http://127.0.0.1:PORT/`).
    func start() throws -> String {
        let process = Process()
        process.executableURL = ServeBinaryTests.binary
        process.arguments = ["serve", "--port", "0"]
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        server = process
        var banner = ""
        while !banner.contains("\n") {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            banner += String(decoding: chunk, as: UTF8.self)
        }
        guard let address = banner.split(separator: " ").last?.trimmingCharacters(in: .whitespacesAndNewlines),
            address.hasPrefix("http://127.0.0.1:")
        else { throw WebDriver.Failure(description: "the server printed no address: \(banner)") }
        return address
    }

    func stop() {
        guard let server, server.isRunning else { return }
        server.terminate()
        server.waitUntilExit()
    }
}

/// A free TCP port on loopback, from the kernel (bind to port 0, read it back, close).
enum FreePort {
    static func find() throws -> Int {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw WebDriver.Failure(description: "no socket") }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) }
        }
        guard bound == 0 else { throw WebDriver.Failure(description: "cannot bind") }
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        guard named == 0 else { throw WebDriver.Failure(description: "no port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
