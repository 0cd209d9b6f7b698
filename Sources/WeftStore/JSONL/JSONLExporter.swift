// Writes a whole graph file as graph JSON Lines: nodes, then claims, in stored order.
import Foundation
import WeftModel

public enum JSONLExporter {
    /// Streams the graph to `output` in blocks; the same file always gives the same bytes.
    public static func run(_ file: GraphFile, to output: FileHandle) throws {
        var writer = JSONWriter(capacity: 1 << 20)
        func flush(force: Bool) throws {
            if force || writer.bytes.count >= 1 << 20 {
                try output.write(contentsOf: writer.bytes)
                writer.bytes.removeAll(keepingCapacity: true)
            }
        }
        try file.forEachNode { node in
            GraphJSON.write(node, schema: file.schema, to: &writer)
            try flush(force: false)
        }
        try file.forEachClaim { claim in
            GraphJSON.write(claim, schema: file.schema, to: &writer)
            try flush(force: false)
        }
        try flush(force: true)
    }
}
