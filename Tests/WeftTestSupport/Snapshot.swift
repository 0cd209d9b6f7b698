// Golden files beside the tests that own them: Snapshots/<name>.txt, re-recorded with WEFT_RECORD=1.
import Foundation
import Testing

public enum Snapshot {
    /// Whether this run re-records goldens instead of comparing (`WEFT_RECORD=1 swift test`).
    public static var recording: Bool { ProcessInfo.processInfo.environment["WEFT_RECORD"] == "1" }

    /// Compares `actual` with `Snapshots/<name>.txt` in the folder of the calling test file. A
    /// missing golden is written and the test fails, so a new golden is always reviewed once.
    public static func assert(
        _ actual: String, named name: String,
        filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
            .appendingPathComponent("Snapshots")
        let file = folder.appendingPathComponent(name + ".txt")
        let expected = try? String(contentsOf: file, encoding: .utf8)
        if recording || expected == nil {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            if !recording {
                Issue.record("recorded a new snapshot at \(file.path); check it and run again",
                             sourceLocation: sourceLocation)
            }
            return
        }
        if actual != expected {
            Issue.record("""
                snapshot \(name) differs (WEFT_RECORD=1 re-records it)
                \(Snapshot.diff(expected: expected ?? "", actual: actual))
                """, sourceLocation: sourceLocation)
        }
    }

    /// A line diff small enough to read in a test failure: the first differing lines in context.
    public static func diff(expected: String, actual: String) -> String {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        for i in 0..<max(e.count, a.count) where out.count < 40 {
            let left = i < e.count ? String(e[i]) : "∅"
            let right = i < a.count ? String(a[i]) : "∅"
            if left != right {
                out.append("line \(i + 1):")
                out.append("- \(left)")
                out.append("+ \(right)")
            }
        }
        return out.joined(separator: "\n")
    }
}
