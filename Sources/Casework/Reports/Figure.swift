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
    // Overdue as of the period's last day.
    public static let decisionsOverdue = "overdue.decisions"
    public static let paymentsOverdue = "overdue.payments"
    public static let onsiteOverdue = "overdue.onsite"
    public static let conclusionsOverdue = "overdue.conclusions"

    /// The figures a report charts over its history (the earlier periods before it): the trend of inspections and
    /// of fines. Reports compute only these for earlier periods, so a month's report costs one period's figures
    /// and not twelve.
    public static let trend: [String] = [total, finesImposedVND]

    /// Every fixed figure, in report order: its name, unit (from the name), labels, and whether an official form
    /// shows it. The one definition of a figure: the store computes each (``ReportStore``), the pack's forms
    /// place them (``FormLayout``), the renderers label and print them; `FigureDefinitionTests` checks that every
    /// figure has a query, a label and a unit, and appears in a form of the bundled pack unless it is internal.
    public static let definitions: [Definition] = [
        Definition(name: carriedOver, vi: "Số cuộc thanh tra kỳ trước chuyển sang", en: "Inspections carried over"),
        Definition(name: opened, vi: "Số cuộc thanh tra triển khai trong kỳ", en: "Inspections opened in the period"),
        Definition(name: total, vi: "Tổng số cuộc thanh tra", en: "Inspections, total"),
        Definition(name: scheduled, vi: "Thanh tra theo kế hoạch", en: "Scheduled inspections"),
        Definition(name: unscheduled, vi: "Thanh tra đột xuất", en: "Unscheduled inspections"),
        Definition(name: regular, vi: "Thanh tra thường xuyên", en: "Regular inspections"),
        Definition(name: onsiteEnded, vi: "Số cuộc đã kết thúc thanh tra trực tiếp", en: "Inspections with on-site work ended"),
        Definition(name: concluded, vi: "Số cuộc đã ban hành kết luận", en: "Inspections concluded"),
        Definition(name: subjectsInspected, vi: "Số đơn vị được thanh tra", en: "Subjects inspected"),
        Definition(name: subjectsInViolation, vi: "Số đơn vị có vi phạm", en: "Subjects in violation"),
        Definition(name: organizationsInspected, vi: "Số tổ chức được thanh tra", en: "Organizations inspected"),
        Definition(name: personsInspected, vi: "Số cá nhân được thanh tra", en: "Persons inspected"),
        Definition(name: organizationsInViolation, vi: "Số tổ chức vi phạm", en: "Organizations in violation"),
        Definition(name: personsInViolation, vi: "Số cá nhân vi phạm", en: "Persons in violation"),
        Definition(name: violationsVND, vi: "Vi phạm về tiền", en: "Violations, money"),
        Definition(name: violationsOrganizationsVND, vi: "Tiền vi phạm của tổ chức", en: "Violations by organizations, money"),
        Definition(name: violationsPersonsVND, vi: "Tiền vi phạm của cá nhân", en: "Violations by persons, money"),
        Definition(name: violationsLand, vi: "Vi phạm về đất", en: "Violations, land"),
        Definition(name: recoveryRecommendedVND, vi: "Kiến nghị thu hồi về tiền", en: "Recovery recommended, money"),
        Definition(name: recoveryRecommendedLand, vi: "Kiến nghị thu hồi về đất", en: "Recovery recommended, land"),
        Definition(name: recoveredVND, vi: "Đã thu hồi về tiền", en: "Recovered, money"),
        Definition(name: recoveredLand, vi: "Đã thu hồi về đất", en: "Recovered, land"),
        Definition(name: otherFinancialVND, vi: "Kiến nghị xử lý khác về kinh tế", en: "Other financial handling recommended"),
        Definition(name: collectivesRecommended, vi: "Kiến nghị xử lý hành chính tập thể", en: "Collectives recommended for administrative handling"),
        Definition(name: personsRecommended, vi: "Kiến nghị xử lý hành chính cá nhân", en: "Persons recommended for administrative handling"),
        Definition(name: collectivesHandled, vi: "Đã xử lý hành chính tập thể", en: "Collectives handled"),
        Definition(name: personsHandled, vi: "Đã xử lý hành chính cá nhân", en: "Persons handled"),
        Definition(name: transferCases, vi: "Chuyển cơ quan điều tra: số vụ", en: "Transferred for investigation: cases"),
        Definition(name: transferPersons, vi: "Chuyển cơ quan điều tra: số đối tượng", en: "Transferred for investigation: persons"),
        Definition(name: transferCasesAccepted, vi: "Số vụ đã được khởi tố", en: "Transferred cases prosecuted"),
        Definition(name: transferPersonsAccepted, vi: "Số đối tượng đã được khởi tố", en: "Transferred persons prosecuted"),
        Definition(
            name: reviewCollectivesRecommended, vi: "Kiến nghị kiểm điểm rút kinh nghiệm tập thể",
            en: "Collectives recommended for review of responsibility"),
        Definition(
            name: reviewPersonsRecommended, vi: "Kiến nghị kiểm điểm rút kinh nghiệm cá nhân",
            en: "Persons recommended for review of responsibility"),
        Definition(
            name: disciplineCollectivesRecommended, vi: "Kiến nghị xử lý kỷ luật tập thể",
            en: "Collectives recommended for disciplinary handling"),
        Definition(
            name: disciplinePersonsRecommended, vi: "Kiến nghị xử lý kỷ luật cá nhân",
            en: "Persons recommended for disciplinary handling"),
        Definition(
            name: administrativeCollectivesRecommended, vi: "Kiến nghị xử lý hành chính khác tập thể",
            en: "Collectives recommended for other administrative handling"),
        Definition(
            name: administrativePersonsRecommended, vi: "Kiến nghị xử lý hành chính khác cá nhân",
            en: "Persons recommended for other administrative handling"),
        Definition(name: ongoing, vi: "Số cuộc thanh tra đang thực hiện đến cuối kỳ", en: "Inspections in progress at the period's end"),
        Definition(
            name: ongoingSubjects, vi: "Số đơn vị đang được thanh tra đến cuối kỳ",
            en: "Subjects of the inspections in progress at the period's end"),
        Definition(
            name: followUpConclusions, vi: "Số kết luận thanh tra phải thực hiện",
            en: "Conclusions to implement (follow-up)"),
        Definition(name: followUpConclusionsDone, vi: "Số kết luận đã thực hiện xong", en: "Conclusions implemented"),
        Definition(name: followUpConclusionsPending, vi: "Số kết luận chưa thực hiện xong", en: "Conclusions not yet implemented"),
        Definition(name: followUpRecoveryDueVND, vi: "Tiền phải thu theo kết luận", en: "Money to recover (follow-up)"),
        Definition(name: followUpRecoveredVND, vi: "Tiền đã thu theo kết luận", en: "Money recovered (follow-up)"),
        Definition(name: followUpCollectivesDue, vi: "Tập thể phải xử lý theo kết luận", en: "Collectives to handle (follow-up)"),
        Definition(name: followUpCollectivesHandled, vi: "Tập thể đã xử lý theo kết luận", en: "Collectives handled (follow-up)"),
        Definition(name: followUpPersonsDue, vi: "Cá nhân phải xử lý theo kết luận", en: "Persons to handle (follow-up)"),
        Definition(name: followUpPersonsHandled, vi: "Cá nhân đã xử lý theo kết luận", en: "Persons handled (follow-up)"),
        Definition(name: followUpProsecutedCases, vi: "Số vụ đã khởi tố theo kết luận", en: "Cases prosecuted (follow-up)"),
        Definition(name: followUpProsecutedPersons, vi: "Số đối tượng đã khởi tố theo kết luận", en: "Persons prosecuted (follow-up)"),
        Definition(name: penaltyCasesOpened, vi: "Số vụ vi phạm hành chính phát hiện", en: "Administrative violation cases opened"),
        Definition(name: decisions, vi: "Số quyết định xử phạt đã ban hành", en: "Penalty decisions issued"),
        Definition(name: decisionsOrganizations, vi: "Quyết định xử phạt tổ chức", en: "Decisions against organizations"),
        Definition(name: decisionsIndividuals, vi: "Quyết định xử phạt cá nhân", en: "Decisions against individuals"),
        Definition(name: warnings, vi: "Xử phạt cảnh cáo", en: "Warnings"),
        Definition(name: finesImposedVND, vi: "Tiền phạt theo quyết định", en: "Fines imposed"),
        Definition(name: finesOrganizationsVND, vi: "Xử phạt bằng tiền đối với tổ chức", en: "Fines imposed on organizations"),
        Definition(name: finesIndividualsVND, vi: "Xử phạt bằng tiền đối với cá nhân", en: "Fines imposed on individuals"),
        Definition(name: violatorsOrganizations, vi: "Số tổ chức bị xử phạt", en: "Organizations penalized"),
        Definition(name: violatorsPersons, vi: "Số cá nhân bị xử phạt", en: "Persons penalized"),
        Definition(name: finesCollectedVND, vi: "Tiền phạt đã thu", en: "Fines collected"),
        Definition(name: outstandingVND, vi: "Tiền phạt còn phải thu", en: "Fines outstanding"),
        Definition(name: surchargesCollectedVND, vi: "Tiền chậm nộp phạt đã thu", en: "Late-payment surcharges collected"),
        Definition(name: remedialVND, vi: "Khắc phục hậu quả bằng tiền", en: "Remedial measures, money"),
        Definition(name: decisionsOverdue, vi: "Quyết định xử phạt quá hạn thi hành", en: "Penalty decisions overdue", isInternal: true),
        Definition(name: paymentsOverdue, vi: "Khoản nộp phạt quá hạn", en: "Payments overdue", isInternal: true),
        Definition(name: onsiteOverdue, vi: "Cuộc thanh tra quá hạn thanh tra trực tiếp", en: "Inspections overdue on site", isInternal: true),
        Definition(name: conclusionsOverdue, vi: "Cuộc thanh tra quá hạn ban hành kết luận", en: "Conclusions overdue", isInternal: true),
    ]

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
        followUpProsecutedPersons,
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

