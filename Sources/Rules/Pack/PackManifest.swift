import LuaBridge

/// What a rule pack says about itself: the fields of the table `init.lua` returns.
///
/// ```lua
/// return {
///   name = "vn",                       -- short identifier
///   title = "Việt Nam — xử phạt VPHC và thanh tra",
///   version = "2026.11",               -- the rule author's own label; the content hash is the real identity
///   time_zone = "Asia/Ho_Chi_Minh",
///   time_limit_ms = 1000,              -- optional: each call's wall-clock limit, below the host's (2 s by default)
/// }
/// ```
public struct PackManifest: Sendable, Equatable {
    public var name: String
    public var title: String
    public var version: String
    public var timeZone: String
    /// The wall-clock limit the pack asks for each call, if any; the host applies it only when below its own.
    public var timeLimitMilliseconds: Int?

    init(_ value: LuaValue, file: String) throws(RuleError) {
        guard case .table(let table) = value else {
            throw RuleError(
                kind: .contract, message: "init.lua must return the pack's table, but returned \(value.shortDescription)",
                file: file, hint: "end init.lua with `return { name = \"…\", version = \"…\", … }`",
                vietnamese: RuleError.Words(
                    "init.lua phải trả về bảng của bộ quy tắc, nhưng trả về \(value.shortDescription)",
                    hint: "kết thúc init.lua bằng `return { name = \"…\", version = \"…\", … }`"))
        }
        func text(_ key: String, default fallback: String? = nil) throws(RuleError) -> String {
            switch table[key] {
            case .string(let value) where !value.isEmpty: return value
            case .nil where fallback != nil: return fallback!
            case let other:
                throw RuleError(
                    kind: .contract, message: "the pack's `\(key)` must be a non-empty string, got \(other.shortDescription)",
                    file: file, hint: "set `\(key) = \"…\"` in the table init.lua returns",
                    vietnamese: RuleError.Words(
                        "`\(key)` của bộ quy tắc phải là chuỗi không trống, nhận được \(other.shortDescription)",
                        hint: "đặt `\(key) = \"…\"` trong bảng init.lua trả về"))
            }
        }
        name = try text("name")
        version = try text("version")
        title = try text("title", default: name)
        timeZone = try text("time_zone", default: "Asia/Ho_Chi_Minh")
        switch table["time_limit_ms"] {
        case .nil: timeLimitMilliseconds = nil
        case .integer(let value) where value >= 1 && value <= Int64(RuleLimits.maximumTimeLimitMilliseconds):
            timeLimitMilliseconds = Int(value)
        case let other:
            throw RuleError(
                kind: .contract,
                message: "the pack's `time_limit_ms` must be a whole number of milliseconds from 1 to "
                    + "\(RuleLimits.maximumTimeLimitMilliseconds), got \(other.shortDescription)",
                file: file, hint: "remove time_limit_ms to use the host's limit, or set a smaller one",
                vietnamese: RuleError.Words(
                    "`time_limit_ms` của bộ quy tắc phải là số mili giây nguyên từ 1 đến "
                        + "\(RuleLimits.maximumTimeLimitMilliseconds), nhận được \(other.shortDescription)",
                    hint: "bỏ time_limit_ms để dùng giới hạn của chương trình, hoặc đặt một giá trị nhỏ hơn"))
        }
        guard timeZone == "Asia/Ho_Chi_Minh" else {
            throw RuleError(
                kind: .contract, message: "the pack's time_zone is \(timeZone); thanhtra keeps dates in Asia/Ho_Chi_Minh",
                file: file, hint: "remove time_zone or set it to \"Asia/Ho_Chi_Minh\"",
                vietnamese: RuleError.Words(
                    "time_zone của bộ quy tắc là \(timeZone); thanhtra giữ ngày theo Asia/Ho_Chi_Minh",
                    hint: "bỏ time_zone hoặc đặt là \"Asia/Ho_Chi_Minh\""))
        }
    }
}
