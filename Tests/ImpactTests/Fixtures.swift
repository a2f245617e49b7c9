import Casework
import Foundation
import Rules

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
