import ArgumentParser

@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "thanhtra-bench",
        abstract: "thanhtra's benchmarks: each figure beside a baseline measured in the same run.",
        discussion: "Run them all with scripts/bench.sh (docs/performance.md); the subcommands are its parts.",
        subcommands: [RunCommand.self, GenerateCommand.self, FineCommand.self])
}
