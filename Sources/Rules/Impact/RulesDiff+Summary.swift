import Casework

/// What one worker found: changed cases and running totals, merged at the end.
struct DiffSummary {
    var changes: [CaseChange] = []
    var totals = DiffTotals()
    /// By sector, in order of first appearance: a handful of sectors, so a linear search beats hashing the code.
    var sectorList: [SectorDiff] = []
    var sectors: [String: SectorDiff] { Dictionary(uniqueKeysWithValues: sectorList.map { ($0.sector, $0) }) }

    mutating func add(_ snapshot: CaseSnapshot, _ comparison: RulesDiff.Comparison) throws {
        let old = comparison.old
        let new = comparison.new
        let changed = comparison.isChange
        totals.cases += 1
        let record = "penalty case #\(snapshot.id.rawValue)"
        try VND.accumulate(&totals.oldTotalVND, old.fineVND.rawValue, into: "fines under the pack in force", at: record)
        try VND.accumulate(&totals.newTotalVND, new.fineVND.rawValue, into: "fines under the new pack", at: record)
        if changed {
            totals.casesChanged += 1
            if old.fineVND != new.fineVND { totals.finesChanged += 1 }
            if old.decisionDueOn != new.decisionDueOn { totals.decisionDueChanged += 1 }
            if old.paymentDueOn != new.paymentDueOn { totals.paymentDueChanged += 1 }
            changes.append(
                CaseChange(
                    caseID: snapshot.id, recordNumber: snapshot.recordNumber, state: snapshot.state,
                    fine: old.fineVND == new.fineVND ? nil : Change(old: old.fineVND, new: new.fineVND),
                    decisionDueOn: old.decisionDueOn == new.decisionDueOn
                        ? nil : Change(old: old.decisionDueOn, new: new.decisionDueOn),
                    paymentDueOn: old.paymentDueOn.flatMap { before in
                        new.paymentDueOn.flatMap { after in before == after ? nil : Change(old: before, new: after) }
                    },
                    newProblems: comparison.newProblems))
        }
        // Each line counts in its violation's sector; a case counts once in each of its sectors.
        let violations = snapshot.violations
        if violations.count == 1 {
            let fineChanged = old.fineVND != new.fineVND
            try addSector(violations[0].sector, old: old.fineVND.rawValue, new: new.fineVND.rawValue, changed: fineChanged)
            return
        }
        var seen: [(sector: String, old: Int64, new: Int64)] = []
        for (index, violation) in violations.enumerated() {
            let oldLine = index < old.lineFinesVND.count ? old.lineFinesVND[index].rawValue : 0
            let newLine = index < new.lineFinesVND.count ? new.lineFinesVND[index].rawValue : 0
            if let at = seen.firstIndex(where: { $0.sector == violation.sector }) {
                try VND.accumulate(&seen[at].old, oldLine, into: "fines of sector \(violation.sector)", at: record)
                try VND.accumulate(&seen[at].new, newLine, into: "fines of sector \(violation.sector)", at: record)
            } else {
                seen.append((violation.sector, oldLine, newLine))
            }
        }
        for entry in seen { try addSector(entry.sector, old: entry.old, new: entry.new, changed: entry.old != entry.new) }
    }

    private mutating func addSector(_ sector: String, old: Int64, new: Int64, changed: Bool) throws {
        try addSector(SectorDiff(sector: sector, cases: 1, casesChanged: changed ? 1 : 0, oldTotalVND: old, newTotalVND: new))
    }

    private mutating func addSector(_ part: SectorDiff) throws {
        guard let index = sectorList.firstIndex(where: { $0.sector == part.sector }) else {
            sectorList.append(part)
            return
        }
        sectorList[index].cases += part.cases
        sectorList[index].casesChanged += part.casesChanged
        let name = "fines of sector \(part.sector)"
        try VND.accumulate(&sectorList[index].oldTotalVND, part.oldTotalVND, into: name, at: "the merge of the workers' totals")
        try VND.accumulate(&sectorList[index].newTotalVND, part.newTotalVND, into: name, at: "the merge of the workers' totals")
    }

    mutating func merge(_ other: DiffSummary) throws {
        changes += other.changes
        try totals.add(other.totals)
        for part in other.sectorList { try addSector(part) }
    }
}
