import Casework
import Foundation

/// The check every word of a command line passes before it is parsed, whether it comes from the process's
/// arguments or from a `batch` line: ``TextInput`` — valid UTF-8, no NUL or other control character; one line (at
/// most 2 000 characters) except the value of an option that holds prose (``multilineOptions``: TAB, LF and CR
/// allowed, at most 20 000). Fields with stricter rules (a name: 500, `--as`) check again.
enum InputWords {
    /// Options whose value may span lines: reasons, descriptions, notes, contents.
    static let multilineOptions: Set<String> = ["--reason", "--description", "--note", "--content", "--text"]

    /// How the word at `index` of `words` is checked.
    static func kind(of index: Int, in words: [String]) -> TextInput.Kind {
        let word = words[index]
        if word.hasPrefix("--"), let equals = word.firstIndex(of: "="),
            multilineOptions.contains(String(word[..<equals]))
        {
            return .multiline
        }
        return index > 0 && multilineOptions.contains(words[index - 1]) ? .multiline : .line
    }

    /// The process's arguments after the program name, refused when one is not valid UTF-8 (Swift's
    /// `CommandLine.arguments` would silently replace the bad bytes with U+FFFD).
    static func processArguments() throws -> [String] {
        var words: [String] = []
        for index in 1..<Int(CommandLine.argc) {
            guard let pointer = CommandLine.unsafeArgv[index] else { continue }
            let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer))
            guard let word = TextInput.decodeUTF8(bytes) else {
                do {
                    _ = try TextInput.validate(utf8: bytes, field: "argument \(index)", kind: .multiline)
                } catch {
                    throw CommandError.said(
                        ("argument \(index): \(error.message)", "đối số \(index): \(error.vietnamese ?? error.message)"),
                        hint: error.hint.map { ($0, error.vietnameseHint ?? $0) })
                }
                continue
            }
            words.append(word)
        }
        try check(words)
        return words
    }

    /// Refuses the first word that ``TextInput`` refuses as multi-line text, naming its position.
    static func check(_ words: [String]) throws {
        for (index, word) in words.enumerated() {
            do {
                try TextInput.validate(word, field: "argument \(index + 1)", kind: kind(of: index, in: words))
            } catch {
                throw CommandError.said(
                    ("argument \(index + 1): \(error.message)", "đối số \(index + 1): \(error.vietnamese ?? error.message)"),
                    hint: error.hint.map { ($0, error.vietnameseHint ?? $0) })
            }
        }
    }
}

/// Lines of stdin as bytes, so that text which is not UTF-8 is refused instead of repaired (`readLine` replaces bad
/// bytes with U+FFFD). A line ends at LF; a CR before it is dropped.
struct StandardInputLines {
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false

    /// The next line's bytes without its line end, or `nil` at the end of input.
    mutating func next() -> [UInt8]? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[start..<end])
                start = newline + 1
                return line
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                return line
            }
            if start > 0 {
                buffer.removeFirst(start)
                start = 0
            }
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            let count = read(STDIN_FILENO, &chunk, chunk.count)
            if count <= 0 {
                if count < 0, errno == EINTR { continue }
                atEnd = true
            } else {
                buffer += chunk[..<count]
            }
        }
    }
}
