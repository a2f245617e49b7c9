import Casework
import Foundation
import Hummingbird
import HTTPTypes
import Inspectorate
import NIOCore
import Reports

/// The period report: the form (kind and period), the figures with a link from each to the records behind it
/// (``Inspectorate/figureMembers(_:kind:spec:acting:)``), the pack's checks and narrative, a bar chart of the last
/// periods, downloads in every format the CLI writes, and filing the period once it has ended.
extension Routes {
    /// The period kinds of the CLI's `report` commands, in the order the form offers them.
    static let reportKinds = ["monthly", "quarterly", "half-year", "nine-months", "annual", "range"]

    /// The formats of a download: the CLI's `--format` names, their file extension and media type.
    static let reportFormats: [(format: String, ext: String, type: String)] = [
        ("xlsx", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("csv", "csv", "text/csv; charset=utf-8"), ("json", "json", "application/json"),
        ("html", "html", "text/html; charset=utf-8"), ("table", "txt", "text/plain; charset=utf-8"),
        ("text", "text.txt", "text/plain; charset=utf-8"),
    ]

    /// The period asked for: `kind` (monthly by default) and `spec` (the current reporting month by default).
    private func reportQuery(_ request: Request) -> (kind: String, spec: String, body: String?) {
        let query = FormData.query(of: request)
        let kind = query["kind"].flatMap { Self.reportKinds.contains($0) ? $0 : nil } ?? "monthly"
        let spec = query["spec"]?.trimmedOfWhitespace ?? ""
        let body = query["body"]?.trimmedOfWhitespace ?? ""
        return (kind, spec.isEmpty ? ReportSpec.currentMonth : spec, body.isEmpty ? nil : body)
    }

    /// The query of a report page's links: its kind, period and body (several bodies sharing the store).
    private static func reportLinkQuery(kind: String, spec: String, body: String?) -> String {
        "kind=\(kind)&spec=\(escapeQuery(spec))" + (body.map { "&body=\(escapeQuery($0))" } ?? "")
    }

    /// `GET /reports?kind=&spec=[&body=]`: the report page; with `body`, that body's records only.
    func reportPage(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (kind, spec, body) = reportQuery(request)
        return try await renderReport(kind: kind, spec: spec, body: body, problem: nil, context)
    }

    private func renderReport(
        kind: String, spec: String, body: String? = nil, problem: Problem?, _ context: AppRequestContext
    ) async throws -> Response {
        let services = services
        let acting = services.acting(context)
        let language = context.language
        let reportLanguage = Reports.Language(rawValue: language.rawValue) ?? .vi
        let bodies = try await services.pool.run { worker in try services.inspectorate(on: worker).bodies(on: acting.today) }
        let outcome = try await attempt(context) { worker in
            try services.inspectorate(on: worker).periodReport(
                kind: kind, spec: spec, language: reportLanguage, live: false, body: body, acting: acting)
        }
        var data: [String: Any] = [
            "kinds": Self.reportKinds.map { value -> [String: Any] in
                ["value": value, "label": Words.text("kind-\(value)", language), "selected": value == kind]
            },
            "spec": spec == ReportSpec.currentMonth ? "" : spec,
        ]
        // The bodies that share the store, when the pack lists some: the whole store first.
        if !bodies.isEmpty {
            data["hasBodies"] = true
            data["bodies"] = [["value": "", "label": Words.text("allBodies", language), "selected": body == nil]]
                + bodies.map { entry -> [String: Any] in
                    ["value": entry.code, "label": language == .vi ? entry.vi : entry.en, "selected": entry.code == body]
                }
        }
        var status: HTTPResponse.Status = problem == nil ? .ok : .unprocessableContent
        switch outcome {
        case .failure(let refusal):
            data["problem"] = refusal.asData
            status = .unprocessableContent
        case .success(let result):
            if let problem { data["problem"] = problem.asData }
            let report = PeriodReport(result.snapshot)
            let period = result.period
            let query = Self.reportLinkQuery(kind: kind, spec: spec, body: body)
            data["report"] = [
                "label": period.label, "from": "\(period.from)", "through": "\(period.through)",
                "filed": result.isFiled, "filedOn": result.snapshot.filedOn.map { "\($0)" } ?? "",
                "hash": String(result.snapshot.hash.prefix(12)),
                "figures": report.figureNames.compactMap { name -> [String: Any]? in
                    guard let value = report.figures.values[name] else { return nil }
                    var row: [String: Any] = [
                        "name": name, "label": report.label(for: name, language: reportLanguage),
                        "value": Self.figureText(value, unit: Figure.unit(of: name)),
                    ]
                    if value != 0 { row["explain"] = "/reports/explain?figure=\(Self.escapeQuery(name))&\(query)" }
                    return row
                },
                "checks": report.checks.map { check -> [String: Any] in ["ok": check.isOK, "text": check.text] },
                "narrative": report.narrative,
                "chart": Self.chart(report, figure: Figure.finesImposedVND, language: reportLanguage),
                "downloads": Self.reportFormats.map { ["format": $0.format, "href": "/reports/download?\(query)&format=\($0.format)"] },
                // A body's report is read, never filed: the filed report of a period is the whole store's.
                "canFile": body == nil && !result.isFiled && period.through < acting.today
                    && (context.account.map(ProtectedRoute.fileReport.allows) ?? false),
                "kind": kind, "specValue": spec,
            ] as [String: Any]
        }
        return Pages.render("report", data, title: Words.text("report", language), status: status, context: context)
    }

    /// `GET /reports/download?kind=&spec=[&body=]&format=`: the report as a file, in the format the CLI's `--format` names.
    func reportDownload(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (kind, spec, body) = reportQuery(request)
        let asked = FormData.query(of: request)["format"] ?? "xlsx"
        guard let format = Self.reportFormats.first(where: { $0.format == asked }) else {
            return notFound("notFound", context)
        }
        let services = services
        let acting = services.acting(context)
        let reportLanguage = Reports.Language(rawValue: context.language.rawValue) ?? .vi
        let outcome = try await attempt(context) { worker -> (label: String, bytes: [UInt8]) in
            let result = try services.inspectorate(on: worker).periodReport(
                kind: kind, spec: spec, language: reportLanguage, live: false, body: body, acting: acting)
            let report = PeriodReport(result.snapshot)
            let bytes: [UInt8]
            switch format.format {
            case "xlsx": bytes = try Self.workbook(report, language: reportLanguage)
            case "csv": bytes = Array(report.renderCSV(language: reportLanguage, byteOrderMark: true).utf8)
            case "json": bytes = Array(report.renderJSON().utf8)
            case "html": bytes = Array(report.renderHTML(language: reportLanguage).utf8)
            case "table": bytes = Array(report.renderTable(language: reportLanguage).utf8)
            default: bytes = Array((report.narrative + "\n").utf8)
            }
            return (result.period.label, bytes)
        }
        switch outcome {
        case .failure(let problem):
            return try await renderReport(kind: kind, spec: spec, body: body, problem: problem, context)
        case .success(let file):
            let suffix = body.map { "-\($0)" } ?? ""
            let label = (file.label + suffix).filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            let name = "bao-cao-\(kind)-\(label).\(format.ext)"
            return Response(
                status: .ok,
                headers: [.contentType: format.type, .contentDisposition: "attachment; filename=\"\(name)\""],
                body: .init(byteBuffer: ByteBuffer(bytes: file.bytes)))
        }
    }

    /// `GET /reports/explain?figure=&kind=&spec=[&body=]`: the records behind one figure, each linked to its page.
    func reportExplain(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (kind, spec, body) = reportQuery(request)
        let figure = FormData.query(of: request)["figure"] ?? ""
        let services = services
        let acting = services.acting(context)
        let language = context.language
        let outcome = try await attempt(context) { worker in
            try services.inspectorate(on: worker).figureMembers(figure, kind: kind, spec: spec, body: body, acting: acting)
        }
        switch outcome {
        case .failure(let problem):
            return try await renderReport(kind: kind, spec: spec, body: body, problem: problem, context)
        case .success(let found):
            let unit = Figure.unit(of: figure)
            let reportLanguage = Reports.Language(rawValue: language.rawValue) ?? .vi
            let data: [String: Any] = [
                "figure": figure, "label": reportLanguage.label(for: figure), "period": found.period.label,
                "back": "/reports?\(Self.reportLinkQuery(kind: kind, spec: spec, body: body))",
                "total": Self.figureText(found.members.members.reduce(0) { $0 + $1.value }, unit: unit),
                "members": found.members.members.map { member -> [String: Any] in
                    var row: [String: Any] = [
                        "kind": Words.text("member-\(member.kind.rawValue)", language), "id": "\(member.id)",
                        "label": member.label, "value": Self.figureText(member.value, unit: unit),
                    ]
                    switch member.kind {
                    case .penaltyCase, .payment: row["href"] = "/cases/\(member.id)"
                    case .inspection: row["href"] = "/inspections/\(member.id)"
                    default: break
                    }
                    return row
                },
            ]
            return Pages.render("explain", data, title: Words.text("explainTitle", language), context: context)
        }
    }

    /// `POST /reports/file`: files the period (`report file`) and shows it as filed.
    func reportFile(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let kind = context.form["kind"].flatMap { Self.reportKinds.contains($0) ? $0 : nil } ?? "monthly"
        let spec = context.form["spec"]?.trimmedOfWhitespace ?? ReportSpec.currentMonth
        let services = services
        let acting = services.acting(context)
        let reportLanguage = Reports.Language(rawValue: context.language.rawValue) ?? .vi
        let outcome = try await attempt(context) { worker in
            _ = try services.inspectorate(on: worker).fileReport(
                kind: kind, spec: spec, language: reportLanguage, acting: acting)
        }
        if case .failure(let problem) = outcome {
            return try await renderReport(kind: kind, spec: spec, problem: problem, context)
        }
        return Pages.redirect(to: "/reports?kind=\(kind)&spec=\(Self.escapeQuery(spec))")
    }

    // MARK: - Helpers

    /// A figure's value as people read it: đồng with dots and ₫, land in m², counts as they are.
    static func figureText(_ value: Int64, unit: Figure.Unit) -> String {
        switch unit {
        case .vnd: (VND(rawValue: value)).map(Pages.money) ?? "\(value)"
        case .squareDecimetres: "\(value / 100),\(abs(value % 100) < 10 ? "0" : "")\(abs(value % 100)) m²"
        case .count: "\(value)"
        }
    }

    /// The workbook's bytes: Reports writes it to a private temporary file, read back and removed.
    static func workbook(_ report: PeriodReport, language: Reports.Language) throws -> [UInt8] {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("thanhtra-serve-\(UUID().uuidString).xlsx").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try report.writeXLSX(to: path, language: language)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReportError(kind: .io, what: "cannot read back the workbook", location: path)
        }
        return Array(data)
    }

    /// A bar chart of one figure over the report's last periods, drawn with the style sheet's width classes (the
    /// policy forbids inline styles): each bar's width is rounded to 5 %.
    static func chart(_ report: PeriodReport, figure: String, language: Reports.Language) -> [String: Any] {
        let periods = report.chartHistory + [report.figures]
        let largest = max(1, periods.map { $0[figure] }.max() ?? 1)
        return [
            "title": report.label(for: figure, language: language),
            "bars": periods.map { figures -> [String: Any] in
                let share = Int((figures[figure] * 20 + largest - 1) / largest) * 5  // 0…100 in steps of 5, rounded up
                return [
                    "label": figures.period.label, "width": "w\(min(100, max(0, share)))",
                    "value": figureText(figures[figure], unit: Figure.unit(of: figure)),
                ]
            },
        ]
    }
}
