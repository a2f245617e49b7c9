import Casework
import Testing

/// Each criterion of ``PenaltyCaseFilter`` through ``PenaltyCaseStore``, against seven cases that differ in just the
/// ways the criteria look at.
///
/// Written against the ports only and run for every store of ``StoreFactory/all`` that implements the ports it uses (``StoreFactory/implementing(_:)``).
@Suite struct PenaltyCaseFilterConformanceTests {
    struct Given {
        let store: any InspectorateStore

        /// Seven cases of two companies, listed here as they sort (record date, newest first):
        ///
        /// | # | subject | record     | sectors         | state     | decision                                      |
        /// |---|---------|------------|-----------------|-----------|-----------------------------------------------|
        /// | 7 | A       | 2026-03-20 | hoa_don         | decided   | 1 000 000, not delivered, expires 2027-03-20  |
        /// | 5 | A       | 2026-03-05 | giao_thong      | decided   | 2 000 000 unpaid, due 2026-04-01, exp. 06-01  |
        /// | 4 | B       | 2026-03-01 | hoa_don         | settled   | 5 000 000 paid, due 2026-03-20, exp. 05-01    |
        /// | 2 | A       | 2026-02-10 | giao_thong      | open      | decision due 2026-03-10                       |
        /// | 3 | B       | 2026-02-01 | hoa_don, thue   | decided   | 6 000 000, 1 000 000 paid, due 02-20          |
        /// | 6 | B       | 2026-01-20 | thue            | cancelled | decision due 2026-01-27 (past, but cancelled) |
        /// | 1 | A       | 2026-01-05 | hoa_don         | open      | decision due 2026-01-12                       |
        init(in store: any InspectorateStore) throws {
            self.store = store
            let a = try store.addSubject(.company(1, name: "Công ty A"), context: .test).id
            let b = try store.addSubject(.company(2, name: "Công ty B"), context: .test).id
            func open(
                _ subject: Subject.ID, _ madeOn: String, _ sector: String, more: [String] = [], dueOn: String? = nil
            ) throws -> PenaltyCase.ID {
                let new = NewPenaltyCase.sample(
                    subject: subject, record: "BB-\(madeOn)", madeOn: madeOn, sector: sector, moreSectors: more,
                    decisionDueOn: dueOn)
                return try store.openCase(new, context: .test).id
            }
            func decide(_ id: PenaltyCase.ID, fine: Int64, expires: String, dueOn: String?) throws {
                let decision = PenaltyDecision.sample(number: "QĐ-\(id)", fineVND: fine, enforcementExpiresOn: expires)
                try store.record(.decided(decision: decision), on: id, state: .decided)
                if let dueOn {
                    try store.record(.delivered(receivedOn: day("2026-03-16"), paymentDueOn: day(dueOn)), on: id, state: .decided)
                }
            }
            func pay(_ id: PenaltyCase.ID, _ amount: Int64, state: PenaltyCase.State) throws {
                let payment = Payment(paidOn: day("2026-03-18"), amountVND: VND(amount), surchargeVND: .zero, receipt: "BL-\(id)")
                try store.record(.paid(payment:payment), on: id, state: state)
            }

            _ = try open(a, "2026-01-05", "hoa_don")
            _ = try open(a, "2026-02-10", "giao_thong", dueOn: "2026-03-10")
            let three = try open(b, "2026-02-01", "hoa_don", more: ["thue"])
            try decide(three, fine: 6_000_000, expires: "2027-02-01", dueOn: "2026-02-20")
            try pay(three, 1_000_000, state: .decided)
            let four = try open(b, "2026-03-01", "hoa_don")
            try decide(four, fine: 5_000_000, expires: "2026-05-01", dueOn: "2026-03-20")
            try pay(four, 5_000_000, state: .settled)
            let five = try open(a, "2026-03-05", "giao_thong")
            try decide(five, fine: 2_000_000, expires: "2026-06-01", dueOn: "2026-04-01")
            let six = try open(b, "2026-01-20", "thue")
            try store.record(.cancelled(cancellation:Cancellation(cancelledOn: day("2026-01-25"), reason: "nhầm")), on: six, state: .cancelled)
            let seven = try open(a, "2026-03-20", "hoa_don")
            try decide(seven, fine: 1_000_000, expires: "2027-03-20", dueOn: nil)
        }

        /// The IDs of the cases `filter` selects, in the order listed.
        func ids(_ filter: PenaltyCaseFilter) throws -> [Int64] {
            try store.penaltyCases(filter).map(\.id.rawValue)
        }
    }

