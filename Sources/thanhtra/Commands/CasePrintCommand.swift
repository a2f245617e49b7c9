import ArgumentParser
import Casework
import Foundation
import Inspectorate
import Reports
import Rules

/// `thanhtra case print`: the penalty decision as a printable document.
struct CasePrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print", abstract: "Print a case's penalty decision (quyết định xử phạt) as an A4 document.",
        discussion: """
            A decided case prints its decision as recorded; an open case prints the draft (DỰ THẢO) the rule pack
            computes for --on (default today) and --signer. The document states what Luật XLVPHC Điều 68 asks of a
            decision: the legal bases, the record, the violator, each violation with its circumstances and the
            article applied, the fines in figures and in words, remedies, where and by when to pay, the right to
            complain or sue, and the signature block.
              thanhtra case print 12 -o qd-12.html
              thanhtra case print 12 -o qd-12.pdf      (through headless Chromium, when installed)
            Without -o the HTML goes to standard output.
            """)

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The case number.", completion: Completion.caseNumber) var id: Int64
    @Option(name: .shortAndLong, help: "Write to FILE.html or FILE.pdf instead of standard output.") var output: String?
    @Option(help: "For a draft: the decision date to assume (default: today).", transform: Parse.date) var on: CalendarDate?
    @Option(help: "For a draft: the signer's title code (see `thanhtra rules titles`).") var signer: String?
    @Option(name: .customLong("signer-name"), help: "For a draft: the signer's name.") var signerName: String = ""
    @Option(help: "The issuing body, as the header prints it (default: the name of the body that handles the case, when the pack lists bodies; else the pack's report setting reporting_body).")
    var body: String?
    @Option(help: "The governing body printed above it, e.g. \"UBND tỉnh Quảng Ninh\" (default: the pack's governing_body).")
    var superior: String?
    @Option(help: "The place name before the date, e.g. \"Quảng Ninh\" (default: the pack's place).") var place: String?
    @Option(name: .customLong("pay-at"), help: "Where the fine is paid, as the decision states it.")
    var payAt: String = "tại Kho bạc Nhà nước hoặc vào tài khoản của Kho bạc Nhà nước theo quy định"

    func validate() throws {
        if let output, !(output.hasSuffix(".html") || output.hasSuffix(".htm") || output.hasSuffix(".pdf")) {
            throw ValidationError.said("-o \(output): write FILE.html or FILE.pdf", "-o \(output): ghi TỆP.html hoặc TỆP.pdf")
        }
    }

    func run() throws {
        let app = try App(options)
        let (store, engine) = try app.openCasework()
        let inspectorate = Inspectorate(store: store, policy: engine, pack: app.record(engine.pack, engine: engine))
        let document = try worded {
            try inspectorate.decisionDocument(
                PenaltyCase.ID(rawValue: id), draftOn: on, signer: signer, signerName: signerName, acting: app.acting)
        }
        let (mitigating, aggravating) = try engine.circumstances()
        let titles = try engine.titles(on: document.decidedOn)
        let wording = DecisionWording(
            titles: Dictionary(titles.map { ($0.code, $0.title) }, uniquingKeysWith: { first, _ in first }),
            circumstances: Dictionary(
                (mitigating + aggravating).map { ($0.code, $0.title) }, uniquingKeysWith: { first, _ in first }),
            payAt: payAt)
        // The inspectorate's name and place, as its printed reports carry them (report/settings.lua), unless given: the
        // name of the body that handles the case when several share the database (report.bodies), else the
        // reporting body's.
        let day = document.decidedOn
        let handledBy = try store.penaltyCase(id: PenaltyCase.ID(rawValue: id))?.body
        let heading = try engine.reportHeading(
            for: ReportPeriod(
                kind: "range", label: day.description, from: day, before: day.adding(days: 1), body: handledBy))
        let issuer = DocumentIssuer(
            superior: superior ?? heading?.governingBody ?? "", body: body ?? heading?.body ?? "",
            place: place ?? (heading?.place.isEmpty == false ? heading!.place : "……"))
        let html = document.html(issuer: issuer, wording: wording)
        guard let output else {
            Output.raw(html)
            return
        }
        if output.hasSuffix(".pdf") {
            try Self.printPDF(html, to: output)
        } else {
            try OutputFile.write(Array(html.utf8), to: output)
        }
        let say = app.say
        let what =
            document.isDraft
            ? say("draft decision of case #\(id) (DỰ THẢO)", "dự thảo quyết định của vụ việc #\(id)")
            : say("decision \(document.number ?? "") of case #\(id)", "quyết định \(document.number ?? "") của vụ việc #\(id)")
        Output.line(say("wrote \(what) to \(output)", "đã ghi \(what) vào \(output)"))
    }

    /// Prints `html` to the PDF file `path` through headless Chromium (Debian's `chromium`).
    static func printPDF(_ html: String, to path: String) throws {
        let candidates = ["chromium", "chromium-browser", "google-chrome"]
        let searchPath = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard let browser = candidates.lazy.compactMap({ name in
            searchPath.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        }).first else {
            throw CommandError.said(
                (
                    "cannot write \(path): printing to PDF needs Chromium, which is not installed",
                    "không ghi được \(path): in ra PDF cần Chromium, mà Chromium chưa được cài"
                ),
                hint: (
                    "install it (Debian: apt-get install chromium), or write -o FILE.html and print it from a browser",
                    "cài Chromium (Debian: apt-get install chromium), hoặc ghi -o TỆP.html rồi in từ trình duyệt"
                ))
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("thanhtra-print-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appendingPathComponent("decision.html")
        try Data(html.utf8).write(to: page)
        let pdf = directory.appendingPathComponent("decision.pdf")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--user-data-dir=\(directory.appendingPathComponent("profile").path)",
            "--print-to-pdf=\(pdf.path)", page.absoluteString,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let bytes = try? Data(contentsOf: pdf), !bytes.isEmpty else {
            throw CommandError.said(
                (
                    "cannot write \(path): Chromium could not print the decision (exit \(process.terminationStatus))",
                    "không ghi được \(path): Chromium không in được quyết định (mã thoát \(process.terminationStatus))"
                ),
                hint: ("write -o FILE.html and print it from a browser", "ghi -o TỆP.html rồi in từ trình duyệt"))
        }
        try OutputFile.write(Array(bytes), to: path)
    }
}
