import Casework
import Foundation
import Rules
import Synchronization
import Testing

@Suite("Rule pack reload: atomic, refused when rules check fails")
struct RulePackReloaderTests {
    /// A copy of the bundled rules/ in a temporary folder, to edit between reloads.
    func copyOfBundledRules() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reload-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Fixtures.repository.appendingPathComponent("rules"), to: folder)
        return folder
    }

    func edit(_ folder: URL, _ path: String, _ change: (String) -> String) throws {
        let file = folder.appendingPathComponent(path)
        try change(try String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: true, encoding: .utf8)
    }

    @Test func aPackWithASyntaxErrorIsRefusedWithItsLineAndTheOldPackStays() throws {
        let folder = try copyOfBundledRules()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reloader = try RulePackReloader(directory: folder.path, workers: 2)
        let before = reloader.current.pack.hash

        try edit(folder, "penalty/money.lua") { $0.replacingOccurrences(of: "local M = {}", with: "local M = {\n") }
        guard case .refused(let errors, let kept) = reloader.reload() else {
            Issue.record("a pack that does not parse was swapped in")
            return
        }
        #expect(kept == before)
        #expect(reloader.current.pack.hash == before)
        let error = try #require(errors.first?.error)
        #expect(error.kind == .syntax)
        #expect(error.file == "rules/penalty/money.lua")
        #expect(error.line != nil)
        #expect(errors.first?.description.hasPrefix("error: ") == true)
    }

    @Test func aPackThatFailsTheCatalogChecksIsRefused() throws {
        let folder = try copyOfBundledRules()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reloader = try RulePackReloader(directory: folder.path, workers: 1)
        let before = reloader.current.pack.hash
        // A frame whose minimum is above its maximum parses and loads, but `rules check` refuses it.
        try edit(folder, "penalty/catalog/nd125_2020.lua") {
            $0.replacingOccurrences(of: "frame_min_vnd = 20000000, frame_max_vnd = 50000000", with: "frame_min_vnd = 60000000, frame_max_vnd = 50000000")
        }
        guard case .refused(let errors, _) = reloader.reload() else {
            Issue.record("a pack with catalog errors was swapped in")
            return
        }
        #expect(reloader.current.pack.hash == before)
        #expect(errors.contains { $0.error.file == "rules/penalty/catalog/nd125_2020.lua" && $0.error.line != nil })
    }

    @Test func aGoodPackIsSwappedInAndAnUnchangedFolderIsLeftAlone() throws {
        let folder = try copyOfBundledRules()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reloader = try RulePackReloader(directory: folder.path, workers: 2)
        let before = reloader.current.pack.hash
        guard case .unchanged(let hash) = reloader.reload() else {
            Issue.record("an unchanged folder was reloaded")
            return
        }
        #expect(hash == before)

        try edit(folder, "penalty/payment.lua") {
            $0.replacingOccurrences(of: "deadlines.days_after(\"payment\", request.received_on, 10)", with: "deadlines.days_after(\"payment\", request.received_on, 15)")
        }
        guard case .swapped(let old, let new) = reloader.reload() else {
            Issue.record("a good pack was not swapped in")
            return
        }
        #expect(old == before && new != before)
        let current = reloader.current
        #expect(current.pack.hash == new && current.pool.pack.hash == new)
        let due = try current.pool.withEngine(worker: 1) {
            try $0.paymentDueDate(
                violator: .person, decidedOn: CalendarDate(year: 2026, month: 3, day: 1)!,
                receivedOn: CalendarDate(year: 2026, month: 3, day: 2)!)
        }
        #expect(due == CalendarDate(year: 2026, month: 3, day: 17))
    }

    @Test func readersDuringReloadsAlwaysSeeAWholePack() throws {
        // Given two packs, A (10 days to pay) and B (15 days), and a folder switched between them while readers run.
        let folder = try copyOfBundledRules()
        defer { try? FileManager.default.removeItem(at: folder) }
        let payment = folder.appendingPathComponent("penalty/payment.lua")
        let textA = try String(contentsOf: payment, encoding: .utf8)
        let textB = textA.replacingOccurrences(of: "deadlines.days_after(\"payment\", request.received_on, 10)", with: "deadlines.days_after(\"payment\", request.received_on, 15)")
        let broken = textA.replacingOccurrences(of: "local M = {}", with: "local M = {(")
        let reloader = try RulePackReloader(directory: folder.path, workers: 2)
        let hashA = reloader.current.pack.hash
        let decided = CalendarDate(year: 2026, month: 3, day: 1)!
        let received = CalendarDate(year: 2026, month: 3, day: 2)!
        let stop = Mutex(false)
        let seen = Mutex<[String: Int]>([:])
        let mismatches = Mutex(0)

        // When readers take the current pack and ask it, while the folder flips A → broken → B → A …
        DispatchQueue.concurrentPerform(iterations: 3) { worker in
            if worker == 0 {
                for round in 0..<12 {
                    try? [textB, broken, textA][round % 3].write(to: payment, atomically: true, encoding: .utf8)
                    _ = reloader.reload()
                }
                stop.withLock { $0 = true }
                return
            }
            while !stop.withLock({ $0 }) {
                let current = reloader.current
                let due = try? current.pool.withEngine(worker: worker - 1) {
                    try $0.paymentDueDate(violator: .person, decidedOn: decided, receivedOn: received)
                }
                // Then each reader's pool belongs to its pack, and the answer is that pack's: 10 days for A, 15 for B.
                let expected = current.pack.hash == hashA ? received.adding(days: 10) : received.adding(days: 15)
                if current.pool.pack.hash != current.pack.hash || due != expected { mismatches.withLock { $0 += 1 } }
                seen.withLock { $0[current.pack.hash, default: 0] += 1 }
            }
        }
        #expect(mismatches.withLock { $0 } == 0)
        #expect(seen.withLock { $0.keys.count } <= 2)
        #expect(reloader.current.pack.hash == hashA)
    }
}
