import Casework
import Foundation

/// The files of a rule pack, read once from its folder, with the content hash that identifies this version.
///
/// A rule pack is a folder of plain Lua files: `init.lua` is its entry point and returns the pack's table;
/// every other `.lua` file is a module that `require` can load by name (`penalty/catalog.lua` is
/// `require "penalty.catalog"`, `penalty/init.lua` is `require "penalty"`). Hidden files and folders (`.git`)
/// are ignored; symbolic links are refused so that nothing outside the folder can be loaded.
///
/// The pack's identity is ``hash``: SHA-256 over its files sorted by relative path, each contributing
/// `path`, a NUL byte, the file's length as 8 big-endian bytes, and its bytes. Two folders with the same files
/// have the same hash wherever they are; changing one byte of one file changes it. The journal records this
/// hash with every command, so any past decision can be traced to the exact rules that made it.
public struct RulePack: Sendable, Equatable {
    /// One file of the pack.
    public struct File: Sendable, Equatable {
        /// Path relative to the pack folder, with `/` separators: `penalty/catalog.lua`.
        public var path: String
        /// The file's bytes, exactly as on disk.
        public var bytes: [UInt8]

        public init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }
    }

    /// Where the pack was read from (absolute path), for messages only; it is not part of the hash.
    public var directory: String
    /// The files sorted by ``File/path`` (byte order).
    public var files: [File]
    /// Lowercase hex SHA-256 of the pack's content; see the type's documentation for the exact encoding.
    public var hash: String

    /// Prefix of every chunk name, so that Lua reports locations as `rules/penalty/fines.lua:12`.
    public static let chunkPrefix = "rules/"
    /// The largest file a pack may hold; a rule file is text, so anything bigger is a mistake.
    public static let maximumFileSize = 8 << 20

    /// Builds a pack from files already in memory (tests, or a pack stored in the database).
    public init(directory: String, files: [File]) {
        self.directory = directory
        self.files = files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        self.hash = RulePack.contentHash(of: self.files)
    }

    /// The short form of ``hash`` shown to people: its first 12 hex digits.
    public var shortHash: String { String(hash.prefix(12)) }

    /// The pack's Lua files: everything ending in `.lua`.
    public var luaFiles: [File] { files.filter { $0.path.hasSuffix(".lua") } }

    /// The chunk name Lua uses for a file: `rules/<path>`.
    public static func chunkName(for path: String) -> String { chunkPrefix + path }

    /// The module name `require` uses for a Lua file, or `nil` for the entry point `init.lua`.
    public static func moduleName(for path: String) -> String? {
        guard path.hasSuffix(".lua"), path != "init.lua" else { return nil }
        var name = String(path.dropLast(4))
        if name.hasSuffix("/init") { name = String(name.dropLast(5)) }
        return name.replacingOccurrences(of: "/", with: ".")
    }

    static func contentHash(of files: [File]) -> String {
        var hasher = SHA256.Hasher()
        for file in files {
            hasher.update(Array(file.path.utf8))
            hasher.update([0])
            let count = UInt64(file.bytes.count)
            hasher.update((0..<8).reversed().map { UInt8(truncatingIfNeeded: count >> (UInt64($0) * 8)) })
            hasher.update(file.bytes)
        }
        return SHA256.hex(hasher.finalize())
    }
}
