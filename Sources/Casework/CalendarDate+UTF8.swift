extension CalendarDate {
    /// Parses the ten bytes `YYYY-MM-DD` without building a `String`: the fast path for bulk reading (SQLite text,
    /// Lua strings). `nil` for any other length or text, or a day that does not exist.
    public init?(utf8 bytes: UnsafeRawBufferPointer) {
        guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return nil }
        @inline(__always) func digit(_ index: Int) -> Int? {
            let byte = bytes[index]
            return byte >= 0x30 && byte <= 0x39 ? Int(byte &- 0x30) : nil
        }
        guard let y0 = digit(0), let y1 = digit(1), let y2 = digit(2), let y3 = digit(3), let m0 = digit(5),
            let m1 = digit(6), let d0 = digit(8), let d1 = digit(9)
        else { return nil }
        self.init(year: y0 * 1000 + y1 * 100 + y2 * 10 + y3, month: m0 * 10 + m1, day: d0 * 10 + d1)
    }

    /// Calls `body` with the date's ten bytes `YYYY-MM-DD`, written on the stack (no `String` is built).
    public func withUTF8<T>(_ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        var bytes: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0x2D, 0, 0, 0x2D, 0, 0)
        let digit = { (value: Int) in UInt8(truncatingIfNeeded: 0x30 + value) }
        bytes.0 = digit(year / 1000 % 10)
        bytes.1 = digit(year / 100 % 10)
        bytes.2 = digit(year / 10 % 10)
        bytes.3 = digit(year % 10)
        bytes.5 = digit(month / 10)
        bytes.6 = digit(month % 10)
        bytes.8 = digit(day / 10)
        bytes.9 = digit(day % 10)
        return try withUnsafeBytes(of: &bytes) { try body($0) }
    }
}
