public import Casework

/// Keys of the settings a store keeps about itself.
public enum SettingKey {
    /// The rule pack folder recorded at initialization: the pack in force when none is named.
    public static let rulesDirectory = "rules.directory"
    /// The hash of that pack when the store was initialized.
    public static let rulesHash = "rules.hash"
    /// The business date of the initialization.
    public static let initializedOn = "initializedOn"
    /// ``on`` when four-eyes rule packs are on: commands decide with the active stored pack, never a folder.
    public static let fourEyes = "rules.fourEyes"
    /// The value of a setting that is on.
    public static let on = "on"
}

/// What initializing a store did.
public enum Initialization: Sendable, Equatable {
    /// The store now records the pack folder (journaled as `init`).
    case created
    /// The store already records this pack folder; nothing changed.
    case alreadyInitialized
    /// The store already recorded this pack folder; four-eyes rule packs are now on (journaled as `rules four-eyes`).
    case fourEyesTurnedOn
}

extension Registry {
    /// Records in a new store the rule pack folder it runs with (and the pack's hash and the day), journaled as
    /// `init` under that pack; running it again with the same folder changes nothing. The face checks the pack
    /// (`rules check`) before calling this.
    ///
    /// - Parameters:
    ///   - pack: The pack as the journal records it.
    ///   - rulesDirectory: The pack folder as the pack reports it.
    ///   - fourEyes: Turn four-eyes rule packs on (``SettingKey/fourEyes``), also on a store already initialized;
    ///     there is no turning them off.
    /// - Throws: ``InspectorateError/initializedWithOtherPack(directory:)`` when the store records another folder;
    ///   ``StoreError``.
    public func initialize(
        with pack: RulePackRecord, rulesDirectory: String, fourEyes: Bool = false, acting: Acting
    ) throws -> Initialization {
        if let recorded = try store.setting(SettingKey.rulesDirectory) {
            guard recorded == rulesDirectory else { throw InspectorateError.initializedWithOtherPack(directory: recorded) }
            guard fourEyes, try store.setting(SettingKey.fourEyes) != SettingKey.on else { return .alreadyInitialized }
            try store.saveSettings(
                [SettingKey.fourEyes: SettingKey.on], command: "rules four-eyes",
                context: try pack.context(for: acting, in: store))
            return .fourEyesTurnedOn
        }
        var settings = [
            SettingKey.rulesDirectory: rulesDirectory, SettingKey.rulesHash: pack.hash,
            SettingKey.initializedOn: acting.today.description,
        ]
        if fourEyes { settings[SettingKey.fourEyes] = SettingKey.on }
        try store.saveSettings(settings, command: "init", context: try pack.context(for: acting, in: store))
        return .created
    }
}
