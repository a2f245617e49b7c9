/// The figures a period report can show, by stable name: the same names in SQL results, JSON, the pack's
/// report forms, `report explain` and restatements. Units are in the name's suffix: `_vnd` đồng, `_dm2` square
/// decimetres of land; anything else is a count.
///
/// Per-category and per-level counts are `inspections.category.<code>` and `inspections.level.<code>`.
public enum Figure {
    // Inspections (cuộc thanh tra) count from their decision (triển khai): opened in the period their decision
    // date falls in; carried over when decided before the period and not concluded before it. An inspection
    // without a decision (a plan entry not yet started) is in no figure. Concluded: conclusion date in the period.
    public static let carriedOver = "inspections.carried_over"
    public static let opened = "inspections.opened"
    public static let total = "inspections.total"
    public static let scheduled = "inspections.scheduled"
    public static let unscheduled = "inspections.unscheduled"
    public static let regular = "inspections.regular"
    public static let onsiteEnded = "inspections.onsite_ended"
    public static let concluded = "inspections.concluded"
    public static let subjectsInspected = "inspections.subjects_inspected"
    public static let subjectsInViolation = "inspections.subjects_in_violation"
    // The subjects split by kind (form 02/TTr: tổ chức, cá nhân); the two add up to the subjects figure.
    public static let organizationsInspected = "inspections.organizations_inspected"
    public static let personsInspected = "inspections.persons_inspected"
    public static let organizationsInViolation = "inspections.organizations_in_violation"
    public static let personsInViolation = "inspections.persons_in_violation"
    // What the concluded inspections found and recommended; what follow-up recorded in the period.
    public static let violationsVND = "violations.money_vnd"
    public static let violationsLand = "violations.land_dm2"
    // The violations' money by the kind of the subject found in violation (form 02/TTr: tổ chức, cá nhân).
    public static let violationsOrganizationsVND = "violations.organizations_money_vnd"
    public static let violationsPersonsVND = "violations.persons_money_vnd"
    public static let recoveryRecommendedVND = "recovery.recommended_vnd"
    public static let recoveryRecommendedLand = "recovery.recommended_land_dm2"
    public static let recoveredVND = "recovery.recovered_vnd"
    public static let recoveredLand = "recovery.recovered_land_dm2"
    public static let otherFinancialVND = "other_financial.recommended_vnd"
    public static let collectivesRecommended = "handling.collectives_recommended"
    public static let personsRecommended = "handling.persons_recommended"
    public static let collectivesHandled = "handling.collectives_handled"
    public static let personsHandled = "handling.persons_handled"
    public static let transferCases = "transfer.cases"
    public static let transferPersons = "transfer.persons"
    public static let transferCasesAccepted = "transfer.cases_accepted"
    // The handling recommended split by how (``Recommendation/Handling``): kiểm điểm rút kinh nghiệm, xử lý kỷ luật,
    // xử lý hành chính (with every handling recommendation recorded without a class); each pair adds up, over the
    // three, to `handling.collectives_recommended` and `handling.persons_recommended`.
    public static let reviewCollectivesRecommended = "handling.review_collectives_recommended"
    public static let reviewPersonsRecommended = "handling.review_persons_recommended"
    public static let disciplineCollectivesRecommended = "handling.discipline_collectives_recommended"
    public static let disciplinePersonsRecommended = "handling.discipline_persons_recommended"
    public static let administrativeCollectivesRecommended = "handling.administrative_collectives_recommended"
    public static let administrativePersonsRecommended = "handling.administrative_persons_recommended"
    // The persons (đối tượng) of transferred cases that the investigation agency took up, recorded in the period.
    public static let transferPersonsAccepted = "transfer.persons_accepted"
    // Policy recommendations (kiến nghị hoàn thiện cơ chế, chính sách, pháp luật; ``Recommendation/Kind/policy``):
    // the documents to issue, amend or repeal that the inspections concluded in the period recommended, and the
    // documents done by the follow-ups dated in the period.
    public static let policyDocumentsRecommended = "policy.documents_recommended"
    public static let policyDocumentsDone = "policy.documents_done"
    // The follow-up stock as of the period's end (theo dõi, đôn đốc thực hiện kết luận thanh tra): the conclusions
    // with recommendations that were still to implement at the period's start or issued in it, how many of them are
    // implemented by its end (every recommendation done by the follow-ups dated before it) and how many not; what
    // they recommended and what was done by the end, cumulated since each conclusion.
    public static let followUpConclusions = "followup.conclusions"
    public static let followUpConclusionsDone = "followup.conclusions_done"
    public static let followUpConclusionsPending = "followup.conclusions_pending"
    public static let followUpRecoveryDueVND = "followup.recovery_due_vnd"
    public static let followUpRecoveredVND = "followup.recovered_vnd"
    public static let followUpCollectivesDue = "followup.collectives_due"
    public static let followUpCollectivesHandled = "followup.collectives_handled"
    public static let followUpPersonsDue = "followup.persons_due"
    public static let followUpPersonsHandled = "followup.persons_handled"
    public static let followUpProsecutedCases = "followup.prosecuted_cases"
    public static let followUpProsecutedPersons = "followup.prosecuted_persons"
    // The follow-up stock's land (đất phải thu, đã thu: the recovery recommendations' land of the conclusions to
    // implement, and what their follow-ups dated before the period's end returned), and the collectives and persons
    // handled split by how they were to be handled (``Recommendation/Handling``; a handling recommendation without a
    // class counts as xử lý hành chính): each pair adds up, over the three classes, to
    // `followup.collectives_handled` and `followup.persons_handled`.
    public static let followUpLandDue = "followup.land_due_dm2"
    public static let followUpLandRecovered = "followup.land_recovered_dm2"
    public static let followUpReviewCollectivesHandled = "followup.review_collectives_handled"
    public static let followUpReviewPersonsHandled = "followup.review_persons_handled"
    public static let followUpDisciplineCollectivesHandled = "followup.discipline_collectives_handled"
    public static let followUpDisciplinePersonsHandled = "followup.discipline_persons_handled"
    public static let followUpAdministrativeCollectivesHandled = "followup.administrative_collectives_handled"
    public static let followUpAdministrativePersonsHandled = "followup.administrative_persons_handled"
    // Inspections still in progress at the period's end (decided, not concluded by then) and the distinct subjects
    // they cover; the period's total is the concluded ones plus these.
    public static let ongoing = "inspections.ongoing"
    public static let ongoingSubjects = "inspections.ongoing_subjects"
    // Administrative-penalty cases (cancelled cases are left out of every figure).
    public static let penaltyCasesOpened = "penalty.cases_opened"
    public static let decisions = "penalty.decisions"
    public static let decisionsOrganizations = "penalty.decisions_organizations"
    public static let decisionsIndividuals = "penalty.decisions_individuals"
    public static let warnings = "penalty.warnings"
    public static let finesImposedVND = "penalty.fines_imposed_vnd"
    // Fines imposed split by the violator's kind (form 02/TTr: xử phạt bằng tiền, tổ chức / cá nhân).
    public static let finesOrganizationsVND = "penalty.fines_organizations_vnd"
    public static let finesIndividualsVND = "penalty.fines_individuals_vnd"
    // The distinct violators (organisations, persons) of the period's decisions: one per subject, however many
    // decisions it received.
    public static let violatorsOrganizations = "penalty.violators_organizations"
    public static let violatorsPersons = "penalty.violators_persons"
    public static let finesCollectedVND = "penalty.fines_collected_vnd"
    public static let outstandingVND = "penalty.outstanding_vnd"
    public static let surchargesCollectedVND = "penalty.surcharges_collected_vnd"
    public static let remedialVND = "penalty.remedial_vnd"
    // What the period's decisions impose besides fines (``DecisionSanctions``): the value confiscated (tịch thu tang
    // vật, phương tiện), the licences withdrawn and activities suspended (hình thức xử phạt bổ sung), the remedial
    // measures ordered (biện pháp khắc phục hậu quả), and the decisions with a sanction other than money by the
    // violator's kind (form 02/TTr: xử phạt bằng hình thức khác, tổ chức / cá nhân).
    public static let confiscatedVND = "penalty.confiscated_vnd"
    public static let licenceRevocations = "penalty.licence_revocations"
    public static let activitySuspensions = "penalty.activity_suspensions"
    public static let remedialMeasures = "penalty.remedial_measures"
    public static let otherSanctionsOrganizations = "penalty.other_sanctions_organizations"
    public static let otherSanctionsIndividuals = "penalty.other_sanctions_individuals"
    // Overdue as of the period's last day.
    public static let decisionsOverdue = "overdue.decisions"
    public static let paymentsOverdue = "overdue.payments"
    public static let onsiteOverdue = "overdue.onsite"
    public static let conclusionsOverdue = "overdue.conclusions"

