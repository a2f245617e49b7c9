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
                onForms.insert(column.figure)
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

    @Test func aFormColumnWithAnUnknownFigureOrAWrongUnitIsALocatedRuleError() throws {
        for (from, to, expected) in [
            ("figure = \"penalty.decisions\"", "figure = \"penalty.decision\"", "not 'penalty.decision'"),
            ("unit = \"million_vnd\"", "unit = \"m2\"", "\"vnd\" or \"million_vnd\", not \"m2\""),
        ] {
            // The bundled pack checks its own units at load; the host checks any pack's answer, so that check is
            // taken out here to reach the host's.
            let bench = try Workbench(editing: [
                "report/forms.lua": { $0.replacingFirst(from, with: to).replacingFirst("if not ok then error", with: "if false then error") }
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
