public import Casework
import LuaBridge

/// A violation as the pack's catalog states it (before ×2 / ½ and the sector cap).
public struct CatalogEntry: Sendable, Codable, Equatable {
    public var code: String
    public var title: String
    public var basis: String
    public var sector: String
    public var frameMinVND: VND
    public var frameMaxVND: VND
    /// `individual` or `organization`: whom the decree states the frame for.
    public var statedFor: String
    public var warningAllowed: Bool
    public var effectiveFrom: CalendarDate?
    /// The last day in force; nil while in force.
    public var effectiveTo: CalendarDate?
    /// false for a version that ends the sanction of the act from `effectiveFrom` (its frame is 0 – 0).
    public var isSanctioned: Bool = true
    /// The codes this one replaces across a renumbering (`succeeds`); empty for most entries.
    public var succeeds: [String] = []
}

/// A circumstance code the pack knows (Điều 9 mitigating, Điều 10 aggravating).
public struct CircumstanceEntry: Sendable, Codable, Equatable {
    public var code: String
    public var title: String
    public var citation: String
}

/// A signer title and its competence to fine.
public struct SignerTitle: Sendable, Codable, Equatable {
    public var code: String
    public var title: String
    public var limit: String
    public var citation: String
}

extension RuleEngine {
    /// The catalog entries in force on `on` (all when `nil`: every version of every code, repeals included),
    /// optionally of one sector.
    public func catalog(on: CalendarDate?, sector: String?) throws(RuleError) -> [CatalogEntry] {
        let input: LuaValue = .record(["on": .optionalDate(on), "sector": sector.map { .string($0) } ?? .nil])
        let result = ResultReader(try call(["penalty", "catalog"], [input]), rule: "penalty.catalog")
        var entries: [CatalogEntry] = []
        for e in try result["entries"].list() {
            var succeeds: [String] = []
            if !e["succeeds"].isNil {
                for code in try e["succeeds"].list() { succeeds.append(try code.string()) }
            }
            entries.append(
                CatalogEntry(
                    code: try e["code"].string(), title: try e["title"].string(), basis: try e["basis"].string(),
                    sector: try e["sector"].string(), frameMinVND: try e["frame_min_vnd"].money(),
                    frameMaxVND: try e["frame_max_vnd"].money(), statedFor: try e["stated_for"].string(),
                    warningAllowed: try e["warning_allowed"].bool(), effectiveFrom: try e["effective_from"].optionalDate(),
                    effectiveTo: try e["effective_to"].optionalDate(),
                    isSanctioned: e["sanctioned"].isNil ? true : try e["sanctioned"].bool(),
                    succeeds: succeeds))
        }
        return entries
    }

    /// The mitigating and aggravating circumstance codes.
    public func circumstances() throws(RuleError) -> (mitigating: [CircumstanceEntry], aggravating: [CircumstanceEntry]) {
        let result = ResultReader(try call(["penalty", "circumstances"], []), rule: "penalty.circumstances")
        func read(_ list: ResultReader) throws(RuleError) -> [CircumstanceEntry] {
            var out: [CircumstanceEntry] = []
            for c in try list.list() {
                try c.refuseUnknownKeys(["code", "title", "citation"], what: "circumstance \((try? c["code"].string()) ?? "?")", in: pack)
                out.append(CircumstanceEntry(code: try c["code"].string(), title: try c["title"].string(), citation: try c["citation"].optionalString() ?? ""))
            }
            return out
        }
        return (try read(result["mitigating"]), try read(result["aggravating"]))
    }

    /// The signer titles in force on `on`.
    public func titles(on: CalendarDate) throws(RuleError) -> [SignerTitle] {
        let result = ResultReader(try call(["penalty", "titles"], [.record(["on": .date(on)])]), rule: "penalty.titles")
        var out: [SignerTitle] = []
        for t in try result["titles"].list() {
            out.append(
                SignerTitle(code: try t["code"].string(), title: try t["title"].string(),
                            limit: try t["limit_vnd_description"].optionalString() ?? "", citation: try t["citation"].optionalString() ?? ""))
        }
        return out
    }
}
