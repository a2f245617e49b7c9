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
}
