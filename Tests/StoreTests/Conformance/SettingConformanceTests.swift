import Casework
import Testing

/// Settings through ``CaseStore``: saved as one journaled command, read back by key, overwritten key by key.
///
/// Written against the ports only and run for every store of ``StoreFactory/all`` that implements the ports it uses (``StoreFactory/implementing(_:)``).
@Suite struct SettingConformanceTests {
    @Test(arguments: StoreFactory.implementing(.settings, .journal))
    func settingsRoundTripAndAreJournaledAsOneCommand(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let packHash = String(repeating: "a", count: 64)

            try store.saveSettings(["rules.path": "/srv/rules", "rules.hash": packHash], command: "init", context: .test)

            #expect(try store.setting("rules.path") == "/srv/rules")
            #expect(try store.setting("rules.hash") == packHash)
            #expect(try store.setting("missing") == nil)
            let entries = try store.journal(after: 0, limit: 10)
            #expect(entries.map(\.command) == ["init"])
            #expect(entries.first?.payload == #"{"rules.hash":"\#(packHash)","rules.path":"/srv/rules"}"#)
        }
    }

    @Test(arguments: StoreFactory.implementing(.settings, .journal))
    func savingAgainOverwritesOnlyTheGivenKeys(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            try store.saveSettings(["a": "1", "b": "2"], command: "init", context: .test)
            try store.saveSettings(["b": "3"], command: "rules update", context: .test)

            #expect(try store.setting("a") == "1")
            #expect(try store.setting("b") == "3")
            #expect(try store.journal(after: 0, limit: 10).map(\.command) == ["init", "rules update"])
        }
    }
}
