// Graphs for export tests: the seed graph through the real importer, and hand-made scenes.
import Foundation
import WeftModel
import WeftExport
import WeftStore
import WeftTestSupport

enum Fixtures {
    static let schema = Schema.bundled

    static func kind(_ name: String) -> KindID {
        schema.kind(named: name) ?? KindID(0)
    }

    static func type(_ name: String) -> RelationTypeID {
        schema.relationType(named: name) ?? RelationTypeID(0)
    }

    /// The seed graph imported into a new graph file, loaded into memory.
    static func seedGraph() throws -> (file: GraphFile, graph: MemoryGraph) {
        let path = Paths.temporaryFolder().appendingPathComponent("seed.weft").path
        let input = Paths.repository.appendingPathComponent("graphs/seed/seed-graph.jsonl").path
        try GraphFile.create(path) { writer in
            _ = try JSONLImporter.run(try LineReader(path: input), name: "seed-graph.jsonl", into: writer)
        }
        let file = try GraphFile.open(path, readOnly: true)
        return (file, try file.loadMemoryGraph())
    }

    /// A streamed export collected as text.
    static func text(_ export: GraphDOTExport) throws -> String {
        var bytes: [UInt8] = []
        try export.write { bytes += $0 }
        return String(decoding: bytes, as: UTF8.self)
    }
}
