import Casework
import Foundation
import HTTPTypes
import Hummingbird
import Inspectorate
import Reports

/// The period report with its drill-down, and the journal's head and verification, through the API.
extension APIRoutes {
    /// The period asked for: `kind` (one of the CLI's report kinds, monthly by default) and `spec` (the current
    /// reporting month by default); 422 for another kind.
    func period(_ query: [String: String], _ language: Language) throws -> (kind: String, spec: String) {
        let kind = query["kind"].flatMap { $0.isEmpty ? nil : $0 } ?? "monthly"
        guard Routes.reportKinds.contains(kind) else {
            throw APIProblem.invalidField("kind", expected: Routes.reportKinds.joined(separator: ", "), language)
        }
        let spec = query["spec"]?.trimmedOfWhitespace ?? ""
        return (kind, spec.isEmpty ? ReportSpec.currentMonth : spec)
    }

    private static func unitName(_ figure: String) -> String {
        switch Figure.unit(of: figure) {
        case .vnd: "vnd"
        case .squareDecimetres: "dm2"
        case .count: "count"
        }
    }

    private static func periodInfo(_ period: ReportPeriod) -> APIReport.Period {
        APIReport.Period(
            kind: period.kind, label: period.label, from: period.from, through: period.through, body: period.body)
    }

    /// `GET /api/v1/reports?kind=&spec=[&body=]`: the figures of the period (the filed report once it is filed), each
    /// with its label in the answer's language, its unit, and the link to the records behind it; the pack's checks and
    /// narrative. With `body`, today's figures of that body's cases and inspections only (several bodies sharing the
    /// store).
    @Sendable func periodReport(_ request: Request, _ context: AppRequestContext, _ language: Language) async throws
        -> Response
    {
        let parameters = FormData.query(of: request)
        let (kind, spec) = try period(parameters, language)
        let reportBody = parameters["body"].flatMap { $0.isEmpty ? nil : $0 }
        let services = services
        let acting = services.acting(context)
        let reportLanguage = Reports.Language(rawValue: language.rawValue) ?? .vi
        let result = try await services.pool.run { worker in
            try services.inspectorate(on: worker).periodReport(
                kind: kind, spec: spec, language: reportLanguage, live: false, body: reportBody, acting: acting)
        }
        let report = PeriodReport(result.snapshot)
        let query = "kind=\(kind)&spec=\(Routes.escapeQuery(spec))" + (reportBody.map { "&body=\(Routes.escapeQuery($0))" } ?? "")
        let figures = report.figureNames.compactMap { name -> APIReport.Figure? in
            guard let value = report.figures.values[name] else { return nil }
            return APIReport.Figure(
                name: name, label: report.label(for: name, language: reportLanguage), unit: Self.unitName(name),
                value: value, members: "\(Self.prefix)/reports/members?figure=\(Routes.escapeQuery(name))&\(query)")
        }
        return APIResponse.json(
            APIReport(
                period: Self.periodInfo(result.period), filed: result.isFiled, filedOn: result.snapshot.filedOn,
                hash: result.snapshot.hash, packHash: report.packHash, figures: figures,
                checks: report.checks.map { APIReport.Check(ok: $0.isOK, text: $0.text) },
                narrative: report.narrative))
    }

    /// `GET /api/v1/reports/members?figure=&kind=&spec=[&body=]`: the records behind one figure (their values add up
    /// to it), each linked to its case when it has one; with `body`, that body's only.
    @Sendable func figureMembers(_ request: Request, _ context: AppRequestContext, _ language: Language) async throws
        -> Response
    {
        let query = FormData.query(of: request)
        let (kind, spec) = try period(query, language)
        guard let figure = query["figure"], !figure.isEmpty else {
            throw APIProblem.invalidField("figure", expected: language == .vi ? "tên chỉ tiêu" : "a figure name", language)
        }
        let reportBody = query["body"].flatMap { $0.isEmpty ? nil : $0 }
        let services = services
        let acting = services.acting(context)
        let found = try await services.pool.run { worker in
            try services.inspectorate(on: worker).figureMembers(
                figure, kind: kind, spec: spec, body: reportBody, acting: acting)
        }
        let members = found.members.members.map { member in
            let href: String? =
                switch member.kind {
                case .penaltyCase, .payment: "\(Self.prefix)/cases/\(member.id)"
                default: nil
                }
            return APIFigureMembers.Member(
                kind: member.kind.rawValue, id: member.id, label: member.label, value: member.value, href: href)
        }
        return APIResponse.json(
            APIFigureMembers(
                figure: figure, unit: Self.unitName(figure), period: Self.periodInfo(found.period),
                total: members.reduce(0) { $0 + $1.value }, members: members))
    }

    /// `GET /api/v1/journal/head`: the last entry's sequence and hash (what a verification later proves is still in
    /// the chain).
    @Sendable func journalHead(_ request: Request, _ context: AppRequestContext, _ language: Language) async throws
        -> Response
    {
        let store = services.store
        let head = try await services.pool.run { _ in try store.journalHead() }
        return APIResponse.json(APIJournalHead(sequence: head.sequence, hash: head.hash))
    }

    /// `GET /api/v1/journal/verify`: the hash chain and every sealed row, as `journal verify` checks them; 200 when
    /// intact, 409 with the findings when not.
    @Sendable func journalVerify(_ request: Request, _ context: AppRequestContext, _ language: Language) async throws
        -> Response
    {
        let store = services.store
        let audit = try await services.pool.run { _ in
            try Registry(store: store).auditJournal(head: nil, fullIntegrityCheck: false)
        }
        func finding(_ item: JournalAudit.Finding) -> APIJournalAudit.Finding {
            APIJournalAudit.Finding(
                kind: item.kind.name, table: item.table, rowID: item.rowID, sequence: item.sequence, message: item.message)
        }
        var brokenAt: Int64?
        if case .broken(let sequence, _) = audit.chain { brokenAt = sequence }
        return APIResponse.json(
            APIJournalAudit(
                intact: audit.isIntact, headSequence: audit.headSequence, headHash: audit.headHash,
                sealedRows: audit.sealedRows, sealedTables: audit.sealedTables, problemCount: audit.problemCount,
                problems: audit.problems.map(finding), warnings: audit.warnings.map(finding), brokenAt: brokenAt,
                notChecked: audit.notChecked),
            status: audit.isIntact ? .ok : .conflict)
    }
}
