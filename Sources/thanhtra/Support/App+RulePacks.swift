import Casework
import Foundation
import Inspectorate
import Rules

/// Four-eyes rule packs in the composition root: which pack decides (the active stored one once the rule is on), and
/// the approval use cases over the store.
extension App {
    /// With four-eyes on (`init --four-eyes`), the active stored pack; `nil` when the rule is off. A `--rules` folder
    /// that is not the active pack decides nothing: it is named in a warning on standard error.
    ///
    /// - Parameter authoring: For the rule author's tools (`rules check`, `rules test`…): an explicit `--rules`
    ///   folder is then read as given.
    func fourEyesPack(recordedIn store: any CaseStore, authoring: Bool) throws -> RulePack? {
        guard try store.setting(SettingKey.fourEyes) == SettingKey.on else { return nil }
        if authoring, configuration.rulesDirectory != nil { return nil }
        let active = try activeStoredPack(store)
        warnUnlessActive(active)
        return active
    }

    /// Says on standard error when `--rules` (or `THANHTRA_RULES`) names a folder that is not the active pack: it
    /// decides nothing.
    func warnUnlessActive(_ active: RulePack) {
        guard let directory = configuration.rulesDirectory, let folder = try? RulePack.load(from: directory),
            folder.hash != active.hash
        else { return }
        Output.error(
            "warning: \(directory) is not the active rule pack; this database decides with the active pack "
                + "\(active.shortHash) until the folder is proposed (`thanhtra rules propose`) and activated")
    }

    /// The active stored pack: the last one activated, else the one recorded at `init`; read from the store, never
    /// from a folder.
    /// - Throws: ``CommandError`` when the store holds no such pack or its files no longer have its hash.
    func activeStoredPack(_ store: any CaseStore) throws -> RulePack {
        let activated = try (store as? any RulePackProposalStore)?.activeRulePackHash()
        guard let hash = try activated ?? store.setting(SettingKey.rulesHash) else {
            throw CommandError.said(
                ("this database has no active rule pack", "cơ sở dữ liệu này không có bộ quy tắc đang áp dụng"),
                hint: ("run `thanhtra init` first", "chạy `thanhtra init` trước"))
        }
        return try Self.storedPack(hash: hash, in: store)
    }

    /// The pack stored under `hash`, checked against it.
    /// - Throws: ``CommandError`` when it is missing or altered.
    static func storedPack(hash: String, in store: any CaseStore) throws -> RulePack {
        guard let stored = try (store as? any RulePackStore)?.rulePack(hash: hash) else {
            throw CommandError.said(
                (
                    "the active rule pack \(hash.prefix(12)) is not stored in this database",
                    "bộ quy tắc đang áp dụng \(hash.prefix(12)) không được lưu trong cơ sở dữ liệu này"
                ),
                hint: (
                    "run `thanhtra journal verify`; propose and activate a pack again",
                    "chạy `thanhtra journal verify`; đề xuất và kích hoạt lại một bộ quy tắc"
                ))
        }
        let pack = RulePack(
            directory: "stored:\(hash.prefix(12))",
            files: stored.files.map { RulePack.File(path: $0.key, bytes: $0.value) })
        guard pack.hash == hash else {
            throw CommandError.said(
                (
                    "the stored files of rule pack \(hash.prefix(12)) no longer have its hash",
                    "các tệp đã lưu của bộ quy tắc \(hash.prefix(12)) không còn khớp mã băm"
                ),
                hint: ("run `thanhtra journal verify`", "chạy `thanhtra journal verify`"))
        }
        return pack
    }

    /// The approval use cases over the store.
    /// - Throws: ``CommandError`` when the store keeps no proposals.
    func openRulePackApproval() throws -> (approval: RulePackApproval, store: any InspectorateStore) {
        let store = try openStore()
        guard let proposals = store as? any RulePackProposalStore else {
            throw CommandError.said(
                ("this database keeps no rule pack proposals", "cơ sở dữ liệu này không lưu đề xuất bộ quy tắc"))
        }
        return (RulePackApproval(store: proposals, accounts: store as? any AccountStore), store)
    }
}

/// How the CLI shows a proposal.
enum ProposalText {
    /// One line: `3f2a9c1b07d4 thanhtra-vn 1.3.0: proposed by phapche; tests 120 passed, 0 failed; 2 of 40 cases change`;
    /// in Vietnamese (`say`) `…: đã đề xuất bởi phapche; …`.
    static func line(_ proposal: RulePackProposal, _ say: Wording = .english) -> String {
        let impact = proposal.impact
        var text = "\(proposal.hash.prefix(12)) \(proposal.name) \(proposal.version): \(status(proposal.status, say))"
        text += proposal.status == .proposed
            ? say(" by ", " bởi ") + proposal.proposedBy
            : say(" (proposed by ", " (đề xuất bởi ") + proposal.proposedBy
                + (proposal.decidedBy.map { say(", decided by ", ", quyết định bởi ") + $0 } ?? "") + ")"
        text += say(
            "; \(impact.checkWarnings) warning(s); tests \(impact.testsPassed) passed, \(impact.testsFailed) failed",
            "; \(impact.checkWarnings) cảnh báo; kiểm thử \(impact.testsPassed) đạt, \(impact.testsFailed) không đạt")
        text += say(
            "; \(impact.diff.casesChanged) of \(impact.diff.cases) case(s) change",
            "; \(impact.diff.casesChanged) trên \(impact.diff.cases) vụ việc thay đổi")
        if impact.diff.differenceVND != 0 {
            let sign = impact.diff.differenceVND > 0 ? "+" : "-"
            text += say(", fines ", ", tiền phạt ") + "\(sign)\(CaseText.money(VND(abs(impact.diff.differenceVND))))"
        }
        if let reason = proposal.reason { text += say("; reason: ", "; lý do: ") + reason }
        return text
    }

    /// A proposal's status: its code in English, words in Vietnamese.
    static func status(_ status: RulePackProposal.Status, _ say: Wording) -> String {
        switch status {
        case .proposed: say(status.rawValue, "đã đề xuất")
        case .active: say(status.rawValue, "đang hiệu lực")
        case .rejected: say(status.rawValue, "bị từ chối")
        case .retired: say(status.rawValue, "đã thôi áp dụng")
        }
    }
}
