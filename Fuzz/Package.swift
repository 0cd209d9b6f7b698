// swift-tools-version: 6.0
// libFuzzer target for the query front end: bytes → parser, renderer, printer round trip.
// Build and run: see docs/language.md ("Fuzzing").
import Foundation
import PackageDescription

// A path dependency's identity is its folder's name, which is the checkout's name: read it here.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "weft-query-fuzz",
    dependencies: [.package(path: "..")],
    targets: [
        // The entry point SwiftPM expects (see entry.c for why it is C).
        .target(name: "CFuzzEntry"),
        .executableTarget(name: "WeftQueryFuzz", dependencies: [
            "CFuzzEntry", .product(name: "WeftQuery", package: root),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
