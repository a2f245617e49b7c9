extension SHA256 {
    /// An incremental SHA-256: feed the data in pieces of any size, then take the digest once.
    ///
    /// Use it for data too large to hold at once, such as a rule pack's files or an exported journal:
    ///
    /// ```swift
    /// var hasher = SHA256.Hasher()
    /// for chunk in chunks { hasher.update(chunk) }
    /// let hex = SHA256.hexString(hasher.finalize())
    /// ```
    ///
    /// Whole 64-byte blocks are compressed straight from the caller's contiguous storage; only the bytes of an
    /// incomplete block are copied into a small pending buffer.
    public struct Hasher: Sendable {
        /// H(i): the eight working words after the blocks compressed so far.
        private var state: [UInt32] = SHA256.initialState
        /// Bytes received but not yet compressed; always fewer than 64.
        private var pending: [UInt8] = []
        /// Total number of bytes received.
        private var byteCount: UInt64 = 0

        /// A hasher that has received no data.
        public init() {
            pending.reserveCapacity(SHA256.blockByteCount)
        }

        /// Adds `bytes` to the message.
        ///
        /// Arrays, `Data`, `String.UTF8View` and other contiguous collections are read in place; other sequences
        /// are copied in chunks of 4 KiB.
        public mutating func update(_ bytes: some Sequence<UInt8>) {
            let handled: Bool? = bytes.withContiguousStorageIfAvailable { buffer in
                update(UnsafeRawBufferPointer(buffer))
                return true
            }
            guard handled == nil else { return }
            var chunk: [UInt8] = []
            chunk.reserveCapacity(4096)
            for byte in bytes {
                chunk.append(byte)
                if chunk.count == 4096 {
                    chunk.withUnsafeBytes { update($0) }
                    chunk.removeAll(keepingCapacity: true)
                }
            }
            chunk.withUnsafeBytes { update($0) }
        }

        /// Adds the bytes in `buffer` to the message.
        public mutating func update(_ buffer: UnsafeRawBufferPointer) {
            guard !buffer.isEmpty else { return }
            byteCount &+= UInt64(buffer.count)
            var rest = buffer[...]
            // Complete a pending partial block first.
            if !pending.isEmpty {
                let take = min(SHA256.blockByteCount - pending.count, rest.count)
                pending.append(contentsOf: rest.prefix(take))
                rest = rest.dropFirst(take)
                if pending.count == SHA256.blockByteCount {
                    compressPending()
                }
            }
            // Whole blocks straight from the caller's memory.
            let whole = rest.count - rest.count % SHA256.blockByteCount
            if whole > 0 {
                let blocks = UnsafeRawBufferPointer(rebasing: rest.prefix(whole))
                state.withUnsafeMutableBufferPointer { SHA256.compress($0, blocks: blocks) }
                rest = rest.dropFirst(whole)
            }
            pending.append(contentsOf: rest)
        }

        /// Pads the message and returns its 32-byte digest.
        ///
        /// The hasher is consumed: start a new one for the next message.
        public consuming func finalize() -> [UInt8] {
            let bitCount = byteCount &* 8
            // Padding: 0x80, zeros up to 56 mod 64, then the message length in bits as a big-endian UInt64.
            pending.append(0x80)
            if pending.count > SHA256.blockByteCount - 8 {
                pending.append(contentsOf: repeatElement(0, count: SHA256.blockByteCount - pending.count))
                compressPending()
            }
            pending.append(contentsOf: repeatElement(0, count: SHA256.blockByteCount - 8 - pending.count))
            for shift in stride(from: 56, through: 0, by: -8) {
                pending.append(UInt8(truncatingIfNeeded: bitCount >> UInt64(shift)))
            }
            compressPending()
            var digest: [UInt8] = []
            digest.reserveCapacity(SHA256.digestByteCount)
            for word in state {
                digest.append(UInt8(truncatingIfNeeded: word >> 24))
                digest.append(UInt8(truncatingIfNeeded: word >> 16))
                digest.append(UInt8(truncatingIfNeeded: word >> 8))
                digest.append(UInt8(truncatingIfNeeded: word))
            }
            return digest
        }

        /// Compresses the full pending block and empties the buffer.
        private mutating func compressPending() {
            assert(pending.count == SHA256.blockByteCount)
            pending.withUnsafeBytes { block in
                state.withUnsafeMutableBufferPointer { SHA256.compress($0, blocks: block) }
            }
            pending.removeAll(keepingCapacity: true)
        }
    }
}
