import Casework
import Rules
import Store

extension App {
    /// The inspection, or an error that says how to find one.
    func inspection(_ id: Int64, in store: SQLiteStore) throws -> Inspection {
        guard let found = try store.inspection(id: Inspection.ID(rawValue: id)) else {
            throw CommandError(message: "no inspection #\(id)", hint: "see `thanhtra inspection list`")
        }
        return found
    }

    /// Applies one lifecycle step in one transaction. `withStep` applies the step to a copy of the inspection so
    /// the rules can compute the due dates it leads to; `nil` when the step moves no deadline.
    func step(
        _ id: Int64, command: String, store: SQLiteStore, engine: RuleEngine,
        withStep: ((inout Inspection) -> Void)? = nil,
        _ change: @escaping (Inspection, InspectionDeadlines?) throws -> InspectionUpdate
    ) throws -> Inspection {
        try store.updateInspection(
            Inspection.ID(rawValue: id), command: command, context: try context(pack: engine.pack, store: store)
        ) { current in
            // Validate the step first (state, dates): a pure function, so calling it twice is harmless.
            _ = try change(current, nil)
            var deadlines: InspectionDeadlines?
            if let withStep {
                var next = current
                withStep(&next)
                let answer = try engine.deadlines(of: next)
                guard answer.problems.isEmpty else {
                    throw InspectionError(
                        answer.problems.map { "\($0.code): \($0.message)" }.joined(separator: "; "), inspectionID: current.id,
                        hint: answer.problems.first?.hint)
                }
                deadlines = answer.deadlines
            }
            return try change(current, deadlines)
        }
    }
}
