public import Casework
import LuaBridge

extension RuleEngine: PlanPolicy {
    public func plan(year: Int, subjects: [Subject], past: [PastInspection]) throws -> PlanAnswer {
        let input: LuaValue = .record([
            "year": .integer(Int64(year)),
            "subjects": .list(subjects.map {
                .record([
                    "id": .integer($0.id.rawValue), "kind": .string($0.kind.rawValue), "identifier": .string($0.identifier),
                    "name": .string($0.name),
                ])
            }),
            "past": .list(past.map(\.luaValue)),
        ])
        let result = ResultReader(try call(["inspection", "plan"], [input]), rule: "inspection.plan")
        var entries: [PlanAnswer.Entry] = []
        for e in try result["entries"].list() {
            let key = try e["key"].string()
            try e.refuseUnknownKeys(PlanAnswer.Entry.ruleKeys, what: "plan entry \(key)", in: pack)
            var identifiers: [String] = []
            for s in try e["subjects"].list() { identifiers.append(try s.string()) }
            entries.append(
                PlanAnswer.Entry(
                    key: key, subjectIdentifiers: identifiers, content: try e["content"].string(),
                    field: try e["field"].optionalString() ?? "", category: try e["category"].string(),
                    level: try e["level"].string(), period: try e["period"].string(),
                    leadUnit: try e["lead_unit"].string(), onsiteDays: Int(try e["onsite_days"].quantity())))
        }
        return PlanAnswer(entries: entries, problems: try result["problems"].problems())
    }

    public func overlap(
        mode: Inspection.Mode, year: Int, content: String, field: String, subjectIDs: [Subject.ID], others: [PastInspection]
    ) throws -> OverlapAnswer {
        let input: LuaValue = .record([
            "mode": .string(mode.rawValue), "year": .integer(Int64(year)), "content": .string(content), "field": .string(field),
            "subject_ids": .list(subjectIDs.map { .integer($0.rawValue) }),
            // The store gives only inspections belonging to `year` (docs/rule-contract.md); say so to the pack.
            "others": .list(others.map { $0.luaValue(year: year) }),
        ])
        let result = ResultReader(try call(["inspection", "overlap"], [input]), rule: "inspection.overlap")
        let actionText = try result["action"].string()
        guard let action = OverlapAnswer.Action(rawValue: actionText) else {
            throw result["action"].failure("\"none\", \"warn\" or \"refuse\"", vi: "\"none\", \"warn\" hoặc \"refuse\"")
        }
        var collisions: [OverlapAnswer.Collision] = []
        for c in try result["collisions"].list() {
            collisions.append(
                .init(inspectionID: Inspection.ID(rawValue: try c["inspection_id"].quantity()), message: try c["message"].string()))
        }
        return OverlapAnswer(action: action, collisions: collisions)
    }
}

extension PlanAnswer.Entry {
    /// The keys a plan entry of `inspection.plan` may have; any other is a misspelling, refused.
    static let ruleKeys: Set<String> = [
        "key", "subjects", "content", "field", "category", "level", "period", "lead_unit", "onsite_days",
    ]
}

extension PastInspection {
    var luaValue: LuaValue { luaValue(year: nil) }

    func luaValue(year: Int?) -> LuaValue {
        .record([
            "year": year.map { .integer(Int64($0)) } ?? .nil,
            "id": .integer(id.rawValue), "mode": .string(mode.rawValue),
            "subject_ids": .list(subjectIDs.map { .integer($0.rawValue) }), "content": .string(content),
            "field": .string(field), "category": .string(category), "opened_on": .date(openedOn),
            "concluded_on": .optionalDate(concludedOn),
        ])
    }
}
