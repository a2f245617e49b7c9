public import Casework
import Reports

/// A store that can be copied from and into: every port, and the bulk rows of ``StoreCopying``.
public typealias CopyableStore = InspectorateStore & StoreCopying

/// Something a copy's verification found different between the source and the target.
public enum CopyDiscrepancy: Sendable, Equatable {
    /// The journal heads differ (`SEQ:HASH` each): the source moved on during the copy, or entries were lost.
    case head(source: String, target: String)
    /// `journal verify` on the target found problems: how many, and the first.
    case targetNotIntact(problems: Int, first: String?)
    /// A table holds a different number of rows on each side.
    case rowCount(table: String, source: Int64, target: Int64)
    /// A daily rollup the target rebuilt from the rows differs from the source's on these days (the first few).
    case rollup(table: String, days: [String])
    /// A filed report is missing on one side, or renders differently in `format`.
    case filedReport(kind: String, label: String, format: String)
}

/// What a copy did and what its verification found.
public struct StoreCopyResult: Sendable {
    /// The source's journal head, and the target's after the copy.
    public var sourceHead: (sequence: Int64, hash: String)
    public var targetHead: (sequence: Int64, hash: String)
    /// Every table copied, with its rows on the target, in the order copied.
    public var tables: [(name: String, rows: Int64)]
    /// The daily rollups compared (rebuilt by the target from the rows).
    public var rollupsCompared: Int
    /// The filed reports rendered on both sides and compared.
    public var filedReportsCompared: Int
    /// `journal verify` on the target.
    public var targetAudit: JournalAudit
    /// Everything found different; empty when the copy is faithful.
    public var discrepancies: [CopyDiscrepancy]

    /// The copy is faithful: the same head, the target verifies, the same rows, rollups and filed reports.
    public var isVerified: Bool { discrepancies.isEmpty }
}

/// `db copy`: a whole store moved into an empty one, then verified.
public enum StoreCopier {
    /// Copies every table of `source` into `target` in one transaction of the target (refused, with nothing
    /// written, when the target is not empty), then verifies the copy: the same journal head; `journal verify` on
    /// the target (the chain, and on SQLite the seals the copy made) with the source's head; every copied table with
    /// the same number of rows; every daily rollup the target rebuilt from the rows equal to the source's (the days
    /// where a sum is not zero); and every filed report rendering the same bytes on both sides (JSON, CSV, HTML and
    /// the table, in Vietnamese and English).
    ///
    /// The source is read in one snapshot; a command that lands on the source during the copy shows as a different
    /// head (stop the writers first).
    ///
    /// - Parameter progress: Called after each batch of rows written.
    /// - Throws: ``StoreError`` `.invalid` when the target is not empty (nothing written), `.notFound` when one
    ///   side has a table the other lacks (different versions of thanhtra); other ``StoreError``s. A copy that was
    ///   written but does not verify is not an error: the result lists its ``StoreCopyResult/discrepancies``.
    public static func copy(
        from source: any CopyableStore, to target: any CopyableStore, progress: (CopyProgress) -> Void
    ) throws -> StoreCopyResult {
        let tables = try target.copyTables()
        let names = Set(tables.map(\.name))
        if let lost = try source.copyTables().map(\.name).first(where: { !names.contains($0) }) {
            throw StoreError(
                .notFound, "the target has no table \(lost): it was made by another version of thanhtra; nothing was written",
                hint: "use the same version of thanhtra on both sides")
        }
        try source.withCopySnapshot { snapshot in
            try target.receiveCopy(tables, from: snapshot, progress: progress)
        }
        return try verify(source: source, target: target, tables: tables)
    }

