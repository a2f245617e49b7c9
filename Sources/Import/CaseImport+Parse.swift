public import Casework

extension CaseImport {
    /// Reads one row of a cases file: every check that needs no database.
    ///
    /// - The record number, the violator, the record date (not in the future) and at least one violation code.
    /// - Each code is in the catalog and in force on the day it was committed; committed, ended and detected dates
    ///   (one for all violations or one per violation) lie between each other and the record as `case open` wants.
    /// - Circumstance codes are the pack's.
    /// - A decision needs its number and date (on or after the record, not in the future); a fine is given unless
    ///   every violation was punished by a warning, and a warning carries no fine; delivery, payment due date and
    ///   enforcement expiry follow the decision.
    /// - A cancellation has its date and reason; a `state` cell must agree with what the row records.
    public func parse(_ row: ImportRow<CaseImportField>) throws(ImportRowError) -> LegacyCase {
        let recordNumber = try row.required(.recordNumber, "the record number", vi: "số biên bản")
        var subject = try row.subjectReferences(CaseImportField.subjectColumns, allowsSeveral: false)[0]
        var violatorKind: Subject.Kind?
        if let text = row.text(.violatorKind) {
            guard let named = SubjectColumns.kind(folded: SubjectColumns.folded(text)) else {
                throw row.error(
                    .violatorKind,
                    "\"\(text)\" is none of an organization (tổ chức), a person (cá nhân), a household business "
                        + "(hộ kinh doanh, HKD), a family household (hộ gia đình, HGĐ) or a residential community "
                        + "(cộng đồng dân cư, CĐDC)",
                    vi: "\"\(text)\" không phải là tổ chức, cá nhân, hộ kinh doanh (HKD), hộ gia đình (HGĐ) hay cộng "
                        + "đồng dân cư (CĐDC)")
            }
            violatorKind = named
            // A household business, a family household or a residential community is registered under its own kind:
            // the identifier given (a tax code, its owner's or representative's ID) names one of that kind. (One
            // registered without its representative's ID is named by its subject number.)
            if named != .organization, named != .person, case .identifier(_, let identifier) = subject {
                subject = .identifier(named, identifier)
            }
        }
        guard let recordOn = try row.date(.recordOn) else { throw row.missing(.recordOn, "the record date", vi: "ngày lập biên bản") }
        try notInFuture(recordOn, .recordOn, row)
        let record = ViolationRecord(number: recordNumber, madeOn: recordOn, place: row.text(.recordPlace) ?? "")

        let codes = row.list(.violations)
        guard !codes.isEmpty else { throw row.missing(.violations, "at least one violation code", vi: "ít nhất một mã hành vi vi phạm") }
        let count = codes.count
        let committed = try spread(try row.dates(.committedOn), .committedOn, count, row)
        let ended = try spread(try row.dates(.endedOn), .endedOn, count, row)
        let detected = try spread(try row.dates(.detectedOn), .detectedOn, count, row)
        let warnings = try spread(try penaltyForms(row), .penalty, count, row)
        let fines = try row.moneyList(.fine)
        let remedials = try row.moneyList(.remedial)
        guard fines.count <= 1 || fines.count == count else { throw amounts(.fine, fines.count, count, row) }
        guard remedials.count <= 1 || remedials.count == count else {
            throw amounts(.remedial, remedials.count, count, row)
        }
        let finesPerViolation = fines.count == count
        let remedialsPerViolation = remedials.count == count

        var violations: [LegacyViolation] = []
        // A row with a decision is imported as recorded: its violations may be given by their legal basis in words.
        let hasDecision = row.text(.decisionNumber) != nil || row.text(.decidedOn) != nil
        for (index, code) in codes.enumerated() {
            let which = "violation \(index + 1) (\(code))"
            let whichVi = "hành vi \(index + 1) (\(code))"
            guard let entry = catalog.entry(code) ?? Self.basisInWords(code, decided: hasDecision) else {
                let nearest = catalog.code(nearestTo: code)
                throw row.error(
                    .violations, "\(code) is not in the rule pack's catalog\(nearest.map { " (did you mean \($0)?)" } ?? "")",
                    vi: "\(code) không có trong danh mục của bộ quy tắc\(nearest.map { " (có phải ý bạn là \($0)?)" } ?? "")",
                    next: .seeCatalog)
            }
            let committedOn = committed[index] ?? recordOn
            guard committedOn <= recordOn else {
                throw row.error(
                    .committedOn, "\(which) committed on \(committedOn), after the record of \(recordOn)",
                    vi: "\(whichVi) thực hiện ngày \(committedOn), sau ngày lập biên bản \(recordOn)")
            }
            guard entry.isInForce(on: committedOn) else {
                let from = entry.effectiveFrom.map(\.description) ?? "…"
                let to = entry.effectiveTo.map(\.description) ?? "…"
                throw row.error(
                    .violations,
                    "\(code) was not in force on \(committedOn), when \(which) was committed (in force \(from) – \(to))",
                    vi: "\(code) không có hiệu lực ngày \(committedOn), khi \(whichVi) được thực hiện (hiệu lực \(from) – \(to))")
            }
            var endedOn: CalendarDate?
            let detectedOn = detected[index]
            if let detectedOn {
                guard ended[index] == nil else {
                    throw row.error(
                        .detectedOn, "\(which) has both the day it ended and the day it was detected; give one",
                        vi: "\(whichVi) có cả ngày chấm dứt và ngày phát hiện; chỉ ghi một")
                }
                guard committedOn <= detectedOn, detectedOn <= recordOn else {
                    throw row.error(
                        .detectedOn, "\(which) detected on \(detectedOn), outside \(committedOn) … \(recordOn)",
                        vi: "\(whichVi) phát hiện ngày \(detectedOn), ngoài khoảng \(committedOn) … \(recordOn)")
                }
            } else {
                let end = ended[index] ?? committedOn
                endedOn = end
                guard committedOn <= end, end <= recordOn else {
                    throw row.error(
                        .endedOn, "\(which) ended on \(end), outside \(committedOn) … \(recordOn)",
                        vi: "\(whichVi) chấm dứt ngày \(end), ngoài khoảng \(committedOn) … \(recordOn)")
                }
            }
            let fine = finesPerViolation ? fines[index] : nil
            if warnings[index] == true, let fine, fine > .zero {
                throw row.error(
                    .fine, "\(which) was punished by a warning but has a fine of \(fine.formatted())",
                    vi: "\(whichVi) bị phạt cảnh cáo nhưng có tiền phạt \(fine.formatted())")
            }
            violations.append(
                LegacyViolation(
                    entry: entry, committedOn: committedOn, endedOn: endedOn, detectedOn: detectedOn,
                    isWarning: warnings[index] ?? false, fineVND: fine,
                    remedialVND: remedialsPerViolation ? remedials[index] : nil))
        }

        let (mitigating, ownMitigating) = try circumstances(
            row, .mitigating, known: catalog.mitigating, kind: ("a mitigating", "giảm nhẹ"), violations: violations.count)
        let (aggravating, ownAggravating) = try circumstances(
            row, .aggravating, known: catalog.aggravating, kind: ("an aggravating", "tăng nặng"), violations: violations.count)
        for (index, codes) in ownMitigating { violations[index].mitigating = codes }
        for (index, codes) in ownAggravating { violations[index].aggravating = codes }
        let facts = CaseFacts(
            isComplex: try row.flag(.complex), explanationRequested: try row.flag(.explanationRequested),
            isMinor: try row.flag(.minor))
        let decisionDueOn = try row.date(.decisionDueOn)
        if let decisionDueOn, decisionDueOn < recordOn {
            throw row.error(
                .decisionDueOn, "\(decisionDueOn) is before the record of \(recordOn)",
                vi: "\(decisionDueOn) trước ngày lập biên bản \(recordOn)")
        }

        let decision = try parseDecision(
            row, recordOn: recordOn, violations: violations, fines: fines, remedials: remedials)
        var cancellation: Cancellation?
        switch (try row.date(.cancelledOn), row.text(.cancellationReason)) {
        case (nil, nil): break
        case (let day?, let reason?):
            try notInFuture(day, .cancelledOn, row)
            guard day >= recordOn else {
                throw row.error(
                    .cancelledOn, "\(day) is before the record of \(recordOn)", vi: "\(day) trước ngày lập biên bản \(recordOn)")
            }
            cancellation = Cancellation(cancelledOn: day, reason: reason)
        case (nil, _): throw row.missing(.cancelledOn, "the cancellation date (with its reason)", vi: "ngày hủy (cùng lý do)")
        case (_, nil): throw row.missing(.cancellationReason, "the reason of the cancellation", vi: "lý do hủy")
        }
        let state: PenaltyCase.State =
            cancellation != nil ? .cancelled : decision.map { $0.totalFineVND == .zero ? .settled : .decided } ?? .open
        try checkState(row, derived: state, decision: decision)
        let body = row.text(.body)
        if let body, !catalog.bodies.contains(body) {
            let known = catalog.bodies.sorted().joined(separator: ", ")
            throw row.error(
                .body,
                catalog.bodies.isEmpty
                    ? "\"\(body)\" names a body, but the rule pack lists none (report/settings.lua, bodies)"
                    : "\"\(body)\" is not a body of the rule pack (\(known))",
                vi: catalog.bodies.isEmpty
                    ? "\"\(body)\" là một cơ quan, nhưng bộ quy tắc không khai báo cơ quan nào (report/settings.lua, bodies)"
                    : "\"\(body)\" không phải là cơ quan của bộ quy tắc (\(known))")
        }
        return LegacyCase(
            subject: subject, violatorKind: violatorKind, record: record, violations: violations,
            mitigating: mitigating,
            aggravating: aggravating, facts: facts, decisionDueOn: decisionDueOn, decision: decision,
            cancellation: cancellation, state: state, body: body)
    }

