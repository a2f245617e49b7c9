public import Casework

extension Inspectorate {
    /// Applies one lifecycle step of inspection `id` in one journaled transaction.
    ///
    /// `withStep` applies the step to a copy of the inspection so the pack can compute the due dates it leads to;
    /// `nil` when the step moves no deadline. `change` validates the step (a pure Casework function) and returns
    /// the update; it is called first without deadlines, to refuse a wrong step before asking the pack.
    ///
    /// - Parameter command: The journal's name of the step, e.g. `inspection decide`.
    /// - Throws: What `change` throws; ``InspectionError`` naming the pack's problems when it refuses the
    ///   deadlines; ``StoreError`` (`.notFound` for an unknown inspection).
    public func step(
        _ id: Inspection.ID, command: String, acting: Acting,
        withStep: ((inout Inspection) -> Void)? = nil,
        _ change: @escaping (Inspection, InspectionDeadlines?) throws -> InspectionUpdate
    ) throws -> Inspection {
        try store.updateInspection(id, command: command, context: try context(for: acting)) { current in
            try checkedUpdate(current, withStep: withStep, change)
        }
    }

    /// The step's update of `current`: checked first without deadlines, then with the deadlines the pack computes on
    /// the stepped copy (when `withStep` is given). A pure function of the inspection and the pack.
    func checkedUpdate(
        _ current: Inspection, withStep: ((inout Inspection) -> Void)?,
        _ change: (Inspection, InspectionDeadlines?) throws -> InspectionUpdate
    ) throws -> InspectionUpdate {
        // Validate the step first (state, dates): a pure function, so calling it twice is harmless.
        _ = try change(current, nil)
        var deadlines: InspectionDeadlines?
        if let withStep {
            var next = current
            withStep(&next)
            let answer = try policy.deadlines(of: next)
            guard answer.problems.isEmpty else {
                throw InspectionError(
                    answer.problems.map { "\($0.code): \($0.message)" }.joined(separator: "; "), inspectionID: current.id,
                    hint: answer.problems.first?.hint, refusal: .refusedByRules(answer.problems))
            }
            deadlines = answer.deadlines
        }
        return try change(current, deadlines)
    }
}
