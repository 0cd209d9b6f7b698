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

    /// A new empty folder for one test, inside this test process's scratch folder.
    public static func temporaryFolder(_ label: String = "weft-test") -> URL {
        let url = ScratchFolders.root.appendingPathComponent("\(label)-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Scratch folders of the tests: `$TMPDIR/weft-tests/PID/`, removed when the test process exits,
/// and any left by a test process that no longer runs (killed, crashed) removed when the next one
/// starts. Tests used to leave their folders in the temporary folder for good: 8,347 of them,
/// 44 GB, filled this machine's disk.
enum ScratchFolders {
    static let parent = FileManager.default.temporaryDirectory.appendingPathComponent("weft-tests")

    static let root: URL = {
        let fileManager = FileManager.default
        if let left = try? fileManager.contentsOfDirectory(atPath: parent.path) {
            for name in left {
                guard let pid = Int32(name), kill(pid, 0) != 0, errno == ESRCH else { continue }
                try? fileManager.removeItem(at: parent.appendingPathComponent(name))
            }
        }
        let mine = parent.appendingPathComponent(String(getpid()))
        try? fileManager.createDirectory(at: mine, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: ScratchFolders.parent.appendingPathComponent(String(getpid()))) }
        return mine
    }()
}
