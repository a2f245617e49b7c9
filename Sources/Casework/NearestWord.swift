/// The word a mistyped one most likely meant, for "did you mean" in every face and adapter: a misspelt key of a rule
/// table, a subcommand, a violation code, a circumstance.
///
/// The distance is the number of single-character edits (insert, delete, replace, or swap two neighbours:
/// `lsit` → `list` is one), counted on UTF-8 bytes; ties go to the alphabetically first candidate.
public enum NearestWord {
    /// The candidate nearest to `word` when at most `maxDistance` edits away, else `nil`.
    public static func nearest(to word: String, among candidates: some Sequence<String>, maxDistance: Int) -> String? {
        var best: String?
        var bestDistance = Int.max
        let bytes = Array(word.utf8)
        for candidate in candidates {
            let d = distance(bytes, Array(candidate.utf8))
            if d < bestDistance || (d == bestDistance && candidate < (best ?? candidate)) {
                best = candidate
                bestDistance = d
            }
        }
        return bestDistance <= maxDistance ? best : nil
    }

    /// The edit distance between `a` and `b` (optimal string alignment: a swap of neighbours counts once).
    public static func distance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }

    /// How far a word may be from the one meant: 2 edits, or a quarter of its length for long words (the rule
    /// the pack's `lib/strict.lua` uses for keys).
    public static func tolerance(for word: String) -> Int { max(2, word.utf8.count / 4) }
}
