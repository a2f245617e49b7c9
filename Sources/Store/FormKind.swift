import Casework

/// The SQL conditions (`IN ('person', 'household')`) on a subject's or violator's kind for a form's "tổ chức" and
/// "cá nhân" columns, from Casework's ``Subject/Kind/countedAsOrganizations`` and
/// ``Subject/Kind/countedAsIndividuals``.
enum FormKind {
    static let organizations = condition(Subject.Kind.countedAsOrganizations)
    static let individuals = condition(Subject.Kind.countedAsIndividuals)

    private static func condition(_ kinds: [Subject.Kind]) -> String {
        "IN (" + kinds.map { "'\($0.rawValue)'" }.joined(separator: ", ") + ")"
    }
}
