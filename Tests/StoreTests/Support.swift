import Casework
import Foundation
import GRDB

@testable import Store

/// A fresh directory under the system's temporary directory, removed by ``remove()``.
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("thanhtra-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of `name` inside the directory.
    func path(_ name: String = "thanhtra.sqlite") -> String { url.appendingPathComponent(name).path }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

extension CommandContext {
    /// Inspector Thanh at a fixed instant, with no rule pack.
    static let test = CommandContext(actor: "thanh.nguyen", timestamp: "2026-11-23T16:05:09+07:00")
}

extension NewSubject {
    /// An organization with a valid tax code made from `number`.
    static func company(_ number: Int, name: String? = nil) -> NewSubject {
        NewSubject(
            kind: .organization, identifier: String(format: "01%08d", number), name: name ?? "Công ty số \(number)",
            address: "Hà Nội")
    }

    /// A person with a valid 12-digit citizen ID made from `number`.
    static func person(_ number: Int, name: String) -> NewSubject {
        NewSubject(kind: .person, identifier: String(format: "0010%08d", number), name: name, address: "Huế")
    }
}

/// Raw access to a store's file, bypassing the store, for tampering and inspection in tests.
func rawDatabase(_ path: String) throws -> DatabaseQueue {
    try DatabaseQueue(path: path)
}

/// An error thrown on purpose by a command's body.
struct DeliberateFailure: Error, Equatable {}
