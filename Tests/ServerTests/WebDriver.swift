import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A minimal W3C WebDriver client over Foundation's URLSession: plain HTTP JSON to Debian's `chromedriver` on a
/// loopback port, driving headless `chromium`. Only the commands the browser tests use.
final class WebDriver: @unchecked Sendable {
    // @unchecked Sendable: used by one test at a time; the session id is set once in `init`.

    /// What the driver or the browser refused, with the driver's own message.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let base: URL
    let session: String

    /// Starts a browser session: headless chromium (as root it needs `--no-sandbox`), downloads into `downloads`.
    init(port: Int, chromium: String, downloads: URL, profile: URL) throws {
        base = URL(string: "http://127.0.0.1:\(port)")!
        let capabilities: [String: Any] = [
            "capabilities": [
                "alwaysMatch": [
                    "browserName": "chrome",
                    // Looking up an element waits up to 10 s for it to appear: on a busy machine (the whole suite
                    // running) a page can still be loading when the next step looks for its form.
                    "timeouts": ["implicit": 10_000, "pageLoad": 60_000],
                    "goog:chromeOptions": [
                        "binary": chromium,
                        "args": [
                            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--window-size=1280,1000", "--lang=vi", "--user-data-dir=\(profile.path)",
                        ],
                        "prefs": [
                            "download.default_directory": downloads.path, "download.prompt_for_download": false,
                        ],
                    ] as [String: Any],
                ] as [String: Any]
            ]
        ]
        let answer = try Self.call(base, "POST", "/session", capabilities)
        guard let value = answer as? [String: Any], let id = value["sessionId"] as? String else {
            throw Failure(description: "no session in \(String(describing: answer))")
        }
        session = id
    }

    /// Ends the session (the browser quits).
    func quit() {
        _ = try? Self.call(base, "DELETE", "/session/\(session)", nil)
    }

    func go(_ url: String) throws { _ = try command("POST", "/url", ["url": url]) }

    func currentURL() throws -> String { try command("GET", "/url", nil) as? String ?? "" }

    /// The page's address once `wanted` accepts it, waiting up to `seconds` (a click that submits a form or follows a
    /// link may return before the next page is there); the last address read when it never does.
    func currentURL(seconds: Double = 10, where wanted: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var url = try currentURL()
        while !wanted(url) && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.1)
            url = try currentURL()
        }
        return url
    }

    /// The page's HTML as the browser has it now.
    func source() throws -> String { try command("GET", "/source", nil) as? String ?? "" }

    /// The page's source once it contains `text`, waiting up to `seconds` for a form's answer to load (a click that
    /// submits a form may return before the next page is there); the last source read when it never does.
    func source(containing text: String, seconds: Double = 10) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var page = try source()
        while !page.contains(text) && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.1)
            page = try source()
        }
        return page
    }

    /// The first element matching a CSS selector.
    func element(_ css: String) throws -> String {
        let answer = try command("POST", "/element", ["using": "css selector", "value": css])
        guard let found = answer as? [String: Any], let id = found.values.first as? String else {
            throw Failure(description: "no element \(css)")
        }
        return id
    }

    func click(_ css: String) throws { _ = try command("POST", "/element/\(try element(css))/click", [:]) }

    /// Clears a field and types `text` into it.
    func type(_ css: String, _ text: String) throws {
        let id = try element(css)
        _ = try command("POST", "/element/\(id)/clear", [:])
        _ = try command("POST", "/element/\(id)/value", ["text": text])
    }

    /// Sends `text` to a field without clearing it first: a file input's path (a file input cannot be cleared).
    func sendKeys(_ css: String, _ text: String) throws {
        _ = try command("POST", "/element/\(try element(css))/value", ["text": text])
    }

    /// The cookies the browser holds for the page (HttpOnly ones too: WebDriver sees them).
    func cookies() throws -> [String: String] {
        let list = try command("GET", "/cookie", nil) as? [[String: Any]] ?? []
        var found: [String: String] = [:]
        for cookie in list {
            if let name = cookie["name"] as? String, let value = cookie["value"] as? String { found[name] = value }
        }
        return found
    }

    /// A PNG of the viewport.
    func screenshot() throws -> Data {
        guard let text = try command("GET", "/screenshot", nil) as? String, let data = Data(base64Encoded: text) else {
            throw Failure(description: "no screenshot")
        }
        return data
    }

    /// The page printed to PDF by the browser (WebDriver's Print Page: A4, the page's own @page rules).
    func printPDF() throws -> Data {
        let answer = try command(
            "POST", "/print", ["page": ["width": 21.0, "height": 29.7], "background": true] as [String: Any])
        guard let text = answer as? String, let data = Data(base64Encoded: text) else {
            throw Failure(description: "no PDF")
        }
        return data
    }

    private func command(_ method: String, _ path: String, _ body: [String: Any]?) throws -> Any? {
        try Self.call(base, method, "/session/\(session)\(path)", body)
    }

    /// One WebDriver request; returns the answer's `value`, or throws the driver's error.
    private static func call(_ base: URL, _ method: String, _ path: String, _ body: [String: Any]?) throws -> Any? {
        var request = URLRequest(url: base.appendingPathComponent(path))
        request.httpMethod = method
        request.timeoutInterval = 60
        if let body {
            request.httpBody = try JSONSerialization.data(withJSONObject: body)
            request.setValue("application/json; charset=utf-8", forHTTPHeaderField: "Content-Type")
        }
        let (data, _) = try HTTP.send(request)
        let json = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        let value = (json as? [String: Any])?["value"]
        if let error = value as? [String: Any], let kind = error["error"] as? String {
            throw Failure(description: "\(method) \(path): \(kind): \(error["message"] as? String ?? "")")
        }
        return value
    }
}

/// Blocking HTTP through `curl` (installed with the test tools): FoundationNetworking's URLSession on Linux fails
/// some of chromedriver's answers ("Failed writing header"), so the tests' own requests go through curl.
enum HTTP {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Sends `request`; returns the body and the status code.
    static func send(_ request: URLRequest) throws -> (Data, Int) {
        guard let url = request.url?.absoluteString else { throw Failure(description: "no URL") }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("thanhtra-http-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        var arguments = ["-s", "-S", "-X", request.httpMethod ?? "GET", "-o", output.path, "-w", "%{http_code}",
            "--max-time", "120"]
        for (name, value) in request.allHTTPHeaderFields ?? [:] { arguments += ["-H", "\(name): \(value)"] }
        if request.httpBody != nil { arguments += ["--data-binary", "@-"] }
        arguments.append(url)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = arguments
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        if let body = request.httpBody { stdin.fileHandleForWriting.write(body) }
        try stdin.fileHandleForWriting.close()
        let status = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, let code = Int(status) else {
            throw Failure(description: "curl \(url) failed (exit \(process.terminationStatus))")
        }
        return ((try? Data(contentsOf: output)) ?? Data(), code)
    }
}
