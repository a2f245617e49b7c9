import ArgumentParser
import Casework

/// A journal head written as `SEQ:HASH` (`42:3f2a…`, the full 64 hex digits), as filed reports print it.
struct JournalHead: ExpressibleByArgument {
    var sequence: Int64
    var hash: String

    init?(argument: String) {
        let parts = argument.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let sequence = Int64(parts[0]), sequence >= 1, parts[1].count == 64,
            parts[1].allSatisfy(\.isHexDigit)
        else { return nil }
        self.sequence = sequence
        self.hash = parts[1].lowercased()
    }

    static var defaultCompletionKind: CompletionKind { .default }
}
