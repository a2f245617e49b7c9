import Casework
@testable import Import
import Foundation
import Testing

@Suite struct CSVReaderTests {
    /// All records of `text`, read `chunkSize` bytes at a time.
    func records(_ bytes: [UInt8], chunkSize: Int = 64 * 1024) throws -> [CSVRecord] {
        var offset = 0
        var reader = CSVReader {
            guard offset < bytes.count else { return nil }
            defer { offset += chunkSize }
            return Data(bytes[offset..<min(bytes.count, offset + chunkSize)])
        }
        var out: [CSVRecord] = []
        while let record = try reader.next() { out.append(record) }
        return out
    }

    func records(_ text: String, chunkSize: Int = 64 * 1024) throws -> [CSVRecord] {
        try records(Array(text.utf8), chunkSize: chunkSize)
    }

    @Test func quotedFieldsKeepCommasAndDoubledQuotes() throws {
        let got = try records("a,\"b, c\",\"say \"\"hi\"\"\"\n")
        #expect(got == [CSVRecord(fields: ["a", "b, c", "say \"hi\""], line: 1)])
    }

    @Test func crlfAndLfLineEndsGiveTheSameRecords() throws {
        let lf = try records("x,y\n1,2\n3,4\n")
        let crlf = try records("x,y\r\n1,2\r\n3,4\r\n")
        #expect(lf == crlf)
        #expect(lf.map(\.line) == [1, 2, 3])
    }

    @Test func aByteOrderMarkIsSkippedWhateverTheChunkSize() throws {
        for size in [1, 2, 3, 4, 1024] {
            let got = try records([0xEF, 0xBB, 0xBF] + Array("tên,địa chỉ\nA,Huế".utf8), chunkSize: size)
            #expect(got == [CSVRecord(fields: ["tên", "địa chỉ"], line: 1), CSVRecord(fields: ["A", "Huế"], line: 2)])
        }
    }

    @Test func embeddedLineBreaksStayInTheFieldAndRecordsReportTheLineWhereTheyStart() throws {
        let text = "h1,h2\r\n\"two\r\nlines\",b\r\n\"three\nlines\nhere\",c\nlast,d"
        let got = try records(text)
        #expect(got.map(\.line) == [1, 2, 4, 7])
        #expect(got[1].fields == ["two\r\nlines", "b"])
        #expect(got[2].fields == ["three\nlines\nhere", "c"])
        #expect(got[3].fields == ["last", "d"])
    }

