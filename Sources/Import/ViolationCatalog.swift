public import Casework

/// What an import of penalty cases needs from the rule pack's catalog, read once before the file: each violation
/// code as the catalog states it, and the circumstance codes.
///
/// The importer never asks the rules for a fine: a historical decision is stored as recorded. It uses the catalog
/// to check that each code exists and was in force when the violation was committed, and to copy its title, legal
/// basis, sector and frame onto the decision's lines, as `case decide` does.
public struct ViolationCatalog: Sendable {
    /// A code as the catalog states it (before ×2 / ½ and the sector cap).
    public struct Entry: Sendable, Equatable {
        public var code: String
        public var title: String
        /// The legal basis in words: "điểm a khoản 1 Điều 16 Nghị định 125/2020/NĐ-CP".
        public var basis: String
        public var sector: String
        public var frameMinVND: VND
        public var frameMaxVND: VND
        /// First and last day in force (both inclusive); `nil` for no bound.
        public var effectiveFrom: CalendarDate?
        public var effectiveTo: CalendarDate?

        /// Creates an entry.
        public init(
            code: String, title: String, basis: String, sector: String, frameMinVND: VND, frameMaxVND: VND,
            effectiveFrom: CalendarDate?, effectiveTo: CalendarDate?
        ) {
            self.code = code
            self.title = title
            self.basis = basis
            self.sector = sector
            self.frameMinVND = frameMinVND
            self.frameMaxVND = frameMaxVND
            self.effectiveFrom = effectiveFrom
            self.effectiveTo = effectiveTo
        }

        /// Whether the entry is in force on `day`.
        public func isInForce(on day: CalendarDate) -> Bool {
            (effectiveFrom.map { $0 <= day } ?? true) && (effectiveTo.map { day <= $0 } ?? true)
        }
    }

    private var entries: [String: Entry]
    /// Mitigating circumstance codes (Điều 9).
    public var mitigating: Set<String>
    /// Aggravating circumstance codes (Điều 10).
    public var aggravating: Set<String>

    /// The codes of the bodies that share the store (the pack's `report.bodies`): a row may name one as the body
    /// that handles the case; empty when the store serves one body.
    public var bodies: Set<String>

    /// A catalog of `entries` (one per code; a later one with the same code replaces an earlier one).
    public init(entries: [Entry], mitigating: Set<String>, aggravating: Set<String>, bodies: Set<String> = []) {
        self.entries = Dictionary(entries.map { ($0.code, $0) }, uniquingKeysWith: { _, later in later })
        self.mitigating = mitigating
        self.aggravating = aggravating
        self.bodies = bodies
    }

    /// The entry of `code`, or `nil` when the catalog has none.
    public func entry(_ code: String) -> Entry? { entries[code] }

    /// The code of the catalog `code` most likely meant (a misspelling), if any.
    public func code(nearestTo code: String) -> String? {
        NearestWord.nearest(to: code, among: entries.keys, maxDistance: NearestWord.tolerance(for: code))
    }
}
