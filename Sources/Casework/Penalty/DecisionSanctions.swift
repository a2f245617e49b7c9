/// What a penalty decision imposes besides the fine and the remedial amounts (Luật XLVPHC Điều 21, 25, 26, 28):
/// the value of the confiscated exhibits and means (tịch thu tang vật, phương tiện vi phạm hành chính), in đồng,
/// and how many supplementary sanctions (hình thức xử phạt bổ sung: tước quyền sử dụng giấy phép, chứng chỉ hành
/// nghề có thời hạn; đình chỉ hoạt động có thời hạn) and remedial measures (biện pháp khắc phục hậu quả) it
/// orders.
///
/// Recorded as the decider gives them (`case decide`, the cases import); a decision without any is `nil` on
/// ``PenaltyDecision/sanctions``, so that its journal payload is what it was before sanctions were recorded.
public struct DecisionSanctions: Sendable, Codable, Equatable {
    /// The value of what is confiscated, in đồng; zero when nothing is.
    public var confiscatedVND: VND
    /// Licences or practice certificates withdrawn for a time (tước quyền sử dụng giấy phép, chứng chỉ hành nghề).
    public var licenceRevocations: Int
    /// Activities suspended for a time (đình chỉ hoạt động có thời hạn).
    public var activitySuspensions: Int
    /// Remedial measures ordered (biện pháp khắc phục hậu quả, Điều 28), whether or not they carry an amount.
    public var remedialMeasures: Int

    public init(confiscatedVND: VND = .zero, licenceRevocations: Int = 0, activitySuspensions: Int = 0, remedialMeasures: Int = 0) {
        self.confiscatedVND = confiscatedVND
        self.licenceRevocations = licenceRevocations
        self.activitySuspensions = activitySuspensions
        self.remedialMeasures = remedialMeasures
    }

    /// Whether the decision imposes nothing of these.
    public var isEmpty: Bool {
        confiscatedVND == .zero && licenceRevocations == 0 && activitySuspensions == 0 && remedialMeasures == 0
    }

    /// Whether the decision imposes a sanction other than money: a confiscation, a licence withdrawn or an activity
    /// suspended (form 02/TTr "xử phạt bằng hình thức khác"; remedial measures are not sanctions).
    public var hasOtherSanction: Bool {
        confiscatedVND > .zero || licenceRevocations > 0 || activitySuspensions > 0
    }

    /// The sanctions as recorded, or `nil` when there are none (``isEmpty``).
    public var recorded: DecisionSanctions? { isEmpty ? nil : self }

    /// Refuses a negative count or a value above ``VND/maximum``.
    /// - Throws: ``InputError`` naming the field.
    public func validate() throws {
        let counts: [(String, Int, String)] = [
            ("licence-revocations", licenceRevocations, "giấy phép, chứng chỉ hành nghề bị tước"),
            ("activity-suspensions", activitySuspensions, "đình chỉ hoạt động"),
            ("remedial-measures", remedialMeasures, "biện pháp khắc phục hậu quả"),
        ]
        for (field, count, words) in counts where count < 0 {
            throw InputError(
                field: field, message: "a count cannot be negative, got \(count)",
                hint: "give how many the decision orders, 0 when none",
                vietnamese: "số \(words) không thể âm, nhận được \(count)",
                vietnameseHint: "ghi số quyết định áp dụng, 0 nếu không có")
        }
        guard confiscatedVND >= .zero, confiscatedVND.isWithinMaximum else {
            throw InputError(
                field: "confiscated-vnd",
                message: "the confiscated value must be between 0 and \(VND.maximum.rawValue) đồng, got \(confiscatedVND.rawValue)",
                hint: "give the value of the confiscated exhibits and means in whole đồng",
                vietnamese: "giá trị tang vật, phương tiện bị tịch thu phải từ 0 đến \(VND.maximum.rawValue) đồng, nhận được \(confiscatedVND.rawValue)",
                vietnameseHint: "ghi giá trị tang vật, phương tiện bị tịch thu bằng số đồng nguyên")
        }
    }
}
