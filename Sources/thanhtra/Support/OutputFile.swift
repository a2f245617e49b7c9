import Foundation

/// Writing a whole file with every write, sync and close checked, so that a full disk (or `-o /dev/full`) is an
/// error and never a silent exit 0.
///
/// A regular file (or a new one) is written beside its final name and renamed over it once complete, so a failed
/// write never leaves half a report; a device or a pipe (`/dev/stdout`, `/dev/full`) is written in place.
enum OutputFile {
    /// Writes `bytes` to `path`.
    ///
    /// - Throws: ``CommandError`` naming the path and the system's reason.
    static func write(_ bytes: [UInt8], to path: String) throws {
        var status = stat()
        let exists = stat(path, &status) == 0
        if exists, (status.st_mode & S_IFMT) != S_IFREG {
            let descriptor = open(path, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw failure(path) }
            try writeAll(bytes, to: descriptor, path: path, closing: true)
            return
        }
        let temporary = path + ".partial-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(path) }
        do {
            try writeAll(bytes, to: descriptor, path: path, closing: true)
            guard rename(temporary, path) == 0 else { throw failure(path) }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Writes every byte, syncs a regular file and closes the descriptor, checking each step.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String, closing: Bool) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Foundation.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else {
                let error = failure(path)
                if closing { close(descriptor) }
                throw error
            }
            offset += written
        }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, fsync(descriptor) != 0 {
            let error = failure(path)
            if closing { close(descriptor) }
            throw error
        }
        if closing, close(descriptor) != 0 { throw failure(path) }
    }

    /// The error for `path` with the current `errno`.
    static func failure(_ path: String) -> CommandError {
        let code = errno
        let reason = Wording.systemReason(code)
        return CommandError.said(
            ("cannot write \(path): \(reason.english)", "không ghi được \(path): \(reason.vietnamese)"),
            hint: code == ENOSPC
                ? ("the disk is full; free some space or write elsewhere with -o", "ổ đĩa đã đầy; giải phóng dung lượng hoặc ghi chỗ khác bằng -o")
                : (
                    "check that the folder exists and is writable, or write elsewhere with -o",
                    "kiểm tra thư mục có tồn tại và ghi được, hoặc ghi chỗ khác bằng -o"
                ))
    }
}