    /// The figures a report charts over its history (the earlier periods before it): the trend of inspections and
    /// of fines. Reports compute only these for earlier periods, so a month's report costs one period's figures
    /// and not twelve.
    public static let trend: [String] = [total, finesImposedVND]


    /// Every fixed figure's name, in report order.
    public static let all: [String] = definitions.map(\.name)

    /// The figures that count inspections or what inspections found, recommended and followed up: the ones a form
    /// can restrict to a ``FigureScope`` (the categories of inspection it reports, e.g. 01/TTr only administrative
    /// inspections). The penalty and overdue figures are not scoped: a penalty case is not linked to an inspection.
    public static let inspectionFigures: [String] = [
        carriedOver, opened, total, scheduled, unscheduled, regular, onsiteEnded, concluded, subjectsInspected,
        subjectsInViolation, organizationsInspected, personsInspected, organizationsInViolation, personsInViolation,
        violationsVND, violationsOrganizationsVND, violationsPersonsVND, violationsLand, recoveryRecommendedVND, recoveryRecommendedLand,
        recoveredVND, recoveredLand, otherFinancialVND, collectivesRecommended, personsRecommended,
        collectivesHandled, personsHandled, transferCases, transferPersons, transferCasesAccepted,
        transferPersonsAccepted, reviewCollectivesRecommended, reviewPersonsRecommended,
        disciplineCollectivesRecommended, disciplinePersonsRecommended, administrativeCollectivesRecommended,
        administrativePersonsRecommended, ongoing, ongoingSubjects, followUpConclusions, followUpConclusionsDone,
        followUpConclusionsPending, followUpRecoveryDueVND, followUpRecoveredVND, followUpCollectivesDue,
        followUpCollectivesHandled, followUpPersonsDue, followUpPersonsHandled, followUpProsecutedCases,
        followUpProsecutedPersons, policyDocumentsRecommended, policyDocumentsDone, followUpLandDue,
        followUpLandRecovered, followUpReviewCollectivesHandled, followUpReviewPersonsHandled,
        followUpDisciplineCollectivesHandled, followUpDisciplinePersonsHandled,
        followUpAdministrativeCollectivesHandled, followUpAdministrativePersonsHandled,
    ]

