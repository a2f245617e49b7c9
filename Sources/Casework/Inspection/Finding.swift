/// A violation an inspection found (phát hiện, sai phạm) at one of its subjects: what, how much money, how much land.
///
/// Reports add findings up by the conclusion date of their inspection (Biểu 01/TTr counts violations under the
/// conclusions issued in the period).
public struct Finding: Sendable, Codable, Equatable, Identifiable {
    public typealias ID = Tagged<Finding, Int64>

    public var id: ID
    public var inspectionID: Inspection.ID
    /// The subject at which it was found; one of the inspection's subjects.
    public var subjectID: Subject.ID
    public var description: String
    /// The pack's classification of the finding (`thu_chi_sai`, `dat_dai_sai_muc_dich`); never empty.
    public var category: String
    /// Money involved (sai phạm về tiền, or assets converted to money); zero when none.
    public var amountVND: VND
    /// Land involved; zero when none.
    public var landArea: LandArea

    public init(
        id: ID, inspectionID: Inspection.ID, subjectID: Subject.ID, description: String, category: String,
        amountVND: VND, landArea: LandArea
    ) {
        self.id = id
        self.inspectionID = inspectionID
        self.subjectID = subjectID
        self.description = description
        self.category = category
        self.amountVND = amountVND
        self.landArea = landArea
    }
}
