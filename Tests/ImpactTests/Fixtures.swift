import Casework
import Foundation
import Rules
import Store

enum Fixtures {
    /// The repository's root, found from this file's path.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The bundled pack in rules/.
    static func bundledPack() throws -> RulePack {
        try RulePack.load(from: repository.appendingPathComponent("rules").path)
    }

    /// The bundled pack's files with `edit` applied to the text of `path`.
    static func bundledPack(editing path: String, _ edit: (String) -> String) throws -> RulePack {
        let pack = try bundledPack()
        return RulePack(
            directory: "/candidate",
            files: pack.files.map { file in
                guard file.path == path else { return file }
                return RulePack.File(path: file.path, bytes: Array(edit(String(decoding: file.bytes, as: UTF8.self)).utf8))
            })
    }
}

extension Fixtures {
    static let today = CalendarDate(year: 2026, month: 11, day: 23)!
    /// The code whose frame the candidate packs of these tests change.
    static let changedCode = "ND125-2020-D24-K4-b"

    /// The bundled pack with the frame of ``changedCode`` raised from 4–8 to 5–9 million đồng.
    static func raisedFramePack() throws -> RulePack {
        try bundledPack(editing: "penalty/catalog/nd125_2020.lua") { text in
            let start = text.range(of: "code = \"\(changedCode)\"")!
            let frame = text.range(of: "frame_min_vnd = 4000000, frame_max_vnd = 8000000", range: start.upperBound..<text.endIndex)!
            return text.replacingCharacters(in: frame, with: "frame_min_vnd = 5000000, frame_max_vnd = 9000000")
        }
    }

    /// An in-memory store holding `count` synthetic cases decided by the bundled pack.
    static func store(cases count: Int, seed: UInt64 = 7) throws -> (SQLiteStore, RuleEnginePool) {
        let store = try SQLiteStore.makeEmpty()
        let pool = try RuleEnginePool(pack: try bundledPack(), workers: 2)
        try SyntheticCases(count: count, seed: seed, subjects: 50, batchSize: 500).write(into: store, pool: pool)
        return (store, pool)
    }
}
