@testable import Casework
import Foundation
import Testing

/// The compression function on the processor's SHA instructions (`SHA256Native`) against the plain Swift one, the
/// reference; the NIST vectors and `sha256sum` (SHA256Tests) check whichever path `SHA256.hash` takes here.
@Suite struct SHA256NativeTests {
    /// `blocks` compressed from `state` by `compress`.
    static func compressed(
        _ state: [UInt32], _ blocks: [UInt8],
        _ compress: (UnsafeMutableBufferPointer<UInt32>, UnsafeRawBufferPointer) -> Void
    ) -> [UInt32] {
        var out = state
        out.withUnsafeMutableBufferPointer { words in blocks.withUnsafeBytes { compress(words, $0) } }
        return out
    }

    @Test func thisMachineHasTheSHAInstructionsOrSaysWhy() {
        // x86-64 processors since 2017 (AMD Zen, Intel Goldmont and Ice Lake) have them; the CI machine's EPYC does.
        // On one without, the native path is never taken and the tests below compare nothing: say so.
        if !SHA256.hasNativeCompression {
            print("SHA256NativeTests: this processor has no SHA instructions; SHA-256 runs in Swift only")
        }
        #if arch(x86_64)
        let flags = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        if flags.contains(" sha_ni") { #expect(SHA256.hasNativeCompression) }
        #else
        #expect(!SHA256.hasNativeCompression)
        #endif
    }

    @Test(.enabled(if: SHA256.hasNativeCompression, "no SHA instructions on this processor"))
    func nativeAndPortableAgreeOnRandomStatesAndBlocks() {
        var generator = SystemRandomNumberGenerator()
        for count in [1, 1, 2, 3, 7, 16, 64] {
            let state = (0..<8).map { _ in UInt32.random(in: .min ... .max, using: &generator) }
            let blocks = (0..<(64 * count)).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
            let native = Self.compressed(state, blocks) { SHA256.compressNative($0, blocks: $1) }
            let portable = Self.compressed(state, blocks) { SHA256.compressPortable($0, blocks: $1) }
            #expect(native == portable, "\(count) blocks from \(state)")
            #expect(native != state)
        }
    }

    @Test(.enabled(if: SHA256.hasNativeCompression, "no SHA instructions on this processor"))
    func nativeCompressionOfAnUnalignedMessageEqualsThePortableOne() {
        // Blocks at an odd address inside a larger buffer, as the hasher passes a caller's bytes.
        let bytes = (0..<(64 * 5 + 3)).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        let state = SHA256.initialState
        var native = state, portable = state
        bytes.withUnsafeBytes { raw in
            let blocks = UnsafeRawBufferPointer(rebasing: raw[3..<(3 + 64 * 5)])
            native.withUnsafeMutableBufferPointer { SHA256.compressNative($0, blocks: blocks) }
            portable.withUnsafeMutableBufferPointer { SHA256.compressPortable($0, blocks: blocks) }
        }
        #expect(native == portable)
    }

    @Test func theFirstBlockOfABCFromTheInitialStateIsTheNISTDigest() {
        // FIPS 180-4's example "abc", padded to one block by hand: the state after it is the digest.
        var block = [UInt8](repeating: 0, count: 64)
        block[0] = 0x61; block[1] = 0x62; block[2] = 0x63; block[3] = 0x80; block[63] = 24
        let expected: [UInt32] = [
            0xba78_16bf, 0x8f01_cfea, 0x4141_40de, 0x5dae_2223, 0xb003_61a3, 0x9617_7a9c, 0xb410_ff61, 0xf200_15ad,
        ]
        #expect(Self.compressed(SHA256.initialState, block) { SHA256.compressPortable($0, blocks: $1) } == expected)
        if SHA256.hasNativeCompression {
            #expect(Self.compressed(SHA256.initialState, block) { SHA256.compressNative($0, blocks: $1) } == expected)
        }
    }
}
