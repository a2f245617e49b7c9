import Foundation
import Testing

/// Seeded random and mutated input for every door of the built `thanhtra`: CSV of each import kind, JSON lines for
/// `batch`, argument vectors for the command line. Each input must end with exit status 0, 1 or 64 (never a signal)
/// within ``FuzzRun/timeout``; afterwards the database passes SQLite's `PRAGMA integrity_check`, and every few
/// inputs (and at the end) `thanhtra journal verify` succeeds.
///
/// A normal run tries a bounded number of inputs (about 130 in all, well under a minute in a debug build);
/// `THANHTRA_FUZZ_ITERATIONS=5000` tries that many per test, `THANHTRA_FUZZ_SEED=N` changes the seed. Each test
/// prints how many inputs it tried and its seed, and a failure names the input so it can be replayed.
@Suite("Fuzzing the command line, batch and import")
struct FuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let seed = environment["THANHTRA_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0x7468_616E_6874_7261
    static func iterations(default count: Int) -> Int {
        environment["THANHTRA_FUZZ_ITERATIONS"].flatMap { Int($0) }.map { max(1, $0) } ?? count
    }

    @Test func mutatedCSVOfEveryImportKindNeverCrashesOrCorrupts() throws {
        let fuzz = try FuzzRun(seed: Self.seed ^ 0x1)
        defer { fuzz.cli.removeAll() }
        let total = Self.iterations(default: 48)
        let kinds = FuzzCorpus.seedFiles.keys.sorted()
        for index in 0..<total {
            let kind = kinds[index % kinds.count]
            var text = Array(FuzzCorpus.seedFiles[kind]!.utf8)
            fuzz.random.mutateCSV(&text)
            let path = fuzz.cli.directory.appendingPathComponent("fuzz-\(index).csv").path
            try Data(text).write(to: URL(fileURLWithPath: path))
            var arguments = ["import", path, "--kind", kind]
            if fuzz.random.chance(0.5) {
                arguments += ["--skip-bad", fuzz.cli.directory.appendingPathComponent("rejects-\(index).csv").path]
            }
            if fuzz.random.chance(0.4) { arguments += ["--batch-size", fuzz.random.pick(["1", "2", "3", "1000"])] }
            try fuzz.check(arguments, describing: "CSV of \(kind):\n" + String(decoding: text, as: UTF8.self))
            try? FileManager.default.removeItem(atPath: path)
        }
        try fuzz.finish()
        print("fuzz: tried \(fuzz.tried) CSV inputs (\(kinds.joined(separator: ", "))), seed \(Self.seed)")
        #expect(fuzz.tried == total)
    }

    @Test func randomJSONLinesForBatchNeverCrashOrCorrupt() throws {
        let fuzz = try FuzzRun(seed: Self.seed ^ 0x2)
        defer { fuzz.cli.removeAll() }
        let total = Self.iterations(default: 24)
        for _ in 0..<total {
            var input: [UInt8] = []
            for _ in 0..<fuzz.random.int(1...6) {
                var line: [UInt8]
                if fuzz.random.chance(0.75) {
                    line = Array(FuzzCorpus.jsonLine(fuzz.random.argv(in: fuzz.cli.directory.path)).utf8)
                } else {
                    line = Array(FuzzCorpus.jsonLine(fuzz.random.argv(in: fuzz.cli.directory.path)).utf8)
                    fuzz.random.mutateBytes(&line, times: fuzz.random.int(1...3))
                }
                input += line + [0x0A]
            }
            let arguments = fuzz.random.chance(0.3) ? ["batch", "--atomic"] : ["batch"]
            try fuzz.check(arguments, stdin: Data(input), describing: String(decoding: input, as: UTF8.self))
        }
        try fuzz.finish()
        print("fuzz: tried \(fuzz.tried) batch inputs, seed \(Self.seed)")
        #expect(fuzz.tried == total)
    }

    @Test func randomArgumentVectorsNeverCrashOrCorrupt() throws {
        let fuzz = try FuzzRun(seed: Self.seed ^ 0x3)
        defer { fuzz.cli.removeAll() }
        let total = Self.iterations(default: 56)
        for _ in 0..<total {
            let arguments = fuzz.random.argv(in: fuzz.cli.directory.path)
            try fuzz.check(arguments, describing: arguments.debugDescription)
        }
        try fuzz.finish()
        print("fuzz: tried \(fuzz.tried) argument vectors, seed \(Self.seed)")
        #expect(fuzz.tried == total)
    }
}

/// One fuzz session: a prepared database, a seeded generator, and the checks after each input.
final class FuzzRun {
    /// The longest one input may run (a debug build on a loaded machine): past it the run is a hang.
    static let timeout: TimeInterval = 60

    let cli: CLIHarness
    var random: FuzzRandom
    private(set) var tried = 0

