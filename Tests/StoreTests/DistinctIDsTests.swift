import Testing

@testable import Store

@Suite struct DistinctIDsTests {
    /// Random IDs inside and outside the bitmap's range (zero, negative, past the bound, past the largest bound)
    /// are counted as a set counts them.
    @Test func countsWhatASetCounts() {
        var generator = SystemRandomNumberGenerator()
        for bound in [Int64(0), 1, 63, 64, 1_000, DistinctIDs.largestBound + 10] {
            var tally = DistinctIDs(bound: bound)
            var set = Set<Int64>()
            let span = max(bound, 100) * 2
            for _ in 0..<5_000 {
                let id: Int64 =
                    switch Int.random(in: 0..<10, using: &generator) {
                    case 0: -Int64.random(in: 0...5, using: &generator)
                    case 1: DistinctIDs.largestBound + Int64.random(in: 0...3, using: &generator)
                    default: Int64.random(in: 1...span, using: &generator)
                    }
                tally.insert(id)
                set.insert(id)
            }
            #expect(tally.count == set.count, "bound \(bound)")
        }
    }

    @Test func eachIDOnceWhateverTheOrder() {
        var tally = DistinctIDs(bound: 200)
        for id: Int64 in [64, 63, 64, 1, 200, 1, 0, 201, 201, 128, 63] { tally.insert(id) }
        #expect(tally.count == 7)   // 64, 63, 1, 200, 0, 201, 128
    }
}
