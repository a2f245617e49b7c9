import ArgumentParser
import Foundation
import Testing

@testable import thanhtra

/// `thanhtra batch` parses a line by the command its words name instead of from the root
/// (`BatchCommand.parsedByItsCommand`); these tests hold it to the root's parse on every command line the end-to-end
/// tests run.
@Suite("thanhtra batch — a line parsed by its own command")
struct BatchParseTests {
    /// Every `run("word", "word", …)` of the end-to-end tests whose words are plain string literals.
    static let commandLines: [[String]] = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let call = try! NSRegularExpression(pattern: #"\.run\(((?:"[^"\\]*"\s*,\s*)*"[^"\\]*")\s*[,)]"#)
        let literal = try! NSRegularExpression(pattern: #""([^"\\]*)""#)
        var lines: Set<[String]> = []
        for file in files where file.hasSuffix("CLITests.swift") {
            guard let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8) else { continue }
            let whole = NSRange(text.startIndex..., in: text)
            for match in call.matches(in: text, range: whole) {
                guard let range = Range(match.range(at: 1), in: text) else { continue }
                let words = String(text[range])
                let inner = NSRange(words.startIndex..., in: words)
                lines.insert(
                    literal.matches(in: words, range: inner).compactMap { Range($0.range(at: 1), in: words).map { String(words[$0]) } })
            }
        }
        return lines.sorted { $0.joined(separator: " ") < $1.joined(separator: " ") }
    }()

    static func described(_ command: any ParsableCommand) -> String {
        var text = ""
        dump(command, to: &text)
        return text
    }

    @Test(arguments: [[], ["--db", "x.sqlite", "--rules", "rules", "--as", "tester", "--lang", "en"]])
    func aLineItsCommandParsesIsTheRootsParseAndEveryOtherGoesToTheRoot(prefix: [String]) throws {
        let lines = Self.commandLines
        try #require(lines.count > 200, "the end-to-end tests' command lines were not found")
        var byItsCommand = 0
        for argv in lines {
            let root = try? Thanhtra.parseAsRoot(prefix + argv)
            let fast = BatchCommand.parsedByItsCommand(argv, prefix: prefix)
            if let fast {
                byItsCommand += 1
                let root = try #require(root, "the root refuses what its command accepts: \(argv)")
                #expect(Self.described(fast) == Self.described(root), "\(argv)")
            }
        }
        // The lines the root refuses, and help and the rest, are the root's; most lines must take the short way.
        #expect(byItsCommand * 10 > lines.count * 7, "\(byItsCommand) of \(lines.count) lines parsed by their command")
    }

    @Test func whatItsCommandDoesNotAcceptIsLeftToTheRoot() {
        for argv in [
            ["--db", "y.sqlite", "subject", "add", "--tax-code", "0101234567", "--name", "A"],  // options first
            ["subject"],  // a group alone
            ["subject", "add", "--help"],  // help
            ["--version"],
            ["subject", "add", "--tax-code"],  // a value missing
            ["subject", "ad", "--tax-code", "0101234567"],  // a mistyped word
            ["case", "installments", "1"],  // the command's validate() refuses (no --installment)
        ] {
            #expect(BatchCommand.parsedByItsCommand(argv, prefix: []) == nil, "\(argv)")
        }
        let line = ["subject", "add", "--tax-code", "0101234567", "--name", "Công ty A"]
        #expect(BatchCommand.parsedByItsCommand(line, prefix: ["--db", "x.sqlite"]) is SubjectAddCommand)
    }
}