    @Test(arguments: StoreFactory.implementing(.penaltyCases, .subjects))
    func withoutCriteriaEveryCaseIsListedNewestRecordFirst(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(in: store)
            #expect(try given.ids(PenaltyCaseFilter()) == [7, 5, 4, 2, 3, 6, 1])
            // Listed cases are whole, exactly as read one by one
            let listed = try store.penaltyCases(PenaltyCaseFilter())
            #expect(try listed == listed.map { try #require(try store.penaltyCase(id: $0.id)) })
            #expect(listed.first?.decision?.lines.count == 1 && listed.first?.violations.count == 1)
        }
    }

    @Test(arguments: StoreFactory.implementing(.penaltyCases, .subjects))
    func theLimitKeepsTheNewest(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(in: store)
            #expect(try given.ids(PenaltyCaseFilter(limit: 2)) == [7, 5])
            #expect(try given.ids(PenaltyCaseFilter(limit: 0)) == [])
        }
    }

    @Test(arguments: StoreFactory.implementing(.penaltyCases, .subjects))
    func stateSubjectAndSectorSelectExactlyTheirCases(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(in: store)
            #expect(try given.ids(PenaltyCaseFilter(state: .open)) == [2, 1])
            #expect(try given.ids(PenaltyCaseFilter(state: .decided)) == [7, 5, 3])
            #expect(try given.ids(PenaltyCaseFilter(state: .settled)) == [4])
            #expect(try given.ids(PenaltyCaseFilter(state: .cancelled)) == [6])
            #expect(try given.ids(PenaltyCaseFilter(subjectID: 2)) == [4, 3, 6])
            #expect(try given.ids(PenaltyCaseFilter(subjectID: 3)) == [])
            // A case is in every sector of its violations
            #expect(try given.ids(PenaltyCaseFilter(sector: "hoa_don")) == [7, 4, 3, 1])
            #expect(try given.ids(PenaltyCaseFilter(sector: "thue")) == [3, 6])
            #expect(try given.ids(PenaltyCaseFilter(sector: "xay_dung")) == [])
        }
    }

    @Test(arguments: StoreFactory.implementing(.penaltyCases, .subjects))
    func recordDatesAreHalfOpen(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(in: store)
            #expect(try given.ids(PenaltyCaseFilter(recordFrom: day("2026-02-01"), recordBefore: day("2026-03-05"))) == [4, 2, 3])
            #expect(try given.ids(PenaltyCaseFilter(recordFrom: day("2026-03-05"))) == [7, 5])
            #expect(try given.ids(PenaltyCaseFilter(recordBefore: day("2026-01-20"))) == [1])
        }
    }

    @Test(arguments: StoreFactory.implementing(.penaltyCases, .subjects))
    func decisionOverdueMeansOpenAndPastTheDueDay(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(in: store)
            // Case 6's deadline passed too, but it is cancelled; case 2 is due on 2026-03-10, overdue from the 11th
            #expect(try given.ids(PenaltyCaseFilter(decisionOverdueAsOf: day("2026-01-12"))) == [])
            #expect(try given.ids(PenaltyCaseFilter(decisionOverdueAsOf: day("2026-01-13"))) == [1])
            #expect(try given.ids(PenaltyCaseFilter(decisionOverdueAsOf: day("2026-03-10"))) == [1])
            #expect(try given.ids(PenaltyCaseFilter(decisionOverdueAsOf: day("2026-03-11"))) == [2, 1])
        }
    }

    @Test(arguments: StoreFactory.implementing(.penaltyCases, .subjects))
    func paymentOverdueMeansDecidedOwingAndPastTheDueDay(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(in: store)
            // Case 4 is past due but settled; case 7 owes but was never delivered, so it has no due day
            #expect(try given.ids(PenaltyCaseFilter(paymentOverdueAsOf: day("2026-02-20"))) == [])
            #expect(try given.ids(PenaltyCaseFilter(paymentOverdueAsOf: day("2026-04-01"))) == [3])
            #expect(try given.ids(PenaltyCaseFilter(paymentOverdueAsOf: day("2026-04-02"))) == [5, 3])
        }
    }

    @Test(arguments: StoreFactory.implementing(.penaltyCases, .subjects))
    func unpaidMeansDecidedWithSomethingLeftOfTheFine(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(in: store)
            #expect(try given.ids(PenaltyCaseFilter(unpaidOnly: true)) == [7, 5, 3])
            #expect(try store.penaltyCases(PenaltyCaseFilter(unpaidOnly: true)).map(\.outstandingVND.rawValue) == [
                1_000_000, 2_000_000, 5_000_000,
            ])
        }
    }

    @Test(arguments: StoreFactory.implementing(.penaltyCases, .subjects))
    func enforcementExpiryCountsOnlyDecidedCases(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(in: store)
            // Case 4's enforcement expires first, but it is settled
            #expect(try given.ids(PenaltyCaseFilter(enforcementExpiresBefore: day("2026-06-01"))) == [])
            #expect(try given.ids(PenaltyCaseFilter(enforcementExpiresBefore: day("2026-06-02"))) == [5])
            #expect(try given.ids(PenaltyCaseFilter(enforcementExpiresBefore: day("2027-12-31"))) == [7, 5, 3])
        }
    }

    @Test(arguments: StoreFactory.implementing(.penaltyCases, .subjects))
    func criteriaCombineWithAnd(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            let given = try Given(in: store)
            #expect(try given.ids(PenaltyCaseFilter(state: .decided, subjectID: 1, sector: "giao_thong")) == [5])
            #expect(try given.ids(PenaltyCaseFilter(subjectID: 2, sector: "thue", unpaidOnly: true)) == [3])
            #expect(try given.ids(PenaltyCaseFilter(state: .open, unpaidOnly: true)) == [])
        }
    }
}
