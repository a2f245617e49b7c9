public import Casework
public import Reports

extension PeriodReport {
    /// The renderable report of a snapshot (filed or live).
    public init(_ snapshot: FiledReport) {
        self.init(
            period: snapshot.period, figures: snapshot.figures,
            forms: snapshot.forms.map { layout in
                ReportForm(
                    code: layout.code, title: layout.title, basis: layout.basis,
                    header: layout.header.map { row in row.map { HeaderCell($0.text, span: $0.span, rows: $0.rows) } },
                    columns: layout.columns.map {
                        FormColumn(code: $0.code, figure: $0.figure, unit: FormUnit(rawValue: $0.unit) ?? .count)
                    })
            },
            checks: snapshot.checks.map { ConsistencyCheck(name: $0.name, ok: $0.isOK, text: $0.text) },
            narrative: snapshot.narrative, history: snapshot.history, packHash: snapshot.packHash,
            generatedOn: snapshot.generatedOn)
        journalHead = snapshot.journalHead
    }
}
