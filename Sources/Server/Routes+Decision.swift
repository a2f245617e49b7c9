import Casework
import Hummingbird
import HTTPTypes
import Inspectorate
import NIOCore
import Reports

/// The printable penalty decision: the document of `thanhtra case print` (Reports' ``Reports/DecisionDocument``
/// layout, A4, marked DỰ THẢO until the case is decided), served with its style sheet from `/static/decision.css`
/// (the policy forbids inline styles), and as a PDF printed by headless Chromium when it is installed.
extension Routes {
    /// `GET /cases/:id/decision?signer=CODE`: the document as a page of its own, ready to print.
    func decisionPage(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard let number = context.parameters.get("id", as: Int64.self) else { return notFound("caseNotFound", context) }
        let signer = FormData.query(of: request)["signer"]
        let outcome = try await decisionHTML(number, signer: signer, styleSheet: "/static/decision.css", context)
        switch outcome {
        case .failure(let problem): return problemPage(problem, context)
        case .success(let html):
            return Response(
                status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: html)))
        }
    }

    /// `GET /cases/:id/decision.pdf?signer=CODE`: the same document printed to PDF by headless Chromium.
    func decisionPDF(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        guard let number = context.parameters.get("id", as: Int64.self) else { return notFound("caseNotFound", context) }
        let signer = FormData.query(of: request)["signer"]
        let outcome = try await decisionHTML(number, signer: signer, styleSheet: nil, context)
        let html: String
        switch outcome {
        case .failure(let problem): return problemPage(problem, context)
        case .success(let value): html = value
        }
        guard let browser = HeadlessChromium.find() else {
            return Pages.message(status: .notImplemented, title: "noPDF", text: "noPDFText", context: context)
        }
        let pdf = try await services.pool.run { _ in try browser.printPDF(html) }
        return Response(
            status: .ok,
            headers: [.contentType: "application/pdf", .contentDisposition: "inline; filename=\"quyet-dinh-\(number).pdf\""],
            body: .init(byteBuffer: ByteBuffer(bytes: pdf)))
    }

    /// The decision of case `number` as HTML: the recorded one, or the pack's draft for today and `signer`; the
    /// issuer from the pack's report settings (the case's body, when it names one), the titles and circumstances in
    /// the pack's words.
    private func decisionHTML(_ number: Int64, signer: String?, styleSheet: String?, _ context: AppRequestContext)
        async throws -> Result<String, Problem>
    {
        let services = services
        let acting = services.acting(context)
        return try await attempt(context) { worker in
            let inspectorate = try services.inspectorate(on: worker)
            let document = try inspectorate.decisionDocument(
                PenaltyCase.ID(rawValue: number), draftOn: nil, signer: signer.flatMap { $0.isEmpty ? nil : $0 },
                signerName: "", acting: acting)
            let glossary = try Self.glossary(worker)
            let titles = try glossary?.signerTitles(on: document.decidedOn) ?? []
            let circumstances = try glossary?.circumstanceNames() ?? (mitigating: [], aggravating: [])
            let wording = DecisionWording(
                titles: Dictionary(titles.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first }),
                circumstances: Dictionary(
                    (circumstances.mitigating + circumstances.aggravating).map { ($0.code, $0.name) },
                    uniquingKeysWith: { first, _ in first }),
                payAt: DecisionWording.treasury)
            // Issued by the body that handles the case when the pack lists several (report.bodies), else the
            // reporting body.
            let day = document.decidedOn
            let handledBy = try inspectorate.store.penaltyCase(id: PenaltyCase.ID(rawValue: number))?.body
            let heading = try worker.policy().reportHeading(
                for: ReportPeriod(
                    kind: "range", label: day.description, from: day, before: day.adding(days: 1), body: handledBy))
            let issuer = DocumentIssuer(
                superior: heading?.governingBody ?? "", body: heading?.body ?? "",
                place: heading.map { $0.place.isEmpty ? "……" : $0.place } ?? "……")
            return document.html(issuer: issuer, wording: wording, styleSheet: styleSheet)
        }
    }

    /// A refusal as a page of its own (422).
    func problemPage(_ problem: Problem, _ context: AppRequestContext) -> Response {
        Pages.render(
            "problem", ["problem": problem.asData], title: Words.text("refused", context.language),
            status: .unprocessableContent, context: context)
    }
}
