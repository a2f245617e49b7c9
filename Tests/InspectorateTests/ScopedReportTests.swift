import Casework
import Inspectorate
import Reports
import Store
import Testing

/// Issue 16's wrong figure, end to end through the use cases and the bundled pack: form 01/TTr counts only
/// administrative inspections and 02/TTr only specialized ones; the 2025 law's single category goes where
/// `single_category_scope` says (administrative by default); the narrative never pools them.
@Suite struct ScopedReportTests {
    /// Two administrative and one specialized inspection decided in March 2025 (Luật Thanh tra 2022), one of the
    /// 2025 law's single category decided in August 2025: the year 2025 as a range.
    func yearWithEveryCategory(_ bench: Workbench) throws -> (administrative: [Inspection.ID], specialized: Inspection.ID) {
        let subject = try bench.addSubject("0101234567", "Công ty TNHH Minh Long")
        func decided(_ category: String, on day: String, number: String) throws -> Inspection.ID {
            let opened = try bench.inspectorate.openInspection(.regular([subject], category: category), acting: acting.on(day))
            let decision = InspectionDecision(
                number: number, decidedOn: CalendarDate(day)!, signerTitle: "chanh_thanh_tra", signerName: "Lê Văn Hùng",
                teamLead: "Trần Thị Mai", members: [])
            _ = try bench.inspectorate.advance(
                opened.inspection.id, .decide(decision, subjects: [subject]), on: CalendarDate(day)!, acting: acting.on(day))
            return opened.inspection.id
        }
        let first = try decided("hanh_chinh", on: "2025-03-03", number: "1/QĐ-TTr")
        let second = try decided("hanh_chinh", on: "2025-03-04", number: "2/QĐ-TTr")
        let specialized = try decided("chuyen_nganh", on: "2025-03-05", number: "3/QĐ-TTr")
        let single = try decided("thanh_tra", on: "2025-08-04", number: "4/QĐ-TTr")
        return ([first, second, single], specialized)
    }

