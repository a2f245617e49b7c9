import Foundation
import Testing

/// What each browser suite sets up and tears down: the tools (or why they are missing: a recorded failure under
/// `CI`, a printed skip otherwise), a scratch folder with the demo database prepared (``DemoServer``), a screenshot
/// folder under `.build/browser-screenshots/`, and — once the suite has added what it needs to the database —
/// the server, chromedriver and a connected Chromium (``start()``). ``close()`` stops them in reverse order and
/// removes the scratch folder.
final class BrowserSession {
    let tools: (chromium: String, driver: String, pdftotext: String)
    let scratch: URL
    let downloads: URL
    let shots: URL
    let demo: DemoServer
    /// The server's address (`http://127.0.0.1:PORT/`), once started.
    private(set) var address = ""
    private var connected: WebDriver?
    private var driver: Process?
    private var count = 0

    /// The browser, once started.
    var browser: WebDriver {
        get throws {
            guard let connected else { throw WebDriver.Failure(description: "the browser session was not started") }
            return connected
        }
    }

    /// A session for `suite` with its screenshots in a folder named `screenshots` + the time, the demo database
    /// prepared; `nil` (recorded or printed) without the tools.
    static func open(suite: String, screenshots: String = "") throws -> BrowserSession? {
        guard let tools = BrowserTests.tools() else {
            let reason = "chromium, chromium-driver or poppler-utils is not installed (scripts/bootstrap.sh --test)"
            if ProcessInfo.processInfo.environment["CI"] != nil {
                Issue.record("\(suite) cannot run in CI: \(reason)")
            } else {
                print("\(suite) skipped: \(reason)")
            }
            return nil
        }
        return try BrowserSession(tools: tools, screenshots: screenshots)
    }

    private init(tools: (chromium: String, driver: String, pdftotext: String), screenshots: String) throws {
        self.tools = tools
        let manager = FileManager.default
        scratch = manager.temporaryDirectory.appendingPathComponent("thanhtra-browser-\(UUID().uuidString)")
        try manager.createDirectory(at: scratch, withIntermediateDirectories: true)
        let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "")
        shots = ServeBinaryTests.repository.appendingPathComponent(".build/browser-screenshots/\(screenshots)\(stamp)")
        downloads = scratch.appendingPathComponent("downloads")
        demo = DemoServer(directory: scratch)
        do {
            try manager.createDirectory(at: shots, withIntermediateDirectories: true)
            try manager.createDirectory(at: downloads, withIntermediateDirectories: true)
            try demo.prepare()
        } catch {
            try? manager.removeItem(at: scratch)
            throw error
        }
    }

    /// Starts the server over the database as it is now, chromedriver on a free port, and Chromium through it.
    func start() throws {
        address = try demo.start()
        let port = try FreePort.find()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tools.driver)
        process.arguments = ["--port=\(port)"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        driver = process
        connected = try Self.connect(port: port, chromium: tools.chromium, downloads: downloads, scratch: scratch)
    }

    /// Stops the browser, chromedriver and the server, and removes the scratch folder (the screenshots stay).
    func close() {
        connected?.quit()
        if let driver {
            kill(driver.processIdentifier, SIGKILL)  // chromedriver does not always stop on SIGTERM
            driver.waitUntilExit()
        }
        demo.stop()
        try? FileManager.default.removeItem(at: scratch)
    }

    /// A screenshot of the page, numbered in the order taken, its path printed.
    func shot(_ name: String) throws {
        count += 1
        let file = shots.appendingPathComponent(String(format: "%02ld-", count) + name + ".png")
        try browser.screenshot().write(to: file)
        print("screenshot: \(file.path)")
    }

    /// Signs `login` in with the demo password, and waits until the sign-in page is left.
    func signIn(_ login: String) throws {
        let browser = try browser
        try browser.go(address + "login")
        try browser.type("input[name=login]", login)
        try browser.type("input[name=password]", BrowserTests.password)
        try browser.click("form.login button[type=submit]")
        _ = try browser.currentURL { !$0.contains("/login") }
    }

    /// Signs out from the header's button and waits for the sign-in page.
    func signOut() throws {
        let browser = try browser
        try browser.click("header form button")
        _ = try browser.currentURL { $0.contains("/login") }
    }

    /// A WebDriver session, retried while chromedriver starts.
    static func connect(port: Int, chromium: String, downloads: URL, scratch: URL) throws -> WebDriver {
        var lastError: (any Error)?
        for _ in 0..<50 {
            do {
                return try WebDriver(
                    port: port, chromium: chromium, downloads: downloads, profile: scratch.appendingPathComponent("profile"))
            } catch {
                lastError = error
                Thread.sleep(forTimeInterval: 0.2)
            }
        }
        throw lastError ?? WebDriver.Failure(description: "chromedriver did not answer")
    }
}
