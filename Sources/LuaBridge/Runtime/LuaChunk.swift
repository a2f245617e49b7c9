/// A Lua source file to load: its name (used in every message about it) and its bytes.
///
/// Chunks are loaded as text only (mode "t"); a precompiled (binary) chunk is refused. The name becomes the chunk
/// name `"@" + name`, so Lua reports `rules/penalty/catalog.lua:12: …`.
public struct LuaChunk: Sendable, Hashable {
    /// The chunk name without `@`, e.g. `rules/penalty/catalog.lua`.
    public var name: String
    /// The source bytes (UTF-8 text).
    public var source: [UInt8]

    /// Creates a chunk from source bytes.
    public init(name: String, source: [UInt8]) {
        self.name = name
        self.source = source
    }

    /// Creates a chunk from source text.
    public init(name: String, text: String) {
        self.init(name: name, source: Array(text.utf8))
    }
}
