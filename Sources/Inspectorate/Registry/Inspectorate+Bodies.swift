public import Casework

/// The bodies (cơ quan) that share one store (the pack's `report.bodies`): a case or an inspection may name the body
/// that handles it, and a report may count one body's records (``ReportPeriod/body``).
extension Inspectorate {
    /// Refuses a body code the pack does not list on `day`; `nil` (no body named) always passes.
    ///
    /// - Throws: ``InspectorateError/unknownBody(code:known:)``.
    func requireBody(_ body: String?, on day: CalendarDate) throws {
        guard let body else { return }
        let known = try policy.reportBodies(on: day)
        guard known.contains(where: { $0.code == body }) else {
            throw InspectorateError.unknownBody(code: body, known: known.map(\.code))
        }
    }

    /// The bodies that share the store, as the pack lists them on `day`, each with its name.
    public func bodies(on day: CalendarDate) throws -> [ReportLabels.Entry] {
        try policy.reportBodies(on: day)
    }
}
