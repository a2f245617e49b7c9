public import Casework
import LuaBridge

/// The rule pack answers Casework's inspection questions through `inspection.*` (docs/rule-contract.md).
extension RuleEngine: InspectionPolicy {
    public func inspectionCatalog(on: CalendarDate) throws -> InspectionCatalog {
        let result = ResultReader(try call(["inspection", "categories"], [.record(["on": .date(on)])]), rule: "inspection.categories")
        func items(_ reader: ResultReader) throws(RuleError) -> [InspectionCatalog.Item] {
            var out: [InspectionCatalog.Item] = []
            for item in try reader.list() { out.append(.init(code: try item["code"].string(), title: try item["title"].string())) }
            return out
        }
        return InspectionCatalog(
            categories: try items(result["categories"]), levels: try items(result["levels"]),
            findingCategories: try items(result["finding_categories"]))
    }

    public func deadlines(of inspection: Inspection) throws -> DeadlineAnswer {
        let t = inspection.timeline
        let input: LuaValue = .record([
            "mode": .string(inspection.mode.rawValue), "category": .string(inspection.category),
            "level": .string(inspection.level), "decided_on": .optionalDate(inspection.decision?.decidedOn),
            "announced_on": .optionalDate(t.announcedOn),
            "extensions": .list(t.extensions.map { .record(["granted_on": .date($0.grantedOn), "days": .integer(Int64($0.days))]) }),
            "suspensions": .list(
                t.suspensions.compactMap { s in
                    s.resumedOn.map { .record(["from_on": .date(s.suspendedOn), "until_on": .date($0)]) }
                }),
            "onsite_ended_on": .optionalDate(t.onsiteEndedOn), "reported_on": .optionalDate(t.reportedOn),
            "drafted_on": .optionalDate(t.draftedOn),
        ])
        let result = ResultReader(try call(["inspection", "deadlines"], [input]), rule: "inspection.deadlines")
        return DeadlineAnswer(
            deadlines: InspectionDeadlines(
                onsiteDueOn: try result["onsite_due_on"].optionalDate(), reportDueOn: try result["report_due_on"].optionalDate(),
                conclusionDueOn: try result["conclusion_due_on"].optionalDate()),
            steps: try result["steps"].steps(), problems: try result["problems"].problems())
    }

    public func checkExtension(of inspection: Inspection, days: Int) throws -> PolicyCheck {
        let input: LuaValue = .record([
            "level": .string(inspection.level), "category": .string(inspection.category),
            "decided_on": .optionalDate(inspection.decision?.decidedOn),
            "extensions": .list(
                inspection.timeline.extensions.map { .record(["granted_on": .date($0.grantedOn), "days": .integer(Int64($0.days))]) }),
            "days": .integer(Int64(days)),
        ])
        let result = ResultReader(try call(["inspection", "check_extension"], [input]), rule: "inspection.check_extension")
        return PolicyCheck(isAllowed: try result["ok"].bool(), problems: try result["problems"].problems(), steps: try result["steps"].steps())
    }

    public func classify(_ finding: FindingFacts) throws -> Classification {
        let result = ResultReader(try call(["inspection", "classify"], [finding.luaValue]), rule: "inspection.classify")
        return Classification(
            category: try result["category"].optionalString(), title: try result["title"].optionalString() ?? "",
            steps: try result["steps"].steps(), problems: try result["problems"].problems())
    }

    public func recovery(_ finding: FindingFacts) throws -> RecoveryAnswer {
        let result = ResultReader(try call(["inspection", "recovery"], [finding.luaValue]), rule: "inspection.recovery")
        return RecoveryAnswer(
            recoveryVND: try result["recovery_vnd"].optionalMoney(),
            otherFinancialVND: try result["other_financial_vnd"].optionalMoney(),
            landArea: LandArea(squareDecimetres: try result["land_dm2"].quantity()),
            steps: try result["steps"].steps())
    }
}

extension FindingFacts {
    var luaValue: LuaValue {
        .record([
            "description": .string(description), "field": .string(field), "category": category.map { .string($0) } ?? .nil,
            "amount_vnd": .money(amountVND), "land_dm2": .integer(landArea.squareDecimetres),
        ])
    }
}
