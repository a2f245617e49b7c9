import Casework
import Foundation
import Rules
import Server
import Testing

/// The server follows the active stored pack: once another pack is active, every worker answers with its engine
/// before its next job, and the pack is loaded once.
@Suite struct ActivePackTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The hash the store would say is active; changed by the test.
    final class Switch: @unchecked Sendable {  // tests only: written before the jobs that read it are queued
        var hash = ""
        var loads = 0
    }

    static func identity(_ pack: RulePack) -> PackIdentity {
        PackIdentity(
            hash: pack.hash, files: Dictionary(uniqueKeysWithValues: pack.files.map { ($0.path, $0.bytes) }),
            name: "thanhtra-vn", version: "test")
    }

    @Test func workersRebuildTheirEngineWhenAnotherPackBecomesActive() async throws {
        let bundled = try RulePack.load(from: Self.repository.appendingPathComponent("rules").path)
        let edited = RulePack(
            directory: "/edited",
            files: bundled.files.map { file in
                guard file.path == "init.lua" else { return file }
                return RulePack.File(path: file.path, bytes: file.bytes + Array("\n-- edited\n".utf8))
            })
        #expect(bundled.hash != edited.hash)
        let active = Switch()
        active.hash = bundled.hash
        let packs = ActivePack(
            initial: Self.identity(bundled), readActiveHash: { active.hash },
            load: { hash in
                active.loads += 1
                return Self.identity(hash == edited.hash ? edited : bundled)
            },
            makePolicy: { identity in
                try RuleEngine(
                    pack: RulePack(
                        directory: "stored", files: identity.files.map { RulePack.File(path: $0.key, bytes: $0.value) }))
            })
        let pool = WorkerPool(
            threads: 2, maximumQueued: 8, makePolicy: { try packs.makePolicy(packs.current) },
            packHash: { packs.refreshedHash() })
        defer { pool.shutdown() }

        let before = try await pool.run { worker in try worker.policy().packHash }
        #expect(before == bundled.hash)
        active.hash = edited.hash
        let after = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<6 { group.addTask { try await pool.run { worker in try worker.policy().packHash } } }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(after == [edited.hash])
        #expect(packs.current.hash == edited.hash)
        #expect(packs.identity(hash: bundled.hash)?.hash == bundled.hash, "the pack before stays known for the journal")
        #expect(active.loads == 1)
    }
}
