import Casework
import Foundation
import Inspectorate
import Reports
import Rules
import Store
import Testing

/// Every figure is defined once (``Figure/definitions``): the store computes it, the renderers label it, and a
/// form of the bundled pack prints it unless it is internal.
@Suite struct FigureDefinitionTests {
    @Test func everyFigureHasALabelInBothLanguagesAndAUnitThatItsFormUnitsPrint() {
        #expect(Figure.definitions.count == Set(Figure.all).count)
        for definition in Figure.definitions {
            #expect(!definition.vi.isEmpty && definition.vi != definition.name, "\(definition.name) has no Vietnamese label")
            #expect(!definition.en.isEmpty && definition.en != definition.name, "\(definition.name) has no English label")
            #expect(Language.vi.label(for: definition.name) == definition.vi)
            #expect(Language.en.label(for: definition.name) == definition.en)
            #expect(!definition.unit.formUnits.isEmpty)
        }
        #expect(Figure.unit(of: Figure.finesImposedVND) == .vnd)
        #expect(Figure.unit(of: Figure.violationsLand) == .squareDecimetres)
        #expect(Figure.unit(of: Figure.decisions) == .count)
        #expect(Figure.definition(of: "inspections.category.hanh_chinh")?.unit == .count)
        #expect(Figure.definition(of: "no.such_figure") == nil)
    }

    @Test func everyFigureHasAQueryAndItsMembersAddUpToIt() throws {
        let bench = try Workbench()
        let period = try bench.inspectorate.reportAssembly(today: acting.today).period(kind: "monthly", spec: "2026-11")
        let figures = try bench.store.figures(for: period)
        for name in Figure.all {
            #expect(figures.values[name] != nil, "the store computes no \(name)")
            let members = try bench.store.members(of: name, in: period)
            #expect(members.members.reduce(0) { $0 + $1.value } == figures[name])
        }
        #expect(throws: (any Error).self) { try bench.store.members(of: "no.such_figure", in: period) }
    }

    @Test func everyFigureIsOnAFormOfTheBundledPackUnlessItIsInternal() throws {
        let bench = try Workbench()
        let forms = try bench.engine.reportForms(on: acting.today)
        #expect(!forms.isEmpty)
        var onForms: Set<String> = []
        for form in forms {
            for column in form.columns {
                let definition = try #require(Figure.definition(of: column.figure), "\(form.code) shows \(column.figure)")
                #expect(definition.unit.formUnits.contains(column.unit), "\(form.code) column \(column.code)")
                // A scoped figure (`hanh_chinh:inspections.total`) puts its figure on the form.
                onForms.insert(Figure.splitScoped(column.figure)?.figure ?? column.figure)
            }
        }
        for definition in Figure.definitions {
            if definition.isInternal {
                #expect(!onForms.contains(definition.name), "\(definition.name) is on a form but marked internal")
            } else {
                #expect(onForms.contains(definition.name), "\(definition.name) is on no form and not marked internal")
            }
        }
    }

    /// Form 01/TTr shows only administrative inspections and 02/TTr only specialized ones: each scoped column of a
    /// form names the form's own scope, and both forms together show every inspection figure they split.
    @Test func theFormsSplitEveryInspectionFigureByScope() throws {
        let bench = try Workbench()
        let forms = try bench.engine.reportForms(on: acting.today)
        let scopes = try bench.engine.reportScopes(on: acting.today)
        #expect(scopes.map(\.code) == ["hanh_chinh", "chuyen_nganh"])
        #expect(scopes.first?.categories == ["hanh_chinh", "thanh_tra"])
        for (code, scope) in [("01/TTr", "hanh_chinh"), ("02/TTr", "chuyen_nganh")] {
            let form = try #require(forms.first { $0.code == code })
            for column in form.columns where Figure.inspectionFigures.contains(Figure.splitScoped(column.figure)?.figure ?? column.figure) {
                #expect(Figure.splitScoped(column.figure)?.scope == scope, "\(code) column \(column.code): \(column.figure)")
            }
        }
        #expect(Figure.definition(of: "hanh_chinh:violations.money_vnd")?.unit == .vnd)
        #expect(Figure.splitScoped("hanh_chinh:penalty.decisions") == nil)
    }

    @Test func aFormColumnWithAnUnknownScopeIsALocatedRuleError() throws {
        // The pack checks its own scopes at load; that check is taken out to reach the host's.
        let bench = try Workbench(editing: [
            "report/forms.lua": {
                $0.replacingFirst("return \"chuyen_nganh:\" .. figure", with: "return \"chuyen:\" .. figure")
                    .replacingFirst("if scope ~= nil and M.scope(scope) == nil then", with: "if false then")
            }
        ])
        let error = try #require(throws: RuleError.self) { try bench.engine.reportForms(on: acting.today) }
        #expect(error.kind == .badResult)
        #expect(error.message.contains("not 'chuyen'"), "\(error.message)")
    }

    @Test func aFormColumnWithAnUnknownFigureOrAWrongUnitIsALocatedRuleError() throws {
        for (from, to, expected) in [
            ("figure = \"penalty.decisions\"", "figure = \"penalty.decision\"", "not 'penalty.decision'"),
            ("unit = \"million_vnd\"", "unit = \"m2\"", "\"vnd\" or \"million_vnd\", not \"m2\""),
        ] {
            // The bundled pack checks its own units at load; the host checks any pack's answer, so that check is
            // taken out here to reach the host's.
            let bench = try Workbench(editing: [
                "report/forms.lua": { $0.replacingFirst(from, with: to).replacingFirst("if not ok then say.error", with: "if false then say.error") }
            ])
            let error = try #require(throws: RuleError.self) { try bench.engine.reportForms(on: acting.today) }
            #expect(error.kind == .badResult)
            #expect(error.file?.hasPrefix("rules/report/") == true)
            #expect(error.message.contains(expected), "\(error.message)")
        }
    }
}

extension String {
    fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
