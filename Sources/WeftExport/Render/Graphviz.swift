// Rendering DOT into SVG, PNG or PDF through Graphviz's `dot`: one process, no shell.
import Foundation

/// Finds and runs Graphviz. Arguments go to the process as an array, never through a shell, so
/// a file name with spaces, quotes or `;` is just a file name.
public enum Graphviz {
    public enum Format: String, Sendable, CaseIterable {
        case svg, png, pdf
    }

    /// The layout engine: `dot` (layered, the readable choice) or `sfdp` (force-directed, for
    /// graphs where dot's layering takes minutes).
    public enum Layout: String, Sendable {
        case dot, sfdp
    }

    /// Over this many nodes, or `largeEdgeCount` edges, weft lays out with sfdp. dot's layered
    /// layout with edge labels grows much faster than the graph: measured here, 34 nodes and
    /// 81 edges take about 2 s, 316 nodes and ~1,400 edges took 549 s.
    public static let largeGraph = 500
    public static let largeEdgeCount = 500

    /// The layout engine for a picture of this size.
    public static func layout(nodes: Int, edges: Int) -> Layout {
        nodes > largeGraph || edges > largeEdgeCount ? .sfdp : .dot
    }

    public struct Failure: Error, Equatable {
        public let message: String
    }

    /// The picture format a target file name asks for, from its extension (any case).
    public static func format(of path: String) -> Format? {
        Format(rawValue: URL(fileURLWithPath: path).pathExtension.lowercased())
    }

    /// The `dot` executable on `PATH` (as given, e.g. from the environment), or nil.
    public static func locate(path: String?) -> URL? {
        for folder in (path ?? "").split(separator: ":") where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("dot")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// Runs `dot -K<layout> -T<format> -o <output> <input>` and waits. A non-zero exit or a crash
    /// becomes a Failure carrying what Graphviz said.
    public static func render(executable: URL, input: String, output: String, format: Format, layout: Layout) throws(Failure) {
        let process = Process()
        process.executableURL = executable
        process.arguments = ["-K\(layout.rawValue)", "-T\(format.rawValue)", "-o", output, input]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw Failure(message: "cannot run \(executable.path): \(error.localizedDescription)")
        }
        // One pipe only, read to its end before waiting: Graphviz cannot block on a full pipe.
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let detail = said.split(separator: "\n").prefix(5).joined(separator: "\n")
        if process.terminationReason == .uncaughtSignal {
            throw Failure(message: "Graphviz \(layout.rawValue) was killed by signal \(process.terminationStatus)"
                          + (detail.isEmpty ? "" : ":\n\(detail)"))
        }
        if process.terminationStatus != 0 {
            throw Failure(message: "Graphviz \(layout.rawValue) failed (exit \(process.terminationStatus))"
                          + (detail.isEmpty ? "" : ":\n\(detail)"))
        }
    }
}
