import ArgumentParser

/// An error of the command line itself (a missing database, a bad combination of flags found after parsing).
struct CommandError: Error, CustomStringConvertible {
    var message: String
    var hint: String?
    /// Worded in Vietnamese: printed with `lỗi:` and `gợi ý:`.
    var vietnamese = false

    var description: String {
        var text = (vietnamese ? "lỗi: " : "error: ") + message
        if let hint { text += (vietnamese ? "\n  gợi ý: " : "\n  help: ") + hint }
        return text
    }

    /// A command's own error in the command line's language (``Wording/commandLine``): each text given in English
    /// and in Vietnamese.
    ///
    /// ```swift
    /// throw CommandError.said(
    ///     ("no password on standard input", "không có mật khẩu ở đầu vào chuẩn"),
    ///     hint: ("send it as the first line", "gửi mật khẩu ở dòng đầu"))
    /// ```
    static func said(_ message: (String, String), hint: (String, String)? = nil) -> CommandError {
        let say = Wording.current
        return CommandError(
            message: say(message.0, message.1), hint: hint.map { say($0.0, $0.1) }, vietnamese: say.vietnamese)
    }
}

extension ValidationError {
    /// Bad usage worded in the command line's language (``Wording/commandLine``): `english` or `vietnamese`.
    static func said(_ english: String, _ vietnamese: String) -> ValidationError {
        ValidationError(Wording.current(english, vietnamese))
    }
}
