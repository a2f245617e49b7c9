import Testing
import Casework

/// The "did you mean" every face and adapter shares.
@Suite struct NearestWordTests {
    @Test func aMisspellingFindsTheWordMeant() {
        #expect(NearestWord.nearest(to: "lst", among: ["list", "show", "open"], maxDistance: 1) == "list")
        #expect(NearestWord.nearest(to: "lsit", among: ["list", "show"], maxDistance: 1) == "list", "a swap is one edit")
        #expect(
            NearestWord.nearest(
                to: "ND125-2020-D24-K4b", among: ["ND125-2020-D24-K4-b", "ND125-2020-D24-K4-c"],
                maxDistance: NearestWord.tolerance(for: "ND125-2020-D24-K4b")) == "ND125-2020-D24-K4-b")
    }

    @Test func nothingCloseIsNoGuess() {
        #expect(NearestWord.nearest(to: "xyzzy", among: ["case", "subject"], maxDistance: 2) == nil)
        #expect(NearestWord.nearest(to: "a", among: [String](), maxDistance: 2) == nil)
        #expect(NearestWord.distance(Array("efective_to".utf8), Array("effective_to".utf8)) == 1)
        #expect(NearestWord.tolerance(for: "one_circumstanse") == 4)
    }
}
