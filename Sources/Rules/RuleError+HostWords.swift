import LuaBridge

extension RuleError {
    /// The Vietnamese words of an error the Lua host raised itself (a limit, a missing entry point, an undefined
    /// global), read from its message; `nil` for any other (a pack's own text, Lua's messages).
    ///
    /// The bridge is generic and words its errors in English only; their meaning for a rule author is Rules'
    /// business, so the Vietnamese is here, beside ``RuleError/init(_:rule:)``.
    static func vietnamese(_ error: LuaError, message: String, rule: String?) -> Words? {
        switch error.kind {
        case .notFound:
            guard let found = message.wholeMatch(of: #/no function '(.+)'/#) else { return nil }
            let name = found.1
            return Words(
                "bộ quy tắc không có hàm '\(name)'",
                hint: "kiểm tra bộ quy tắc có định nghĩa '\(name)' đúng tên và đúng chỗ (docs/rule-contract.md)")
        case .timeLimit:
            guard let found = message.wholeMatch(of: #/time limit of (\d+) ms exceeded/#) else { return nil }
            return Words(
                "quy tắc chạy quá giới hạn thời gian \(found.1) ms",
                hint: "quy tắc làm quá nhiều việc trong một lần gọi: tìm vòng lặp, mẫu so khớp quay lui (nhiều '.-' "
                    + "hoặc '.*'), hoặc việc tìm trong một chuỗi rất dài")
        case .instructionLimit:
            guard let found = message.wholeMatch(of: #/instruction budget of (\d+) exceeded/#) else { return nil }
            return Words(
                "quy tắc chạy quá \(found.1) lệnh cho phép",
                hint: "quy tắc có lẽ lặp vô hạn; kiểm tra điều kiện dừng của các vòng lặp")
        case .memoryLimit:
            guard let found = message.wholeMatch(of: #/memory limit of (.+) exceeded/#) else { return nil }
            return Words(
                "quy tắc dùng quá giới hạn bộ nhớ \(found.1)", hint: "quy tắc tạo ra quá nhiều dữ liệu trong một lần gọi")
        case .runtime:
            guard let found = message.wholeMatch(of: #/undefined global '(.+)'/#) else { return nil }
            return Words(
                "tên toàn cục '\(found.1)' chưa được định nghĩa",
                hint: "khai báo bằng 'local', hoặc kiểm tra chính tả")
        case .sandbox:
            return sandboxVietnamese(message)
        case .badValue:
            return badValueVietnamese(message)
        default:
            return nil
        }
    }
}
