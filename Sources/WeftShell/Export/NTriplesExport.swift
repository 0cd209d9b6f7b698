// N-Triples of a whole graph file, streamed in stored order (`weft export --format ntriples`, `.export ntriples`).
import Foundation
import WeftExport
import WeftStore

/// N-Triples streamed from the file in stored order: the schema, every node, every claim.
public enum NTriplesExport {
    public static func run(_ file: GraphFile, iris: IRIScheme, to output: FileHandle) throws {
        var writer = NTriplesWriter(schema: file.schema, iris: iris)
        func drain(force: Bool) throws {
            if force || writer.bytes.count >= 1 << 20 { try output.write(contentsOf: writer.take()) }
        }
        writer.writeSchema()
        try file.forEachNode { node in
            writer.write(node)
            try drain(force: false)
        }
        try file.forEachClaim { claim in
            writer.write(claim)
            try drain(force: false)
        }
        try drain(force: true)
    }
}
