public import Casework
public import Reports

extension PeriodReport {
    /// The renderable report of a snapshot (filed or live).
    public init(_ snapshot: FiledReport) {
        self.init(
            period: snapshot.period, figures: snapshot.figures,
            forms: snapshot.forms, checks: snapshot.checks,
            narrative: snapshot.narrative, history: snapshot.history, packHash: snapshot.packHash,
            generatedOn: snapshot.generatedOn)
        journalHead = snapshot.journalHead
        scopes = snapshot.scopes ?? []
        heading = snapshot.heading
        labels = snapshot.labels ?? .empty
    }
}
