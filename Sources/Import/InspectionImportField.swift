public import Casework

/// The columns of a legacy file of inspections (`thanhtra import FILE --kind inspections`), one row per inspection,
/// from its decision to its conclusion and the recovery it recommended.
///
/// Headers are matched folded (see ``ImportField``); docs/import.md lists them all with an example file.
public enum InspectionImportField: String, ImportField {
    case decisionNumber, decidedOn, signerTitle, signerName, teamLead, members
    case mode, planYear, planEntry, groundKind, groundReference, category, level, content, period, field, leadUnit
    case subject, taxCode, citizenID, subjectNumber
    case openedOn, announcedOn, onsiteEndedOn, reportedOn, draftedOn, conclusionNumber, concludedOn, closedOn, state
    case violationVND, violationLand, findingCategory, recoveryVND, recoveryLand, otherFinancialVND
    case recoveredVND, recoveredOn, recoveredReceipt, body

    public var cell: ImportCell {
        switch self {
        case .decidedOn, .openedOn, .announcedOn, .onsiteEndedOn, .reportedOn, .draftedOn, .concludedOn, .closedOn, .recoveredOn: .date
        case .violationVND, .recoveryVND, .otherFinancialVND, .recoveredVND: .money
        case .violationLand, .recoveryLand: .land
        default: .text
        }
    }

    public var title: String {
        switch self {
        case .decisionNumber: "Số quyết định"
        case .decidedOn: "Ngày quyết định"
        case .mode: "Hình thức"
        case .category: "Loại hình"
        case .level: "Cấp"
        case .content: "Nội dung"
        case .leadUnit: "Đơn vị chủ trì"
        case .subject: "Đối tượng"
        case .taxCode: "Mã số thuế"
        case .citizenID: "Số định danh"
        case .subjectNumber: "Số đối tượng"
        case .state: "Trạng thái"
        default: headers[0]
        }
    }

    public var headers: [String] {
        switch self {
        case .decisionNumber:
            [
                "so quyet dinh", "so qd", "so quyet dinh thanh tra", "quyet dinh thanh tra", "decision number",
                "decision",
            ]
        case .decidedOn:
            [
                "ngay quyet dinh", "ngay qd", "ngay ky quyet dinh", "ngay ban hanh quyet dinh", "decided on",
                "decision date",
            ]
        case .signerTitle: ["chuc danh nguoi ky", "chuc vu nguoi ky", "signer title"]
        case .signerName: ["nguoi ky", "ho ten nguoi ky", "signer", "signer name"]
        case .teamLead: ["truong doan", "truong doan thanh tra", "team lead", "lead"]
        case .members: ["thanh vien doan", "thanh vien", "members", "team members"]
        case .mode: ["hinh thuc", "hinh thuc thanh tra", "mode"]
        case .planYear: ["nam ke hoach", "plan year"]
        case .planEntry: ["ma ke hoach", "muc ke hoach", "plan entry", "plan key"]
        case .groundKind: ["can cu", "can cu thanh tra", "can cu dot xuat", "ground"]
        case .groundReference: ["van ban can cu", "so van ban can cu", "ground reference", "ground ref"]
        case .category: ["loai hinh", "loai thanh tra", "loai hinh thanh tra", "category"]
        case .level: ["cap", "cap thanh tra", "co quan thanh tra", "level"]
        case .content: ["noi dung", "noi dung thanh tra", "ten cuoc thanh tra", "content"]
        case .period: ["thoi ky thanh tra", "thoi ky", "period inspected", "period"]
        case .field: ["linh vuc", "nganh linh vuc", "field", "sector"]
        case .leadUnit: ["don vi chu tri", "don vi", "lead unit", "unit"]
        case .subject: ["doi tuong", "doi tuong thanh tra", "subject", "subjects"]
        case .taxCode: ["ma so thue", "mst", "tax code", "taxcode"]
        case .citizenID:
            ["so dinh danh", "so dinh danh ca nhan", "cccd", "so cccd", "cmnd", "so cmnd", "id number", "citizen id"]
        case .subjectNumber: ["so doi tuong", "ma doi tuong", "subject number", "subject id"]
        case .openedOn: ["ngay mo", "ngay dang ky", "opened on"]
        case .announcedOn: ["ngay cong bo", "ngay cong bo quyet dinh", "announced on"]
        case .onsiteEndedOn:
            ["ngay ket thuc truc tiep", "ngay ket thuc thanh tra truc tiep", "ket thuc truc tiep", "onsite ended on"]
        case .reportedOn: ["ngay bao cao", "ngay bao cao ket qua", "reported on"]
        case .draftedOn: ["ngay du thao", "ngay du thao ket luan", "drafted on"]
        case .conclusionNumber: ["so ket luan", "so kl", "so ket luan thanh tra", "conclusion number", "conclusion"]
        case .concludedOn: ["ngay ket luan", "ngay kl", "concluded on", "conclusion date"]
        case .closedOn: ["ngay dong ho so", "ngay luu tru", "closed on"]
        case .state: ["trang thai", "tinh trang", "state", "status"]
        case .violationVND: ["tien vi pham", "so tien vi pham", "sai pham", "violations vnd", "violation amount"]
        case .violationLand: ["dat vi pham", "dien tich vi pham", "violations land", "violation land"]
        case .findingCategory: ["loai sai pham", "phan loai sai pham", "finding category"]
        case .recoveryVND:
            [
                "kien nghi thu hoi", "tien kien nghi thu hoi", "so tien kien nghi thu hoi", "recovery recommended",
                "recovery vnd",
            ]
        case .recoveryLand: ["dat kien nghi thu hoi", "dien tich kien nghi thu hoi", "recovery land"]
        case .otherFinancialVND:
            [
                "kien nghi xu ly khac ve kinh te", "xu ly khac ve kinh te", "kien nghi xu ly kinh te khac",
                "other financial", "other financial vnd",
            ]
        case .recoveredVND: ["da thu hoi", "tien da thu hoi", "so tien da thu hoi", "recovered", "recovered vnd"]
        case .recoveredOn: ["ngay thu hoi", "recovered on"]
        case .recoveredReceipt: ["chung tu thu hoi", "so chung tu thu hoi", "recovery receipt"]
        case .body: ["co quan tien hanh", "co quan", "ma co quan", "body"]
        }
    }

