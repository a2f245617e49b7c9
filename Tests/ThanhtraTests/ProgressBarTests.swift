import Testing
@testable import thanhtra

/// The progress line's words (issue 17 item 10): a bar, the share, the count, the rate and the time left.
@Suite struct ProgressBarTests {
    @Test func aLineHasTheBarTheRateAndTheTimeLeft() {
        // 41 % of the bytes after 4 s, 49 000 rows: 12 250 rows/s; 59 % left at 41 % per 4 s → 5 s
        let text = ProgressBar.line(
            label: "checking", done: 41, total: 100, count: 49_000, unit: "rows", elapsedNanoseconds: 4_000_000_000)
        #expect(text == "checking [########------------]  41 %  49 000 rows  12 250 rows/s  about 5 s left")
    }

    @Test func tooEarlyThereIsNoRateAndAtTheEndNoTimeLeft() {
        #expect(
            ProgressBar.line(label: "rules diff", done: 1, total: 1_000_000, count: 1, unit: "cases", elapsedNanoseconds: 1_000)
                == "rules diff [--------------------]   0 %  1 cases")
        #expect(
            ProgressBar.line(label: "importing", done: 10, total: 10, count: 120_000, unit: "rows", elapsedNanoseconds: 60_000_000_000)
                == "importing [####################] 100 %  120 000 rows  2 000 rows/s")
    }

    @Test func durationsReadAsPeopleSayThem() {
        #expect(ProgressBar.duration(7) == "7 s")
        #expect(ProgressBar.duration(185) == "3 min 05 s")
        #expect(ProgressBar.duration(3_720) == "1 h 02 min")
    }
}
