/// `inspectionCategoryChange`, SQLite's migration `2026-12-12-createInspectionCategoryRollup`
/// (`Sources/Store/Migrations/InspectionCategoryRollup.swift`, where its meaning and the figures it gives are
/// documented): per day, category and mode, how many decided inspections enter the period totals (`<mode>Decided`,
/// on the decision's day) and leave them (`<mode>Left`, on the later of the decision and the conclusion, when
/// concluded) — the first two changes of ``inspectionDailyChange``, split by category. The same table, columns,
/// primary key `(category, changedOn)` and rows, kept by ``PostgresRollup``'s statement triggers on `inspection` and
/// `inspectionDecision`, so in the transaction of each change, and filled from every decided inspection when the
/// migration runs.
///
/// The migration came after `2026-12-15-countFlowWarningsByJoin` though named like SQLite's (dated 12-12). Never edit
/// its SQL: change the table in a new migration.
extension PostgresSchema {
    /// The columns after the day and the category: `<mode>Decided`, `<mode>Left` for each mode.
    static let categoryChangeColumns = inspectionModes.flatMap { ["\($0)Decided", "\($0)Left"] }

    /// The rollup.
    static let inspectionCategoryChange = PostgresRollup(
        table: "inspectionCategoryChange", day: "changedOn", columns: categoryChangeColumns, keys: ["category"],
        primaryKey: ["category", "changedOn"],
        parts: [
            .init(table: "inspection", key: "id", columns: ["id", "mode", "category", "concludedOn"]),
            .init(table: "inspectionDecision", key: "inspectionId", columns: ["inspectionId", "decidedOn"]),
        ],
        changes: { rows in
            func select(_ day: String, _ suffix: String, _ condition: String) -> String {
                let values = categoryChangeColumns.map { column in
                    let mode = inspectionModes.first { column == "\($0)\(suffix)" }
                    return "\(mode.map { "CASE WHEN i.mode = '\($0)' THEN 1 ELSE 0 END" } ?? "0") AS \(column)"
                }
                return """
                    SELECT \(day) AS changedOn, i.category AS category, \(values.joined(separator: ", "))
                    FROM \(rows["inspection"]) i JOIN \(rows["inspectionDecision"]) d ON d.inspectionId = i.id
                    WHERE \(condition)
                    """
            }
            return select("d.decidedOn", "Decided", "TRUE") + "\nUNION ALL\n"
                + select("GREATEST(d.decidedOn, i.concludedOn)", "Left", "i.concludedOn IS NOT NULL")
        })

    /// Migration `2026-12-12-createInspectionCategoryRollup`.
    static let createInspectionCategoryRollup = inspectionCategoryChange.migration
}
