public import Casework

/// Where each header cell of a form lands on a grid, by the HTML table model: a row's cells fill its columns
/// left to right, skipping columns still covered by a cell of an earlier row (`rows` > 1).
///
/// The CSV, HTML and XLSX renderers share it, so a form's merged cells are the same in every format.
public struct HeaderLayout: Sendable, Equatable {
    /// One placed cell: top-left corner (0-based) and extent.
    public struct Placement: Sendable, Equatable {
        /// Header row of the top-left corner, from 0.
        public var row: Int
        /// Column of the top-left corner, from 0.
        public var column: Int
        /// Columns covered; at least 1.
        public var span: Int
        /// Rows covered; at least 1.
        public var rows: Int
        /// The caption.
        public var text: String
    }

    /// The placed cells, row by row, left to right.
    public var placements: [Placement]
    /// Header rows (at least the number of rows given, more when a cell's `rows` reaches below).
    public var rowCount: Int
    /// Columns: the most any header row covers, or the form's column count when larger.
    public var columnCount: Int

    /// Lays out `form`'s header over its columns.
    public init(_ form: FormLayout) {
        var covered: Set<[Int]> = []  // [row, column]
        var placements: [Placement] = []
        var rowCount = form.header.count, columnCount = form.columns.count
        for (row, cells) in form.header.enumerated() {
            var column = 0
            for cell in cells {
                while covered.contains([row, column]) { column += 1 }
                placements.append(Placement(row: row, column: column, span: cell.span, rows: cell.rows, text: cell.text))
                for r in row..<(row + cell.rows) {
                    for c in column..<(column + cell.span) { covered.insert([r, c]) }
                }
                column += cell.span
                rowCount = max(rowCount, row + cell.rows)
                columnCount = max(columnCount, column)
            }
        }
        self.placements = placements
        self.rowCount = rowCount
        self.columnCount = columnCount
    }

    /// The header as a grid of texts: a merged cell's text in its top-left slot, `""` in the slots it covers
    /// and in slots no cell covers.
    public func grid() -> [[String]] {
        var grid = Array(repeating: Array(repeating: "", count: columnCount), count: rowCount)
        for p in placements { grid[p.row][p.column] = p.text }
        return grid
    }
}