    /// The columns that may name the subjects inspected, and how each writes them.
    static let subjectColumns: [(field: InspectionImportField, form: SubjectReference.Form)] = [
        (.subject, .any), (.taxCode, .taxCode), (.citizenID, .citizenID), (.subjectNumber, .number),
    ]

    /// The words of the mode column (folded).
    static let modeWords: [String: Inspection.Mode] = [
        "theo ke hoach": .scheduled, "ke hoach": .scheduled, "scheduled": .scheduled, "planned": .scheduled,
        "dot xuat": .unscheduled, "unscheduled": .unscheduled,
        "thuong xuyen": .regular, "regular": .regular,
    ]

    /// The words of the ground column (folded).
    static let groundWords: [String: InspectionGround.Kind] = [
        "khieu nai": .complaint, "to cao": .complaint, "khieu nai to cao": .complaint,
        "phong chong tham nhung": .complaint,
        "complaint": .complaint,
        "dau hieu vi pham": .violationSigns, "co dau hieu vi pham": .violationSigns,
        "phat hien dau hieu vi pham": .violationSigns, "violation signs": .violationSigns,
        "violationsigns": .violationSigns,
        "giao": .assignment, "thu truong giao": .assignment, "duoc giao": .assignment, "assignment": .assignment,
        "khac": .other, "other": .other,
    ]

    /// The words of the state column (folded); `suspended` is refused (a suspension is a command of its own).
    static let stateWords: [String: Inspection.State] = [
        "mo": .open, "open": .open,
        "da co quyet dinh": .decided, "da quyet dinh": .decided, "chua cong bo": .decided, "decided": .decided,
        "dang thanh tra": .onsite, "dang tien hanh": .onsite, "dang thanh tra truc tiep": .onsite, "truc tiep": .onsite,
        "onsite": .onsite,
        "tam dung": .suspended, "suspended": .suspended,
        "ket thuc truc tiep": .onsiteEnded, "da ket thuc truc tiep": .onsiteEnded, "onsite ended": .onsiteEnded,
        "onsiteended": .onsiteEnded,
        "da bao cao": .reported, "reported": .reported,
        "du thao": .drafted, "da du thao": .drafted, "drafted": .drafted,
        "da ket luan": .concluded, "ket luan": .concluded, "concluded": .concluded,
        "da dong": .closed, "dong ho so": .closed, "luu tru": .closed, "da luu tru": .closed, "closed": .closed,
    ]
}
