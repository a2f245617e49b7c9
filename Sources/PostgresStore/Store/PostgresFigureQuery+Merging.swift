/// A statement of many figure values with the figures that sum their members over the same tables read in one pass:
/// the findings of the period's conclusions, their recommendations, the period's follow-ups each were one scalar
/// subquery per figure, the same join planned and run again for every column and kind (at 100 000 cases the period's
/// statement and a scope's were about a quarter faster merged, 2026-12-07, docs/performance.md).
///
/// A figure whose value is `SELECT COALESCE(SUM(m.value), 0)::bigint FROM (<members>) m` and whose members are one
/// plain `SELECT …, <value> AS value, … FROM <tables> WHERE <condition>` (no `GROUP BY`, `UNION`, `ORDER BY`, `LIMIT`
/// at its top level) is a ``MemberSum``; the sums with the same `<tables>` become the columns of one subquery,
/// `SUM(CASE WHEN <condition> THEN <value> END)` each, over the rows meeting any of their conditions (PostgreSQL takes
/// the conditions they share, the period's dates, out of the `OR`, so the indexes still lead). Each value is the sum of
/// the same rows' values as before; every other figure keeps its own scalar subquery.
///
/// Members that are one per group, `SELECT MIN(…) AS id, 1 AS value, … FROM <tables> WHERE <condition> GROUP BY <key>`
/// (the subjects inspected or in violation, of each kind, in progress), count the distinct keys of the rows meeting
/// the condition: a ``MemberSum`` with its ``MemberSum/distinctKey``, `COUNT(DISTINCT <key>) FILTER (WHERE
/// <condition>)` in its family's subquery (and one more for a `NULL` key, which `GROUP BY` makes a group of its own).
/// The subjects inspected, of organizations and of persons were three joins grouped three times; merged, the period's
/// three (and three in violation) took 2–7 ms where they took 8–15 (2026-12-07, docs/performance.md).
extension PostgresFigureQuery {
    /// A figure's value as the sum of `value` over the rows of `FROM from WHERE condition`, or with `distinctKey` the
    /// number of distinct values of `distinctKey` among those rows (`value` is then `1`).
    struct MemberSum: Equatable {
        var value: String
        var from: String
        var condition: String
        var distinctKey: String? = nil

        /// The value in a merged subquery: the aggregate over the rows of its family that meet ``condition``.
        var aggregate: String {
            guard let key = distinctKey else {
                return "COALESCE(SUM(CASE WHEN \(condition) THEN \(value) END), 0)::bigint"
            }
            return """
                (COUNT(DISTINCT \(key)) FILTER (WHERE \(condition)) \
                + COALESCE(MAX(CASE WHEN (\(condition)) AND \(key) IS NULL THEN 1 END), 0))::bigint
                """
        }
    }

    /// What a figure's value SQL sums, when it is the plain sum over plain members (see the extension's comment), or
    /// one sum over a rollup's rows, `SELECT COALESCE(SUM(<value>), 0)::bigint FROM <rollup> WHERE <condition>`.
    static func memberSum(_ valueSQL: String) -> MemberSum? {
        let prefix = "SELECT COALESCE(SUM(m.value), 0)::bigint FROM ("
        let suffix = ") m"
        guard valueSQL.hasPrefix(prefix), valueSQL.hasSuffix(suffix) else { return rollupSum(valueSQL) }
        // The members' UTF-8 bytes: every word, quote, parenthesis and space looked for is ASCII, which no byte of a
        // multi-byte character equals, so byte offsets split the text where characters would (and in a tenth of the
        // instructions `Character`s took: this runs for every figure of every report, docs/performance.md).
        let members = Array(valueSQL.utf8.dropFirst(prefix.utf8.count).dropLast(suffix.utf8.count))
        let depths = topLevel(members)
        func find(_ word: String, after start: Int = 0) -> Int? {
            let word = Array(word.utf8)
            guard members.count > word.count + 1, start + 1 < members.count - word.count else { return nil }
            for index in (start + 1)..<(members.count - word.count) where depths[index] {
                if isSpace(members[index - 1]), isSpace(members[index + word.count]),
                    members[index..<(index + word.count)].elementsEqual(word)
                {
                    return index
                }
            }
            return nil
        }
        func text(_ range: Range<Int>) -> String { String(decoding: members[range], as: UTF8.self) }
        guard members.starts(with: "SELECT ".utf8),
            ["UNION", "ORDER", "LIMIT", "HAVING", "DISTINCT"].allSatisfy({ find($0) == nil }),
            let from = find("FROM"), let condition = find("WHERE", after: from),
            find("GROUP") == nil || find("GROUP", after: condition) != nil
        else { return nil }
        // One member per group: `GROUP BY <key>` last, the key a column.
        var distinctKey: String? = nil
        var end = members.count
        if let group = find("GROUP", after: condition) {
            let tail = text(group..<members.count)
            let key = String(tail.dropFirst("GROUP BY ".count)).trimmingWhitespace
            guard tail.hasPrefix("GROUP BY "), !key.isEmpty,
                key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" })
            else { return nil }
            distinctKey = key
            end = group
        }
        // The select list's item `<value> AS value`, split at its top-level commas.
        var items: [String] = []
        var itemStart = 7
        for index in 7..<from where members[index] == UInt8(ascii: ",") && depths[index] {
            items.append(text(itemStart..<index))
            itemStart = index + 1
        }
        items.append(text(itemStart..<from))
        let valueSuffix = " AS value"
        guard let value = items.map({ $0.trimmingWhitespace }).first(where: { $0.hasSuffix(valueSuffix) }),
            distinctKey == nil || value == "1" + valueSuffix
        else {
            return nil
        }
        return MemberSum(
            value: String(value.dropLast(valueSuffix.count)),
            from: text((from + 4)..<condition).trimmingWhitespace,
            condition: text((condition + 5)..<end).trimmingWhitespace, distinctKey: distinctKey)
    }