/// How a form prints a figure's value. The figure itself stays an exact integer (count, đồng or dm²).
public enum FormUnit: String, Sendable, Equatable, Codable, CaseIterable {
    /// A count: `1.234`.
    case count
    /// Đồng: `1.500.000`.
    case vnd
    /// Triệu đồng from đồng, rounded half away from zero to three places: `1,500`.
    case millionVND = "million_vnd"
    /// Square metres from square decimetres, exact to two places: `1.234,56`.
    case squareMetres = "m2"
}

/// A part of the inspections that a form reports on its own, as the pack names it (`report.scopes`): form 01/TTr
/// counts only administrative inspections, form 02/TTr only specialized ones. A scope is a list of inspection
/// categories (the pack's codes, e.g. `hanh_chinh`); under the 2025 law's single category the pack's settings say
/// which form its inspections go to. Every figure of ``Figure/inspectionFigures`` restricted to a scope is reported
/// as ``Figure/scoped(_:in:)`` (`hanh_chinh:inspections.total`), with its own drill-down.
public struct FigureScope: Sendable, Codable, Equatable {
    /// The scope's code, the prefix of its figures (`hanh_chinh`); no `:`.
    public var code: String
    /// What people read: `thanh tra hành chính` / `administrative inspection`.
    public var vi: String
    public var en: String
    /// The inspection categories it covers (the pack's codes); an inspection counts in a scope when its category
    /// is one of these.
    public var categories: [String]

