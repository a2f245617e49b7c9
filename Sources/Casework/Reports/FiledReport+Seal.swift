import Foundation

extension FiledReport {
    /// The report as filed on `day`: `filedOn` set and `hash` = SHA-256 over its canonical JSON (sorted keys,
    /// integers only) with `hash` empty. Recomputing it from the stored report gives the same hash.
    public func sealed(filedOn day: CalendarDate) throws -> FiledReport {
        var report = self
        report.filedOn = day
        report.hash = ""
        report.hash = try report.contentHash()
        return report
    }

    /// SHA-256 over the canonical JSON of the report with `hash` empty.
    public func contentHash() throws -> String {
        var unsealed = self
        unsealed.hash = ""
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return SHA256.hex(SHA256.hash(Array(try encoder.encode(unsealed))))
    }
}
