public import Casework

/// Asks the rules about many items at once: on the calling thread, or on several workers, each with a policy of
/// its own (a rule engine is single-threaded).
///
/// An import asks the rules once per row for what the file leaves out (deadlines, a finding's category); a runner
/// over a pool of warm engines spreads those questions over the cores:
///
/// ```swift
/// let records = try runner.map(rows) { policy, row in try policy.deadlines(of: row.inspection) }
/// ```
public protocol PolicyRunner<Policy> {
    /// The policy each worker holds; its type (not its values) crosses to the workers.
    associatedtype Policy: SendableMetatype

    /// `transform` applied to every item, each call with some worker's policy; the results in the items' order.
    ///
    /// - Throws: The first error `transform` throws (in item order), after every worker has stopped.
    func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], _ transform: @Sendable (Policy, Item) throws -> Result
    ) throws -> [Result]

    /// Runs `body` with one policy on the calling thread: for questions asked while reading a row.
    func withPolicy<T>(_ body: (Policy) throws -> T) throws -> T
}

/// One policy, on the calling thread.
public struct SerialPolicyRunner<Policy: SendableMetatype>: PolicyRunner {
    /// The policy every call uses.
    public let policy: Policy

    /// A runner over `policy`.
    public init(_ policy: Policy) {
        self.policy = policy
    }

    public func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], _ transform: @Sendable (Policy, Item) throws -> Result
    ) throws -> [Result] {
        try items.map { try transform(policy, $0) }
    }

    public func withPolicy<T>(_ body: (Policy) throws -> T) throws -> T { try body(policy) }
}
