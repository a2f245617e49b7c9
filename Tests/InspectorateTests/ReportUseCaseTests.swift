import Casework
import Inspectorate
import Rules
import Store
import Reports
import Testing

@Suite struct ReportUseCaseTests {
    @Test(arguments: [
        ("monthly", "2026-10", "2026-09"), ("monthly", "2026-01", "2025-12"), ("quarterly", "2026-Q1", "2025-Q4"),
        ("quarterly", "2026-Q3", "2026-Q2"), ("half-year", "2026-H1", "2025-H2"), ("half-year", "2026-H2", "2026-H1"),
        ("nine-months", "2026", "2025"), ("annual", "2026", "2025"),
    ])
    func thePacksPreviousPeriodStepsBackOne(kind: String, spec: String, previous: String) throws {
        let bench = try Workbench()
        #expect(try bench.engine.reportPeriodBefore(kind: kind, spec: spec) == previous)
    }

    @Test func aMalformedSpecHasNoPreviousPeriodButARefusal() throws {
        let bench = try Workbench()
        #expect(throws: InputError.self) { try bench.engine.reportPeriodBefore(kind: "monthly", spec: "2026-13") }
        #expect(throws: InputError.self) { try bench.engine.reportPeriodBefore(kind: "half-year", spec: "2026-H3") }
        #expect(try bench.engine.reportPeriodBefore(kind: "annual", spec: "1901") == nil)
    }

    @Test(arguments: [
        ("monthly", "2026-11-23", "2026-12"), ("monthly", "2026-11-14", "2026-11"), ("monthly", "2026-12-15", "2027-01"),
        ("quarterly", "2026-12-14", "2026-Q4"), ("quarterly", "2026-12-15", "2027-Q1"), ("half-year", "2026-06-15", "2026-H2"),
        ("annual", "2026-12-20", "2027"),
    ])
    func theCurrentPeriodIsThePacksPeriodThatHoldsTheDay(kind: String, day: String, spec: String) throws {
        let bench = try Workbench()
        #expect(try bench.engine.reportSpec(kind: kind, containing: CalendarDate(day)!) == spec)
    }

    @Test func aRangeIsBothDaysIncludedAndAMalformedOneIsRefused() throws {
        let bench = try Workbench()
        let assembly = bench.inspectorate.reportAssembly(today: acting.today)
        let period = try assembly.period(kind: "range", spec: "2026-01-01..2026-03-31")
        #expect(period.from == CalendarDate("2026-01-01"))
        #expect(period.through == CalendarDate("2026-03-31"))
        #expect(period.before == CalendarDate("2026-04-01"))
        #expect(throws: InspectorateError.notADateRange("2026-03-31..2026-01-01")) {
            try assembly.period(kind: "range", spec: "2026-03-31..2026-01-01")
        }
    }

    @Test func theCurrentMonthIsThePacksReportingMonthThatHoldsToday() throws {
        let bench = try Workbench()
        // The bundled pack's month 2026-12 runs from 15 Nov to 14 Dec: on 23 Nov it is the current one.
        let assembly = bench.inspectorate.reportAssembly(today: acting.today)
        #expect(try assembly.resolve(kind: "monthly", spec: ReportSpec.currentMonth) == "2026-12")
        #expect(try bench.inspectorate.reportAssembly(today: CalendarDate("2026-11-10")!)
            .resolve(kind: "monthly", spec: ReportSpec.currentMonth) == "2026-11")
        #expect(try assembly.resolve(kind: "monthly", spec: "2026-03") == "2026-03")
    }

    @Test func aPeriodIsFiledOnlyAfterItEnds() throws {
        let bench = try Workbench()
        let before = try bench.journal().count
        // 2026-11 runs from 15 Oct to 14 Nov.
        let error = try #require(throws: InspectorateError.self) {
            try bench.inspectorate.fileReport(kind: "monthly", spec: "2026-11", language: .en, acting: acting.on("2026-11-14"))
        }
        guard case let .periodNotEnded(kind, period) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(kind == "monthly")
        #expect(period.through == CalendarDate("2026-11-14"))
        #expect(period.before == CalendarDate("2026-11-15"))
        #expect(try bench.journal().count == before)
        #expect(try bench.store.filedReports().isEmpty)

        let filed = try bench.inspectorate.fileReport(kind: "monthly", spec: "2026-11", language: .en, acting: acting.on("2026-11-15"))
        #expect(filed.filedOn == CalendarDate("2026-11-15"))
        #expect(filed.packHash == bench.engine.pack.hash)
        #expect(try bench.store.filedReport(kind: "monthly", label: filed.period.label)?.hash == filed.hash)
    }

    @Test func aFiledPeriodRendersAsFiledUnlessLive() throws {
        let bench = try Workbench()
        _ = try bench.inspectorate.fileReport(kind: "monthly", spec: "2026-11", language: .vi, acting: acting)
        let filed = try bench.inspectorate.periodReport(kind: "monthly", spec: "2026-11", language: .en, live: false, acting: acting)
        #expect(filed.isFiled)
        #expect(filed.snapshot.language == "vi")
        let live = try bench.inspectorate.periodReport(kind: "monthly", spec: "2026-11", language: .en, live: true, acting: acting)
        #expect(!live.isFiled)
        #expect(live.snapshot.language == "en")
        #expect(live.snapshot.figures == filed.snapshot.figures)
        // Eleven earlier months for the chart, then this one.
        #expect(live.snapshot.history.count == 12)
        #expect(live.snapshot.history.last == live.snapshot.figures)
    }

    @Test func restatementsNameAPeriodThatWasNeverFiled() throws {
        let bench = try Workbench()
        let error = try #require(throws: InspectorateError.self) {
            try bench.inspectorate.restatements(of: (kind: "monthly", spec: "2026-10"), acting: acting)
        }
        guard case let .periodNotFiled(kind, spec, _) = error else {
            Issue.record("unexpected \(error)")
            return
        }
        #expect(kind == "monthly" && spec == "2026-10")
        _ = try bench.inspectorate.fileReport(kind: "monthly", spec: "2026-10", language: .en, acting: acting)
        let (moved, checked) = try bench.inspectorate.restatements(of: nil, acting: acting)
        #expect(moved.isEmpty)
        #expect(checked == 1)
    }
}
