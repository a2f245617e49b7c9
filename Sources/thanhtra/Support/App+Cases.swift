import Foundation
import Casework
import Rules

extension App {
    /// The store, the rule pack in force loaded into an engine, and the command context: what case commands need.
    func openCasework(readsOnly: Bool = false) throws -> (store: any InspectorateStore, engine: RuleEngine) {
        let store = try openStore(readsOnly: readsOnly)
        let pack = try loadPack(recordedIn: store)
        let engine = try makeEngine(pack)
        return (store, engine)
    }

    var today: CalendarDate { configuration.clock.today() }

    /// Keeps `object` alive until the process exits, which frees its memory at once: for what a one-shot command
    /// builds and needs to the end, whose piecewise teardown (a rule engine's Lua state: every table, string and
    /// function of the pack) costs more than its work (a period report: 1–2 ms of 50). Nothing outside the process
    /// waits for it; a database connection is never kept this way (closing one in WAL mode removes its `-wal`).
    static func keepUntilExit(_ object: AnyObject) {
        _ = Unmanaged.passRetained(object)
    }
}

extension App {
    /// The rule engine for the pack in force; works without a database (then `--rules` or ./rules).
    func openCaseworkOrPack() throws -> (store: (any InspectorateStore)?, engine: RuleEngine) {
        let store = databaseExists ? try openStore() : nil
        let pack = try loadPack(recordedIn: store, authoring: true)
        return (store, try makeEngine(pack))
    }
}