    /// The checks of ``copy(from:to:progress:)`` after the rows are in.
    static func verify(source: any CopyableStore, target: any CopyableStore, tables: [CopyTable]) throws
        -> StoreCopyResult
    {
        var discrepancies: [CopyDiscrepancy] = []
        let sourceHead = try source.journalHead()
        let targetHead = try target.journalHead()
        if sourceHead != targetHead {
            discrepancies.append(
                .head(source: "\(sourceHead.sequence):\(sourceHead.hash)", target: "\(targetHead.sequence):\(targetHead.hash)"))
        }
        let audit = try target.auditJournal(head: sourceHead, fullIntegrityCheck: true)
        if !audit.isIntact {
            discrepancies.append(.targetNotIntact(problems: audit.problemCount, first: audit.problems.first?.message))
        }

        let derived = try target.copyDerivedTables()
        let sourceDerived = Set(try source.copyDerivedTables().map(\.name))
        let compared = derived.filter { sourceDerived.contains($0.name) }
        func counts(_ store: any CopyableStore) throws -> (rows: [Int64], rollups: [[[CopyValue]]]) {
            try store.withCopySnapshot { snapshot in
                (try tables.map { try snapshot.count(of: $0.name) }, try compared.map { try nonZeroRows(of: $0, in: snapshot) })
            }
        }
        let before = try counts(source)
        let after = try counts(target)
        for (index, table) in tables.enumerated() where before.rows[index] != after.rows[index] {
            discrepancies.append(.rowCount(table: table.name, source: before.rows[index], target: after.rows[index]))
        }
        for (index, table) in compared.enumerated() where Set(before.rollups[index]) != Set(after.rollups[index]) {
            let left = Set(before.rollups[index])
            let right = Set(after.rollups[index])
            let days = left.symmetricDifference(right).compactMap { row -> String? in
                if case .text(let day) = row.first { return day }
                return nil
            }
            discrepancies.append(.rollup(table: table.name, days: Array(Set(days).sorted().prefix(5))))
        }

        let filedSource = try source.filedReports()
        let filedTarget = try target.filedReports()
        var targetByPeriod: [String: FiledReport] = [:]
        for report in filedTarget { targetByPeriod["\(report.period.kind) \(report.period.label)"] = report }
        for report in filedSource {
            let key = "\(report.period.kind) \(report.period.label)"
            guard let copy = targetByPeriod.removeValue(forKey: key) else {
                discrepancies.append(.filedReport(kind: report.period.kind, label: report.period.label, format: "missing"))
                continue
            }
            if let format = firstDifference(report, copy) {
                discrepancies.append(.filedReport(kind: report.period.kind, label: report.period.label, format: format))
            }
        }
        for report in targetByPeriod.values.sorted(by: { $0.period.label < $1.period.label }) {
            discrepancies.append(.filedReport(kind: report.period.kind, label: report.period.label, format: "extra"))
        }
        return StoreCopyResult(
            sourceHead: sourceHead, targetHead: targetHead,
            tables: tables.enumerated().map { ($0.element.name, after.rows[$0.offset]) },
            rollupsCompared: compared.count, filedReportsCompared: filedSource.count, targetAudit: audit,
            discrepancies: discrepancies)
    }

    /// The integer columns of a rollup that are part of its key, not sums (lower case): `penaltyViolatorDay`'s
    /// subject.
    static let rollupIntegerKeys: Set<String> = ["subjectid"]

    /// The rows of a daily rollup where a sum is not zero, by day: a rollup may keep a day whose sums went back to
    /// zero, which its rebuild does not. The sums are its integer columns after the day but ``rollupIntegerKeys`` (a
    /// key such as the category of `followUpStockChange` is text); rows are compared as sets (the day and its keys
    /// are unique).
    static func nonZeroRows(of table: CopyTable, in snapshot: any CopySource) throws -> [[CopyValue]] {
        var rows: [[CopyValue]] = []
        let sums = table.columns.indices.dropFirst().filter { !rollupIntegerKeys.contains(table.columns[$0]) }
        try snapshot.rows(of: table.name, columns: table.columns, batchSize: 2_000) { batch in
            rows += batch.filter { row in
                sums.contains {
                    if case .integer(let sum) = row[$0] { return sum != 0 }
                    return false
                }
            }
        }
        return rows.sorted { a, b in
            if case .text(let x) = a.first, case .text(let y) = b.first { return x < y }
            return false
        }
    }

    /// The first format in which the two filed reports render differently, or `nil` when every one is the same.
    static func firstDifference(_ a: FiledReport, _ b: FiledReport) -> String? {
        let left = PeriodReport(a)
        let right = PeriodReport(b)
        if left.renderJSON() != right.renderJSON() { return "json" }
        for language in [Language.vi, .en] {
            if left.renderTable(language: language) != right.renderTable(language: language) {
                return "table (\(language.rawValue))"
            }
            if left.renderCSV(language: language) != right.renderCSV(language: language) { return "csv (\(language.rawValue))" }
            if left.renderHTML(language: language) != right.renderHTML(language: language) {
                return "html (\(language.rawValue))"
            }
        }
        return a.hash == b.hash ? nil : "hash"
    }
}
