public import Casework

/// One violation's fine as numbers only: what the benchmark's evaluation figure asks the
/// rules when it needs the amount and not the explanation. The rules' `penalty.fine_amount` answers it with the
/// same arithmetic as `penalty.fine` (the pack's tests check the two agree). An interface of the rule engine for
/// the benchmark (Sources/Bench), not a port: no use case asks it.
public struct FineQuestion: Sendable, Equatable {
    public var violator: Subject.Kind
    /// Whom the decree's frame is written for (an organization's frame is twice an individual's).
    public var statedFor: Subject.Kind
    public var frameMinVND: VND
    public var frameMaxVND: VND
    /// The sector's maximum for this violator on the day, when there is one.
    public var capVND: VND?
    public var warningAllowed: Bool
    public var isMinor: Bool
    public var mitigating: Int
    public var aggravating: Int

    public init(
        violator: Subject.Kind, statedFor: Subject.Kind, frameMinVND: VND, frameMaxVND: VND, capVND: VND?,
        warningAllowed: Bool, isMinor: Bool, mitigating: Int, aggravating: Int
    ) {
        self.violator = violator
        self.statedFor = statedFor
        self.frameMinVND = frameMinVND
        self.frameMaxVND = frameMaxVND
        self.capVND = capVND
        self.warningAllowed = warningAllowed
        self.isMinor = isMinor
        self.mitigating = mitigating
        self.aggravating = aggravating
    }
}

/// The rules' answer to a ``FineQuestion``: the fine, the frame it was chosen in (after doubling, halving and the
/// sector cap), and whether a warning replaces the fine.
public struct FineAmount: Sendable, Equatable {
    public var fineVND: VND
    public var frameMinVND: VND
    public var frameMaxVND: VND
    public var isWarning: Bool

    public init(fineVND: VND, frameMinVND: VND, frameMaxVND: VND, isWarning: Bool) {
        self.fineVND = fineVND
        self.frameMinVND = frameMinVND
        self.frameMaxVND = frameMaxVND
        self.isWarning = isWarning
    }
}
