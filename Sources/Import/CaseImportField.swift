public import Casework

/// The columns of a legacy file of penalty cases (`thanhtra import FILE --kind cases`), one row per case.
///
/// Headers are matched folded (see ``ImportField``); docs/import.md lists them all with examples. Cells that hold a
/// list (violation codes, per-violation dates and amounts, circumstances) separate items with `;`.
public enum CaseImportField: String, ImportField {
    case recordNumber, subject, taxCode, citizenID, subjectNumber, violatorKind, recordOn, recordPlace
    case violations, committedOn, endedOn, detectedOn, mitigating, aggravating, complex, explanationRequested, minor
    case decisionDueOn, decisionNumber, decidedOn, signerTitle, signerName, penalty, fine, remedial
    case receivedOn, paymentDueOn, enforcementExpiresOn, cancelledOn, cancellationReason, state
    case confiscated, licenceRevocations, activitySuspensions, remedialMeasures, body

    public var cell: ImportCell {
        switch self {
        case .recordOn, .decisionDueOn, .decidedOn, .receivedOn, .paymentDueOn, .enforcementExpiresOn, .cancelledOn: .date
        case .committedOn, .endedOn, .detectedOn: .dates
        case .fine, .remedial: .moneyList
        case .confiscated: .money
        case .complex, .explanationRequested, .minor: .flag
        default: .text
        }
    }

    public var title: String {
        switch self {
        case .recordNumber: "Số biên bản"
        case .subject: "Đối tượng"
        case .taxCode: "Mã số thuế"
        case .citizenID: "Số định danh"
        case .subjectNumber: "Số đối tượng"
        case .recordOn: "Ngày lập biên bản"
        case .violations: "Hành vi vi phạm"
        case .decisionNumber: "Số quyết định"
        case .decidedOn: "Ngày quyết định"
        case .fine: "Tiền phạt"
        case .state: "Trạng thái"
        default: headers[0]
        }
    }

    public var headers: [String] {
        switch self {
        case .recordNumber: ["so bien ban", "bien ban", "so bb", "so bien ban vi pham", "record number", "record"]
        case .subject: ["doi tuong", "doi tuong vi pham", "nguoi vi pham", "subject", "violator"]
        case .taxCode: ["ma so thue", "mst", "tax code", "taxcode"]
        case .citizenID:
            ["so dinh danh", "so dinh danh ca nhan", "cccd", "so cccd", "cmnd", "so cmnd", "id number", "citizen id"]
        case .subjectNumber: ["so doi tuong", "ma doi tuong", "subject number", "subject id"]
        case .violatorKind: ["loai doi tuong", "loai", "violator kind", "kind"]
        case .recordOn:
            ["ngay lap bien ban", "ngay bien ban", "ngay lap bb", "record date", "record on", "recorded on"]
        case .recordPlace: ["noi lap bien ban", "dia diem lap bien ban", "dia diem", "record place", "place"]
        case .violations:
            [
                "hanh vi vi pham", "hanh vi", "ma hanh vi", "ma hanh vi vi pham", "ma vi pham", "violations",
                "violation",
                "violation code", "violation codes",
            ]
        case .committedOn:
            ["ngay vi pham", "ngay thuc hien vi pham", "ngay thuc hien hanh vi", "committed on", "committed"]
        case .endedOn: ["ngay ket thuc vi pham", "ngay cham dut vi pham", "ended on", "ended"]
        case .detectedOn: ["ngay phat hien", "ngay phat hien vi pham", "detected on", "detected"]
        case .mitigating: ["tinh tiet giam nhe", "giam nhe", "mitigating"]
        case .aggravating: ["tinh tiet tang nang", "tang nang", "aggravating"]
        case .complex: ["vu viec phuc tap", "phuc tap", "complex"]
        case .explanationRequested: ["giai trinh", "yeu cau giai trinh", "explanation requested", "explanation"]
        case .minor: ["nguoi chua thanh nien", "chua thanh nien", "minor"]
        case .decisionDueOn: ["han ra quyet dinh", "thoi han ra quyet dinh", "decision due on", "decision due"]
        case .decisionNumber:
            ["so quyet dinh", "so qd", "so quyet dinh xu phat", "quyet dinh xu phat", "decision number", "decision"]
        case .decidedOn:
            ["ngay quyet dinh", "ngay qd", "ngay ra quyet dinh", "ngay ky quyet dinh", "decided on", "decision date"]
        case .signerTitle: ["chuc danh nguoi ky", "chuc vu nguoi ky", "chuc danh", "signer title"]
        case .signerName: ["nguoi ky", "ho ten nguoi ky", "signer", "signer name"]
        case .penalty: ["hinh thuc xu phat", "hinh thuc phat", "hinh thuc", "penalty", "penalty kind"]
        case .fine: ["tien phat", "so tien phat", "muc phat", "fine", "fine vnd", "fines"]
        case .remedial:
            ["khac phuc hau qua", "tien khac phuc hau qua", "so tien khac phuc hau qua", "remedial", "remedial vnd"]
        case .receivedOn:
            ["ngay nhan quyet dinh", "ngay giao quyet dinh", "ngay nhan qd", "received on", "delivered on"]
        case .paymentDueOn: ["han nop phat", "han nop tien phat", "han nop", "payment due on", "payment due"]
        case .enforcementExpiresOn: ["het thoi hieu thi hanh", "thoi hieu thi hanh", "enforcement expires on"]
        case .cancelledOn: ["ngay huy", "ngay huy bo", "cancelled on"]
        case .cancellationReason: ["ly do huy", "ly do huy bo", "cancellation reason"]
        case .state: ["trang thai", "tinh trang", "state", "status"]
        case .confiscated:
            [
                "tich thu", "gia tri tich thu", "tri gia tich thu", "gia tri tang vat tich thu", "confiscated",
                "confiscated vnd",
            ]
        case .licenceRevocations:
            ["tuoc giay phep", "tuoc quyen su dung giay phep", "so giay phep bi tuoc", "licence revocations"]
        case .activitySuspensions: ["dinh chi hoat dong", "so dinh chi hoat dong", "activity suspensions"]
        case .remedialMeasures:
            ["bien phap khac phuc hau qua", "so bien phap khac phuc", "so bien phap khac phuc hau qua", "remedial measures"]
        case .body: ["co quan xu ly", "co quan", "ma co quan", "body", "handling body"]
        }
    }

    /// The columns that may name the violator, and how each writes it.
    static let subjectColumns: [(field: CaseImportField, form: SubjectReference.Form)] = [
        (.subject, .any), (.taxCode, .taxCode), (.citizenID, .citizenID), (.subjectNumber, .number),
    ]

    /// The words of the state column (folded) for each state.
    static let stateWords: [String: PenaltyCase.State] = [
        "mo": .open, "moi": .open, "dang xu ly": .open, "chua ra quyet dinh": .open, "open": .open,
        "da ra quyet dinh": .decided, "da quyet dinh": .decided, "chua nop": .decided, "chua nop phat": .decided,
        "dang thi hanh": .decided, "decided": .decided,
        "da nop": .settled, "da nop phat": .settled, "da thi hanh": .settled, "hoan thanh": .settled,
        "settled": .settled,
        "huy": .cancelled, "da huy": .cancelled, "cancelled": .cancelled, "canceled": .cancelled,
    ]
}
