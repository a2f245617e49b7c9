import Casework
import Testing
@testable import Rules

@Suite("penalty.fine_amount through the bridge: Casework values in, whole đồng out")
struct FineAmountTests {
    func question(
        _ violator: Subject.Kind, _ statedFor: Subject.Kind, _ min: Int64, _ max: Int64, cap: Int64? = nil,
        warning: Bool = false, minor: Bool = false, m: Int = 0, a: Int = 0
    ) -> FineQuestion {
        FineQuestion(
            violator: violator, statedFor: statedFor, frameMinVND: VND(min), frameMaxVND: VND(max),
            capVND: cap.map { VND($0) }, warningAllowed: warning, isMinor: minor, mitigating: m, aggravating: a)
    }

    @Test func theBundledPackAnswersByTheLaw() throws {
        let engine = try RuleEngine(pack: PackFixture.bundled())
        // 400.000–600.000 for an individual: the average.
        #expect(try engine.fineAmount(question(.person, .person, 400_000, 600_000)).fineVND == VND(500_000))
        // An organization: twice the frame, 800.000–1.200.000; two mitigating: the minimum.
        let organization = try engine.fineAmount(question(.organization, .person, 400_000, 600_000, m: 2))
        #expect(organization == FineAmount(
            fineVND: VND(800_000), frameMinVND: VND(800_000), frameMaxVND: VND(1_200_000), isWarning: false))
        // A frame stated for organizations, for an individual: half, 2.000.000–4.000.000; one aggravating,
        // halfway between the average 3.000.000 and the maximum.
        #expect(try engine.fineAmount(question(.person, .organization, 4_000_000, 8_000_000, a: 1)).fineVND
            == VND(3_500_000))
        // Capped: 36.000.000–40.000.000 under a 37.000.000 cap.
        let capped = try engine.fineAmount(question(.organization, .person, 18_000_000, 20_000_000, cap: 37_000_000))
        #expect(capped.frameMaxVND == VND(37_000_000) && capped.fineVND == VND(36_500_000))
        // A warning.
        #expect(try engine.fineAmount(question(.person, .person, 100_000, 300_000, warning: true, m: 1)).isWarning)
    }

    /// Batches read from an array, a slice of it and a collection with no contiguous storage (a lazy map, copied
    /// first) answer alike, in order, and as each question asked alone; more than one batch of 1024.
    @Test func everyKindOfCollectionGivesTheSameAnswersInOrder() throws {
        let engine = try RuleEngine(pack: PackFixture.bundled())
        let questions = (0..<2_500).map { i in
            question(
                i % 3 == 0 ? .organization : .person, i % 5 == 0 ? .organization : .person,
                Int64(100_000 * (1 + i % 40)), Int64(100_000 * (2 + i % 40 + i % 7)), warning: i % 11 == 0,
                m: i % 3, a: i % 4)
        }
        let fromArray = try engine.fineAmounts(questions)
        #expect(fromArray.count == questions.count)
        #expect(try engine.fineAmounts(questions[1_000..<2_200]) == Array(fromArray[1_000..<2_200]))
        let lazy = (0..<questions.count).lazy.map { questions[$0] }
        #expect(lazy.withContiguousStorageIfAvailable { _ in true } == nil)
        #expect(try engine.fineAmounts(lazy) == fromArray)
        for index in stride(from: 0, to: questions.count, by: 97) {
            #expect(try engine.fineAmount(questions[index]) == fromArray[index])
        }
        #expect(Set(fromArray.map(\.fineVND)).count > 20)   // the questions differ in what they answer
    }

    @Test func aNegativeAmountNamesTheRuleFile() throws {
        let pack = PackFixture.pack([
            "init.lua": "return { name = 't', version = '1', penalty = require 'penalty' }\n",
            "penalty.lua": "return {\n  fine_amount = function(v, s, min, max)\n    return min - max, min, max, false\n  end }\n",
        ])
        let engine = try RuleEngine(pack: pack)
        let error = try #require(throws: RuleError.self) {
            try engine.fineAmount(question(.person, .person, 100, 300))
        }
        #expect(error.message.contains("fine_vnd must not be negative, got -200"))
        #expect(error.file == "rules/penalty.lua" && error.line == 2)
        #expect(error.rule == "penalty.fine_amount")
    }

    @Test func aFloatAmountNamesTheRuleFile() throws {
        let pack = PackFixture.pack([
            "init.lua": "return { name = 't', version = '1', penalty = require 'penalty' }\n",
            "penalty.lua": "return {\n  fine_amount = function(v, s, min, max)\n    return (min + max) / 2, min, max, false\n  end }\n",
        ])
        let engine = try RuleEngine(pack: pack)
        let error = try #require(throws: RuleError.self) {
            try engine.fineAmount(question(.person, .person, 100, 300))
        }
        #expect(error.message.contains("must be an integer, got a float"))
        #expect(error.file == "rules/penalty.lua" && error.line == 2)
    }
}
