public import Casework

/// Keys of the settings a store keeps about itself.
public enum SettingKey {
    /// The rule pack folder recorded at initialization: the pack in force when none is named.
    public static let rulesDirectory = "rules.directory"
    /// The hash of that pack when the store was initialized.
    public static let rulesHash = "rules.hash"
    /// The business date of the initialization.
    public static let initializedOn = "initializedOn"
}

/// What initializing a store did.
public enum Initialization: Sendable, Equatable {
    /// The store now records the pack folder (journaled as `init`).
    case created
    /// The store already records this pack folder; nothing changed.
    case alreadyInitialized
}

extension Registry {
    /// Records in a new store the rule pack folder it runs with (and the pack's hash and the day), journaled as
    /// `init` under that pack; running it again with the same folder changes nothing. The face checks the pack
    /// (`rules check`) before calling this.
    ///
    /// - Parameters:
    ///   - pack: The pack as the journal records it.
    ///   - rulesDirectory: The pack folder as the pack reports it.
    /// - Throws: ``InspectorateError/initializedWithOtherPack(directory:)`` when the store records another folder;
    ///   ``StoreError``.
    public func initialize(with pack: RulePackRecord, rulesDirectory: String, acting: Acting) throws -> Initialization {
        if let recorded = try store.setting(SettingKey.rulesDirectory) {
            guard recorded == rulesDirectory else { throw InspectorateError.initializedWithOtherPack(directory: recorded) }
            return .alreadyInitialized
        }
        try store.saveSettings(
            [
                SettingKey.rulesDirectory: rulesDirectory, SettingKey.rulesHash: pack.hash,
                SettingKey.initializedOn: acting.today.description,
            ],
            command: "init", context: try pack.context(for: acting, in: store))
        return .created
    }
}
