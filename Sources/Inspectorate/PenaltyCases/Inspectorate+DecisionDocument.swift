public import Casework

extension Inspectorate {
    /// The decision of case `id` as a document: the recorded decision when there is one; else a draft assessed by the
    /// pack for `draftOn` (default today) and `signer`, marked as such.
    ///
    /// - Throws: ``InspectorateError/unknownPenaltyCase(_:)``, ``InspectorateError/caseCancelled(_:)``; the pack's
    ///   and the store's errors.
    public func decisionDocument(
        _ id: PenaltyCase.ID, draftOn: CalendarDate?, signer: String?, signerName: String, acting: Acting
    ) throws -> DecisionDocument {
        let found = try penaltyCase(id)
        let subject = try store.subject(id: found.subjectID)
        if let decision = found.decision {
            return DecisionDocument(
                penaltyCase: found, subject: subject, isDraft: false, number: decision.number,
                decidedOn: decision.decidedOn, lines: decision.lines, totalFineVND: decision.totalFineVND,
                totalRemedialVND: decision.totalRemedialVND, signerTitle: decision.signerTitle,
                signerName: decision.signerName, paymentDueOn: decision.paymentDueOn,
                enforcementExpiresOn: decision.enforcementExpiresOn,
                importedAsRecorded: decision.importedFileSHA256 != nil)
        }
        guard found.state != .cancelled else { throw InspectorateError.caseCancelled(id) }
        let day = draftOn ?? acting.today
        let assessment = try self.assessment(of: id, decidedOn: day, signer: signer, acting: acting)
        return DecisionDocument(
            penaltyCase: found, subject: subject, isDraft: true, number: nil, decidedOn: day,
            lines: assessment.lines.map(\.fine), totalFineVND: assessment.totalFineVND,
            totalRemedialVND: assessment.totalRemedialVND, signerTitle: signer ?? "", signerName: signerName,
            paymentDueOn: nil, enforcementExpiresOn: assessment.enforcementExpiresOn, importedAsRecorded: false)
    }
}
