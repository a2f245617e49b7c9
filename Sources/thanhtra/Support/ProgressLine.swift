import Foundation

/// A progress line on stderr (`rules diff [########------------]  41 %  412 000 cases  9 800 cases/s  about 1 min
/// 00 s left`, ``ProgressBar``), redrawn in place, only when stderr is a terminal (nothing when piped). Workers call ``show(_:of:)`` from any thread; it redraws at most once per percent.
///
/// `@unchecked Sendable`: `lastPercent` and `drawn` are read and written only while `lock` is held.
final class ProgressLine: @unchecked Sendable {
    private let label: String
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private let lock = NSLock()
    private var lastPercent = -1
    private var drawn = false

    private let started = ContinuousClock.now

    init(_ label: String) { self.label = label }

    func show(_ done: Int, of total: Int) {
        guard isTerminal, total > 0 else { return }
        let percent = min(100, done * 100 / total)
        lock.lock()
        defer { lock.unlock() }
        guard percent != lastPercent else { return }
        lastPercent = percent
        drawn = true
        let elapsed = ContinuousClock.now - started
        let nanoseconds = elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000
        let text = ProgressBar.line(
            label: label, done: Int64(done), total: Int64(total), count: Int64(done), unit: "cases",
            elapsedNanoseconds: nanoseconds)
        FileHandle.standardError.write(Data("\r\(text)\u{1B}[K".utf8))
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
