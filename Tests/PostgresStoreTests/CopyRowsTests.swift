import Casework
import PostgresNIO
@testable import PostgresStore
import Testing

/// ``PGCopyRows``: the text format of `COPY … FROM STDIN` (PostgreSQL's manual, "COPY", *Text Format*): fields
/// separated by a tab, rows ended by a newline, `\N` for NULL, and a backslash, tab, newline or carriage return inside
/// a value written as `\\`, `\t`, `\n`, `\r`. No server needed: the bytes are compared with the format written by hand.
@Suite struct CopyRowsTests {
    static func text(_ rows: PGCopyRows) -> String {
        rows.all.map { String(buffer: $0) }.joined()
    }

    @Test func everyKindOfFieldIsWrittenInTheTextFormat() {
        var rows = PGCopyRows()
        rows.row { fields in
            fields.int(42)
            fields.text("Công ty Đông Á")
            fields.date(CalendarDate("2026-02-28"))
            fields.bool(true)
            fields.int(-7)
        }
        rows.row { fields in
            fields.int(nil)
            fields.text(nil)
            fields.date(nil)
            fields.bool(false)
            fields.text("")
        }
        #expect(rows.count == 2)
        #expect(Self.text(rows) == "42\tCông ty Đông Á\t2026-02-28\tt\t-7\n\\N\t\\N\t\\N\tf\t\n")
    }

    @Test func backslashesAndControlCharactersAreEscaped() {
        var rows = PGCopyRows()
        rows.row { fields in
            fields.text(#"\N"#)
            fields.text("a\tb\nc\rd")
            fields.text(#"\."#)
            fields.text(#"C:\dir\"#)
        }
        #expect(Self.text(rows) == #"\\N"# + "\t" + #"a\tb\nc\rd"# + "\t" + #"\\."# + "\t" + #"C:\\dir\\"# + "\n")
    }

    /// Rows go out in buffers of about 256 KiB, each ending at a row's end, and nothing is lost between them.
    @Test func manyRowsAreSplitIntoBuffersAtRowEnds() {
        var rows = PGCopyRows()
        let line = String(repeating: "x", count: 1_000)
        for number in 0..<1_000 {
            rows.row { fields in
                fields.int(Int64(number))
                fields.text(line)
            }
        }
        let buffers = rows.all.map { String(buffer: $0) }
        #expect(buffers.count == 4)
        #expect(buffers.allSatisfy { $0.hasSuffix("\n") })
        let lines = buffers.joined().split(separator: "\n")
        #expect(lines.count == 1_000)
        #expect(lines.last.map(String.init) == "999\t" + line)
    }
}