    @Test func form01CountsOnlyAdministrativeInspectionsAndForm02OnlySpecializedOnes() throws {
        let bench = try Workbench()
        let ids = try yearWithEveryCategory(bench)
        let assembly = bench.inspectorate.reportAssembly(today: acting.today)
        let period = try assembly.period(kind: "range", spec: "2025-01-01..2025-12-31")
        let snapshot = try assembly.snapshot(period, kind: "range", spec: "2025-01-01..2025-12-31", language: .vi, members: true)

        // 3 + 1 = 4 in all; the administrative form shows 3 (two of 2022's category, one of 2025's), never 4.
        #expect(snapshot.figures[Figure.total] == 4)
        #expect(snapshot.figures["hanh_chinh:inspections.total"] == 3)
        #expect(snapshot.figures["chuyen_nganh:inspections.total"] == 1)
        #expect(snapshot.figures["hanh_chinh:inspections.regular"] == 3)
        let form01 = try #require(snapshot.forms.first { $0.code == "01/TTr" })
        let form02 = try #require(snapshot.forms.first { $0.code == "02/TTr" })
        #expect(form01.columns.first?.figure == "hanh_chinh:inspections.total")
        #expect(form02.columns.first?.figure == "chuyen_nganh:inspections.total")
        #expect(snapshot.scopes?.map(\.code) == ["hanh_chinh", "chuyen_nganh"])

        // The members behind each scoped figure are the scope's inspections (the drill-down of `report explain`).
        #expect(snapshot.members["hanh_chinh:inspections.total"]?.map(\.id).sorted() == ids.administrative.map(\.rawValue).sorted())
        let (_, specialized) = try bench.inspectorate.figureMembers(
            "chuyen_nganh:inspections.total", kind: "range", spec: "2025-01-01..2025-12-31", acting: acting)
        #expect(specialized.figure == "chuyen_nganh:inspections.total")
        #expect(specialized.members.map(\.id) == [ids.specialized.rawValue])

        // The narrative speaks for the reporting body, one sentence per scope.
        #expect(snapshot.narrative.hasPrefix(
            "Trong kỳ (từ 01/01/2025 đến 31/12/2025), Thanh tra tỉnh triển khai 3 cuộc thanh tra hành chính, trong đó 3 cuộc thường xuyên; "
                + "đến cuối kỳ còn 3 cuộc đang thực hiện tại 1 đơn vị."))
        #expect(snapshot.narrative.contains(
            "Thanh tra tỉnh triển khai 1 cuộc thanh tra chuyên ngành, trong đó 1 cuộc thường xuyên; "
                + "đến cuối kỳ còn 1 cuộc đang thực hiện tại 1 đơn vị."))
        #expect(!snapshot.narrative.contains("4 cuộc"))
        #expect(!snapshot.narrative.contains("toàn ngành"))

        // Every check holds, per scope.
        #expect(snapshot.checks.allSatisfy { $0.isOK }, "\(snapshot.checks.filter { !$0.isOK })")
        #expect(snapshot.checks.contains { $0.name == "chuyen_nganh.inspections_total_by_mode" })

        // The heading the printed report carries.
        #expect(snapshot.heading?.body == "Thanh tra tỉnh")
        #expect(snapshot.heading?.subtitle == "Kết quả công tác thanh tra từ ngày 01/01/2025 đến ngày 31/12/2025 của Thanh tra tỉnh")

        // The renderable report labels a scoped figure with its scope.
        let report = PeriodReport(snapshot)
        #expect(report.label(for: "chuyen_nganh:inspections.total", language: .vi) == "Tổng số cuộc thanh tra — thanh tra chuyên ngành")
    }

    @Test func aScopeThePackDoesNotHaveIsRefusedWithTheScopesItHas() throws {
        let bench = try Workbench()
        let error = try #require(throws: StoreError.self) {
            try bench.inspectorate.figureMembers("xyz:inspections.total", kind: "monthly", spec: "2026-11", acting: acting)
        }
        #expect(error.kind == .invalid)
        #expect(error.message.contains("the rule pack has no scope xyz"))
        #expect(error.hint == "scopes are hanh_chinh, chuyen_nganh")
    }

    @Test func aFiledReportKeepsItsScopesAndHeadingAndItsRestatementsCompareScopedFigures() throws {
        let bench = try Workbench()
        _ = try yearWithEveryCategory(bench)
        let filed = try bench.inspectorate.fileReport(kind: "annual", spec: "2025", language: .vi, acting: acting)
        #expect(filed.scopes?.first?.categories == ["hanh_chinh", "thanh_tra"])
        #expect(filed.heading?.signerTitle == "CHÁNH THANH TRA")
        let stored = try #require(try bench.store.filedReport(kind: "annual", label: filed.period.label))
        #expect(stored == filed)
        #expect(try stored.contentHash() == filed.hash)
        let (restatements, checked) = try bench.inspectorate.restatements(of: ("annual", "2025"), acting: acting)
        #expect(checked == 1)
        #expect(restatements.isEmpty, "\(restatements)")
    }

    /// A report filed before forms were split (no scopes, none of the newer figures) is compared on what it filed:
    /// the scoped and newer figures it never carried are no restatement.
    @Test func aReportFiledBeforeScopesShowsNoRestatementForFiguresItNeverFiled() throws {
        let bench = try Workbench()
        _ = try yearWithEveryCategory(bench)
        let assembly = bench.inspectorate.reportAssembly(today: acting.today)
        let period = try assembly.period(kind: "annual", spec: "2025")
        var old = try assembly.snapshot(period, kind: "annual", spec: "2025", language: .vi, members: true)
        let newer: Set<String> = [
            Figure.organizationsInspected, Figure.personsInspected, Figure.organizationsInViolation,
            Figure.personsInViolation, Figure.violationsOrganizationsVND, Figure.violationsPersonsVND,
            Figure.finesOrganizationsVND, Figure.finesIndividualsVND,
        ]
        let kept = { (name: String) in Figure.splitScoped(name) == nil && !newer.contains(name) }
        old.figures.values = old.figures.values.filter { kept($0.key) }
        old.members = old.members.filter { kept($0.key) }
        old.scopes = nil
        old.heading = nil
        try bench.store.fileReport(try old.sealed(filedOn: acting.today), context: acting.context)

        let (restatements, checked) = try bench.inspectorate.restatements(of: ("annual", "2025"), acting: acting)
        #expect(checked == 1)
        #expect(restatements.isEmpty, "\(restatements.map(\.figure))")
    }
}
