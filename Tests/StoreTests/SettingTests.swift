import Casework
import Store
import Testing

@Suite struct SettingTests {
    @Test func settingsRoundTripAndAreJournaledAsOneCommand() throws {
        let store = try SQLiteStore.makeEmpty()
        let packHash = String(repeating: "a", count: 64)

        try store.saveSettings(["rules.path": "/srv/rules", "rules.hash": packHash], command: "init", context: .test)

        #expect(try store.setting("rules.path") == "/srv/rules")
        #expect(try store.setting("rules.hash") == packHash)
        #expect(try store.setting("missing") == nil)
        #expect(try store.settings() == ["rules.path": "/srv/rules", "rules.hash": packHash])
        let entries = try store.journal(after: 0, limit: 10)
        #expect(entries.map(\.command) == ["init"])
        #expect(entries.first?.payload == #"{"rules.hash":"\#(packHash)","rules.path":"/srv/rules"}"#)
    }

    @Test func savingAgainOverwritesOnlyTheGivenKeys() throws {
        let store = try SQLiteStore.makeEmpty()
        try store.saveSettings(["a": "1", "b": "2"], command: "init", context: .test)
        try store.saveSettings(["b": "3"], command: "rules update", context: .test)

        #expect(try store.settings() == ["a": "1", "b": "3"])
        #expect(try store.journal(after: 0, limit: 10).map(\.command) == ["init", "rules update"])
    }
}
