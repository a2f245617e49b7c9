import Foundation

/// Stepping report specs back one period: `2026-10` → `2026-09`, `2026-Q1` → `2025-Q4`, `2026-H1` → `2025-H2`,
/// `2026` → `2025`. Ranges have no previous period.
public enum ReportSpec {
    /// Stands for "the reporting month that contains today" until the command resolves it with the pack.
    public static let currentMonth = "current"

    /// The period before `spec` of `kind`, or `nil` (a range, or a spec that is not of the kind's form).
    public static func previous(kind: String, spec: String) -> String? {
        switch kind {
        case "monthly":
            let p = spec.split(separator: "-")
            guard p.count == 2, let y = Int(p[0]), let m = Int(p[1]), (1...12).contains(m) else { return nil }
            return m == 1 ? String(format: "%04d-12", y - 1) : String(format: "%04d-%02d", y, m - 1)
        case "quarterly":
            let p = spec.split(separator: "-")
            guard p.count == 2, let y = Int(p[0]), p[1].hasPrefix("Q"), let q = Int(p[1].dropFirst()), (1...4).contains(q) else { return nil }
            return q == 1 ? "\(y - 1)-Q4" : "\(y)-Q\(q - 1)"
        case "half-year":
            let p = spec.split(separator: "-")
            guard p.count == 2, let y = Int(p[0]) else { return nil }
            return p[1] == "H2" ? "\(y)-H1" : (p[1] == "H1" ? "\(y - 1)-H2" : nil)
        case "nine-months", "annual":
            guard let y = Int(spec.prefix(4)) else { return nil }
            return String(y - 1)
        default:
            return nil
        }
    }
}
