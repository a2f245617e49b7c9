/// All or nothing across many use cases: the transaction port (`batch --atomic`).
///
/// Inside `body`, every use case run against the given store joins one transaction: each still writes its own
/// journal entry, as a nested step of the one transaction (a command that fails leaves nothing of itself), later
/// use cases see what earlier ones wrote, and the whole is committed only when `body` says so. Other writers wait
/// until it ends.
public protocol TransactionalStore: Sendable {
    /// Runs `body` with a store whose every change joins one transaction, committed only if `body` returns
    /// `commit: true`, else rolled back.
    ///
    /// - Returns: What `body` returns.
    /// - Throws: ``StoreError`` when the transaction cannot begin (`.busy`), commit, or is not available for this
    ///   store; what `body` throws, after rolling back.
    func inOneTransaction<T>(_ body: (any InspectorateStore) throws -> (result: T, commit: Bool)) throws -> T
}
