/// How a plan about to be loaded differs from the stored plan of the same year, entry by entry (matched by key).
///
/// ```swift
/// let diff = PlanDiff(stored: try store.planEntries(year: 2026), loaded: entries)
/// if diff.isEmpty { print("the 2026 plan is already loaded") }
/// ```
public struct PlanDiff: Sendable, Codable, Equatable {
    /// An entry whose key is in both plans with different values.
    public struct Change: Sendable, Codable, Equatable {
        /// As stored.
        public var old: PlanEntry
        /// As loaded now.
        public var new: PlanEntry

        public init(old: PlanEntry, new: PlanEntry) {
            self.old = old
            self.new = new
        }
    }

    /// Entries whose key the stored plan does not have, in the loaded plan's order.
    public var added: [PlanEntry]
    /// Entries whose values changed, in the loaded plan's order.
    public var changed: [Change]
    /// Stored entries whose key the loaded plan no longer has, in the stored plan's order.
    public var removed: [PlanEntry]
    /// How many entries are the same in both.
    public var unchanged: Int

    public init(added: [PlanEntry] = [], changed: [Change] = [], removed: [PlanEntry] = [], unchanged: Int = 0) {
        self.added = added
        self.changed = changed
        self.removed = removed
        self.unchanged = unchanged
    }

    /// Compares the stored plan with the loaded one by entry key. Keys are unique in each (see
    /// ``PlanEntry/validatedPlan(_:year:)``).
    public init(stored: [PlanEntry], loaded: [PlanEntry]) {
        let storedByKey = Dictionary(stored.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let loadedKeys = Set(loaded.map(\.key))
        self.init()
        for entry in loaded {
            guard let old = storedByKey[entry.key] else {
                added.append(entry)
                continue
            }
            if old == entry { unchanged += 1 } else { changed.append(Change(old: old, new: entry)) }
        }
        removed = stored.filter { !loadedKeys.contains($0.key) }
    }

    /// Whether the two plans are the same: nothing added, changed or removed.
    public var isEmpty: Bool { added.isEmpty && changed.isEmpty && removed.isEmpty }
}
