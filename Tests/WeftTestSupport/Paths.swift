// Where things are when tests run: the repository, the built `weft` binary, scratch folders.
import Foundation

public enum Paths {
    /// The repository root, found from this file's location.
    public static let repository: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The seed article, its sentences and its gold annotation: graphs/seed holds copies of
    /// ../shared/data's, so a clone tests the same way wherever it sits.
    public static var sharedData: URL {
        repository.appendingPathComponent("graphs/seed")
    }

    /// The build folder holding the test bundle, and so the `weft` executable built with it.
    public static var buildProducts: URL {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        // The XCTest runner sits inside weftPackageTests.xctest/…; walk out of the bundle.
        while folder.path.contains(".xctest") { folder = folder.deletingLastPathComponent() }
        return folder
    }

    /// A built executable of this package, e.g. `weft` or `weft-gen`.
    public static func executable(_ name: String) -> URL {
        buildProducts.appendingPathComponent(name)
    }

    /// A new empty folder under the system temporary folder.
    public static func temporaryFolder(_ label: String = "weft-test") -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(label)-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
