import Casework
import Testing

/// An inspection's lifecycle through ``InspectionStore``: every field round-trips from opening to follow-up.
///
/// Written against the ports only and run for every store of ``StoreFactory/all`` that implements the ports it uses (``StoreFactory/implementing(_:)``).
@Suite struct InspectionConformanceTests {
    @Test(arguments: StoreFactory.implementing(.inspections, .subjects))
    func anInspectionRoundTripsEveryFieldFromOpeningToFollowUp(_ factory: StoreFactory) throws {
        // Given two registered companies
        try factory.withStore { store in
            let first = try store.addSubject(.company(1, name: "Công ty TNHH Ánh Dương"), context: .test)
            let second = try store.addSubject(.company(2), context: .test)
            let today = inspectionToday

            // When an unscheduled inspection is opened on a complaint, decided, announced, extended, suspended, resumed,
            // ended, reported, drafted, given findings and recommendations, concluded, closed and followed up
            let new = try InspectionCasework.open(
                .sample(.unscheduled, openedOn: "2026-03-02", subjects: [first.id],
                        deadlines: InspectionDeadlines(onsiteDueOn: day("2026-04-30"))),
                today: today)
            let opened = try store.openInspection(new, context: .test)
            let id = opened.id
            let decision = InspectionDecision.sample(decidedOn: "2026-03-03")
            try store.step(id, "decide") {
                try InspectionCasework.decide($0, decision: decision, subjects: [first.id, second.id], today: today)
            }
            let afterAnnouncement = InspectionDeadlines(onsiteDueOn: day("2026-04-14"))
            try store.step(id, "announce") {
                try InspectionCasework.announce($0, on: day("2026-03-05"), today: today, deadlines: afterAnnouncement)
            }
            let afterExtension = InspectionDeadlines(onsiteDueOn: day("2026-04-29"))
            try store.step(id, "extend") {
                try InspectionCasework.extend(
                    $0, on: day("2026-04-10"), days: 15, reason: "Nội dung phức tạp", today: today, deadlines: afterExtension)
            }
            try store.step(id, "suspend") {
                try InspectionCasework.suspend($0, on: day("2026-04-12"), reason: "Đối tượng đề nghị, có lý do chính đáng", today: today)
            }
            let afterResumption = InspectionDeadlines(onsiteDueOn: day("2026-05-06"))
            try store.step(id, "resume") {
                try InspectionCasework.resume($0, on: day("2026-04-19"), today: today, deadlines: afterResumption)
            }
            let afterEnd = InspectionDeadlines(onsiteDueOn: day("2026-05-06"), reportDueOn: day("2026-05-25"))
            try store.step(id, "end-onsite") {
                try InspectionCasework.endOnsite($0, on: day("2026-05-05"), today: today, deadlines: afterEnd)
            }
            let finding = try store.addFinding(to: id, context: .test) {
                try InspectionCasework.addFinding(
                    $0,
                    NewFinding(
                        subjectID: second.id, description: "  Sử dụng đất sai mục đích  ", category: "dat_dai_sai_muc_dich",
                        amountVND: VND(1_500_000_000), landArea: LandArea(squareDecimetres: 123_456)))
            }
            let deadlinesAtReport = InspectionDeadlines(
                onsiteDueOn: day("2026-05-06"), reportDueOn: day("2026-05-25"), conclusionDueOn: day("2026-06-20"))
            try store.step(id, "report") {
                try InspectionCasework.report($0, on: day("2026-05-20"), today: today, deadlines: deadlinesAtReport)
            }
            let recovery = try store.addRecommendation(to: id, context: .test) {
                try InspectionCasework.recommend(
                    $0,
                    NewRecommendation(
                        kind: .recovery, findingID: finding.id, subjectID: second.id, description: "Thu hồi về ngân sách",
                        figures: RecommendationFigures(amountVND: VND(1_200_000_000), landArea: LandArea(squareMetres: 1_000))))
            }
            let handling = try store.addRecommendation(to: id, context: .test) {
                try InspectionCasework.recommend(
                    $0,
                    NewRecommendation(
                        kind: .handling, description: "Kiểm điểm trách nhiệm",
                        figures: RecommendationFigures(collectives: 1, persons: 3), names: ["Phòng Tài nguyên", " Nguyễn Văn An "],
                        handling: .review))
            }
            let transfer = try store.addRecommendation(to: id, context: .test) {
                try InspectionCasework.recommend(
                    $0,
                    NewRecommendation(
                        kind: .transfer, description: "Chuyển cơ quan điều tra", figures: RecommendationFigures(persons: 2, cases: 1)))
            }
            try store.step(id, "draft") { try InspectionCasework.draft($0, on: day("2026-06-01"), today: today) }
            try store.step(id, "conclude") {
                try InspectionCasework.conclude($0, number: " KL-08/KL-TTr ", on: day("2026-06-10"), today: today)
            }
            try store.step(id, "close") { try InspectionCasework.close($0, on: day("2026-06-30"), today: today) }
            let recovered = try store.recordFollowUp(on: recovery.id, context: .test) {
                try InspectionCasework.recordFollowUp(
                    $0, on: $1,
                    NewFollowUp(
                        doneOn: day("2026-07-15"), figures: RecommendationFigures(amountVND: VND(900_000_000)),
                        receipt: "KB-0042", note: "Nộp vào tài khoản tạm giữ"),
                    today: today)
            }
            let handled = try store.recordFollowUp(on: handling.id, context: .test) {
                try InspectionCasework.recordFollowUp(
                    $0, on: $1, NewFollowUp(doneOn: day("2026-07-20"), figures: RecommendationFigures(persons: 2)), today: today)
            }

            // Then every field reads back exactly
            let expected = Inspection(
                id: id, mode: .unscheduled, category: "hanh_chinh", level: "tinh",
                ground: InspectionGround(kind: .complaint, reference: "Đơn tố cáo số 12/2026"), planEntry: nil,
                content: "Việc quản lý, sử dụng đất công", field: "dat_dai", leadUnit: "Phòng Thanh tra 2",
                subjects: [first.id, second.id], openedOn: day("2026-03-02"), openedWithPack: String(repeating: "c", count: 64),
                state: .closed, decision: decision,
                timeline: InspectionTimeline(
                    announcedOn: day("2026-03-05"),
                    extensions: [OnsiteExtension(grantedOn: day("2026-04-10"), days: 15, reason: "Nội dung phức tạp")],
                    suspensions: [
                        Suspension(
                            suspendedOn: day("2026-04-12"), reason: "Đối tượng đề nghị, có lý do chính đáng",
                            resumedOn: day("2026-04-19"))
                    ],
                    onsiteEndedOn: day("2026-05-05"), reportedOn: day("2026-05-20"), draftedOn: day("2026-06-01"),
                    conclusion: InspectionConclusion(number: "KL-08/KL-TTr", concludedOn: day("2026-06-10")),
                    closedOn: day("2026-06-30")),
                deadlines: deadlinesAtReport,
                findings: [
                    Finding(
                        id: 1, inspectionID: id, subjectID: second.id, description: "Sử dụng đất sai mục đích",
                        category: "dat_dai_sai_muc_dich", amountVND: VND(1_500_000_000),
                        landArea: LandArea(squareDecimetres: 123_456))
                ],
                recommendations: [
                    Recommendation(
                        id: 1, inspectionID: id, kind: .recovery, findingID: 1, subjectID: second.id,
                        description: "Thu hồi về ngân sách",
                        figures: RecommendationFigures(amountVND: VND(1_200_000_000), landArea: LandArea(squareMetres: 1_000)),
                        followUps: [recovered]),
                    Recommendation(
                        id: 2, inspectionID: id, kind: .handling, description: "Kiểm điểm trách nhiệm",
                        figures: RecommendationFigures(collectives: 1, persons: 3), names: ["Phòng Tài nguyên", "Nguyễn Văn An"],
                        handling: .review, followUps: [handled]),
                    Recommendation(
                        id: 3, inspectionID: id, kind: .transfer, description: "Chuyển cơ quan điều tra",
                        figures: RecommendationFigures(persons: 2, cases: 1)),
                ])
            let stored = try #require(try store.inspection(id: id))
            #expect(stored == expected)
            #expect(recovered == FollowUp(
                id: 1, recommendationID: recovery.id, doneOn: day("2026-07-15"),
                figures: RecommendationFigures(amountVND: VND(900_000_000)), receipt: "KB-0042",
                note: "Nộp vào tài khoản tạm giữ"))
            #expect(transfer.followUps.isEmpty)
            #expect(stored.recommendations[0].recoveryRateBasisPoints == 7_500)
            #expect(try store.inspection(id: 2) == nil)

