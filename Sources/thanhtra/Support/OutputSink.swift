/// What one line of `thanhtra batch` printed on standard output, collected instead of written (see
/// ``Output/sink``).
///
/// `@unchecked Sendable` because a task-local value must be `Sendable`: a sink is made for one batch line and only
/// the thread running that line appends to it, one call after another, so no two threads ever touch it at once.
final class OutputSink: @unchecked Sendable {
    private(set) var text = ""

    /// Appends `text` as it is.
    func append(_ text: String) { self.text += text }
}
