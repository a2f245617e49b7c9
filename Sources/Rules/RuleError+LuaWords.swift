import LuaBridge

extension RuleError {
    /// The Vietnamese words of a sandbox refusal (``LuaError/Kind/sandbox``): what the rule tried, matched by the
    /// text of the host's or Lua's message as the bridge classified it, then what to do instead.
    static let sandboxWords: [(match: String, message: String, hint: String)] = [
        ("global 'io'", "quy tắc không được dùng io", "nhờ chương trình cung cấp một hàm cho việc cần làm"),
        ("global 'os'", "quy tắc không được dùng os", "ngày và giờ lấy từ các hàm của chương trình (thanhtra.*)"),
        ("global 'debug'", "quy tắc không được dùng thư viện debug", "bỏ lời gọi debug khỏi quy tắc"),
        ("global 'package'", "quy tắc không được dùng package", "module chỉ lấy từ bộ quy tắc, bằng require"),
        ("global 'dofile'", "quy tắc không được dùng dofile", "dùng require với một module của bộ quy tắc"),
        ("global 'loadfile'", "quy tắc không được dùng loadfile", "dùng require với một module của bộ quy tắc"),
        ("(field 'dump')", "không có string.dump", "quy tắc chỉ được nạp từ mã nguồn"),
        (
            "not found in the rule pack", "require không tìm thấy module trong bộ quy tắc",
            "require chỉ tìm module của bộ quy tắc (rules/…); không có io, os, debug"
        ),
        (
            "attempt to load a binary chunk", "không được nạp mã Lua đã biên dịch",
            "chỉ nạp được mã nguồn Lua, không bao giờ nạp bytecode"
        ),
        (
            "are not allowed in rules", "quy tắc không được dùng hàm hủy (__gc)",
            "hàm hủy sẽ chạy ngoài các giới hạn; hãy đóng tài nguyên một cách tường minh"
        ),
        (
            "is not allowed in rules", "hộp cát không cho phép việc này trong quy tắc",
            "hộp cát từ chối việc này để giữ được các giới hạn"
        ),
        (
            "read-only", "không được sửa biến toàn cục hay bảng thư viện",
            "chúng bị khóa khi bộ quy tắc đã nạp xong; dùng biến local"
        ),
        (
            "cannot change a protected metatable", "không được đổi metatable được bảo vệ",
            "biến toàn cục và bảng thư viện bị khóa; dùng bảng của riêng quy tắc"
        ),
        (
            "after the globals are frozen", "không thể đăng ký hàm sau khi biến toàn cục đã bị khóa",
            "đây là lỗi của chương trình, không phải của bộ quy tắc: hãy báo cho người quản trị"
        ),
    ]

    /// The Vietnamese words of a sandbox refusal, or `nil` when its message is not one the host knows.
    static func sandboxVietnamese(_ message: String) -> Words? {
        guard let words = sandboxWords.first(where: { message.contains($0.match) }) else { return nil }
        return Words("hộp cát: \(words.message) (\(message))", hint: words.hint)
    }

    /// The Vietnamese words of a value the bridge cannot carry (``LuaError/Kind/badValue``): a batch result of the
    /// wrong type, a function, invalid text, a table too deep, a cycle, a key that is not text or a whole number.
    static func badValueVietnamese(_ message: String) -> Words? {
        if let found = message.wholeMatch(
            of: #/'(.+)' result (\d+) must be (.+), got (.+) \(record (\d+) of the batch\)/#)
        {
            return Words(
                "'\(found.1)' trả về kết quả thứ \(found.2) là \(typeWords(String(found.4))), cần "
                    + "\(typeWords(String(found.3))) (bản ghi \(found.5) của lô)",
                hint: "dùng // để chia và math.tointeger ở chỗ cần số nguyên")
        }
        if let found = message.wholeMatch(of: #/(.+) is a (.+), which cannot leave Lua/#) {
            return Words(
                "\(found.1) là một \(found.2), không thể đưa ra khỏi Lua",
                hint: "trả về số, chuỗi, đúng/sai hoặc bảng của chúng")
        }
        if let found = message.wholeMatch(of: #/(.+) is not valid UTF-8 text/#) {
            return Words("\(found.1) không phải văn bản UTF-8 hợp lệ", hint: "chuỗi đưa sang chương trình phải là UTF-8")
        }
        if let found = message.wholeMatch(of: #/(.+) is nested more than (\d+) tables deep/#) {
            return Words("\(found.1) lồng nhau quá \(found.2) tầng bảng", hint: "làm phẳng dữ liệu trả về")
        }
        if let found = message.wholeMatch(of: #/(.+) is too deeply nested for the Lua stack/#) {
            return Words("\(found.1) lồng nhau quá sâu cho ngăn xếp Lua", hint: "làm phẳng dữ liệu trả về")
        }
        if let found = message.wholeMatch(of: #/(.+) contains itself \(a cycle\)/#) {
            return Words("\(found.1) chứa chính nó (một vòng)", hint: "trả về một bản sao không có vòng")
        }
        if let found = message.wholeMatch(of: #/(.+) has the float key (.+)/#) {
            return Words("\(found.1) có khóa là số thực \(found.2)", hint: "khóa của bảng phải là chuỗi hoặc số nguyên")
        }
        if let found = message.wholeMatch(of: #/(.+) has a key of type (.+)/#) {
            return Words("\(found.1) có khóa kiểu \(found.2)", hint: "khóa của bảng phải là chuỗi hoặc số nguyên")
        }
        return nil
    }

    /// The bridge's English name of a Lua value's type, in Vietnamese.
    private static func typeWords(_ english: String) -> String {
        switch english {
        case "an integer": "một số nguyên"
        case "a boolean": "một giá trị đúng/sai"
        case "a float": "một số thực"
        case "a string": "một chuỗi"
        case "a table or function": "một bảng hoặc hàm"
        default: english
        }
    }
}
