import Foundation

/// A progress line on stderr (`rules diff: 412 000 / 1 000 000 cases, 41 %`), redrawn in place, only when stderr is
/// a terminal. Workers call ``show(_:of:)`` from any thread; it redraws at most once per percent.
///
/// `@unchecked Sendable`: `lastPercent` and `drawn` are read and written only while `lock` is held.
final class ProgressLine: @unchecked Sendable {
    private let label: String
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private let lock = NSLock()
    private var lastPercent = -1
    private var drawn = false

    init(_ label: String) { self.label = label }

    func show(_ done: Int, of total: Int) {
        guard isTerminal, total > 0 else { return }
        let percent = min(100, done * 100 / total)
        lock.lock()
        defer { lock.unlock() }
        guard percent != lastPercent else { return }
        lastPercent = percent
        drawn = true
        FileHandle.standardError.write(Data("\r\(label): \(done) / \(total) cases, \(percent) %\u{1B}[K".utf8))
    }

    /// Ends the line, if one was drawn.
    func end() {
        lock.lock()
        defer { lock.unlock() }
        guard drawn else { return }
        FileHandle.standardError.write(Data("\n".utf8))
        drawn = false
    }
}
