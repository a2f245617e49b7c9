import Foundation

/// Debian's `chromium`, run headless to print an HTML document to PDF (the printable decision). Found on `PATH`;
/// when it is not installed the page says so instead of a PDF.
struct HeadlessChromium: Sendable {
    /// The browser's executable.
    var executable: String

    /// The browser on `PATH` (`chromium`, `chromium-browser`, `google-chrome`), or `nil`.
    static func find() -> HeadlessChromium? {
        let searchPath = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for folder in searchPath where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return HeadlessChromium(executable: "\(folder)/\(name)")
            }
        }
        return nil
    }

    /// Prints `html` (a whole document with its style inline) to PDF and returns the bytes. Blocks until the
    /// browser exits: call it on a worker thread.
    ///
    /// - Throws: ``PrintError`` when the browser fails or writes nothing.
    func printPDF(_ html: String) throws -> [UInt8] {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("thanhtra-serve-print-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appendingPathComponent("decision.html")
        try Data(html.utf8).write(to: page)
        let pdf = directory.appendingPathComponent("decision.pdf")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--user-data-dir=\(directory.appendingPathComponent("profile").path)", "--print-to-pdf=\(pdf.path)",
            page.absoluteString,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let bytes = try? Data(contentsOf: pdf), !bytes.isEmpty else {
            throw PrintError(status: process.terminationStatus)
        }
        return Array(bytes)
    }

    /// Chromium exited with `status` or wrote no PDF.
    struct PrintError: Error, CustomStringConvertible {
        var status: Int32
        var description: String { "chromium could not print the decision (exit \(status))" }
    }
}
