import Casework
import Reports
import Testing

@Suite struct HeaderLayoutTests {
    @Test func cellsSkipColumnsCoveredByARowspanAbove() {
        let layout = HeaderLayout(Fixture.form)
        #expect(layout.rowCount == 2 && layout.columnCount == 8)
        let positions = layout.placements.map { [$0.row, $0.column, $0.span, $0.rows] }
        #expect(positions == [
            [0, 0, 5, 1], [0, 5, 2, 1], [0, 7, 1, 2],
            [1, 0, 1, 1], [1, 1, 1, 1], [1, 2, 1, 1], [1, 3, 1, 1], [1, 4, 1, 1], [1, 5, 1, 1], [1, 6, 1, 1],
        ])
    }

    @Test func aRowspanInTheFirstColumnPushesTheNextRowRight() {
        let form = FormLayout(
            code: "X", title: "", basis: "",
            header: [[FormLayout.HeaderCell("STT", rows: 2), FormLayout.HeaderCell("Số cuộc", span: 2)], [FormLayout.HeaderCell("A"), FormLayout.HeaderCell("B")]],
            columns: [])
        #expect(HeaderLayout(form).grid() == [["STT", "Số cuộc", ""], ["", "A", "B"]])
    }
}