    /// `SELECT COALESCE(SUM(<value>), 0)::bigint FROM <table> WHERE <condition>` as a ``MemberSum`` (the value one
    /// `SUM`, nothing after the condition at its top level), else `nil`.
    private static func rollupSum(_ valueSQL: String) -> MemberSum? {
        let sql = Array(valueSQL)
        let prefix = Array("SELECT COALESCE(SUM(")
        let close = Array("), 0)::bigint")
        guard sql.starts(with: prefix) else { return nil }
        // The value: up to the parenthesis that closes SUM's.
        var depth = 1
        var end = prefix.count
        while end < sql.count {
            if sql[end] == "(" { depth += 1 }
            if sql[end] == ")" { depth -= 1 }
            if depth == 0 { break }
            end += 1
        }
        guard end < sql.count, Array(sql[end...]).starts(with: close) else { return nil }
        let rest = Array(sql[(end + close.count)...])
        guard let first = rest.first, first.isWhitespace else { return nil }
        // The rest as the members of a sum: `SELECT 1 AS value FROM … WHERE …`.
        guard
            let sum = memberSum(
                "SELECT COALESCE(SUM(m.value), 0)::bigint FROM (SELECT 1 AS value \(String(rest).trimmingWhitespace)) m"),
            sum.distinctKey == nil  // a rollup's grouped rows are summed, not counted
        else { return nil }
        return MemberSum(value: String(sql[prefix.count..<end]), from: sum.from, condition: sum.condition)
    }

    /// `SELECT` of every `(column, value SQL)` of `values`: the ``MemberSum``s over the same tables merged into one
    /// materialized `WITH` (`f<n>`), each of its columns read by a scalar subquery, every other value its own scalar
    /// subquery, each value named by its column.
    ///
    /// The merged sums are not the items of the `FROM` list: the period's fifteen such one-row subqueries were one
    /// join problem of fifteen relations to PostgreSQL, past `geqo_threshold` (12), and the genetic search over their
    /// join orders was half the statement's planning (2026-12-07, docs/performance.md); a `WITH` is planned on its own
    /// and read once, and the statement has no join left to order.
    static func valuesStatement(_ values: [(column: String, sql: String)]) -> String {
        var columns: [String] = []
        var families: [(from: String, members: [(column: String, sum: MemberSum, sql: String)])] = []
        var family: [String: Int] = [:]
        for (column, sql) in values {
            guard let sum = memberSum(sql) else {
                columns.append("(\(sql)) AS \(column)")
                continue
            }
            if let index = family[sum.from] {
                families[index].members.append((column, sum, sql))
            } else {
                family[sum.from] = families.count
                families.append((sum.from, [(column, sum, sql)]))
            }
        }
        var tables: [String] = []
        for (index, (from, members)) in families.enumerated() {
            guard members.count > 1 else {
                columns += members.map { "(\($0.sql)) AS \($0.column)" }
                continue
            }
            let sums = members.map { "\($0.sum.aggregate) AS \($0.column)" }
            let any = members.map { "(\($0.sum.condition))" }.joined(separator: " OR ")
            tables.append("f\(index) AS MATERIALIZED (SELECT \(sums.joined(separator: ", ")) FROM \(from) WHERE \(any))")
            columns += members.map { "(SELECT f\(index).\($0.column) FROM f\(index)) AS \($0.column)" }
        }
        let list = columns.joined(separator: ",\n")
        return tables.isEmpty ? "SELECT \(list)" : "WITH \(tables.joined(separator: ",\n"))\nSELECT \(list)"
    }

    /// Whether each byte of `sql` (UTF-8) is at its top level: outside parentheses and quoted text.
    private static func topLevel(_ sql: [UInt8]) -> [Bool] {
        var depth = 0
        var quote: UInt8? = nil
        return sql.map { byte in
            if let open = quote {
                if byte == open { quote = nil }
                return false
            }
            switch byte {
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                quote = byte
                return false
            case UInt8(ascii: "("):
                depth += 1
                return false
            case UInt8(ascii: ")"):
                depth -= 1
                return false
            default:
                return depth == 0
            }
        }
    }

    /// Whether `byte` is an ASCII space, tab, line feed, vertical tab, form feed or carriage return.
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
}

extension String {
    /// The string without leading and trailing whitespace and newlines (Foundation's `trimmingCharacters(in:)`
    /// without Foundation).
    fileprivate var trimmingWhitespace: String {
        var text = self[...]
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return String(text)
    }
}