    public init(code: String, vi: String, en: String, categories: [String]) {
        self.code = code
        self.vi = vi
        self.en = en
        self.categories = categories
    }
}

/// The figures of one period: every value an exact integer, with what it counts (ids) for drill-down.
public struct PeriodFigures: Sendable, Codable, Equatable {
    public var period: ReportPeriod
    /// Figure name → value (count, đồng or dm²).
    public var values: [String: Int64]

    public init(period: ReportPeriod, values: [String: Int64]) {
        self.period = period
        self.values = values
    }

    public subscript(_ name: String) -> Int64 { values[name] ?? 0 }
}

/// What stands behind one figure: the inspections, penalty cases, findings, recommendations or follow-ups.
public struct FigureMembers: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable { case inspection, penaltyCase, finding, recommendation, followUp, payment }
    public struct Member: Sendable, Codable, Equatable {
        public var kind: Kind
        public var id: Int64
        /// The member's contribution to the figure (1 for counts, the amount for money and land).
        public var value: Int64
        /// A short description for people: the case's record number, the inspection's content.
        public var label: String
        public init(kind: Kind, id: Int64, value: Int64, label: String) {
            self.kind = kind
            self.id = id
            self.value = value
            self.label = label
        }
    }
    public var figure: String
    public var period: ReportPeriod
    public var members: [Member]
    public init(figure: String, period: ReportPeriod, members: [Member]) {
        self.figure = figure
        self.period = period
        self.members = members
    }
}

