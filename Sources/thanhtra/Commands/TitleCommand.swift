import ArgumentParser

/// `thanhtra title assign|list|end`: the legal titles (chức danh) accounts hold, which decide what they may sign.
struct TitleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "title", abstract: "Assign, list and end the legal titles (chức danh) accounts hold.",
        discussion: """
            A title is one of the rule pack's signer titles (`thanhtra rules titles`), held for a term. Once the
            database has accounts, `case decide --signer TITLE` needs the acting account (--as) to hold TITLE on the
            decision date, itself or by delegation (`thanhtra delegate`). Only quan_tri assigns and ends titles.
            """,
        subcommands: [TitleAssignCommand.self, TitleListCommand.self, TitleEndCommand.self])
}
