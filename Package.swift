// swift-tools-version: 6.0
// The weft package: one library per stage (see docs/architecture.md), a thin `weft` executable,
// and the system libraries libsqlite3 and libedit wrapped behind shim headers.
import PackageDescription

let package = Package(
    name: "weft",
    products: [
        .executable(name: "weft", targets: ["weft"]),
        .executable(name: "weft-gen", targets: ["weft-gen"]),
        // For Fuzz/, a separate package that builds the parser with libFuzzer.
        .library(name: "WeftQuery", targets: ["WeftQuery"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // C system libraries: module.modulemap + shim.h only.
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CLibEdit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),

        // Unicode text for Vietnamese: NFC, fold, display width. No graph, no I/O.
        .target(name: "WeftText"),
        // Value types: kinds, relation types, schema, nodes, claims, statistics. No I/O.
        .target(name: "WeftModel", dependencies: ["WeftText"]),
        // The query language front end: source text, lexer, parser, AST, diagnostics.
        .target(name: "WeftQuery", dependencies: ["WeftText"]),
        // Binder, planner, evaluator: sees data only through WeftModel's GraphSource.
        .target(name: "WeftEngine", dependencies: ["WeftModel", "WeftQuery", "WeftExport"]),
        // In-memory indexes, the SQLite graph file, JSON Lines import and export.
        .target(name: "WeftStore", dependencies: ["WeftModel", "CSQLite"]),
        // The Vietnamese extraction pipeline.
        .target(name: "WeftExtract", dependencies: ["WeftModel", "WeftText"]),
        // Articles into a graph file: reading article files, parallel extraction, batched writes.
        .target(name: "WeftIngest", dependencies: ["WeftExtract", "WeftStore", "WeftModel"]),
        // DOT and other graph formats.
        .target(name: "WeftExport", dependencies: ["WeftModel"]),
        // The input loop, meta-commands and result formatting; no terminal, no C.
        .target(name: "WeftShell", dependencies: ["WeftModel", "WeftQuery", "WeftEngine", "WeftStore", "WeftExport", "WeftIngest", "WeftExtract"]),
        // The libedit line source; the only importer of CLibEdit.
        .target(name: "WeftLineEditor", dependencies: ["CLibEdit", "WeftShell"]),
        // The executable: arguments, exit codes, picks a line source.
        .executableTarget(name: "weft", dependencies: [
            "WeftModel", "WeftStore", "WeftQuery", "WeftEngine", "WeftShell", "WeftLineEditor", "WeftExtract", "WeftExport", "WeftIngest",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Writes graphs/gazetteer.jsonl from Foundation's CLDR country names and graphs/lexicon/gazetteer.tsv.
        .executableTarget(name: "weft-gazetteer", dependencies: ["WeftModel", "WeftStore", "WeftText"]),

        // Deterministic news-like graph generator for benchmarks and large test fixtures.
        .target(name: "WeftGraphGen"),
        .executableTarget(name: "weft-gen", dependencies: [
            "WeftGraphGen", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // In-process benchmark measurements (Benchmarks/run.sh).
        .executableTarget(name: "weft-bench", dependencies: ["WeftStore", "WeftEngine", "WeftQuery"], path: "Benchmarks/WeftBench"),

        // Shared test helpers: snapshots (WEFT_RECORD=1 re-records), running the real binary.
        .target(name: "WeftTestSupport", dependencies: ["WeftText"], path: "Tests/WeftTestSupport"),
        .testTarget(name: "WeftTextTests", dependencies: ["WeftText", "WeftTestSupport"]),
        .testTarget(name: "WeftModelTests", dependencies: ["WeftModel", "WeftTestSupport"]),
        .testTarget(name: "WeftQueryTests", dependencies: ["WeftQuery", "WeftTestSupport"],
                    exclude: ["Examples", "Errors", "Snapshots"]),
        .testTarget(name: "WeftEngineTests", dependencies: ["WeftEngine", "WeftStore", "WeftQuery", "WeftModel", "WeftTestSupport"],
                    exclude: ["Scripts", "Snapshots", "Fixtures"]),
        .testTarget(name: "WeftStoreTests", dependencies: ["WeftStore", "WeftText", "WeftGraphGen", "WeftTestSupport"]),
        .testTarget(name: "WeftExportTests", dependencies: ["WeftExport", "WeftModel", "WeftStore", "WeftTestSupport"],
                    exclude: ["Snapshots"]),
        .testTarget(name: "WeftGraphGenTests", dependencies: ["WeftGraphGen", "WeftModel"]),
        .testTarget(name: "WeftExtractTests", dependencies: ["WeftExtract", "WeftModel", "WeftTestSupport"],
                    exclude: ["Snapshots"]),
        .testTarget(name: "WeftShellTests", dependencies: ["WeftShell", "WeftStore", "WeftEngine", "WeftIngest", "WeftTestSupport"],
                    exclude: ["Snapshots"]),
        .testTarget(name: "WeftCLITests", dependencies: ["weft", "weft-gen", "WeftStore", "WeftTestSupport"],
                    exclude: ["Snapshots"]),
    ],
    swiftLanguageModes: [.v6]
)
