import Foundation

/// Runs code with the process's stdout (file descriptor 1) sent to a temporary file and returns what it wrote;
/// `emit` writes to the real stdout meanwhile. Used by `thanhtra batch` to run commands in-process.
///
/// A file, not a pipe, so a command that prints a lot cannot block on a full pipe.
final class StdoutCapture {
    private let original: Int32
    private let file: Int32

    init() throws {
        var template = Array((NSTemporaryDirectory() + "/thanhtra-batch-XXXXXX").utf8CString)
        file = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard file >= 0 else {
            throw CommandError(message: "cannot create a temporary file for the commands' output", hint: "check TMPDIR")
        }
        _ = template.withUnsafeBufferPointer { unlink($0.baseAddress!) }
        original = dup(STDOUT_FILENO)
    }

    deinit {
        close(file)
        close(original)
    }

    /// What `body` printed on stdout.
    func capturing(_ body: () throws -> Void) throws -> String {
        fflush(nil)
        ftruncate(file, 0)
        lseek(file, 0, SEEK_SET)
        dup2(file, STDOUT_FILENO)
        defer {
            fflush(nil)
            dup2(original, STDOUT_FILENO)
        }
        try body()
        fflush(nil)
        let size = lseek(file, 0, SEEK_CUR)
        var bytes = [UInt8](repeating: 0, count: Int(size))
        let read = pread(file, &bytes, bytes.count, 0)
        return String(decoding: bytes.prefix(max(0, read)), as: UTF8.self)
    }

    /// Writes one JSON object and a newline on the real stdout.
    func emit(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        fflush(nil)
        try FileHandle(fileDescriptor: original, closeOnDealloc: false).write(contentsOf: data)
    }
}