    /// The separator between a scope's code and a figure's name in a scoped figure: `hanh_chinh:inspections.total`.
    public static let scopeSeparator: Character = ":"

    /// The name of `figure` restricted to `scope`: `"\(scope):\(figure)"`, e.g. `hanh_chinh:inspections.total`.
    public static func scoped(_ figure: String, in scope: String) -> String {
        "\(scope)\(scopeSeparator)\(figure)"
    }

    /// The scope and the figure of a scoped name (`hanh_chinh:inspections.total` → `("hanh_chinh",
    /// "inspections.total")`); `nil` for a name without a scope or whose figure is not in ``inspectionFigures``.
    public static func splitScoped(_ name: String) -> (scope: String, figure: String)? {
        guard let separator = name.firstIndex(of: scopeSeparator) else { return nil }
        let scope = String(name[..<separator]), figure = String(name[name.index(after: separator)...])
        guard !scope.isEmpty, inspectionFigureSet.contains(figure) else { return nil }
        return (scope, figure)
    }

    private static let inspectionFigureSet = Set(inspectionFigures)

    private static let byName: [String: Definition] = Dictionary(uniqueKeysWithValues: definitions.map { ($0.name, $0) })

    /// Per-category, per-level and per-field counts: `inspections.category.<code>`, `inspections.level.<code>`,
    /// `inspections.field.<code>` (the period's total inspections of that category, level or field, lĩnh vực; an
    /// inspection recorded without a field is in no per-field count).
    public static let categoryPrefix = "inspections.category.", levelPrefix = "inspections.level.",
        fieldPrefix = "inspections.field."

