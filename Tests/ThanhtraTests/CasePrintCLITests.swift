import Foundation
import Testing

/// `thanhtra case print`: the penalty decision as a document, through the built binary and the bundled rule pack,
/// "today" 2026-11-23. The case: two invoice violations of an organization, two aggravating circumstances of the
/// second only (15.000.000 + 3.000.000 đ).
@Suite("Case print: the penalty decision as a document — end to end")
struct CasePrintCLITests {
    func prepared() throws -> CLIHarness {
        let cli = try CLIHarness()
        #expect(try cli.run("init").status == 0)
        #expect(
            try cli.run("subject", "add", "--tax-code", "0101234567", "--name", "Công ty TNHH <Hồng Hà>",
                "--address", "Số 5 Đường Láng, Hà Nội").status == 0)
        let open = try cli.run(
            "case", "open", "--subject", "0101234567", "--record", "BB-7/2026", "--record-on", "2026-10-20",
            "--place", "Hà Nội", "--committed", "2026-10-01", "--violation", "ND125-2020-D30-K3-b",
            "--violation", "ND125-2020-D29-K2-a,aggravating=vi_pham_nhieu_lan+co_to_chuc")
        #expect(open.status == 0, "\(open.stderr)")
        return cli
    }

    @Test func anOpenCasePrintsADraftAndADecidedOneItsDecision() throws {
        let cli = try prepared()
        defer { cli.removeAll() }

        // An open case: the pack's draft, marked DỰ THẢO, unnumbered
        let draft = try cli.run("case", "print", "1", "--on", "2026-10-25", "--signer", "chanh_thanh_tra_so")
        #expect(draft.status == 0, "\(draft.stderr)")
        #expect(draft.stdout.contains(#"<div class="draft">DỰ THẢO</div>"#))
        #expect(draft.stdout.contains("Số: …/QĐ-XPHC"))
        #expect(draft.stdout.contains("Tổng mức phạt tiền: <b>18.000.000 đồng</b> (Bằng chữ: Mười tám triệu đồng)."))
        #expect(draft.stdout.contains("Căn cứ điểm b khoản 3 Điều 30 Nghị định 125/2020/NĐ-CP;"))
        #expect(draft.stdout.contains("Căn cứ Biên bản vi phạm hành chính số BB-7/2026 lập ngày 20/10/2026 tại Hà Nội;"))
        #expect(draft.stdout.contains("Căn cứ thẩm quyền xử phạt vi phạm hành chính của Chánh Thanh tra Sở."))
        // The violator's name is escaped, and the circumstances of the second violation are on its line only
        #expect(draft.stdout.contains("Tên tổ chức vi phạm: <b>Công ty TNHH &lt;Hồng Hà&gt;</b>"))
        #expect(draft.stdout.contains("Nghị định 125/2020/NĐ-CP. Tình tiết giảm nhẹ: không. Tình tiết tăng nặng: không.</li>"))
        #expect(draft.stdout.contains("Tình tiết tăng nặng: (1) "))
        #expect(draft.stdout.contains("ngày 25 tháng 10 năm 2026"))

        // Decided and delivered: the record as decided, numbered, with the last day to pay
        #expect(
            try cli.run(
                "case", "decide", "1", "--number", "15/QĐ-XPHC", "--on", "2026-10-25", "--signer", "chanh_thanh_tra_so",
                "--signer-name", "Nguyễn Văn Bình").status == 0)
        #expect(try cli.run("case", "deliver", "1", "--on", "2026-10-27").status == 0)
        let file = cli.directory.appendingPathComponent("qd-15.html").path
        let printed = try cli.run("case", "print", "1", "-o", file, "--place", "Hà Nội", "--superior", "UBND thành phố Hà Nội")
        #expect(printed.stdout == "wrote decision 15/QĐ-XPHC of case #1 to \(file)\n", "\(printed.stderr)")
        let html = try String(contentsOfFile: file, encoding: .utf8)
        #expect(!html.contains("DỰ THẢO"))
        #expect(html.contains("Số: 15/QĐ-XPHC"))
        #expect(html.contains("<div>UBND THÀNH PHỐ HÀ NỘI</div><div class=\"bold\">THANH TRA TỈNH</div>"))
        #expect(html.contains("Hà Nội, ngày 25 tháng 10 năm 2026"))
        #expect(html.contains("(hạn cuối: ngày 06/11/2026)"))
        #expect(html.contains("<div class=\"bold\">Nguyễn Văn Bình</div>"))
        #expect(html.contains("(Bằng chữ: Mười tám triệu đồng)"))
    }

    @Test func aCancelledCaseHasNothingToPrintAndAWrongFileKindIsAUsageError() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let wrongKind = try cli.run("case", "print", "1", "-o", "qd.txt")
        #expect(wrongKind.status == 64)
        #expect(wrongKind.stderr.contains("write FILE.html or FILE.pdf"))
        #expect(try cli.run("case", "cancel", "1", "--reason", "lập biên bản sai đối tượng").status == 0)
        let cancelled = try cli.run("case", "print", "1")
        #expect(cancelled.status == 1)
        #expect(cancelled.stderr.contains("case #1 was cancelled: it has no decision to print"))
    }

    @Test func aPDFIsPrintedThroughChromiumOrRefusedWithTheReason() throws {
        let cli = try prepared()
        defer { cli.removeAll() }
        let file = cli.directory.appendingPathComponent("du-thao.pdf").path
        let result = try cli.run("case", "print", "1", "-o", file)
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let chromium = ["chromium", "chromium-browser", "google-chrome"].contains { name in
            path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
        }
        if chromium {
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: file)).prefix(5) == Data("%PDF-".utf8))
            // Read back (poppler-utils, installed with Chromium by scripts/bootstrap.sh --test): A4, at most two
            // pages, the draft's mark and the amount in words.
            let info = try Self.run("/usr/bin/pdfinfo", file)
            #expect(info.contains("(A4)"), "\(info)")
            let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") }
            #expect(pages.map { (1...2).contains($0) } == true, "\(info)")
            let text = try Self.run("/usr/bin/pdftotext", "-layout", file, "-")
            #expect(text.contains("DỰ THẢO"))
            #expect(text.contains("QUYẾT ĐỊNH"))
            #expect(text.contains("Mười tám triệu đồng"))
        } else {
            #expect(result.status == 1)
            #expect(result.stderr.contains("printing to PDF needs Chromium, which is not installed"))
            #expect(!FileManager.default.fileExists(atPath: file))
        }
    }

    /// The standard output of `tool` run with `arguments`.
    static func run(_ tool: String, _ arguments: String...) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
