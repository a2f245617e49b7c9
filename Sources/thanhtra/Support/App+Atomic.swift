import Casework

extension App {
    /// The store of the `batch --atomic` running this command, if any: while it is set, ``openStore()`` returns it,
    /// so every line of the batch joins the batch's one transaction.
    ///
    /// Bound by `batch --atomic` around its lines (`App.$atomicStore.withValue(store) { … }`), on the thread that
    /// runs them; nothing else sets it.
    @TaskLocal static var atomicStore: (any InspectorateStore)?
}
