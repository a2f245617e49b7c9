/// Counts distinct IDs (of subjects, cases…) as they are read, one bit each for IDs up to a bound and a set for
/// the rest: the distinct violators of a month at 10M cases are 96 000 rows of `penaltyViolatorDay`, and a
/// `Set<Int64>` cost about as much as SQLite reading them (docs/performance.md, "The distinct violators in a
/// bitmap"). Exact for every ID: one outside `1...bound` (none should be, they are row IDs) goes to the set.
///
/// ```swift
/// var seen = DistinctIDs(bound: maxSubjectID)
/// for id in [7, 3, 7] { seen.insert(id) }
/// // seen.count == 2
/// ```
struct DistinctIDs {
    /// The largest bound given a bitmap: 2^27 IDs, 16 MiB. Row IDs of a store stay far under it.
    static let largestBound: Int64 = 1 << 27

    private var bits: [UInt64]
    private let bound: Int64
    private var others = Set<Int64>()
    /// How many distinct IDs were inserted.
    private(set) var count = 0

    /// A count whose bitmap covers `1...bound` (clamped to `0...largestBound`).
    init(bound: Int64) {
        self.bound = min(max(bound, 0), Self.largestBound)
        bits = [UInt64](repeating: 0, count: Int(self.bound >> 6) + 1)
    }

    /// Counts `id` unless it was inserted before.
    mutating func insert(_ id: Int64) {
        if id >= 1 && id <= bound {
            let word = Int(id >> 6)
            let mask = UInt64(1) << UInt64(id & 63)
            if bits[word] & mask == 0 {
                bits[word] |= mask
                count += 1
            }
        } else if others.insert(id).inserted {
            count += 1
        }
    }
}