    /// A violation of a decision older than the catalog, given by its legal basis in words ("điểm a khoản 1 Điều 11
    /// Nghị định 109/2013/NĐ-CP"): an entry that carries the words as its title and basis, under the code
    /// ``CaseViolation/basisInWordsPrefix`` + the words, with no frame and no sector. Only for a row with a decision
    /// (imported as recorded, never recomputed) and only for words that name an article (Điều and a number); `nil`
    /// otherwise, so that a mistyped code is still refused.
    static func basisInWords(_ text: String, decided: Bool) -> ViolationCatalog.Entry? {
        guard decided else { return nil }
        let words = text.lowercased()
        guard let article = words.firstRange(of: "điều") ?? words.firstRange(of: "dieu"),
            words[article.upperBound...].trimmingPrefix(while: { $0 == " " }).first?.isNumber == true
        else { return nil }
        return ViolationCatalog.Entry(
            code: CaseViolation.basisInWordsPrefix + text, title: text, basis: text, sector: "", frameMinVND: .zero,
            frameMaxVND: .zero, effectiveFrom: nil, effectiveTo: nil)
    }

    /// A circumstance column: `code` items weigh on every violation of the case; `N:code` items on violation N only
    /// (Điều 9, 10 Luật XLVPHC attach circumstances to a violation). Returns the case's codes and each violation's
    /// own, by its zero-based index.
    private func circumstances(
        _ row: ImportRow<CaseImportField>, _ field: CaseImportField, known: Set<String>, kind: (en: String, vi: String),
        violations: Int
    ) throws(ImportRowError) -> (shared: [String], own: [Int: [String]]) {
        var shared: [String] = []
        var own: [Int: [String]] = [:]
        for item in row.list(field) {
            var code = item
            var index: Int?
            if let colon = item.firstIndex(of: ":") {
                let number = item[..<colon].trimmedOfWhitespace
                guard let n = Int(number), n >= 1, n <= violations else {
                    let example = "2:\(item[item.index(after: colon)...].trimmedOfWhitespace)"
                    throw row.error(
                        field,
                        "\(item): the number before ':' names a violation of the row, 1 to \(violations) (e.g. \(example))",
                        vi: "\(item): số trước ':' chỉ một hành vi của dòng, từ 1 đến \(violations) (ví dụ \(example))")
                }
                index = n - 1
                code = item[item.index(after: colon)...].trimmedOfWhitespace
            }
            guard known.contains(code) else {
                let near = CaseImport.nearest(code, known)
                throw row.error(
                    field, "\(code) is not \(kind.en) circumstance of the rule pack\(near.map { " (did you mean \($0)?)" } ?? "")",
                    vi: "\(code) không phải là tình tiết \(kind.vi) của bộ quy tắc\(near.map { " (có phải ý bạn là \($0)?)" } ?? "")",
                    next: .seeCircumstances)
            }
            if let index { own[index, default: []].append(code) } else { shared.append(code) }
        }
        return (shared, own)
    }

    /// The word of `known` that `word` most likely misspells, if any.
    static func nearest(_ word: String, _ known: Set<String>) -> String? {
        NearestWord.nearest(to: word, among: known, maxDistance: NearestWord.tolerance(for: word))
    }
}
