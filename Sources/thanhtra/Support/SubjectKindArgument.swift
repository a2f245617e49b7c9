import Foundation
import ArgumentParser
import Casework
import Import

/// A subject kind as `--kind` takes it: `organization`, `person`, `household`, `family` or `community`, or the
/// Vietnamese words people write (`to-chuc`, `ca-nhan`, `ho-kinh-doanh`, `hkd`, `ho-gia-dinh`, `hgđ`,
/// `cong-dong-dan-cu`, `cđdc`; accents, case, `-` and `_` ignored): the words an import's kind column takes
/// (``SubjectColumns/kind(folded:)``).
struct SubjectKindArgument: ExpressibleByArgument {
    let kind: Subject.Kind

    init?(argument: String) {
        guard let kind = SubjectColumns.kind(folded: SubjectColumns.folded(argument)) else { return nil }
        self.kind = kind
    }

    static var allValueStrings: [String] { Subject.Kind.allCases.map(\.rawValue) }
}
