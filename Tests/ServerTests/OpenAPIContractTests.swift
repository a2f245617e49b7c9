import Foundation
import Server
import Testing

/// docs/openapi.yaml lists exactly the routes the server registers under /api/v1 (method and path), and docs/api.md
/// documents each of them.
@Suite struct OpenAPIContractTests {
    /// `GET /api/v1/cases/{id}` for every operation under the file's `paths:` (two-space path keys, four-space
    /// method keys, as the file is written).
    static func documentedOperations(_ yaml: String) -> [String] {
        var operations: [String] = []
        var inPaths = false
        var path: String?
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line == "paths:" {
                inPaths = true
                continue
            }
            guard inPaths else { continue }
            if let first = line.first, !first.isWhitespace, first != "#" { inPaths = false; continue }
            if line.hasPrefix("  /"), line.hasSuffix(":"), !line.hasPrefix("   ") {
                path = String(line.dropFirst(2).dropLast())
            } else if let path, line.hasPrefix("    "), !line.hasPrefix("     "), line.hasSuffix(":") {
                let method = line.trimmingCharacters(in: .whitespaces).dropLast()
                if ["get", "post", "put", "patch", "delete", "head", "options"].contains(method) {
                    operations.append("\(method.uppercased()) \(path)")
                }
            }
        }
        return operations.sorted()
    }

    @Test func theOpenAPIFileListsExactlyTheRoutesTheServerRegisters() throws {
        let bench = try ServerBench()
        let registered = apiRouteDescriptions(services: bench.services)
        #expect(registered.count >= 14, "the API's routes: \(registered)")
        let yaml = try String(
            contentsOf: ServerBench.repository.appendingPathComponent("docs/openapi.yaml"), encoding: .utf8)
        #expect(yaml.hasPrefix("openapi: 3.1.0"))
        let documented = Self.documentedOperations(yaml)
        #expect(
            Set(registered).subtracting(documented).isEmpty,
            "registered but not in docs/openapi.yaml: \(Set(registered).subtracting(documented).sorted())")
        #expect(
            Set(documented).subtracting(registered).isEmpty,
            "in docs/openapi.yaml but not registered: \(Set(documented).subtracting(registered).sorted())")
        #expect(documented.count == Set(documented).count, "each operation once")
    }

    @Test func apiMarkdownDocumentsEveryRoute() throws {
        let bench = try ServerBench()
        let markdown = try String(contentsOf: ServerBench.repository.appendingPathComponent("docs/api.md"), encoding: .utf8)
        for route in apiRouteDescriptions(services: bench.services) {
            #expect(markdown.contains("### `\(route)`"), "docs/api.md has a section for \(route)")
        }
    }
}
