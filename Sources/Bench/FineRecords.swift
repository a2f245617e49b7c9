import Casework
import Rules

/// The records of figure 1: one ``FineQuestion`` per index, from splitmix64 of the index, so any worker or host
/// can make record `i` on its own. scripts/bench/lua_fine_host.c makes the very same records (keep the two in
/// step); both hosts print the sum of fines plus warnings as a checksum, which must agree.
enum FineRecords {
    static func splitmix64(_ index: UInt64) -> UInt64 {
        var z = (index &+ 1) &* 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    static func record(_ index: Int) -> FineQuestion {
        let z = splitmix64(UInt64(index))
        let organization = (z & 7) < 2
        let min = Int64(1 + (z >> 6) % 200) * 100_000
        let max = min * Int64(2 + ((z >> 14) & 3))
        let cap: Int64? = (z >> 16) & 3 == 0 ? (organization ? 100_000_000 : 50_000_000) : nil
        return FineQuestion(
            violator: organization ? .organization : .person,
            statedFor: (z >> 3) & 7 == 0 ? .organization : .person,
            frameMinVND: VND(min), frameMaxVND: VND(max), capVND: cap.map { VND($0) },
            warningAllowed: (z >> 18) & 7 == 0, isMinor: (z >> 21) & 63 == 0,
            mitigating: Int((z >> 27) % 3), aggravating: Int((z >> 33) % 3))
    }
}
