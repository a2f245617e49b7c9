import ArgumentParser
import Casework
import Foundation
import Rules

/// `thanhtra version`.
struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "version", abstract: "Print the version of thanhtra and of the rule pack in force.")

    @OptionGroup var options: GlobalOptions

    struct Info: Encodable {
        var thanhtra: String
        var rulePack: String?
        var rulePackHash: String?
    }

    func run() throws {
        let app = try App(options)
        let store = app.databaseExists ? try app.openStore() : nil
        let pack = try? app.loadPack(recordedIn: store)
        let info = Info(thanhtra: Thanhtra.version, rulePack: pack?.directory, rulePackHash: pack?.hash)
        switch app.configuration.format {
        case .json: try Output.json(info)
        default:
            Output.line("thanhtra \(info.thanhtra)")
            if let pack {
                Output.line(app.say("rule pack \(pack.directory) (hash \(pack.hash))", "bộ quy tắc \(pack.directory) (mã băm \(pack.hash))"))
            }
        }
    }
}
