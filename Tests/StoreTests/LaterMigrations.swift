/// What the migrations dated after those of the migration tests add, which the tests that compare an older database's
/// whole schema before and after opening leave out: the rollups of 2026-12-12 (`conclusionImplemented`,
/// `followUpStockChange`, `inspectionCategoryChange`, with their indexes and triggers) and
/// `2026-12-13-createDecisionSanction`'s table `decisionSanction` (with its seal triggers and its row in `sealedTable`,
/// which name it), and `2026-12-14-createBodies`'s `caseBody` and `inspectionBody` (likewise), and the two views of
/// `2026-12-16-followUpStockTriggersThroughViews` (`followUpStockContribution`, `followUpStockAdjustment`), and the
/// triggers of `penaltyDailyChange` (its table and rows stay) with the view `penaltyDailyChangeAdjustment`, which
/// `2026-12-17-penaltyDailyChangeTriggersThroughView` replaces and adds, and the triggers of the other daily rollups
/// with their views `<table>AdjustmentOn<Source>`, which `2026-12-18-dailyRollupTriggersThroughViews` replaces and
/// adds (`conclusionImplemented`, listed first, also covers the view and triggers of
/// `2026-12-18-conclusionImplementedTriggersThroughView`), and every table's seal triggers (`seal_<table>_<event>`),
/// which `2026-12-19-sealTriggersWithoutTemporaryTable` makes again, and `2026-12-20-createInspectionSpan`'s table
/// `inspectionSpan` with its index and triggers.
enum LaterMigrations {
    static let added = [
        "conclusionImplemented", "followUpStockChange", "inspectionCategoryChange", "decisionSanction", "caseBody",
        "inspectionBody", "followUpStockContribution", "followUpStockAdjustment", "penaltyDailyChangeAfter",
        "penaltyDailyChangeBefore", "penaltyDailyChangeAdjust", "penaltyDailyFlowAfter", "inspectionDailyChangeAfter",
        "penaltyDailyFineByKindAfter", "penaltyViolatorDayAfter", "AdjustmentOn", "AdjustOn",
        "conclusionImplemented", "seal_", "inspectionSpan",
    ]

    /// Whether a snapshot's entry is none of ``added`` (for both sides of a comparison: an older file has the
    /// penalty rollup's triggers that a later migration replaces).
    static func keeps(_ entry: String) -> Bool { !added.contains { entry.contains($0) } }
}
