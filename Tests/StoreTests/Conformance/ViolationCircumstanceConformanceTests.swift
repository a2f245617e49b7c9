import Casework
import Testing

/// Circumstances of one violation (Điều 9, 10 Luật XLVPHC attach them to a violation): stored with the violation,
/// read back by the whole-case read and by the bulk snapshot read, and journaled with the case; a violation without
/// any is journaled exactly as before they belonged to violations.
///
/// Written against the ports only and run for every store of ``StoreFactory/all``.
@Suite struct ViolationCircumstanceConformanceTests {
    @Test(arguments: StoreFactory.all)
    func aViolationsOwnCircumstancesRoundTrip(_ factory: StoreFactory) throws {
        try factory.withStore { store in
            // Given a case whose second violation has two aggravating circumstances of its own and the first none
            let subject = try store.addSubject(.company(1, name: "Công ty TNHH Ánh Dương"), context: .test)
            var new = NewPenaltyCase.sample(subject: subject.id, moreSectors: ["thue", "dat_dai"])
            new.violations[1].aggravating = ["vi_pham_nhieu_lan", "co_to_chuc"]
            new.violations[2].mitigating = ["tu_nguyen_khai_bao"]

            // When it is opened
            let opened = try store.openCase(new, context: .test)

            // Then each violation reads back with its own circumstances, whole and as a snapshot
            #expect(opened.violations == new.violations)
            #expect(try store.penaltyCase(id: opened.id)?.violations == new.violations)
            let snapshots = try store.readCaseSnapshots { read in try read(CaseSelection(), 1..<2) }
            #expect(snapshots.map(\.violations) == [new.violations])
            #expect(snapshots.first?.aggravating == new.aggravating)
            #expect(new.violations[0].mitigating.isEmpty && new.violations[0].aggravating.isEmpty)

            // And the journal entry carries them on their violation only
            let entry = try #require(store.journal(after: 1, limit: 1).first)
            #expect(entry.payload.contains(#""aggravating":["vi_pham_nhieu_lan","co_to_chuc"],"code":"X-0""#))
            #expect(entry.payload.contains(#"{"code":"ND125-2020-D16-K1-a","committedOn":"2026-03-01","endedOn":"2026-03-01","illegalGainVND":0,"sector":"hoa_don"}"#))
            #expect(try store.verifyJournal() == .intact(entries: 2, head: entry.hash))
        }
    }
}
