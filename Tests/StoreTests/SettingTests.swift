import Casework
import Store
import Testing

/// `SQLiteStore.settings()`, every setting at once (not a port; the ports' settings are tested in
/// `Conformance/SettingConformanceTests`).
@Suite struct SettingTests {
    @Test func allSettingsAreReadAtOnceAfterOverwrites() throws {
        let store = try SQLiteStore.makeEmpty()
        try store.saveSettings(["a": "1", "b": "2"], command: "init", context: .test)
        try store.saveSettings(["b": "3"], command: "rules update", context: .test)

        #expect(try store.settings() == ["a": "1", "b": "3"])
    }
}
