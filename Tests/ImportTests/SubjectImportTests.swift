import Foundation
import Testing

@testable import Casework
@testable import Import

/// A register in memory: subjects registered before the import, then what each batch registered and journaled.
final class FakeSubjectStore: SubjectImportStore {
    var registered: [String: Subject.ID] = [:]
    var batches: [[NewSubject]] = []
    var payloads: [Data] = []
    private var nextID: Int64 = 100

    func registeredSubjects(among subjects: [NewSubject]) throws -> [String: Subject.ID] {
        registered.filter { key, _ in subjects.contains { $0.registerKey == key } }
    }

    func addSubjects<Payload: Encodable>(
        _ subjects: [NewSubject], command: String, context: CommandContext, payload: ([Subject]) -> Payload
    ) throws -> [Subject] {
        #expect(command == "import subjects")
        let stored = subjects.map { new -> Subject in
            nextID += 1
            registered[new.registerKey] = Subject.ID(rawValue: nextID)
            return Subject(
                id: Subject.ID(rawValue: nextID), kind: new.kind, identifier: new.identifier, name: new.name,
                address: new.address)
        }
        batches.append(subjects)
        payloads.append(try JSONEncoder().encode(payload(stored)))
        return stored
    }
}

/// Subjects go through the same two passes as the other kinds (``FileImport``): every bad row first, duplicates
/// within the file and against the register, then batches each journaled with the file's hash and lines.
@Suite struct SubjectImportTests {
    let store = FakeSubjectStore()

    @Test func theCheckRefusesBadRowsDuplicatesAndRegisteredSubjectsNamingTheColumn() throws {
        store.registered["organization 0100000009"] = 9
        let file = try TemporaryCSV(
            "ma so thue,ten\n"
                + "0100000001,Công ty A\n"
                + "0100000001,Công ty A lần hai\n"
                + "12345,Công ty B\n"
                + "0100000009,Công ty C\n"
                + "0100000002\n")
        defer { file.remove() }
        var importer = FileImport(path: file.path, kind: SubjectImport(store: store, context: .importTest))
        var rejected: [ImportRejectedRow] = []

        let checked = try importer.check(scratch: MemoryImportScratch(), onRow: { rejected.append($0) })

        #expect(rejected.map(\.line) == [3, 4, 5, 6])
        #expect(
            rejected.map(\.reason.description) == [
                "tax code 0100000001 is already on line 2",
                "ma so thue: tax code must be 10 digits, or 10 digits, a hyphen and 3 digits for a branch; got \"12345\"",
                "tax code 0100000009 is already registered as #9",
                "row: 1 field(s) where the header has 2",
            ])
        #expect(checked.rowsRead == 5 && checked.validCount == 1)
        #expect(store.batches.isEmpty)
    }

    @Test func theGoodRowsAreRegisteredInBatchesWithTheSubjectsPayload() throws {
        let text = "loai,ma so,ten\n" + (1...3).map { "to chuc,010000000\($0),Công ty \($0)\n" }.joined()
        let file = try TemporaryCSV(text)
        defer { file.remove() }
        var importer = FileImport(
            path: file.path, kind: SubjectImport(store: store, context: .importTest), batchSize: 2)
        let checked = try importer.check(scratch: MemoryImportScratch(), onRow: { Issue.record("bad row \($0)") })

        let summary = try importer.write(checked)

        #expect(store.batches.map(\.count) == [2, 1])
        #expect(store.batches.flatMap { $0 }.map(\.identifier) == ["0100000001", "0100000002", "0100000003"])
        let first = try JSONSerialization.jsonObject(with: store.payloads[0]) as? [String: Any]
        #expect(first?["firstSubject"] as? Int == 101 && first?["lastSubject"] as? Int == 102)
        #expect(first?["firstLine"] as? Int == 2 && first?["lastLine"] as? Int == 3)
        #expect(first?["sha256"] as? String == SHA256.hexString(SHA256.hash(Data(text.utf8))))
        #expect(summary.kind == "subjects" && summary.imported == 3 && summary.batches == 2)
        #expect(summary.firstID == 101 && summary.lastID == 103)
    }

    @Test func anEmptyFileIsAFailureOfTheSubjectsKind() throws {
        let file = try TemporaryCSV("")
        defer { file.remove() }
        var importer = FileImport(path: file.path, kind: SubjectImport(store: store, context: .importTest))
        let failure = #expect(throws: ImportFailure.self) {
            try importer.check(scratch: MemoryImportScratch(), onRow: { _ in })
        }
        guard case .empty = failure?.reason else {
            Issue.record("expected an empty file, got \(String(describing: failure))")
            return
        }
        #expect(failure?.kind == "subjects")
    }
}