    /// The definition of `name`: a fixed figure's, or a generated one for a per-category or per-level count
    /// (labelled with its code); `nil` for any other name.
    public static func definition(of name: String) -> Definition? {
        if let fixed = byName[name] { return fixed }
        // A scoped figure (`hanh_chinh:inspections.total`): the figure's own definition under the scoped name; the
        // renderers add the scope's title (``FigureScope``) to the label.
        if let (_, figure) = splitScoped(name), var base = byName[figure] {
            base.name = name
            return base
        }
        // Labelled with the code here; a report labels them with the pack's words (``ReportLabels``).
        if name.hasPrefix(categoryPrefix) {
            let code = name.dropFirst(categoryPrefix.count)
            return Definition(
                name: name, vi: "Số cuộc thanh tra loại \(code)", en: "Inspections of category \(code)", isInternal: true)
        }
        if name.hasPrefix(fieldPrefix) {
            let code = name.dropFirst(fieldPrefix.count)
            return Definition(
                name: name, vi: "Số cuộc thanh tra lĩnh vực \(code)", en: "Inspections in the field \(code)",
                isInternal: true)
        }
        if name.hasPrefix(levelPrefix) {
            let code = name.dropFirst(levelPrefix.count)
            return Definition(
                name: name, vi: "Số cuộc thanh tra cấp \(code)", en: "Inspections at level \(code)", isInternal: true)
        }
        return nil
    }

    /// Whether a figure is money (đồng), land (dm²) or a count.
    public static func unit(of name: String) -> Unit {
        definition(of: name)?.unit ?? Unit(name: name)
    }

    /// One figure: what it is called in every place, what it counts in, what people read.
    public struct Definition: Sendable, Equatable {
        /// The stable name (SQL results, JSON, the pack's forms, `report explain`).
        public var name: String
        /// Count, đồng or dm², from the name's suffix (`_vnd`, `_dm2`).
        public var unit: Unit
        /// The label in Vietnamese and in English.
        public var vi: String
        public var en: String
        /// Shown in the figure table, the drill-down and the checks, but on no official form.
        public var isInternal: Bool

        public init(name: String, vi: String, en: String, isInternal: Bool = false) {
            self.name = name
            self.unit = Unit(name: name)
            self.vi = vi
            self.en = en
            self.isInternal = isInternal
        }
    }

    /// What a figure's integer value counts.
    public enum Unit: String, Sendable, Codable {
        case count, vnd, squareDecimetres = "dm2"

        /// From a name's suffix: `_vnd` đồng, `_dm2` square decimetres, anything else a count.
        init(name: String) {
            self = name.hasSuffix("_vnd") ? .vnd : name.hasSuffix("_dm2") ? .squareDecimetres : .count
        }

        /// The form units that print a value of this unit.
        public var formUnits: [FormUnit] {
            switch self {
            case .count: [.count]
            case .vnd: [.vnd, .millionVND]
            case .squareDecimetres: [.squareMetres]
            }
        }
    }
}
