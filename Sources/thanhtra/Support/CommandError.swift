/// An error of the command line itself (a missing database, a bad combination of flags found after parsing).
struct CommandError: Error, CustomStringConvertible {
    var message: String
    var hint: String?

    var description: String {
        var text = "error: \(message)"
        if let hint { text += "\n  help: \(hint)" }
        return text
    }
}
