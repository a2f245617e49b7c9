import Casework
import Foundation
import Testing

@Suite struct TaggedTests {
    @Test func encodesAsTheBareRawValue() throws {
        let id: Subject.ID = 42
        #expect(String(decoding: try JSONEncoder().encode(id), as: UTF8.self) == "42")
        #expect(try JSONDecoder().decode(Subject.ID.self, from: Data("7".utf8)) == Subject.ID(7))
    }

    @Test func printsAndOrdersLikeItsRawValue() {
        let ids: [Subject.ID] = [3, 1, 2]
        #expect(ids.sorted().map(\.description) == ["1", "2", "3"])
    }
}