    /// A database with subjects, decided and paid cases, and an inspection, so that commands reach deep code.
    init(seed: UInt64) throws {
        cli = try CLIHarness()
        random = FuzzRandom(seed: seed)
        #expect(try cli.run("init").status == 0)
        for (tax, name) in [("0101234567", "Công ty TNHH Hồng Hà"), ("0101234568", "Công ty B")] {
            #expect(try cli.run("subject", "add", "--tax-code", tax, "--name", name).status == 0)
        }
        #expect(try cli.run("subject", "add", "--id-number", "001089012345", "--name", "Nguyễn Văn Minh").status == 0)
        // Cases before payments: a payment refers to a decision number.
        for kind in ["cases", "payments", "inspections"] {
            let path = cli.directory.appendingPathComponent("seed-\(kind).csv").path
            try Data(FuzzCorpus.seedFiles[kind]!.utf8).write(to: URL(fileURLWithPath: path))
            let result = try cli.run("import", path, "--kind", kind)
            #expect(result.status == 0, "seed \(kind): \(result.stderr)")
        }
    }

    /// Runs one input and checks the exit status, the time taken and the database's integrity.
    func check(_ arguments: [String], stdin: Data? = nil, describing input: String) throws {
        tried += 1
        let result = try run(arguments, stdin: stdin)
        let shown = String(input.prefix(2_000))
        guard !result.timedOut else {
            Issue.record("input \(tried) ran past \(Int(Self.timeout)) s (a hang): \(arguments)\n\(shown)")
            return
        }
        #expect(!result.signaled, "input \(tried) was killed by signal \(result.status): \(arguments)\n\(shown)\n\(result.stderr)")
        #expect(
            [0, 1, 64].contains(result.status) || result.signaled,
            "input \(tried) exited \(result.status): \(arguments)\n\(shown)\n\(result.stderr)")
        let integrity = try cli.sqlite("PRAGMA integrity_check")
        #expect(integrity == "ok\n", "after input \(tried): \(integrity)\n\(arguments)\n\(shown)")
        if tried % 8 == 0 { try verifyJournal(after: "input \(tried): \(arguments)") }
    }

    /// The last check: the journal still proves the chain.
    func finish() throws { try verifyJournal(after: "the last input") }

    private func verifyJournal(after what: String) throws {
        let verify = try cli.run("journal", "verify")
        #expect(verify.status == 0 && !verify.signaled, "journal verify after \(what): \(verify.stdout)\(verify.stderr)")
    }

    struct Result {
        var status: Int32
        var signaled: Bool
        var timedOut: Bool
        var stderr: String
    }

    /// Runs the binary with a deadline; a run past it is killed and reported as a hang.
    private func run(_ arguments: [String], stdin: Data?) throws -> Result {
        let process = Process()
        process.executableURL = CLIHarness.binary
        process.arguments = arguments
        process.environment = cli.environment
        process.currentDirectoryURL = cli.directory
        let err = Pipe()
        // stdout can be large (a report); a file never blocks the child the way a full pipe would.
        let outPath = cli.directory.appendingPathComponent("fuzz-stdout").path
        FileManager.default.createFile(atPath: outPath, contents: nil)
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        defer { try? out.close() }
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = stdin == nil ? FileHandle.nullDevice : input
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        if let stdin {
            DispatchQueue.global().async {
                try? input.fileHandleForWriting.write(contentsOf: stdin)
                try? input.fileHandleForWriting.close()
            }
        }
        let errData = LockedData()
        let reading = DispatchGroup()
        reading.enter()
        DispatchQueue.global().async {
            errData.value = err.fileHandleForReading.readDataToEndOfFile()
            reading.leave()
        }
        if finished.wait(timeout: .now() + Self.timeout) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            reading.wait()
            return Result(status: -1, signaled: true, timedOut: true, stderr: "")
        }
        process.waitUntilExit()
        reading.wait()
        return Result(
            status: process.terminationStatus, signaled: process.terminationReason == .uncaughtSignal,
            timedOut: false, stderr: String(decoding: errData.value.prefix(4_000), as: UTF8.self))
    }
}

