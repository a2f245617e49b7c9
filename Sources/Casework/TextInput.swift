/// The one check of text that enters thanhtra, whichever door it comes through: the command line (and `batch`,
/// which parses the same words), and every CSV import.
///
/// What is accepted:
/// - valid UTF-8 (checked where bytes become text: ``validate(utf8:field:kind:)``; a Swift `String` is always valid);
/// - no NUL and no other C0 control character (U+0000–U+001F) nor DEL (U+007F), except TAB, LF and CR in
///   multi-line text. ESC and the C1 controls (U+0080–U+009F) are refused too: typed into a name they would drive
///   the terminal of whoever lists it later;
/// - at most ``Kind/limit`` characters: 500 for a name (the longest registered company names are about 250),
///   2 000 for any other one-line field, 20 000 for multi-line text (a note, a finding's description, a whole CSV
///   field). A CSV record is also capped at 1 MiB by ``CSVReader``.
public enum TextInput {
    /// How a field is used, which sets what it may hold.
    public enum Kind: Sendable {
        /// A person's or an organisation's name: one line, at most 500 characters.
        case name
        /// Any other one-line value (an account, a number, a code, a signer): at most 2 000 characters.
        case line
        /// Text that may span lines (TAB, LF and CR allowed): at most 20 000 characters.
        case multiline

        /// The most characters (grapheme clusters) a value of this kind may have.
        public var limit: Int {
            switch self {
            case .name: 500
            case .line: 2_000
            case .multiline: 20_000
            }
        }
    }

    /// `text` itself when it may be stored as a `kind` field.
    ///
    /// - Throws: ``InputError`` naming `field`, the offending character (as `U+001B`) and its position.
    @discardableResult
    public static func validate(_ text: String, field: String, kind: Kind) throws(InputError) -> String {
        // Most text has no byte that could start a refused character, and no more bytes than the limit has
        // characters: then there is nothing to find, and no character to look at.
        let bytes = text.utf8
        if bytes.count <= kind.limit, !mayHoldForbidden(bytes, kind: kind) { return text }
        var position = 0
        for scalar in text.unicodeScalars {
            position += 1
            if let name = forbiddenName(scalar, kind: kind) {
                throw InputError(
                    field: field,
                    message: "\(name) (U+\(hex(scalar.value))) at character \(position) is not allowed"
                        + (kind == .multiline ? "" : " in a one-line value"),
                    hint: "remove it; control characters cannot be stored (they would garble the terminal "
                        + "of whoever reads the value)",
                    vietnamese: "không được dùng ký tự điều khiển (U+\(hex(scalar.value))) ở vị trí \(position)"
                        + (kind == .multiline ? "" : " trong một giá trị một dòng"),
                    vietnameseHint: "bỏ ký tự đó; không lưu được ký tự điều khiển (chúng làm rối màn hình của người đọc)")
            }
        }
        // Counting characters is linear; do it only when the byte count could exceed the limit.
        if text.utf8.count > kind.limit, text.count > kind.limit {
            throw InputError(
                field: field,
                message: "the value has \(text.count) characters; at most \(kind.limit) are allowed",
                hint: kind == .name
                    ? "give the name as registered, without extra text"
                    : "shorten it, or keep long documents outside thanhtra and refer to them",
                vietnamese: "giá trị có \(text.count) ký tự; tối đa \(kind.limit) ký tự",
                vietnameseHint: kind == .name
                    ? "ghi tên như đã đăng ký, không thêm chữ"
                    : "rút ngắn, hoặc để văn bản dài ngoài thanhtra và dẫn chiếu đến nó")
        }
        return text
    }

    /// The text of UTF-8 `bytes` when it may be stored as a `kind` field.
    ///
    /// - Throws: ``InputError`` naming `field` and the byte offset of the first byte that is not UTF-8, or what
    ///   ``validate(_:field:kind:)`` throws.
    public static func validate(utf8 bytes: some Collection<UInt8>, field: String, kind: Kind) throws(InputError)
        -> String
    {
        guard let text = decodeUTF8(bytes) else {
            throw InputError(
                field: field, message: "the text is not valid UTF-8 (byte \(invalidOffset(bytes) + 1))",
                hint: "save or send it as UTF-8", vietnamese: "văn bản không phải UTF-8 hợp lệ (byte \(invalidOffset(bytes) + 1))",
                vietnameseHint: "lưu hoặc gửi dưới dạng UTF-8")
        }
        return try validate(text, field: field, kind: kind)
    }

    /// The text of UTF-8 `bytes`, or `nil` when they are not valid UTF-8 (no repair with U+FFFD).
    public static func decodeUTF8(_ bytes: some Collection<UInt8>) -> String? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var text = String.UnicodeScalarView()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): text.append(scalar)
            case .emptyInput: return String(text)
            case .error: return nil
            }
        }
    }

    /// The 0-based offset of the first byte that starts an invalid UTF-8 sequence (or the length when valid).
    private static func invalidOffset(_ bytes: some Collection<UInt8>) -> Int {
        let array = Array(bytes)
        var index = 0
        while index < array.count {
            let lead = array[index]
            let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
            if index + length > array.count || decodeUTF8(array[index..<(index + length)]) == nil { return index }
            index += length
        }
        return array.count
    }

    /// Whether any of `bytes` may start a character that a `kind` field may not hold (``mayStartForbidden(_:kind:)``).
    /// A native string's bytes are scanned in place: an import checks every field of every row, and a loop over a
    /// buffer is several times cheaper than one over the view (docs/performance.md, "The import's per-row work").
    static func mayHoldForbidden(_ bytes: String.UTF8View, kind: Kind) -> Bool {
        if let found = bytes.withContiguousStorageIfAvailable({ buffer in
            buffer.contains { mayStartForbidden($0, kind: kind) }
        }) {
            return found
        }
        return bytes.contains { mayStartForbidden($0, kind: kind) }
    }

    /// Whether a UTF-8 byte may start a character that a `kind` field may not hold (``forbiddenName(_:kind:)``): a
    /// C0 control (but TAB, LF and CR in multi-line text), DEL, or 0xC2, the lead byte of U+0080–U+00BF, the C1
    /// controls among them.
    static func mayStartForbidden(_ byte: UInt8, kind: Kind) -> Bool {
        if byte < 0x20 { return kind != .multiline || !(byte == 0x09 || byte == 0x0A || byte == 0x0D) }
        return byte == 0x7F || byte == 0xC2
    }

    /// A readable name for a character that a `kind` field may not hold, or `nil` when it is allowed.
    static func forbiddenName(_ scalar: Unicode.Scalar, kind: Kind) -> String? {
        switch scalar.value {
        case 0x00: "a NUL character"
        case 0x09, 0x0A, 0x0D: kind == .multiline ? nil : (scalar.value == 0x09 ? "a tab" : "a line break")
        case 0x1B: "an escape character"
        case 0x01...0x1F, 0x7F: "a control character"
        case 0x80...0x9F: "a control character"
        default: nil
        }
    }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
