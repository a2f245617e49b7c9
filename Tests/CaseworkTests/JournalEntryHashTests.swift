import Casework
import Testing

@Suite struct JournalEntryHashTests {
    private let context = CommandContext(actor: "thanh.nguyen", timestamp: "2026-11-23T16:05:09+07:00")

    @Test func hashIsSha256OfTheDocumentedNetstrings() throws {
        // Given the documented encoding written out by hand
        let payload = #"{"name":"Công ty Ánh Dương"}"#
        let bytes = Array(
            ("19:thanhtra-journal-v1,64:\(JournalEntry.genesisHash),1:1,25:2026-11-23T16:05:09+07:00,"
                + "12:thanh.nguyen,11:subject add,\(payload.utf8.count):\(payload),").utf8)
        // When an entry is built from the same fields
        let entry = JournalEntry(
            sequence: 1, context: context, command: "subject add", payload: payload,
            previousHash: JournalEntry.genesisHash)
        // Then its hash is what sha256sum says about those bytes
        #expect(try entry.hash == sha256sum(bytes))
        #expect(entry.hash == entry.expectedHash)
    }

    @Test func aPackHashAddsAnEighthNetstring() throws {
        let packHash = String(repeating: "ab", count: 32)
        var withPack = context
        withPack.packHash = packHash
        let entry = JournalEntry(
            sequence: 12, context: withPack, command: "init", payload: "{}", previousHash: JournalEntry.genesisHash)
        let bytes = Array(
            ("19:thanhtra-journal-v1,64:\(JournalEntry.genesisHash),2:12,25:2026-11-23T16:05:09+07:00,"
                + "12:thanh.nguyen,4:init,2:{},64:\(packHash),").utf8)
        #expect(try entry.hash == sha256sum(bytes))
    }

    @Test func noPackHashAndAnEmptyPackHashHashDifferently() {
        let fields = (previousHash: JournalEntry.genesisHash, sequence: Int64(1), at: "t", actor: "a", command: "c")
        let none = JournalEntry.computeHash(
            previousHash: fields.previousHash, sequence: fields.sequence, recordedAt: fields.at, actor: fields.actor,
            command: fields.command, payload: "{}", packHash: nil)
        let empty = JournalEntry.computeHash(
            previousHash: fields.previousHash, sequence: fields.sequence, recordedAt: fields.at, actor: fields.actor,
            command: fields.command, payload: "{}", packHash: "")
        #expect(none != empty)
    }

    @Test func movingTextBetweenFieldsChangesTheHash() {
        let first = JournalEntry.computeHash(
            previousHash: JournalEntry.genesisHash, sequence: 1, recordedAt: "t", actor: "ab", command: "c",
            payload: "{}", packHash: nil)
        let second = JournalEntry.computeHash(
            previousHash: JournalEntry.genesisHash, sequence: 1, recordedAt: "t", actor: "a", command: "bc",
            payload: "{}", packHash: nil)
        #expect(first != second)
    }

    @Test func genesisHashIs64Zeros() {
        #expect(JournalEntry.genesisHash == String(repeating: "0", count: 64))
    }

    @Test func verificationDescribesItselfInOneLine() {
        #expect(
            JournalVerification.broken(sequence: 7, reason: "entry 7 is missing").description
                == "journal broken at entry 7: entry 7 is missing")
        #expect(JournalVerification.intact(entries: 2, head: "ab").description == "journal intact: 2 entries, head ab")
    }
}
