import SHA256Native

/// SHA-256 (FIPS 180-4), for the journal's hash chain, the row seals and the rule pack's content hash.
///
/// The compression function runs on the processor's SHA instructions where it has them (x86-64 with SHA-NI: the C
/// target `SHA256Native`), else in plain Swift (``compressPortable(_:blocks:)``, also the reference the tests compare
/// the native one with); the digest is FIPS 180-4's either way, so an auditor can recompute it with any SHA-256 tool
/// (`sha256sum`, `openssl dgst -sha256`, Python's `hashlib`).
///
/// ```swift
/// SHA256.hex(Array("abc".utf8))
/// // "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
///
/// var hasher = SHA256.Hasher()       // for data that arrives in pieces
/// hasher.update(firstChunk)
/// hasher.update(secondChunk)
/// let digest = hasher.finalize()     // 32 bytes
/// ```
public enum SHA256 {
    /// Size of a digest in bytes.
    public static let digestByteCount = 32

    /// Size of the block the compression function consumes, in bytes.
    static let blockByteCount = 64

    /// The 32-byte digest of `bytes`.
    public static func hash(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        var hasher = Hasher()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// The digest of `bytes` as 64 lowercase hexadecimal digits, as `sha256sum` prints it.
    public static func hex(_ bytes: some Sequence<UInt8>) -> String {
        hexString(hash(bytes))
    }

    /// The digest of the UTF-8 encoding of `text` as 64 lowercase hexadecimal digits.
    public static func hex(utf8 text: String) -> String {
        hex(text.utf8)
    }

    /// Lowercase hexadecimal text for `bytes`, two digits per byte.
    public static func hexString(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: - Compression function

    /// Initial hash value H(0): the first 32 bits of the fractional parts of the square roots of the first 8 primes.
    static let initialState: [UInt32] = [
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
    ]

    /// Round constants K: the first 32 bits of the fractional parts of the cube roots of the first 64 primes.
    static let roundConstants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    /// Runs the compression function over every whole 64-byte block in `blocks`, updating `state` (8 words).
    ///
    /// - Precondition: `blocks.count` is a multiple of 64 and `state` holds 8 words.
    static func compress(_ state: UnsafeMutableBufferPointer<UInt32>, blocks: UnsafeRawBufferPointer) {
        precondition(blocks.count % blockByteCount == 0 && state.count == 8)
        guard !blocks.isEmpty else { return }
        if hasNativeCompression {
            compressNative(state, blocks: blocks)
        } else {
            compressPortable(state, blocks: blocks)
        }
    }

    /// Whether the processor has the SHA instructions ``compressNative(_:blocks:)`` uses (asked once).
    static let hasNativeCompression = thanhtra_sha256_native_available() == 1

    /// ``compress(_:blocks:)`` with the processor's SHA instructions.
    ///
    /// - Precondition: ``hasNativeCompression``; `blocks.count` a multiple of 64, `state` 8 words.
    static func compressNative(_ state: UnsafeMutableBufferPointer<UInt32>, blocks: UnsafeRawBufferPointer) {
        precondition(hasNativeCompression && blocks.count % blockByteCount == 0 && state.count == 8)
        guard let base = blocks.baseAddress, let words = state.baseAddress else { return }
        thanhtra_sha256_native_compress(words, base, blocks.count / blockByteCount)
    }

    /// ``compress(_:blocks:)`` in plain Swift: the path without SHA instructions, and the reference.
    ///
    /// - Precondition: `blocks.count` is a multiple of 64 and `state` holds 8 words.
    static func compressPortable(_ state: UnsafeMutableBufferPointer<UInt32>, blocks: UnsafeRawBufferPointer) {
        precondition(blocks.count % blockByteCount == 0 && state.count == 8)
        guard !blocks.isEmpty else { return }
        roundConstants.withUnsafeBufferPointer { k in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                var offset = 0
                while offset < blocks.count {
                    // Message schedule: 16 big-endian words, then 48 derived ones.
                    for t in 0..<16 {
                        w[t] = UInt32(bigEndian: blocks.loadUnaligned(fromByteOffset: offset + t * 4, as: UInt32.self))
                    }
                    for t in 16..<64 {
                        let w15 = w[t - 15]
                        let w2 = w[t - 2]
                        let s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >> 3)
                        let s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >> 10)
                        w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
                    }
                    var a = state[0], b = state[1], c = state[2], d = state[3]
                    var e = state[4], f = state[5], g = state[6], h = state[7]
                    // Eight rounds a turn, each with the working variables in their next places, so the shift of
                    // the eight variables that ends every round is renaming rather than seven moves.
                    var t = 0
                    while t < 64 {
                        round(a, b, c, &d, e, f, g, &h, k[t] &+ w[t])
                        round(h, a, b, &c, d, e, f, &g, k[t + 1] &+ w[t + 1])
                        round(g, h, a, &b, c, d, e, &f, k[t + 2] &+ w[t + 2])
                        round(f, g, h, &a, b, c, d, &e, k[t + 3] &+ w[t + 3])
                        round(e, f, g, &h, a, b, c, &d, k[t + 4] &+ w[t + 4])
                        round(d, e, f, &g, h, a, b, &c, k[t + 5] &+ w[t + 5])
                        round(c, d, e, &f, g, h, a, &b, k[t + 6] &+ w[t + 6])
                        round(b, c, d, &e, f, g, h, &a, k[t + 7] &+ w[t + 7])
                        t += 8
                    }
                    state[0] &+= a
                    state[1] &+= b
                    state[2] &+= c
                    state[3] &+= d
                    state[4] &+= e
                    state[5] &+= f
                    state[6] &+= g
                    state[7] &+= h
                    offset += blockByteCount
                }
            }
        }
    }

    /// One round of FIPS 180-4 §6.2.2 step 3 with the working variables named by position: `h` becomes T1 + T2
    /// (the next round's `a`) and `d` becomes d + T1 (its `e`); the other six only move, which the caller does by
    /// passing them in the next places. `kw` is the round's constant plus its schedule word.
    @inline(__always)
    private static func round(
        _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32, _ g: UInt32,
        _ h: inout UInt32, _ kw: UInt32
    ) {
        let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
        let choose = (e & f) ^ (~e & g)
        let t1 = h &+ s1 &+ choose &+ kw
        let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
        let majority = (a & b) ^ (a & c) ^ (b & c)
        d = d &+ t1
        h = t1 &+ s0 &+ majority
    }

    @inline(__always)
    private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
}
