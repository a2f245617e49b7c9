extension Figure {
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
        Definition(
            name: policyDocumentsRecommended, vi: "Kiến nghị hoàn thiện cơ chế, chính sách, pháp luật (văn bản)",
            en: "Documents recommended to improve mechanisms, policies and law"),
        Definition(
            name: policyDocumentsDone, vi: "Văn bản đã hoàn thiện cơ chế, chính sách, pháp luật",
            en: "Documents done to improve mechanisms, policies and law"),
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
        Definition(name: followUpLandDue, vi: "Đất phải thu theo kết luận", en: "Land to recover (follow-up)"),
        Definition(name: followUpLandRecovered, vi: "Đất đã thu theo kết luận", en: "Land recovered (follow-up)"),
        Definition(
            name: followUpReviewCollectivesHandled, vi: "Tập thể đã kiểm điểm rút kinh nghiệm theo kết luận",
            en: "Collectives reviewed (follow-up)"),
        Definition(
            name: followUpReviewPersonsHandled, vi: "Cá nhân đã kiểm điểm rút kinh nghiệm theo kết luận",
            en: "Persons reviewed (follow-up)"),
        Definition(
            name: followUpDisciplineCollectivesHandled, vi: "Tập thể đã xử lý kỷ luật theo kết luận",
            en: "Collectives disciplined (follow-up)"),
        Definition(
            name: followUpDisciplinePersonsHandled, vi: "Cá nhân đã xử lý kỷ luật theo kết luận",
            en: "Persons disciplined (follow-up)"),
        Definition(
            name: followUpAdministrativeCollectivesHandled, vi: "Tập thể đã xử lý hành chính khác theo kết luận",
            en: "Collectives given other administrative handling (follow-up)"),
        Definition(
            name: followUpAdministrativePersonsHandled, vi: "Cá nhân đã xử lý hành chính khác theo kết luận",
            en: "Persons given other administrative handling (follow-up)"),
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
        Definition(
            name: confiscatedVND, vi: "Giá trị tang vật, phương tiện bị tịch thu", en: "Value confiscated"),
        Definition(
            name: licenceRevocations, vi: "Tước quyền sử dụng giấy phép, chứng chỉ hành nghề",
            en: "Licences and practice certificates withdrawn"),
        Definition(name: activitySuspensions, vi: "Đình chỉ hoạt động", en: "Activities suspended"),
        Definition(
            name: remedialMeasures, vi: "Số biện pháp khắc phục hậu quả", en: "Remedial measures ordered"),
        Definition(
            name: otherSanctionsOrganizations, vi: "Xử phạt bằng hình thức khác: tổ chức",
            en: "Decisions with other sanctions: organizations"),
        Definition(
            name: otherSanctionsIndividuals, vi: "Xử phạt bằng hình thức khác: cá nhân",
            en: "Decisions with other sanctions: individuals"),
        Definition(name: decisionsOverdue, vi: "Quyết định xử phạt quá hạn thi hành", en: "Penalty decisions overdue", isInternal: true),
        Definition(name: paymentsOverdue, vi: "Khoản nộp phạt quá hạn", en: "Payments overdue", isInternal: true),
        Definition(name: onsiteOverdue, vi: "Cuộc thanh tra quá hạn thanh tra trực tiếp", en: "Inspections overdue on site", isInternal: true),
        Definition(name: conclusionsOverdue, vi: "Cuộc thanh tra quá hạn ban hành kết luận", en: "Conclusions overdue", isInternal: true),
    ]
}