/// SplitMix64: small, fast and the same on every platform, so a seed replays the same inputs.
struct FuzzRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    mutating func chance(_ probability: Double) -> Bool { Double(next() % 10_000) < probability * 10_000 }

    mutating func pick<T>(_ values: [T]) -> T { values[int(0...(values.count - 1))] }

    /// A CSV seed file changed by one to four edits: bytes, whole fields, whole lines.
    mutating func mutateCSV(_ text: inout [UInt8]) {
        for _ in 0..<int(1...4) {
            switch int(0...5) {
            case 0, 1: mutateBytes(&text, times: 1)
            case 2, 3:
                // Replace one field of one data line with an interesting value.
                var lines = text.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
                guard lines.count > 1 else { continue }
                let row = int(1...(lines.count - 1))
                var fields = lines[row].split(separator: 0x2C, omittingEmptySubsequences: false).map(Array.init)
                guard !fields.isEmpty else { continue }
                fields[int(0...(fields.count - 1))] = Array(pick(FuzzCorpus.values).utf8)
                lines[row] = Array(fields.joined(separator: [0x2C]))
                text = Array(lines.joined(separator: [0x0A]))
            case 4:
                // Duplicate or drop a line.
                var lines = text.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
                guard !lines.isEmpty else { continue }
                let row = int(0...(lines.count - 1))
                if chance(0.5) { lines.insert(lines[row], at: row) } else { lines.remove(at: row) }
                text = Array(lines.joined(separator: [0x0A]))
            default:
                // Truncate.
                if !text.isEmpty { text = Array(text.prefix(int(0...(text.count - 1)))) }
            }
        }
    }

    /// Flips, inserts or deletes bytes, favouring the ones parsers care about.
    mutating func mutateBytes(_ bytes: inout [UInt8], times: Int) {
        let special: [UInt8] = [0x00, 0x1B, 0xFF, 0xC3, 0xE1, 0x2C, 0x22, 0x0A, 0x0D, 0x3B, 0x5C, 0x7B, 0x5D, 0x09]
        for _ in 0..<times {
            let position = bytes.isEmpty ? 0 : int(0...bytes.count)
            switch int(0...2) {
            case 0 where position < bytes.count: bytes[position] = chance(0.6) ? pick(special) : UInt8(next() & 0xFF)
            case 1 where position < bytes.count: bytes.remove(at: position)
            default: bytes.insert(chance(0.7) ? pick(special) : UInt8(next() & 0xFF), at: position)
            }
        }
    }

    /// A command line: a template that reaches deep code, each value possibly replaced by an odd one, sometimes
    /// with words dropped or repeated. Files and outputs stay inside `folder` (or /dev/full).
    mutating func argv(in folder: String) -> [String] {
        var words = pick(FuzzCorpus.templates).map { word -> String in
            switch word {
            case "TEXT": pick(FuzzCorpus.texts)
            case "MONEY": pick(FuzzCorpus.money)
            case "DATE": pick(FuzzCorpus.dates)
            case "NUM": pick(FuzzCorpus.numbers)
            case "PERIOD": pick(FuzzCorpus.periods)
            case "FORMAT": pick(["table", "json", "csv", "html", "text", "xlsx", "yaml"])
            case "OUT": pick([folder + "/out.txt", folder + "/out.xlsx", "/dev/full", folder])
            case "FILE": pick([folder + "/seed-cases.csv", folder + "/seed-payments.csv", folder, folder + "/none.csv"])
            case "KIND": pick(["subjects", "cases", "inspections", "payments", "other"])
            default: word
            }
        }
        for _ in 0..<int(0...2) where !words.isEmpty && chance(0.5) {
            let at = int(0...(words.count - 1))
            switch int(0...2) {
            case 0: words[at] = pick(FuzzCorpus.values)
            case 1: words.remove(at: at)
            default: words.insert(pick(FuzzCorpus.flags), at: at)
            }
        }
        // A NUL cannot be passed in an argument vector (only through batch's JSON).
        return words.map { $0.replacingOccurrences(of: "\u{0}", with: "") }
    }
}

/// What the fuzzer draws from.
enum FuzzCorpus {
    /// One valid file per import kind; payments and cases refer to each other through the decision numbers.
    static let seedFiles: [String: String] = [
        "subjects": "Loại,Mã số thuế,Tên,Địa chỉ\ntổ chức,0109999991,\"Công ty X, TNHH\",Hà Nội\ncá nhân,001089099999,Trần Thị Y,\n",
        "cases": "Số biên bản,Mã số thuế,Số định danh,Ngày lập biên bản,Hành vi vi phạm,Ngày vi phạm,Số quyết định,"
            + "Ngày quyết định,Người ký,Tiền phạt,Khắc phục hậu quả,Ngày nhận quyết định\n"
            + "BB-1/2026,0101234567,,20/10/2026,ND125-2020-D24-K4-b,01/10/2026,QĐ-1,25/10/2026,Nguyễn Văn Bình,"
            + "5.000.000,0,27/10/2026\n"
            + "BB-2/2026,,001089012345,2026-10-21,ND125-2020-D24-K4-b,,,,,,,\n",
        "payments": "decision number,paid on,amount,receipt\nQĐ-1,2026-11-01,1.000.000,R-1\nQĐ-1,2026-11-02,500.000,R-2\n",
        "inspections": "Số quyết định,Ngày quyết định,Hình thức,Loại hình,Cấp,Nội dung,Đơn vị chủ trì,Mã số thuế,"
            + "Ngày công bố,Ngày kết thúc trực tiếp,Số kết luận,Ngày kết luận,Tiền vi phạm,Kiến nghị thu hồi,Trạng thái\n"
            + "12/QĐ-TTr,01/08/2026,thường xuyên,thanh_tra,thanh_tra_tinh,Đất đai,Phòng 2,0101234567,05/08/2026,"
            + "20/09/2026,KL-3/2026,10/10/2026,120.000.000,80.000.000,đã kết luận\n"
            + "13/QĐ-TTr,2026-10-01,thường xuyên,thanh_tra,thanh_tra_tinh,Hóa đơn,Phòng 3,0101234568,,,,,,,\n",
    ]

