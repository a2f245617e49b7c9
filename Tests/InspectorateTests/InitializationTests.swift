import Casework
import Inspectorate
import Rules
import Store
import Testing

@Suite struct InitializationTests {
    @Test func aStoreRecordsItsPackFolderOnceAndRefusesAnother() throws {
        let bench = try Workbench()
        let registry = Registry(store: bench.store)
        let pack = bench.inspectorate.pack
        #expect(try registry.initialize(with: pack, rulesDirectory: "/srv/rules", acting: acting) == .created)
        #expect(try bench.store.setting(SettingKey.rulesDirectory) == "/srv/rules")
        #expect(try bench.store.setting(SettingKey.rulesHash) == bench.engine.pack.hash)
        #expect(try bench.store.setting(SettingKey.initializedOn) == "2026-11-23")
        let entries = try bench.journal().count
        #expect(try bench.journal().last?.command == "init")

        #expect(try registry.initialize(with: pack, rulesDirectory: "/srv/rules", acting: acting) == .alreadyInitialized)
        #expect(throws: InspectorateError.initializedWithOtherPack(directory: "/srv/rules")) {
            try registry.initialize(with: pack, rulesDirectory: "/other/rules", acting: acting)
        }
        #expect(try bench.journal().count == entries)
    }
}
