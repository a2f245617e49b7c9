import Casework
import Foundation
import Testing

@Suite struct SHA256Tests {
    @Test func emptyMessageMatchesTheNISTVector() {
        #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func abcMatchesTheNISTVector() {
        #expect(SHA256.hex(utf8: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func the448BitMessageMatchesTheNISTVector() {
        let message = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        #expect(SHA256.hex(utf8: message) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func oneMillionLetterAMatchesTheNISTVector() {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hex(message) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func digestIs32BytesAndHexIs64LowercaseDigits() {
        let digest = SHA256.hash("thanhtra".utf8)
        #expect(digest.count == 32)
        let hex = SHA256.hexString(digest)
        #expect(hex.count == 64 && hex.allSatisfy { "0123456789abcdef".contains($0) })
    }

    @Test func lengthsAroundThePaddingBoundaryMatchSha256sum() throws {
        // 55, 56 and 64 bytes are where the length field does or does not fit in the last block.
        for length in [55, 56, 57, 63, 64, 65, 119, 120, 128] {
            let message = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) }
            #expect(try SHA256.hex(message) == sha256sum(message), "length \(length)")
        }
    }

    @Test func aRandomMegabyteMatchesSha256sum() throws {
        let message = pseudoRandomBytes(count: 1 << 20, seed: 0x7468_616e_6874_7261)
        #expect(try SHA256.hex(message) == sha256sum(message))
    }

    @Test func incrementalHashingEqualsOneShotAcrossOddSplitPoints() {
        let message = pseudoRandomBytes(count: 10_007, seed: 42)
        let oneShot = SHA256.hash(message)
        for pieceSize in [1, 3, 63, 64, 65, 127, 1000, 4099] {
            var hasher = SHA256.Hasher()
            var start = 0
            while start < message.count {
                let end = min(start + pieceSize, message.count)
                hasher.update(message[start..<end])
                start = end
            }
            #expect(hasher.finalize() == oneShot, "pieces of \(pieceSize) bytes")
        }
    }

    @Test func nonContiguousSequencesHashLikeArrays() {
        let message = pseudoRandomBytes(count: 9_000, seed: 7)
        let lazy = message.lazy.map { $0 }  // not contiguous: goes through the chunked path
        #expect(SHA256.hash(lazy) == SHA256.hash(message))
    }

    // MARK: - Helpers

    /// xorshift64: the same bytes on every run and platform.
    private func pseudoRandomBytes(count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return UInt8(truncatingIfNeeded: state >> 24)
        }
    }
}

/// The digest as `/usr/bin/sha256sum` computes it, for comparison.
func sha256sum(_ bytes: [UInt8]) throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("thanhtra-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("input.bin")
    try Data(bytes).write(to: file)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
    process.arguments = [file.path]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    return String(text.prefix(64))
}