    static let texts = [
        "Công ty TNHH A", "", " ", "A", String(repeating: "ệ", count: 501), String(repeating: "x", count: 3_000),
        "Evil\u{1B}]0;pwned\u{7}", "a\tb", "a\nb", "\u{202E}gnp.exe", "😀👍🏽", "'; DROP TABLE subject; --",
        "%s%n%x", "../../etc/passwd", "\u{85}next", "\u{FEFF}bom", "R-\u{7F}",
    ]
    static let money = [
        "0", "1", "1.500.000", "1 500 000 đ", "1000000000000000", "1.000.000.000.000.001", "9223372036854775807",
        "99999999999999999999", "-1", "1,5", "1.5", "1e9", "abc", "", "0x10", "١٢٣",
    ]
    static let dates = [
        "2026-01-01", "2026-11-23", "2026-02-30", "0000-01-01", "9999-12-31", "31/12/2026", "2026-13-01", "", "2026-1-1",
        "-2026-01-01",
    ]
    static let numbers = ["1", "2", "3", "0", "-1", "999999999999999999999", "abc", "#1", "1.0", ""]
    static let periods = ["2026-01", "2026-11", "2026-13", "2026", "0-01", "2026-01..2026-03", "2026-03..2026-01", "", "Q1"]
    static let values = texts + money + dates + numbers + periods
    static let flags = ["--format", "json", "--help", "--as", "-o", "--amount", "--name", "--on", "--", "-", "--skip-bad"]

    /// Command lines that reach deep code; upper-case words are replaced by values of that sort.
    static let templates: [[String]] = [
        ["subject", "add", "--tax-code", "0101234599", "--name", "TEXT", "--address", "TEXT"],
        ["subject", "add", "--id-number", "001089012399", "--name", "TEXT"],
        ["subject", "list", "--search", "TEXT"],
        ["subject", "show", "NUM"],
        ["--as", "TEXT", "subject", "add", "--tax-code", "0101234598", "--name", "Công ty C"],
        [
            "case", "open", "--subject", "NUM", "--record", "TEXT", "--record-on", "DATE", "--place", "TEXT",
            "--violation", "ND125-2020-D24-K4-b",
        ],
        ["case", "preview", "--subject", "NUM", "--record-on", "DATE", "--violation", "ND125-2020-D24-K4-b,gain=MONEY"],
        ["case", "pay", "NUM", "--amount", "MONEY", "--on", "DATE", "--receipt", "TEXT"],
        ["case", "pay", "NUM", "--amount", "MONEY", "--surcharge", "MONEY", "--on", "DATE", "--receipt", "R-9"],
        ["case", "installments", "NUM", "--installment", "DATE=MONEY"],
        ["case", "show", "NUM", "--explain"],
        ["case", "list", "--format", "FORMAT"],
        ["case", "recompute", "--format", "FORMAT"],
        ["report", "monthly", "PERIOD", "--format", "FORMAT"],
        ["report", "annual", "2026", "--format", "FORMAT", "-o", "OUT"],
        ["report", "range", "PERIOD", "--format", "FORMAT"],
        ["report", "explain", "monthly", "PERIOD", "penalty.fines_imposed_vnd"],
        ["report", "explain", "annual", "2026", "inspections.violations_vnd"],
        ["inspection", "list", "--format", "FORMAT"],
        ["inspection", "show", "NUM"],
        ["finding", "add", "NUM", "--subject", "NUM", "--amount", "MONEY", "--description", "TEXT"],
        ["journal", "show", "--format", "FORMAT"],
        ["journal", "verify"],
        ["rules", "catalog", "--on", "DATE"],
        ["import", "FILE", "--kind", "KIND", "--skip-bad", "OUT"],
        ["version"],
    ]

    /// `{"argv": [...]}` with the words JSON-escaped.
    static func jsonLine(_ argv: [String]) -> String {
        let data = try! JSONSerialization.data(withJSONObject: ["argv": argv])
        return String(decoding: data, as: UTF8.self)
    }
}