    @Test func everyChunkSizeGivesTheSameRecords() throws {
        let text = "\u{FEFF}a,\"b\"\"c\",\"d\r\ne\"\r\n\r\n,\n\"\",x\r\n"
        let whole = try records(text)
        #expect(whole == [
            CSVRecord(fields: ["a", "b\"c", "d\r\ne"], line: 1), CSVRecord(fields: ["", ""], line: 4),
            CSVRecord(fields: ["", "x"], line: 5),
        ])
        for size in 1...8 { #expect(try records(text, chunkSize: size) == whole, "chunk size \(size)") }
    }

    @Test func emptyLinesAreSkippedButCounted() throws {
        let got = try records("a\n\n\r\nb\n")
        #expect(got == [CSVRecord(fields: ["a"], line: 1), CSVRecord(fields: ["b"], line: 4)])
    }

    @Test func anUnclosedQuoteIsReportedAtTheLineWhereTheRecordStarts() throws {
        let error = #expect(throws: CSVError.self) { try records("a\n\"open\nstill open\n") }
        #expect(error?.description == "line 2: a quoted field is never closed")
    }

    @Test func aQuoteInsideAnUnquotedFieldIsAnError() throws {
        let error = #expect(throws: CSVError.self) { try records("ok\nab\"c\n") }
        #expect(error?.description == "line 2: a quote inside an unquoted field; quote the whole field and double the quote")
    }

    @Test func textAfterAClosingQuoteIsAnError() throws {
        let error = #expect(throws: CSVError.self) { try records("\"a\"b\n") }
        #expect(error?.line == 1)
        #expect(error?.message.hasPrefix("text after a closing quote") == true)
    }

    @Test func bytesThatAreNotUTF8AreAnError() throws {
        let error = #expect(throws: CSVError.self) { try records(Array("a\n".utf8) + [0xC3, 0x28, 0x0A]) }
        #expect(error?.line == 2)
        #expect(error?.message.hasPrefix("text that is not UTF-8") == true)
    }

    /// The reader's UTF-8 check answers what the standard library's validating initialiser answers: for the
    /// sequences at the edges of UTF-8 (overlong forms, surrogates, a truncated four-byte prefix that repairs to one
    /// U+FFFD of the same length, code points past U+10FFFF) and for random bytes.
    @Test func theUTF8CheckAgreesWithTheStandardLibrary() {
        let edges: [[UInt8]] = [
            [], Array("Công ty TNHH Hồng Hà".utf8), [0xF0, 0x9F, 0x98, 0x80], [0xF0, 0x90, 0x80], [0xF0, 0x90, 0x80, 0x41],
            [0xED, 0xA0, 0x80], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80],
            [0xBF, 0x41], [0xC3], [0xC3, 0x28], [0xEF, 0xBF, 0xBD], [0xFF], [0xFE, 0xFF], [0x00],
        ]
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x9F, 0xBF, 0xC0, 0xC2, 0xC3, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
        let random = (0..<20_000).map { _ in
            (0..<Int.random(in: 0...6, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
        }
        var invalid = 0
        for bytes in edges + random {
            let expected = String(validating: bytes, as: UTF8.self)
            #expect(CSVReader.utf8Text(bytes) == expected, "\(bytes)")
            if expected == nil { invalid += 1 }
        }
        #expect(invalid > 1_000)   // the random bytes reach the invalid side often, not only the edges
    }

    @Test func writtenRecordsReadBackUnchanged() throws {
        let fields = ["plain", "with, comma", "with \"quote\"", "two\nlines", ""]
        let got = try records(CSVWriter.line(fields))
        #expect(got == [CSVRecord(fields: fields, line: 1)])
    }

    @Test func aCSVFieldWithAControlCharacterIsAnErrorNamingItsLineAndField() throws {
        var reader = CSVReader(data: Data("a,b\nx,\"y\u{1B}z\"\n".utf8))
        _ = try reader.next()
        let error = #expect(throws: CSVError.self) { _ = try reader.next() }
        #expect(error?.line == 2)
        #expect(error?.message.hasPrefix("field 2: an escape character (U+001B) at character 2 is not allowed") == true)
    }

    @Test func aRecordLongerThanTheMaximumIsAnErrorNamingTheLineWhereItStarts() throws {
        let long = String(repeating: "x", count: CSVReader.maximumRecordBytes)
        for (text, size) in [("a\nb," + long + "\n", 64 * 1024), ("a\n\"" + long + "\"\n", 1000), ("a\n\"q\n" + long, 7)] {
            let error = #expect(throws: CSVError.self) { try records(text, chunkSize: size) }
            #expect(error?.line == 2)
            #expect(error?.message == "a record is longer than 1048576 bytes; is a closing quote missing?")
        }
        // Just under the maximum, in fields each under TextInput's 20 000 characters.
        let fields = [String](repeating: String(repeating: "y", count: 17_000), count: 61)
        #expect(fields.joined(separator: ",").utf8.count + 1 < CSVReader.maximumRecordBytes)
        #expect(try records("a\n" + fields.joined(separator: ",") + "\n", chunkSize: 1000).last?.fields == fields)
    }

    @Test func longFieldsOverManyChunksGiveTheSameRecordsWhateverTheChunkSize() throws {
        let text = "tên,ghi chú\n" + (1...40).map { row in
            "Công ty \(row) \(String(repeating: "ế", count: row)),\"dòng \(row)\r\n\"\"trích\"\", \(String(repeating: "z", count: row * 3))\"\r\n"
        }.joined()
        let whole = try records(text)
        #expect(whole.count == 41 && whole.last?.line == 80)
        #expect(whole[1].fields == ["Công ty 1 ế", "dòng 1\r\n\"trích\", zzz"])
        for size in [1, 2, 3, 5, 16, 100, 4096] { #expect(try records(text, chunkSize: size) == whole, "chunk size \(size)") }
    }

    @Test func aCOneControlOrDeleteInAFieldIsStillAnErrorAndOtherLatinOneLettersAreNot() throws {
        for (scalar, name) in [("\u{85}", "a control character (U+0085)"), ("\u{7F}", "a control character (U+007F)")] {
            var reader = CSVReader(data: Data("a,b\nx,y\(scalar)z\n".utf8))
            _ = try reader.next()
            let error = #expect(throws: CSVError.self) { _ = try reader.next() }
            #expect(error?.message.hasPrefix("field 2: \(name) at character 2 is not allowed") == true)
        }
        #expect(try records("diện tích\n12 m²\u{A0}°\n").last?.fields == ["12 m²\u{A0}°"])
    }
}
