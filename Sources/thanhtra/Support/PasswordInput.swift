import Foundation
import Glibc
import Inspectorate

/// Reads a password without it ever being an argument: from the terminal with echo off, or the first line of
/// standard input (`--password-stdin`, for scripts).
enum PasswordInput {
    /// - Throws: ``CommandError`` when standard input is not a terminal and `fromStandardInput` is false, when the
    ///   input ends first, or when the two typed copies differ.
    static func read(fromStandardInput: Bool, confirming: Bool) throws -> String {
        if fromStandardInput {
            guard let line = Swift.readLine(strippingNewline: true) else {
                throw CommandError.said(
                    ("no password on standard input", "không có mật khẩu ở đầu vào chuẩn"),
                    hint: ("send it as the first line", "gửi mật khẩu ở dòng đầu"))
            }
            return line
        }
        guard isatty(STDIN_FILENO) == 1 else {
            throw CommandError.said(
                (
                    "standard input is not a terminal, so the password cannot be asked for",
                    "đầu vào chuẩn không phải là thiết bị đầu cuối, nên không hỏi mật khẩu được"
                ),
                hint: (
                    "pass --password-stdin and send the password as the first line of standard input",
                    "dùng --password-stdin và gửi mật khẩu ở dòng đầu của đầu vào chuẩn"
                ))
        }
        let first = try prompt("Mật khẩu / Password: ")
        if confirming {
            let second = try prompt("Nhập lại / Again: ")
            guard first == second else {
                throw CommandError.said(
                    ("the two passwords differ", "hai mật khẩu không giống nhau"), hint: ("run the command again", "chạy lại lệnh"))
            }
        }
        return first
    }

    /// Prints `label` on stderr and reads a line from the terminal with echo off, restoring it afterwards.
    private static func prompt(_ label: String) throws -> String {
        FileHandle.standardError.write(Data(label.utf8))
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        guard let line = Swift.readLine(strippingNewline: true) else {
            throw CommandError.said(("no password was typed", "chưa gõ mật khẩu"))
        }
        return line
    }
}

/// Runs an account use case and words its ``AccountError`` for the terminal.
enum AccountWords {
    @discardableResult
    static func worded<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as AccountError {
            throw CommandError(accountError: error)
        }
    }
}
