import Foundation
import ArgumentParser
import Casework

/// A subject kind as `--kind` takes it: `organization`, `person` or `household`, or the Vietnamese words people
/// write (`to-chuc`, `ca-nhan`, `ho-kinh-doanh`, `hkd`; accents and case ignored).
struct SubjectKindArgument: ExpressibleByArgument {
    let kind: Subject.Kind

    init?(argument: String) {
        let folded = argument.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "-", with: " ")
            .replacingOccurrences(of: "_", with: " ")
        switch folded {
        case "organization", "organisation", "to chuc": kind = .organization
        case "person", "individual", "ca nhan": kind = .person
        case "household", "household business", "ho kinh doanh", "hkd": kind = .household
        default: return nil
        }
    }

    static var allValueStrings: [String] { ["organization", "person", "household"] }
}