            // And the journal holds one intact entry per command, updates as `{"event": …, "inspection": id}`
            let entries = try store.journal(after: 0, limit: 100)
            #expect(
                entries.map(\.command) == [
                    "subject add", "subject add", "inspection open", "inspection decide", "inspection announce",
                    "inspection extend", "inspection suspend", "inspection resume", "inspection end-onsite", "finding add",
                    "inspection report", "recommend", "recommend", "recommend", "inspection draft", "inspection conclude",
                    "inspection close", "follow-up record", "follow-up record",
                ])
            #expect(
                entries[4].payload
                    == #"{"deadlines":{"onsiteDueOn":"2026-04-14"},"event":{"announced":{"on":"2026-03-05"}},"inspection":1}"#)
            #expect(
                entries[15].payload
                    == #"{"event":{"concluded":{"conclusion":{"concludedOn":"2026-06-10","number":"KL-08/KL-TTr"}}},"inspection":1}"#)
            #expect(
                entries[17].payload
                    == #"{"doneOn":"2026-07-15","figures":{"amountVND":900000000,"cases":0,"collectives":0,"landArea":0,"persons":0},"id":1,"note":"Nộp vào tài khoản tạm giữ","receipt":"KB-0042","recommendationID":1}"#)
            #expect(try store.verifyJournal() == .intact(entries: 19, head: entries[18].hash))
        }
    }

    @Test(arguments: StoreFactory.implementing(.inspections, .subjects))
    func scheduledAndRegularInspectionsKeepTheirReferences(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let subject = try store.addSubject(.company(1), context: .test)
            let scheduled = try store.makeInspection(.sample(.scheduled, subjects: [subject.id]))
            let regular = try store.makeInspection(.sample(.regular, category: "chuyen_nganh", level: "so"), subjects: [subject.id])

            #expect(scheduled.planEntry == PlanEntryReference(year: 2026, entryKey: "KH-2026-07"))
            #expect(scheduled.ground == nil)
            #expect(try store.inspection(id: regular.id)?.mode == .regular)
            #expect(regular.planEntry == nil && regular.ground == nil)
            #expect(regular.category == "chuyen_nganh" && regular.level == "so")
        }
    }
}
