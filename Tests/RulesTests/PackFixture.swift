import Foundation
@testable import Rules

/// Builds rule packs in memory for tests: `path -> Lua text`.
enum PackFixture {
    static func pack(_ files: [String: String]) -> RulePack {
        var all = files
        if all["init.lua"] == nil {
            all["init.lua"] = "return { name = 'test', version = '1', money = require 'money' }\n"
        }
        return RulePack(
            directory: "/fixture", files: all.map { RulePack.File(path: $0.key, bytes: Array($0.value.utf8)) })
    }

    /// The bundled pack in the repository's rules/ folder.
    static func bundled() throws -> RulePack {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return try RulePack.load(from: root.appendingPathComponent("rules").path)
    }

    /// Writes `files` into a new temporary folder and returns its path.
    static func folder(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("pack-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }
}
