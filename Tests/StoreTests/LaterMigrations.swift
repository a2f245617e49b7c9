/// What the migrations dated after those of the migration tests add, which the tests that compare an older database's
/// whole schema before and after opening leave out: the rollups of 2026-12-12 (`conclusionImplemented`,
/// `followUpStockChange`, `inspectionCategoryChange`, with their indexes and triggers) and
/// `2026-12-13-createDecisionSanction`'s table `decisionSanction` (with its seal triggers and its row in `sealedTable`,
/// which name it), and `2026-12-14-createBodies`'s `caseBody` and `inspectionBody` (likewise), and the two views of
/// `2026-12-16-followUpStockTriggersThroughViews` (`followUpStockContribution`, `followUpStockAdjustment`).
enum LaterMigrations {
    static let added = [
        "conclusionImplemented", "followUpStockChange", "inspectionCategoryChange", "decisionSanction", "caseBody",
        "inspectionBody", "followUpStockContribution", "followUpStockAdjustment",
    ]
}
