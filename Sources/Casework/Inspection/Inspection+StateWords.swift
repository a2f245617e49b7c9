extension Inspection.State {
    /// The state in Vietnamese, as every face prints it (`inspection show`, the web pages, refusals, import's
    /// messages): `mới mở`, `đang thanh tra trực tiếp`, `đã kết luận`….
    public var vietnamese: String {
        switch self {
        case .open: "mới mở"
        case .decided: "đã có quyết định thanh tra"
        case .onsite: "đang thanh tra trực tiếp"
        case .suspended: "tạm dừng"
        case .onsiteEnded: "đã kết thúc thanh tra trực tiếp"
        case .reported: "đã báo cáo kết quả"
        case .drafted: "đã có dự thảo kết luận"
        case .concluded: "đã kết luận"
        case .closed: "đã đóng hồ sơ"
        }
    }
}