/// The store's side of reports: figures and their drill-down members.
///
/// **The figure contract.** For every store, every figure of ``Figure/all`` and every period (a single day, a
/// month, a year, any half-open range `[from, before)`):
///
/// ```
/// figures(for: period)[name] == members(of: name, in: period).members.reduce(0) { $0 + $1.value }
/// ```
///
/// A figure's value is the sum of its members' values (1 for a count, đồng for money, dm² for land), computed
/// from the records as they stand when asked; ``figures(for:named:)`` agrees with ``figures(for:)`` on every name
/// it returns. How a store keeps a figure fast over millions of cases (SQLite keeps daily rollups maintained by
/// triggers, docs/performance.md) is its own business and never shows in a value. The store conformance suite
/// (`Tests/StoreConformanceTests`, `ReportFigureConformanceTests`) checks the rule on random histories for
/// every day and period.
public protocol ReportStore: Sendable {
    /// Every figure of ``Figure/all`` plus per-category and per-level counts, for `period`.
    ///
    /// Each value of ``Figure/all`` equals the sum of ``members(of:in:)``'s values (the figure contract above).
    func figures(for period: ReportPeriod) throws -> PeriodFigures
    /// The records behind `figure` in `period`: the sum of their values equals the figure (the figure contract).
    func members(of figure: String, in period: ReportPeriod) throws -> FigureMembers
    /// Only the fixed figures `names` (of ``Figure/all``) for `period`, each equal to its value in
    /// ``figures(for:)``; others are absent.
    func figures(for period: ReportPeriod, named names: [String]) throws -> PeriodFigures
    /// The figures of ``Figure/inspectionFigures``, under their plain names, counting only the inspections whose
    /// category is one of `categories` (and what they found, recommended and followed up). The figure contract
    /// holds for each with ``members(of:in:categories:)``; a category no inspection has gives zeros.
    func figures(for period: ReportPeriod, categories: [String]) throws -> PeriodFigures
    /// The records behind `figure` (one of ``Figure/inspectionFigures``) in `period`, counting only the inspections
    /// whose category is one of `categories`: their values add up to that figure of
    /// ``figures(for:categories:)``.
    func members(of figure: String, in period: ReportPeriod, categories: [String]) throws -> FigureMembers
}

extension ReportStore {
    /// Computes every figure and keeps `names`; stores that can compute fewer override it.
    public func figures(for period: ReportPeriod, named names: [String]) throws -> PeriodFigures {
        let all = try figures(for: period)
        return PeriodFigures(period: period, values: all.values.filter { names.contains($0.key) })
    }
}
