import Casework
import Inspectorate
import Rules

extension App {
    /// Applies one lifecycle step in one transaction: ``Inspectorate/step(_:command:acting:withStep:_:)``.
    func step(
        _ id: Int64, command: String, store: any InspectorateStore, engine: RuleEngine,
        withStep: ((inout Inspection) -> Void)? = nil,
        _ change: @escaping (Inspection, InspectionDeadlines?) throws -> InspectionUpdate
    ) throws -> Inspection {
        try Inspectorate(store: store, policy: engine, pack: record(engine.pack, engine: engine))
            .step(Inspection.ID(rawValue: id), command: command, acting: acting, withStep: withStep, change)
    }
}
