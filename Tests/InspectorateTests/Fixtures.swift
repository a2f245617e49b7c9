import Casework
import Foundation
import Inspectorate
import Rules
import Store

/// An in-memory SQLite store and the bundled rule pack, wired as the composition root wires them.
struct Workbench {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    let store: SQLiteStore
    let engine: RuleEngine
    let inspectorate: Inspectorate
    /// How many times the pack's manifest was asked for (recording the pack reads it; nothing else should).
    let manifestReads: Counter

    final class Counter: @unchecked Sendable {  // tests only, one thread
        var value = 0
    }

    /// - Parameter edit: changes to the text of the bundled pack's files, by path.
    init(editing edits: [String: (String) -> String] = [:]) throws {
        let bundled = try RulePack.load(from: Self.repository.appendingPathComponent("rules").path)
        let pack = edits.isEmpty
            ? bundled
            : RulePack(
                directory: "/edited",
                files: bundled.files.map { file in
                    guard let edit = edits[file.path] else { return file }
                    return RulePack.File(path: file.path, bytes: Array(edit(String(decoding: file.bytes, as: UTF8.self)).utf8))
                })
        store = try SQLiteStore.makeEmpty()
        engine = try RuleEngine(pack: pack)
        let counter = Counter()
        manifestReads = counter
        let engine = self.engine
        inspectorate = Inspectorate(
            store: store, policy: engine,
            pack: RulePackRecord(
                hash: pack.hash, files: Dictionary(uniqueKeysWithValues: pack.files.map { ($0.path, $0.bytes) }),
                manifest: {
                    counter.value += 1
                    return (engine.manifest.name, engine.manifest.version)
                }))
    }

    /// Registers an organisation and returns its ID.
    func addSubject(_ taxCode: String, _ name: String) throws -> Subject.ID {
        try store.addSubject(
            NewSubject(kind: .organization, identifier: taxCode, name: name), context: acting.context).id
    }

    /// Every journal entry so far.
    func journal() throws -> [JournalEntry] { try store.journal(after: 0, limit: 10_000) }
}

/// The acting account of these tests, on 2026-11-23.
let acting = Acting(account: "thanh.nguyen", today: CalendarDate(year: 2026, month: 11, day: 23)!, recordedAt: "2026-11-23T16:05:09+07:00")

extension Acting {
    var context: CommandContext { CommandContext(actor: account, timestamp: recordedAt) }

    /// The same account on another day.
    func on(_ text: String) -> Acting {
        var copy = self
        copy.today = CalendarDate(text)!
        return copy
    }
}

extension InspectionOpening {
    /// A regular inspection (no ground needed) of `subjects` on one fixed content.
    static func regular(_ subjects: [Subject.ID], category: String = "thanh_tra", level: String = "thanh_tra_tinh")
        -> InspectionOpening
    {
        InspectionOpening(
            mode: .regular, category: category, level: level, content: "Việc chấp hành pháp luật về hóa đơn, chứng từ",
            field: "hoa_don", leadUnit: "Phòng Thanh tra 2", subjects: subjects)
    }
}
