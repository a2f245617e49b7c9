import Foundation
import Testing

@testable import Casework
@testable import Import

/// A store in memory for the import's check and write: registered subjects, recorded numbers, payable cases, and
/// what each bulk write received.
final class FakeImportStore: LegacyImportStore {
    var subjects: [SubjectReference: Subject] = [:]
    var recorded: [RecordedValue: [String: Int64]] = [:]
    var cases: [CaseReference: PayableCase] = [:]
    var writtenCases: [[LegacyCaseRecord]] = []
    var writtenInspections: [[LegacyInspectionRecord]] = []
    var writtenPayments: [[LegacyPaymentRecord]] = []
    var payloads: [ImportBatchPayload] = []

    /// Registers an organization #`id` with tax code `01000000<id>`, findable by number and tax code.
    @discardableResult
    func register(_ id: Int64, kind: Subject.Kind = .organization) -> Subject {
        let identifier = kind == .organization ? String(format: "01%08d", id) : String(format: "0010%08d", id)
        let subject = Subject(
            id: Subject.ID(rawValue: id), kind: kind, identifier: identifier, name: "Đối tượng \(id)", address: "")
        subjects[.number(subject.id)] = subject
        subjects[.identifier(kind, identifier)] = subject
        return subject
    }

    func subjects(matching references: [SubjectReference]) throws -> [SubjectReference: Subject] {
        subjects.filter { references.contains($0.key) }
    }

    /// Recorded numbers match in any year here; the stores' own tests check the year.
    func recorded(_ keys: [RecordedKey], as kind: RecordedValue) throws -> [RecordedKey: Int64] {
        var found: [RecordedKey: Int64] = [:]
        for key in keys { if let id = recorded[kind]?[key.value] { found[key] = id } }
        return found
    }

    func payableCases(_ references: [CaseReference]) throws -> [CaseReference: [PayableCase]] {
        cases.filter { references.contains($0.key) }.mapValues { [$0] }
    }

    func importCases(
        _ cases: [LegacyCaseRecord], command: String, context: CommandContext,
        payload: (ImportBatchResult) -> ImportBatchPayload
    ) throws -> ImportBatchResult {
        let first = Int64(writtenCases.flatMap { $0 }.count + 1)
        writtenCases.append(cases)
        let result = ImportBatchResult(rows: cases.count, firstID: first, lastID: first + Int64(cases.count) - 1)
        payloads.append(payload(result))
        return result
    }

    func importInspections(
        _ inspections: [LegacyInspectionRecord], command: String, context: CommandContext,
        payload: (ImportBatchResult) -> ImportBatchPayload
    ) throws -> ImportBatchResult {
        let first = Int64(writtenInspections.flatMap { $0 }.count + 1)
        writtenInspections.append(inspections)
        let result = ImportBatchResult(
            rows: inspections.count, firstID: first, lastID: first + Int64(inspections.count) - 1)
        payloads.append(payload(result))
        return result
    }

    func importPayments(
        _ payments: [LegacyPaymentRecord], command: String, context: CommandContext,
        payload: (ImportBatchResult) -> ImportBatchPayload
    ) throws -> ImportBatchResult {
        writtenPayments.append(payments)
        let amount = payments.reduce(Int64(0)) { $0 + $1.payment.amountVND.rawValue }
        let surcharge = payments.reduce(Int64(0)) { $0 + $1.payment.surchargeVND.rawValue }
        let result = ImportBatchResult(rows: payments.count, amountVND: VND(amount), surchargeVND: VND(surcharge))
        payloads.append(payload(result))
        return result
    }
}

/// Inspection rules with fixed answers: the 2022 law's codes before 2025-07-01, the 2025 law's from then; on-site
/// work due 45 days after the announcement; every finding classified `khac`.
struct FakeInspectionPolicy: InspectionPolicy {
    var packHash = String(repeating: "b", count: 64)

    func inspectionCatalog(on: CalendarDate) throws -> InspectionCatalog {
        let categories: [InspectionCatalog.Item] =
            on < CalendarDate("2025-07-01")!
            ? [
                .init(code: "hanh_chinh", title: "Thanh tra hành chính"),
                .init(code: "chuyen_nganh", title: "Thanh tra chuyên ngành"),
            ]
            : [.init(code: "thanh_tra", title: "Thanh tra")]
        return InspectionCatalog(
            categories: categories, levels: [.init(code: "thanh_tra_tinh", title: "Thanh tra tỉnh")],
            findingCategories: [
                .init(code: "dat_dai", title: "Vi phạm về đất đai"), .init(code: "khac", title: "Sai phạm khác"),
            ])
    }

    func deadlines(of inspection: Inspection) throws -> DeadlineAnswer {
        let announced = inspection.timeline.announcedOn
        return DeadlineAnswer(
            deadlines: InspectionDeadlines(
                onsiteDueOn: announced?.adding(days: 45),
                reportDueOn: inspection.timeline.onsiteEndedOn?.adding(days: 15),
                conclusionDueOn: inspection.timeline.onsiteEndedOn?.adding(days: 45)),
            steps: [], problems: [])
    }

    func checkExtension(of inspection: Inspection, days: Int) throws -> PolicyCheck {
        PolicyCheck(isAllowed: true, problems: [], steps: [])
    }

    func classify(_ finding: FindingFacts) throws -> Classification {
        Classification(category: finding.category ?? "khac", title: "", steps: [], problems: [])
    }

    func recovery(_ finding: FindingFacts) throws -> RecoveryAnswer {
        RecoveryAnswer(recoveryVND: finding.amountVND, otherFinancialVND: .zero, landArea: finding.landArea, steps: [])
    }
}

extension CommandContext {
    static let importTest = CommandContext(actor: "tester", timestamp: "2026-11-23T09:00:00+07:00")
}

/// A file under the temporary directory holding `text`, removed by `remove()`.
struct TemporaryCSV {
    let path: String

    init(_ text: String) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("legacy-\(UUID().uuidString).csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

extension FieldImportKind {
    /// Parses one data row given with its header, as the import would at line 2.
    func parse(header: [String], _ fields: [String]) throws -> Row {
        let columns = try ImportColumns<Field>(header: header, required: Self.requiredColumns)
        return try parse(ImportRow(columns: columns, fields: fields, line: 2))
    }

    /// The reason the row is refused on its own (`column: message`, then `→ step` when it names a next step outside
    /// the file), or `nil` when it parses.
    func refusal(header: [String], _ fields: [String]) throws -> String? {
        let columns = try ImportColumns<Field>(header: header, required: Self.requiredColumns)
        do {
            _ = try parse(ImportRow(columns: columns, fields: fields, line: 2))
            return nil
        } catch {
            return error.description + (error.next.map { " → \($0.rawValue)" } ?? "")
        }
    }
}
