import Foundation
import Testing
@testable import Casework

@Suite("TextInput: one check of text for the command line, batch and import")
struct TextInputTests {
    @Test func ordinaryVietnameseTextPasses() throws {
        #expect(try TextInput.validate("Công ty TNHH Hồng Hà", field: "name", kind: .name) == "Công ty TNHH Hồng Hà")
        #expect(try TextInput.validate("dòng 1\ndòng 2\tcột", field: "note", kind: .multiline) == "dòng 1\ndòng 2\tcột")
    }

    @Test func aNULIsRefusedEverywhereNamingTheFieldAndPosition() {
        for kind in [TextInput.Kind.name, .line, .multiline] {
            let error = #expect(throws: InputError.self) { try TextInput.validate("A\u{0}B", field: "name", kind: kind) }
            #expect(error?.field == "name")
            #expect(error?.message.hasPrefix("a NUL character (U+0000) at character 2 is not allowed") == true)
        }
    }

    @Test func escapeAndOtherControlsAreRefusedEvenInMultilineText() {
        let escape = #expect(throws: InputError.self) {
            try TextInput.validate("Evil\u{1B}]0;pwned\u{7}", field: "--name", kind: .multiline)
        }
        #expect(escape?.description == """
            error: an escape character (U+001B) at character 5 is not allowed
              --> field --name
              help: remove it; control characters cannot be stored (they would garble the terminal of whoever reads the value)
            """)
        for scalar in ["\u{7}", "\u{8}", "\u{7F}", "\u{85}", "\u{9B}"] {
            #expect(throws: InputError.self) { try TextInput.validate("a\(scalar)b", field: "x", kind: .multiline) }
        }
    }

    @Test func lineBreaksAndTabsAreRefusedInOneLineFields() {
        let error = #expect(throws: InputError.self) { try TextInput.validate("a\nb", field: "name", kind: .name) }
        #expect(error?.message == "a line break (U+000A) at character 2 is not allowed in a one-line value")
        #expect(throws: InputError.self) { try TextInput.validate("a\tb", field: "--as", kind: .line) }
    }

    @Test func lengthCapsCountCharactersNotBytes() throws {
        // 500 Vietnamese letters are 1 000+ bytes but exactly the cap.
        let name = String(repeating: "ệ", count: 500)
        #expect(try TextInput.validate(name, field: "name", kind: .name) == name)
        let error = #expect(throws: InputError.self) { try TextInput.validate(name + "a", field: "name", kind: .name) }
        #expect(error?.message == "the value has 501 characters; at most 500 are allowed")
        #expect(throws: InputError.self) {
            try TextInput.validate(String(repeating: "a", count: 2_001), field: "x", kind: .line)
        }
        #expect(throws: InputError.self) {
            try TextInput.validate(String(repeating: "a", count: 20_001), field: "x", kind: .multiline)
        }
        #expect(TextInput.Kind.name.limit == 500 && TextInput.Kind.line.limit == 2_000)
        #expect(TextInput.Kind.multiline.limit == 20_000)
    }

    @Test func bytesThatAreNotUTF8AreRefusedNotRepaired() throws {
        #expect(TextInput.decodeUTF8(Array("Hà".utf8)) == "Hà")
        #expect(TextInput.decodeUTF8([0x41, 0xFF, 0x42]) == nil)
        #expect(TextInput.decodeUTF8([0xC3]) == nil)  // a sequence cut short
        let error = #expect(throws: InputError.self) {
            try TextInput.validate(utf8: [0x41, 0x42, 0xC3, 0x28], field: "line 3", kind: .multiline)
        }
        #expect(error?.message == "the text is not valid UTF-8 (byte 3)")
        #expect(try TextInput.validate(utf8: Array("Hà Nội".utf8), field: "x", kind: .name) == "Hà Nội")
    }

    @Test func aNewSubjectsNameGoesThroughTheSameCheck() {
        let subject = NewSubject(kind: .organization, identifier: "0101234567", name: "A\u{1B}[31m")
        let error = #expect(throws: InputError.self) { try subject.validated() }
        #expect(error?.field == "name")
        let long = NewSubject(kind: .organization, identifier: "0101234567", name: String(repeating: "a", count: 501))
        #expect(throws: InputError.self) { try long.validated() }
    }
}
