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
}

extension App {
    /// The rule engine for the pack in force; works without a database (then `--rules` or ./rules).
    func openCaseworkOrPack() throws -> (store: (any InspectorateStore)?, engine: RuleEngine) {
        let store = databaseExists ? try openStore() : nil
        let pack = try loadPack(recordedIn: store, authoring: true)
        return (store, try makeEngine(pack))
    }
}
