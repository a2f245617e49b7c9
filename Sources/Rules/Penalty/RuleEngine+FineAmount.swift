public import Casework
import LuaBridge

extension RuleEngine {
    /// One violation's fine as numbers, from `penalty.fine_amount` (docs/rule-contract.md): a batch of one of
    /// ``fineAmounts(_:)``. For many fines, pass them all to ``fineAmounts(_:)``; a case's decision goes through
    /// ``assess(_:)``, which explains itself.
    ///
    /// ```swift
    /// let amount = try engine.fineAmount(FineQuestion(
    ///     violator: .person, statedFor: .person, frameMinVND: VND(400_000), frameMaxVND: VND(600_000),
    ///     capVND: nil, warningAllowed: false, isMinor: false, mitigating: 0, aggravating: 0))
    /// // amount.fineVND == VND(500_000)
    /// ```
    ///
    /// - Throws: ``RuleError`` naming `penalty.fine_amount` and its file and line when the rules fail, or return
    ///   anything but whole, non-negative đồng and a boolean.
    public func fineAmount(_ question: FineQuestion) throws(RuleError) -> FineAmount {
        try fineAmounts(CollectionOfOne(question))[0]
    }

    /// The prepared handle of entry point `path`, looked up on first use.
    func preparedFunction(_ path: [String]) throws -> LuaPreparedFunction {
        let key = path.joined(separator: ".")
        if let function = prepared[key] { return function }
        let function = try runtime.prepare(RuleEngine.root, path)
        prepared[key] = function
        return function
    }
}

extension RuleEngine {
    /// Many fines at once through `penalty.fine_amount`: the questions are passed to the warm state in batches of
    /// up to 1024, each batch in one crossing into C, so the cost per fine is the rules' own arithmetic. The
    /// answers are in the questions' order. Each evaluation has the full instruction budget and the memory limit.
    ///
    /// - Throws: ``RuleError`` of the first question the rules fail on (its message names the record within its
    ///   batch), or whose answer is not whole, non-negative đồng and a boolean.
    public func fineAmounts(_ questions: some Collection<FineQuestion>) throws(RuleError) -> [FineAmount] {
        // The questions are read from a buffer: called from another module this function is not specialised, and
        // a generic collection's subscript then cost a coroutine with an allocated frame per question (about 6 %
        // of an evaluation in figure 1, docs/performance.md).
        let answered = questions.withContiguousStorageIfAvailable { buffer in
            Result { () throws(RuleError) in try fineAmounts(in: buffer) }
        }
        if let answered { return try answered.get() }
        return try Array(questions).withUnsafeBufferPointer { buffer in
            Result { () throws(RuleError) in try fineAmounts(in: buffer) }
        }.get()
    }

    private func fineAmounts(in questions: UnsafeBufferPointer<FineQuestion>) throws(RuleError) -> [FineAmount] {
        let rule = "penalty.fine_amount"
        var answers: [FineAmount] = []
        answers.reserveCapacity(questions.count)
        do {
            let function = try fineAmountFunction ?? preparedFunction(["penalty", "fine_amount"])
            fineAmountFunction = function
            var batch = LuaBatch(argumentCount: 9, records: Swift.min(questions.count, 1024))
            var index = questions.startIndex
            while index != questions.endIndex {
                batch.removeAll()
                var taken = 0
                while index != questions.endIndex && taken < 1024 {
                    let question = questions[index]
                    batch.push(question.violator.ruleLiteral)   // the pack decides a household's frame
                    batch.push(question.statedFor == .organization ? "organization" : "individual")
                    batch.push(question.frameMinVND.rawValue)
                    batch.push(question.frameMaxVND.rawValue)
                    batch.push(question.capVND?.rawValue)
                    batch.push(question.warningAllowed)
                    batch.push(question.isMinor)
                    batch.push(Int64(question.mitigating))
                    batch.push(Int64(question.aggravating))
                    taken += 1
                    index = questions.index(after: index)
                }
                let results = try runtime.call(function, batch: batch, results: 4)
                for record in 0..<taken {
                    func money(_ position: Int, _ name: String) throws -> VND {
                        let value = try results.integer(record: record, position: position)
                        guard let amount = VND(bounded: value) else {
                            throw LuaError(
                                kind: .badValue,
                                message: value < 0
                                    ? "'\(rule)' \(name) must not be negative, got \(value)"
                                    : "'\(rule)' \(name) is \(value) đồng, above the largest amount thanhtra accepts, "
                                        + "\(VND.maximum.formatted()) (10^15 đồng)",
                                location: function.definition, hint: "amounts are whole đồng, from 0 to 10^15")
                        }
                        return amount
                    }
                    answers.append(FineAmount(
                        fineVND: try money(1, "fine_vnd"), frameMinVND: try money(2, "frame_min_vnd"),
                        frameMaxVND: try money(3, "frame_max_vnd"),
                        isWarning: try results.boolean(record: record, position: 4)))
                }
            }
        } catch let error as LuaError {
            throw RuleError(error, rule: rule)
        } catch let error as RuleError {
            throw error
        } catch {
            throw RuleError(kind: .runtime, message: "\(error)", rule: rule)
        }
        return answers
    }
}
