import Casework

extension CaseText {
    /// The line of `case show` for a decision's confiscation, supplementary sanctions and remedial measures: only
    /// what it imposes, "confiscated 12.000.000 đ; licences withdrawn 1; activities suspended 1; remedial measures 2".
    static func sanctionsLine(_ sanctions: DecisionSanctions, _ say: Wording) -> String {
        var parts: [String] = []
        if sanctions.confiscatedVND > .zero {
            parts.append("\(say("confiscated", "tịch thu tang vật, phương tiện trị giá")) \(money(sanctions.confiscatedVND))")
        }
        if sanctions.licenceRevocations > 0 {
            parts.append(
                "\(say("licences withdrawn", "tước quyền sử dụng giấy phép, chứng chỉ hành nghề")) \(sanctions.licenceRevocations)")
        }
        if sanctions.activitySuspensions > 0 {
            parts.append("\(say("activities suspended", "đình chỉ hoạt động")) \(sanctions.activitySuspensions)")
        }
        if sanctions.remedialMeasures > 0 {
            parts.append("\(say("remedial measures", "biện pháp khắc phục hậu quả")) \(sanctions.remedialMeasures)")
        }
        return parts.joined(separator: "; ")
    }
}
