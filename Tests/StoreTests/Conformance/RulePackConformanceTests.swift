import Casework
import Testing

/// Rule pack versions through ``RulePackStore``: every file kept by the pack's hash, recorded once, and a history of
/// what each version decided.
///
/// Written against the ports only and run for every store of ``StoreFactory/all`` that implements the ports it uses (``StoreFactory/implementing(_:)``).
@Suite struct RulePackConformanceTests {
    static let first = StoredRulePack(
        hash: String(repeating: "1", count: 64), name: "thanhtra-vn", version: "2026.1",
        recordedAt: "2026-01-05T08:00:00+07:00",
        files: [
            "rules/penalty/amount.lua": Array("-- Mức phạt: đồng, số nguyên\nreturn {}\n".utf8),
            "rules/pack.lua": Array("return { name = \"thanhtra-vn\" }\n".utf8),
            "rules/empty.lua": [],
            "rules/bytes.bin": [0, 255, 10, 13, 0],
        ])
    static let second = StoredRulePack(
        hash: String(repeating: "2", count: 64), name: "thanhtra-vn", version: "2026.2",
        recordedAt: "2026-02-01T08:00:00+07:00", files: ["rules/pack.lua": Array("return {}\n".utf8)])

    /// The context of a command run at `timestamp` under `pack`.
    static func context(_ timestamp: String, pack: StoredRulePack) -> CommandContext {
        CommandContext(actor: "thanh.nguyen", timestamp: timestamp, packHash: pack.hash)
    }

    @Test(arguments: StoreFactory.implementing(.rulePacks, .subjects, .journal))
    func aPackIsRecordedOnceAndReadBackWithEveryFile(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let context = Self.context(Self.first.recordedAt, pack: Self.first)
            #expect(try !store.hasRulePack(hash: Self.first.hash))

            try store.recordRulePack(Self.first, context: context)
            try store.recordRulePack(Self.first, context: context)

            #expect(try store.hasRulePack(hash: Self.first.hash))
            #expect(try store.rulePack(hash: Self.first.hash) == Self.first)
            #expect(try store.rulePack(hash: Self.second.hash) == nil)
            #expect(try !store.hasRulePack(hash: Self.second.hash))
            let entries = try store.journal(after: 0, limit: 10)
            #expect(entries.map(\.command) == ["rules record"])
            #expect(entries.first?.packHash == Self.first.hash)
        }
    }

    @Test(arguments: StoreFactory.implementing(.rulePacks, .subjects, .journal))
    func theHistoryListsEveryVersionOldestFirstWithWhatItDecided(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            // Given two versions, two subjects added under the first and one under the second
            try store.recordRulePack(Self.first, context: Self.context(Self.first.recordedAt, pack: Self.first))
            _ = try store.addSubject(.company(1), context: Self.context("2026-01-06T09:00:00+07:00", pack: Self.first))
            _ = try store.addSubject(.company(2), context: Self.context("2026-01-20T09:00:00+07:00", pack: Self.first))
            try store.recordRulePack(Self.second, context: Self.context(Self.second.recordedAt, pack: Self.second))
            _ = try store.addSubject(.company(3), context: Self.context("2026-02-02T10:00:00+07:00", pack: Self.second))

            // Then the history names each, when it was recorded and last used, and its commands
            #expect(
                try store.rulePackHistory() == [
                    RulePackUse(
                        hash: Self.first.hash, name: "thanhtra-vn", version: "2026.1",
                        recordedAt: "2026-01-05T08:00:00+07:00", lastUsedAt: "2026-01-20T09:00:00+07:00",
                        commands: ["rules record": 1, "subject add": 2]),
                    RulePackUse(
                        hash: Self.second.hash, name: "thanhtra-vn", version: "2026.2",
                        recordedAt: "2026-02-01T08:00:00+07:00", lastUsedAt: "2026-02-02T10:00:00+07:00",
                        commands: ["rules record": 1, "subject add": 1]),
                ])
        }
    }
}
