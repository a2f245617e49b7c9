// swift-tools-version:6.1
import PackageDescription

let upcoming: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "thanhtra",
    platforms: [.macOS(.v15)],  // TaskExecutor and Task(executorPreference:) (PGCopyExecutor) need macOS 15
    products: [
        .executable(name: "thanhtra", targets: ["thanhtra"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // Named by the server for the types Hummingbird uses (header field names, byte buffers).
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        // TLS inside `thanhtra serve` (--tls-cert, --tls-key): already in the graph through postgres-nio.
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ],
    targets: [
        // Lua 5.4 from the system (Debian: liblua5.4-dev), found through pkg-config like GRDB finds SQLite.
        .systemLibrary(
            name: "CLua",
            pkgConfig: "lua5.4",
            providers: [.apt(["liblua5.4-dev"])]
        ),
        // libxlsxwriter from the system (Debian: libxlsxwriter-dev), for the XLSX report renderer.
        .systemLibrary(
            name: "CXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // The Lua API's macros as inline functions, and the C that must raise Lua errors.
        .target(name: "LuaShim", dependencies: ["CLua"]),
        // Generic sandboxed Lua host: no domain words.
        .target(name: "LuaBridge", dependencies: ["CLua", "LuaShim"], swiftSettings: upcoming),
        // The rule pack's host functions that answer in C (the date helpers' fast path): Rules' own, installed through
        // LuaBridge; its header exposes no Lua type.
        .target(name: "RulesNative", dependencies: ["CLua", "LuaShim"]),
        // SHA-256's compression function with the processor's SHA instructions (x86-64), for Casework's digest: no
        // domain words; Casework's Swift implementation is the fallback and the reference.
        .target(name: "SHA256Native"),
        // Domain values, commands and ports. Foundation only (and the digest's C compression function).
        .target(name: "Casework", dependencies: ["SHA256Native"], swiftSettings: upcoming),
        // The rule pack: loads rules/ through LuaBridge and answers Casework's Policy port.
        .target(name: "Rules", dependencies: ["Casework", "LuaBridge", "RulesNative"], swiftSettings: upcoming),
        // SQLite store over GRDB: migrations, queries, the journal.
        .target(
            name: "Store",
            dependencies: [
                "Casework", .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, as GRDB links it: bulk reads step statements and read columns directly.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: upcoming
        ),
        // Import of CSV files (subjects, inspections, penalty cases, payments): the reader, the per-kind parsing, one
        // two-pass framework; reaches the store through Casework's import ports (never GRDB or Lua).
        .target(name: "Import", dependencies: ["Casework"], swiftSettings: upcoming),
        // PostgreSQL store over PostgresNIO (issue 13): connection settings from a postgres:// URL, its own dated
        // migrations, the store of the ports (those not available yet say so; docs/postgres.md).
        .target(
            name: "PostgresStore",
            dependencies: [
                "Casework",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: upcoming
        ),
        // The application layer: every use case, written once for every face; sees the ports only (never a
        // concrete store, GRDB or Lua).
        .target(name: "Inspectorate", dependencies: ["Casework", "Reports"], swiftSettings: upcoming),
        // `thanhtra serve` (issue 14): the Hummingbird application, its pages (Mustache), sessions, CSRF and the
        // route × role table; runs the use cases on a bounded pool of worker threads; sees the store through ports
        // only (the CLI's composition root passes it in), and hashes passwords with bcrypt.
        .target(
            name: "Server",
            dependencies: [
                "Inspectorate", "Casework", "Reports",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: upcoming
        ),
        // Period reports rendered as terminal tables, CSV, JSON, HTML and XLSX (through CXLSXWriter).
        .target(name: "Reports", dependencies: ["Casework", "CXLSXWriter"], swiftSettings: upcoming),
        .executableTarget(
            name: "thanhtra",
            dependencies: [
                "Casework", "Import", "Inspectorate", "Rules", "Store", "PostgresStore", "Reports", "Server",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: upcoming,
            // Release builds export none of the executable's own symbols (the Swift driver exports all 53 000 on
            // Linux): the dynamic loader then binds fewer symbols at start, about 1.5 ms less for every command
            // (docs/performance.md, "Process start: the executable's exported symbols"). It stays
            // position-independent: the server is the same binary and keeps its address randomisation.
            linkerSettings: [
                .unsafeFlags(["-Xlinker", "--no-export-dynamic"], .when(platforms: [.linux], configuration: .release))
            ]
        ),
        // The benchmark suite (scripts/bench.sh, docs/performance.md): a data generator, figure runners and the
        // orchestrator that prints each figure beside its baseline.
        .executableTarget(
            name: "thanhtra-bench",
            dependencies: [
                "Casework", "Rules", "Store",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/Bench",
            swiftSettings: upcoming
        ),
        // The load test of `thanhtra serve`'s JSON API (scripts/bench-serve.sh, docs/performance.md): concurrent
        // sessions over SwiftNIO's HTTP/1 client codec (no HTTP client package), reads and writes mixed, then checks.
        .executableTarget(
            name: "thanhtra-serve-load",
            dependencies: [
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Sources/ServeLoad",
            swiftSettings: upcoming
        ),
        // CLua: the pattern tests compare the sandbox's matcher with Lua's own in a plain state.
        .testTarget(name: "LuaBridgeTests", dependencies: ["LuaBridge", "CLua"], swiftSettings: upcoming),
        .testTarget(name: "CaseworkTests", dependencies: ["Casework"], swiftSettings: upcoming),
        // The CSV reader, the per-kind parsing and checks, the two passes, over an in-memory store and scratch.
        .testTarget(name: "ImportTests", dependencies: ["Import", "Casework"], swiftSettings: upcoming),
        .testTarget(
            name: "RulesTests", dependencies: ["Rules", "RulesNative", "Casework", "LuaBridge"], swiftSettings: upcoming),
        .testTarget(
            name: "StoreTests",
            // PostgresStore, PostgresNIO and Logging: the conformance suite also runs on PostgreSQL (a database per
            // test) under scripts/with-postgres.sh.
            dependencies: [
                "Store", "Casework", "PostgresStore", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: upcoming
        ),
        // Needs a PostgreSQL server: run under scripts/with-postgres.sh (scripts/test.sh does). Store and GRDB only
        // for the schema parity test, which reads a fresh SQLite store's schema.
        .testTarget(
            name: "PostgresStoreTests",
            dependencies: [
                "PostgresStore", "Casework", "Store",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: upcoming
        ),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Casework"], swiftSettings: upcoming),
        // The use cases against the SQLite store and the bundled rule pack.
        .testTarget(
            name: "InspectorateTests", dependencies: ["Inspectorate", "Casework", "Reports", "Rules", "Store"],
            swiftSettings: upcoming),
        .testTarget(name: "ThanhtraTests", dependencies: ["thanhtra"], swiftSettings: upcoming),
        // The server over the SQLite store and the bundled pack, through HummingbirdTesting; one test starts the built
        // binary's `serve` on a loopback port.
        .testTarget(
            name: "ServerTests",
            dependencies: [
                // thanhtra: the CLI's importer behind the API's imports (ServeImporter), as `serve` wires it.
                "Server", "Inspectorate", "Casework", "Rules", "Store", "Reports", "thanhtra",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: upcoming
        ),
        // Rules over stored cases (rules diff, pack reload) and the synthetic case generator.
        .testTarget(
            name: "ImpactTests",
            dependencies: ["Rules", "Store", "Casework", "LuaBridge", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: upcoming
        ),
    ],
    swiftLanguageModes: [.v6]
)
