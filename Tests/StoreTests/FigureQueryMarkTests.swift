import Casework
import Testing

@testable import Store

/// ``FigureQuery/replacingMarks(_:in:_:)`` searches the query's UTF-8 bytes (docs/performance.md, "A month's report
/// process"); it must give exactly what splitting the string on the mark gave, for every query a report restricts and
/// for the odd places a mark can stand.
@Suite struct FigureQueryMarkTests {
    /// The former implementation, by `split(separator:)` on characters: the reference.
    static func splitting(_ mark: String, in sql: String, _ condition: (Substring) -> String) -> String {
        let pieces = sql.split(separator: mark, omittingEmptySubsequences: false)
        var out = String(pieces[0])
        for piece in pieces.dropFirst() {
            guard let end = piece.firstRange(of: "*/") else {
                out += mark + piece
                continue
            }
            out += condition(piece[..<end.lowerBound])
            out += piece[end.upperBound...]
        }
        return out
    }

    static let marks = [" /*scope ", " /*category ", " /*case "]

    /// Every query the figures, their bodies' variants and the follow-up stock carry.
    static var queries: [String] {
        var all = FigureQuery.all.keys.sorted().compactMap { FigureQuery.all[$0] }.flatMap { query in
            [query.sql, query.totalSQL]
        }
        all += [FigureQuery.followUpStock, FigureQuery.inspectionCensus]
        return all + all.map { FigureQuery.ofBody($0) }
    }

    @Test func everyReportQueryIsRestrictedAsTheSplitDid() {
        let condition: (Substring) -> String = { column in " AND \(column) IN (:category0, :category1)" }
        var marked = 0
        for sql in Self.queries {
            for mark in Self.marks {
                let expected = Self.splitting(mark, in: sql, condition)
                #expect(FigureQuery.replacingMarks(mark, in: sql, condition) == expected)
                if expected != sql { marked += 1 }
            }
        }
        // The comparison saw marks replaced, not only queries left as they were.
        #expect(marked > 50)
    }

    @Test func oddPlacesOfAMarkGiveWhatTheSplitGave() {
        let mark = " /*scope "
        let condition: (Substring) -> String = { column in "<\(column)>" }
        let cases = [
            "", "SELECT 1", " /*scope i.id*/", "a /*scope i.id*/", " /*scope i.id*/ b", "a /*scope i.id", "a /*scope ",
            " /*scope  /*scope x*/", "a /*scope x*/ /*scope y*/ c", "a /*scope x */ b */", "a /*sco /*scope x*/",
            "ngày /*scope đ.id*/ và /*scope x*/ cuối", "a /*scope */ b", "a /*scope x*/*/ /*scope",
            "a  /*scope x*/", "*/ /*scope x*/ */",
        ]
        for sql in cases {
            #expect(
                FigureQuery.replacingMarks(mark, in: sql, condition) == Self.splitting(mark, in: sql, condition),
                "\(sql)")
        }
        #expect(FigureQuery.replacingMarks(mark, in: "a /*scope i.id*/ b", condition) == "a<i.id> b")
    }
}
